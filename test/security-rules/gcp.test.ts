import { RuleFixture, testRuleFixtures } from './fixtures';
import {
  gcpAdditiveIamOnly, gcpApisNeverDisabledOnDestroy, gcpBillingAccountReadOnly, gcpCustomRolesReadOnly, gcpNoBasicOrAdminRoles, gcpNoPublicPrincipals,
  gcpNoProjectWideDataAccess, gcpUploadedKeyIsPublic,
} from './gcp';

const READER = { google_project_iam_custom_role: { r: { role_id: 'r', permissions: ['bigquery.tables.getData', 'bigquery.tables.list'] } } };
const BILLING_READER = { google_organization_iam_custom_role: { b: { role_id: 'b', permissions: ['billing.accounts.get'] } } };
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const VIEWER = { google_project_iam_custom_role: { v: { role_id: 'v', permissions: ['resourcemanager.projects.get'] } } };

/** Each rule: a compliant fixture passes, a non-compliant one fails (the rule can fire). */
const CASES: RuleFixture[] = [
  [gcpNoBasicOrAdminRoles,
    { resource: { ...VIEWER, google_project_iam_member: { b: { role: '${google_project_iam_custom_role.v.name}', member: 'user:a@b.c' } } } },
    { resource: { google_project_iam_member: { b: { role: 'roles/editor', member: 'user:a@b.c' } } } }],
  [gcpNoBasicOrAdminRoles,
    { resource: { google_project_iam_member: { b: { role: 'roles/bigquery.jobUser', member: 'user:a@b.c' } } } },
    { resource: { google_project_iam_member: { b: { role: '${google_project_iam_custom_role.missing.name}', member: 'user:a@b.c' } } } }],
  [gcpNoBasicOrAdminRoles,
    { resource: { google_project_iam_member: { b: { role: 'roles/bigquery.jobUser', member: 'serviceAccount:r@p.iam.gserviceaccount.com' } } } },
    { resource: { google_project_iam_member: { b: { role: 'roles/iam.serviceAccountTokenCreator', member: 'serviceAccount:r@p.iam.gserviceaccount.com' } } } }],
  [gcpCustomRolesReadOnly,
    { resource: READER },
    { resource: { google_project_iam_custom_role: { r: { role_id: 'r', permissions: ['bigquery.datasets.getIamPolicy'] } } } }],
  [gcpNoProjectWideDataAccess,
    { resource: { ...READER, google_bigquery_dataset_iam_member: { b: { role: '${google_project_iam_custom_role.r.name}', member: 'user:a@b.c' } } } },
    { resource: { ...READER, google_project_iam_member: { b: { role: '${google_project_iam_custom_role.r.name}', member: 'user:a@b.c' } } } }],
  [gcpAdditiveIamOnly,
    { resource: { google_bigquery_dataset: { d: { dataset_id: 'd' } } } },
    { resource: { google_bigquery_dataset: { d: { dataset_id: 'd', access: [{ role: 'OWNER', user_by_email: 'a@b.c' }] } } } }],
  [gcpAdditiveIamOnly,
    { resource: { google_project_iam_member: { b: { role: 'roles/bigquery.jobUser', member: 'user:a@b.c' } } } },
    { resource: { google_project_iam_binding: { b: { role: 'roles/bigquery.jobUser', members: ['user:a@b.c'] } } } }],
  [gcpApisNeverDisabledOnDestroy,
    { resource: { google_project_service: { s: { service: 'bigquery.googleapis.com', disable_on_destroy: false } } } },
    { resource: { google_project_service: { s: { service: 'bigquery.googleapis.com' } } } }],
  [gcpBillingAccountReadOnly,
    { resource: { ...BILLING_READER, google_billing_account_iam_member: { b: { billing_account_id: 'A', role: '${google_organization_iam_custom_role.b.name}', member: 'user:a@b.c' } } } },
    { resource: { google_billing_account_iam_member: { b: { billing_account_id: 'A', role: 'roles/billing.user', member: 'user:a@b.c' } } } }],
  [gcpBillingAccountReadOnly,
    { resource: { google_billing_account_iam_member: { b: { billing_account_id: 'A', role: 'roles/billing.viewer', member: 'user:a@b.c' } } } },
    { resource: { google_billing_account_iam_member: { b: { billing_account_id: 'A', role: 'roles/billing.costsManager', member: 'user:a@b.c' } } } }],
  [gcpUploadedKeyIsPublic,
    { resource: { google_service_account_key: { k: { service_account_id: 's', public_key_data: b64('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n') } } } },
    { resource: { google_service_account_key: { k: { service_account_id: 's', public_key_data: b64('-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n') } } } }],
  [gcpUploadedKeyIsPublic,
    { resource: { google_service_account_key: { k: { service_account_id: 's', private_key_type: 'TYPE_GOOGLE_CREDENTIALS_FILE' } } } },
    { resource: { google_service_account_key: { k: { service_account_id: 's', public_key_data: b64('-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n') } } } }],
  [gcpNoPublicPrincipals,
    { resource: { google_bigquery_dataset_iam_member: { m: { role: 'roles/bigquery.dataViewer', member: 'serviceAccount:r@p.iam.gserviceaccount.com' } } } },
    { resource: { google_bigquery_dataset_iam_member: { m: { role: 'roles/bigquery.dataViewer', member: 'allAuthenticatedUsers' } } } }],
];

testRuleFixtures(CASES);
