import { finding, Finding, Rule } from './rule';
import { TfTemplate } from '../kit/tf-template';

/** Rules for Azure configurations (each names the checkov/trivy check it mirrors, where one exists). */

/**
 * The built-in roles that may be assigned: read-only, none broader than Reader. Written out here
 * (not imported from src/azure) so that a role added to the construct fails until it is reviewed.
 */
export const READ_ONLY_ROLE_GUIDS: Readonly<Record<string, string>> = {
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
  '2414bbcf-6497-4faf-8c65-045460748405': 'EventGrid EventSubscription Reader',
  '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1': 'Storage Blob Data Reader',
};

const ROLE_DEFINITION_ID = /^\/subscriptions\/[0-9a-fA-F-]{36}\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/;

/**
 * Storage accounts are hardened (checkov CKV_AZURE_3 HTTPS only, which reads azurerm 3's name
 * `enable_https_traffic_only`; CKV_AZURE_44 TLS 1.2; CKV_AZURE_190 no public blobs; CKV2_AZURE_38 blob
 * soft delete, and container soft delete too; CKV2_AZURE_41 a SAS expiration policy. trivy
 * azure-storage-enforce-https, azure-storage-use-secure-tls-policy, azure-storage-blobs-soft-deletion-enabled).
 */
export const azureStorageHardened: Rule = function azureStorageHardened(t: TfTemplate): Finding[] {
  const out: Finding[] = [];
  for (const a of t.resources('azurerm_storage_account')) {
    const at = `${a.type}.${a.id}`;
    const c = a.config;
    const fail = (message: string) => out.push(finding(azureStorageHardened, at, message));
    if (c.https_traffic_only_enabled !== true) fail('does not set https_traffic_only_enabled = true');
    if (!['TLS1_2', 'TLS1_3'].includes(c.min_tls_version)) fail(`allows TLS older than 1.2 (min_tls_version ${c.min_tls_version ?? 'unset'})`);
    if (c.allow_nested_items_to_be_public !== false) fail('allows public blobs (allow_nested_items_to_be_public is not false; the provider default is true)');
    if (!(c.blob_properties?.delete_retention_policy?.days >= 1)) fail('has no blob soft delete');
    if (!(c.blob_properties?.container_delete_retention_policy?.days >= 1)) fail('has no container soft delete');
    if (!c.sas_policy?.expiration_period) fail('has no SAS expiration policy');
  }
  return out;
};

/**
 * SAS tokens are container SAS, read and list only, HTTPS only (checkov CKV_AZURE_... has no
 * equivalent for data sources: the rule is ours). Account SAS (every container) is refused.
 */
export const azureSasReadListHttpsOnly: Rule = function azureSasReadListHttpsOnly(t: TfTemplate): Finding[] {
  const out: Finding[] = t.dataSources('azurerm_storage_account_sas')
    .map((s) => finding(azureSasReadListHttpsOnly, `data.${s.type}.${s.id}`, 'is an account SAS: use a container SAS'));
  for (const s of t.dataSources('azurerm_storage_account_blob_container_sas')) {
    const at = `data.${s.type}.${s.id}`;
    if (s.config.https_only !== true) out.push(finding(azureSasReadListHttpsOnly, at, 'is not HTTPS only'));
    const p = s.config.permissions ?? {};
    const granted = Object.keys(p).filter((k) => p[k] === true).sort();
    if (JSON.stringify(granted) !== JSON.stringify(['list', 'read'])) {
      out.push(finding(azureSasReadListHttpsOnly, at, `grants ${granted.join(', ') || 'nothing'}, not exactly read and list`));
    }
  }
  return out;
};

/** No output refers to a storage account key or an account-key connection string, sensitive or not (ours; related: checkov CKV2_AZURE_40, no shared key authorization). */
export const azureNoAccountKeyInOutputs: Rule = function azureNoAccountKeyInOutputs(t: TfTemplate): Finding[] {
  const key = /azurerm_storage_account\.[\w-]+\.(primary|secondary)_(access_key|connection_string|blob_connection_string)\b/;
  return Object.entries(t.outputs())
    .filter(([, o]) => key.test(JSON.stringify(o.value)) || /AccountKey=/.test(JSON.stringify(o.value)))
    .map(([name]) => finding(azureNoAccountKeyInOutputs, `output.${name}`, 'refers to the storage account key'));
};

/**
 * Role assignments name a role by its exact definition ID (never by name, which is localized and
 * can change), and only read-only roles no broader than Reader (ours; related: checkov CKV_AZURE_39,
 * no custom role definition with `*` actions; this library defines no custom role).
 */
export const azureReadOnlyRolesById: Rule = function azureReadOnlyRolesById(t: TfTemplate): Finding[] {
  const out: Finding[] = [];
  for (const a of t.resources('azurerm_role_assignment')) {
    const at = `${a.type}.${a.id}`;
    if (a.config.role_definition_name !== undefined) out.push(finding(azureReadOnlyRolesById, at, `names a role by name (${a.config.role_definition_name})`));
    const m = ROLE_DEFINITION_ID.exec(String(a.config.role_definition_id ?? ''));
    if (!m) {
      out.push(finding(azureReadOnlyRolesById, at, `has no exact role definition ID (${a.config.role_definition_id ?? 'none'})`));
    } else if (!READ_ONLY_ROLE_GUIDS[m[1]]) {
      out.push(finding(azureReadOnlyRolesById, at, `assigns role ${m[1]}, which is not on the read-only list`));
    }
  }
  return out;
};

/**
 * Every client secret expires (ours; related: checkov CKV_AZURE_41 and trivy
 * azure-keyvault-ensure-secret-expiry, which ask the same of Key Vault secrets): Entra ID application
 * and service principal passwords have an `end_date`, so a leaked secret stops working by itself.
 */
export const azureSecretsExpire: Rule = function azureSecretsExpire(t: TfTemplate): Finding[] {
  return ['azuread_application_password', 'azuread_service_principal_password'].flatMap((type) => t.resources(type))
    .filter((p) => !p.config.end_date && !p.config.end_date_relative)
    .map((p) => finding(azureSecretsExpire, `${p.type}.${p.id}`, 'has no end_date: the secret never expires'));
};

/** The rules every Azure configuration of this library must pass. */
export const AZURE_RULES: readonly Rule[] = [
  azureStorageHardened, azureSasReadListHttpsOnly, azureNoAccountKeyInOutputs, azureReadOnlyRolesById, azureSecretsExpire,
];
