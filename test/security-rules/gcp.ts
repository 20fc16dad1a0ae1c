import { finding, Finding, Rule } from './rule';
import { TfResource, TfTemplate } from '../kit/tf-template';

/** Rules for Google Cloud configurations (each names the checkov/trivy check it mirrors, where one exists). */

const BINDING_TYPES = ['google_organization_iam_member', 'google_folder_iam_member', 'google_project_iam_member',
  'google_billing_account_iam_member', 'google_bigquery_dataset_iam_member', 'google_bigquery_table_iam_member'];
const CUSTOM_ROLE_TYPES = ['google_organization_iam_custom_role', 'google_project_iam_custom_role'];

function bindings(t: TfTemplate): TfResource[] {
  return BINDING_TYPES.flatMap((type) => t.resources(type));
}

/** The custom role of this configuration that a binding's `role` refers to (`${type.id.name}`), if any. */
function customRoleOf(t: TfTemplate, role: string): TfResource | undefined {
  const m = /^\$\{(google_(?:organization|project)_iam_custom_role)\.([\w-]+)\.name\}$/.exec(role);
  return m ? t.resources(m[1]).find((r) => r.id === m[2]) : undefined;
}

/** Roles that let their holder act as a service account (checkov CKV_GCP_41; in part CKV_GCP_44/45/49, whose lists are longer). */
const IMPERSONATION_ROLES = /^roles\/iam\.(serviceAccountUser|serviceAccountTokenCreator|workloadIdentityUser)$/;

/**
 * No basic role, no admin role and no impersonation role (checkov CKV_GCP_115/116/117 basic roles at
 * organization, folder and project level, CKV_GCP_42 admin roles, CKV_GCP_41 service account user and
 * token creator; trivy google-iam-no-privileged-service-accounts): every binding grants a custom role
 * created in this configuration, or a predefined role that is none of those.
 */
export const gcpNoBasicOrAdminRoles: Rule = function gcpNoBasicOrAdminRoles(t: TfTemplate): Finding[] {
  const out: Finding[] = [];
  for (const b of bindings(t)) {
    const role = String(b.config.role);
    if (/^roles\/(owner|editor|viewer)$/.test(role) || /^roles\/.*(admin|Admin)/.test(role) || IMPERSONATION_ROLES.test(role)) {
      out.push(finding(gcpNoBasicOrAdminRoles, `${b.type}.${b.id}`, `grants the basic, admin or impersonation role ${role}`));
    } else if (!role.startsWith('roles/') && !customRoleOf(t, role)) {
      out.push(finding(gcpNoBasicOrAdminRoles, `${b.type}.${b.id}`, `grants ${role}, which is neither a predefined role nor a custom role of this configuration`));
    }
  }
  return out;
};

/** No custom role may read or change IAM policies, or change anything (least privilege; ours: checkov has no check on custom role permissions). */
export const gcpCustomRolesReadOnly: Rule = function gcpCustomRolesReadOnly(t: TfTemplate): Finding[] {
  return CUSTOM_ROLE_TYPES.flatMap((type) => t.resources(type)).flatMap((r) => (r.config.permissions as string[])
    .filter((p) => /IamPolicy|\.(set|update|delete|undelete|create)[A-Z]?\w*$/.test(p) && !ALLOWED_CREATES.has(p))
    .map((p) => finding(gcpCustomRolesReadOnly, `${r.type}.${r.id}`, `holds ${p}`)));
};

/** The only creating permissions a reader needs: running its own query jobs and read sessions. */
const ALLOWED_CREATES = new Set(['bigquery.jobs.create', 'bigquery.readsessions.create']);

/** Table data is readable on the dataset or table only, never project-, folder- or organization-wide (least privilege; checkov has no such check). */
export const gcpNoProjectWideDataAccess: Rule = function gcpNoProjectWideDataAccess(t: TfTemplate): Finding[] {
  const dataRole = (role: string) => /^roles\/bigquery\.(dataViewer|dataEditor|dataOwner|user|admin)$/.test(role)
    || (customRoleOf(t, role)?.config.permissions as string[] | undefined)?.includes('bigquery.tables.getData') === true;
  return bindings(t)
    .filter((b) => !b.type.startsWith('google_bigquery_') && dataRole(String(b.config.role)))
    .map((b) => finding(gcpNoProjectWideDataAccess, `${b.type}.${b.id}`, 'grants table data access above the dataset'));
};

