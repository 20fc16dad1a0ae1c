import { azureNoAccountKeyInOutputs, azureReadOnlyRolesById, azureSasReadListHttpsOnly, azureSecretsExpire, azureStorageHardened } from './azure';
import { RuleFixture, testRuleFixtures } from './fixtures';

const SUB = '11111111-1111-4111-8111-111111111111';
const role = (guid: string) => `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
const HARDENED = {
  name: 'acme',
  https_traffic_only_enabled: true,
  min_tls_version: 'TLS1_2',
  allow_nested_items_to_be_public: false,
  blob_properties: { delete_retention_policy: { days: 7 }, container_delete_retention_policy: { days: 7 } },
  sas_policy: { expiration_period: '90.00:00:00' },
};
const READ_LIST = { read: true, list: true, add: false, create: false, write: false, delete: false };

/** Each rule: a compliant fixture passes, a non-compliant one fails (the rule can fire). */
const CASES: RuleFixture[] = [
  [azureStorageHardened,
    { resource: { azurerm_storage_account: { a: HARDENED } } },
    { resource: { azurerm_storage_account: { a: { ...HARDENED, allow_nested_items_to_be_public: undefined } } } }],
  [azureStorageHardened,
    { resource: { azurerm_storage_account: { a: { ...HARDENED, min_tls_version: 'TLS1_3' } } } },
    { resource: { azurerm_storage_account: { a: { ...HARDENED, min_tls_version: 'TLS1_0' } } } }],
  [azureStorageHardened,
    { resource: { azurerm_storage_account: { a: HARDENED } } },
    { resource: { azurerm_storage_account: { a: { ...HARDENED, blob_properties: { delete_retention_policy: { days: 7 } } } } } }],
  [azureSasReadListHttpsOnly,
    { data: { azurerm_storage_account_blob_container_sas: { s: { https_only: true, permissions: READ_LIST } } } },
    { data: { azurerm_storage_account_blob_container_sas: { s: { https_only: true, permissions: { ...READ_LIST, write: true } } } } }],
  [azureSasReadListHttpsOnly,
    { data: { azurerm_storage_account_blob_container_sas: { s: { https_only: true, permissions: READ_LIST } } } },
    { data: { azurerm_storage_account_blob_container_sas: { s: { https_only: false, permissions: READ_LIST } } } }],
  [azureSasReadListHttpsOnly,
    { data: {} },
    { data: { azurerm_storage_account_sas: { s: { https_only: true } } } }],
  [azureNoAccountKeyInOutputs,
    { output: { c: { value: 'BlobEndpoint=x;SharedAccessSignature=${data.azurerm_storage_account_blob_container_sas.s.sas}', sensitive: true } } },
    { output: { c: { value: '${azurerm_storage_account.a.primary_connection_string}', sensitive: true } } }],
  [azureNoAccountKeyInOutputs,
    { output: { n: { value: '${azurerm_storage_account.a.name}' } } },
    { output: { k: { value: '${data.azurerm_storage_account.a.primary_access_key}', sensitive: true } } }],
  [azureReadOnlyRolesById,
    { resource: { azurerm_role_assignment: { r: { scope: `/subscriptions/${SUB}`, role_definition_id: role('acdd72a7-3385-48ef-bd42-f606fba81ae7') } } } },
    { resource: { azurerm_role_assignment: { r: { scope: `/subscriptions/${SUB}`, role_definition_id: role('b24988ac-6180-42a0-ab88-20f7382dd24c') } } } }], // Contributor
  [azureReadOnlyRolesById,
    { resource: { azurerm_role_assignment: { r: { scope: `/subscriptions/${SUB}`, role_definition_id: role('2414bbcf-6497-4faf-8c65-045460748405') } } } },
    { resource: { azurerm_role_assignment: { r: { scope: `/subscriptions/${SUB}`, role_definition_name: 'Reader', role_definition_id: role('acdd72a7-3385-48ef-bd42-f606fba81ae7') } } } }],
  [azureReadOnlyRolesById,
    { resource: { azurerm_role_assignment: { r: { scope: `/subscriptions/${SUB}`, role_definition_id: role('2a2b9908-6ea1-4ae2-8e65-a410df84e7d1') } } } },
    { resource: { azurerm_role_assignment: { r: { scope: `/subscriptions/${SUB}`, role_definition_id: '/providers/Microsoft.Authorization/roleDefinitions/Reader' } } } }],
  [azureSecretsExpire,
    { resource: { azuread_application_password: { p: { application_id: 'a', end_date: '${timeadd(time_rotating.r.rfc3339, "720h")}' } } } },
    { resource: { azuread_application_password: { p: { application_id: 'a' } } } }],
];

testRuleFixtures(CASES);