/** IAM is additive: no authoritative `_iam_binding` / `_iam_policy` resources and no dataset `access` blocks, which would remove others' access. */
export const gcpAdditiveIamOnly: Rule = function gcpAdditiveIamOnly(t: TfTemplate): Finding[] {
  const authoritative = t.resources().filter((r) => /_iam_(binding|policy)$/.test(r.type) || r.type === 'google_bigquery_dataset_access')
    .map((r) => finding(gcpAdditiveIamOnly, `${r.type}.${r.id}`, 'is authoritative IAM'));
  const accessBlocks = t.resources('google_bigquery_dataset').filter((r) => r.config.access !== undefined)
    .map((r) => finding(gcpAdditiveIamOnly, `${r.type}.${r.id}`, 'has access blocks'));
  return [...authoritative, ...accessBlocks];
};

/** APIs are never disabled on destroy (`disable_on_destroy` defaults to true in google 6.x and would switch the API off for everything in the project). */
export const gcpApisNeverDisabledOnDestroy: Rule = function gcpApisNeverDisabledOnDestroy(t: TfTemplate): Finding[] {
  return t.resources('google_project_service').filter((r) => r.config.disable_on_destroy !== false)
    .map((r) => finding(gcpApisNeverDisabledOnDestroy, `${r.type}.${r.id}`, 'may disable the API on destroy'));
};

/**
 * The billing account is only read: a billing-account binding grants `roles/billing.viewer` or a
 * custom role of this configuration, never a role that can change billing (`billing.user` links
 * projects, `billing.costsManager` edits budgets and exports, `billing.admin`, `billing.creator`).
 * https://cloud.google.com/iam/docs/roles-permissions/billing
 */
export const gcpBillingAccountReadOnly: Rule = function gcpBillingAccountReadOnly(t: TfTemplate): Finding[] {
  return t.resources('google_billing_account_iam_member')
    .filter((b) => b.config.role !== 'roles/billing.viewer' && !customRoleOf(t, String(b.config.role)))
    .map((b) => finding(gcpBillingAccountReadOnly, `${b.type}.${b.id}`, `grants ${b.config.role} on the billing account`));
};

/**
 * An uploaded service account key (`public_key_data`) is a certificate and nothing else: a private
 * key pasted there would sit in the configuration and the state (Google takes "an RSA public key
 * that is wrapped in an X.509 v3 certificate", base64-encoded:
 * https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts.keys/upload).
 */
export const gcpUploadedKeyIsPublic: Rule = function gcpUploadedKeyIsPublic(t: TfTemplate): Finding[] {
  return t.resources('google_service_account_key')
    .filter((k) => typeof k.config.public_key_data === 'string' && !k.config.public_key_data.includes('${'))
    .filter((k) => {
      const pem = Buffer.from(k.config.public_key_data, 'base64').toString('utf8');
      return /PRIVATE KEY/.test(pem) || !pem.includes('-----BEGIN CERTIFICATE-----');
    })
    .map((k) => finding(gcpUploadedKeyIsPublic, `${k.type}.${k.id}`, 'public_key_data is not a certificate alone (a private key, or no certificate)'));
};

/**
 * No IAM member is public (checkov CKV_GCP_28 for bucket IAM members, CKV_GCP_100 for BigQuery table
 * IAM members; related: CKV_GCP_15 and trivy google-bigquery-no-public-access check dataset `access`
 * blocks, which gcpAdditiveIamOnly forbids): no binding names `allUsers` or `allAuthenticatedUsers`.
 */
export const gcpNoPublicPrincipals: Rule = function gcpNoPublicPrincipals(t: TfTemplate): Finding[] {
  return t.resources().filter((r) => /^google_.*_iam_member$/.test(r.type))
    .filter((r) => /^(allUsers|allAuthenticatedUsers)$/.test(String(r.config.member)))
    .map((r) => finding(gcpNoPublicPrincipals, `${r.type}.${r.id}`, `grants ${r.config.role} to ${r.config.member}`));
};

/** Every GCP rule. */
export const GCP_RULES: readonly Rule[] = [
  gcpNoBasicOrAdminRoles, gcpCustomRolesReadOnly, gcpNoProjectWideDataAccess, gcpAdditiveIamOnly, gcpApisNeverDisabledOnDestroy,
  gcpBillingAccountReadOnly, gcpUploadedKeyIsPublic, gcpNoPublicPrincipals,
];
