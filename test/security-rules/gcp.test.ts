import { RuleFixture, testRuleFixtures } from './fixtures';
import {
  gcpAdditiveIamOnly, gcpApisNeverDisabledOnDestroy, gcpCustomRolesReadOnly, gcpNoBasicOrAdminRoles, gcpNoProjectWideDataAccess,
} from './gcp';

const READER = { google_project_iam_custom_role: { r: { role_id: 'r', permissions: ['bigquery.tables.getData', 'bigquery.tables.list'] } } };
const VIEWER = { google_project_iam_custom_role: { v: { role_id: 'v', permissions: ['resourcemanager.projects.get'] } } };

/** Each rule: a compliant fixture passes, a non-compliant one fails (the rule can fire). */
const CASES: RuleFixture[] = [
  [gcpNoBasicOrAdminRoles,
    { resource: { ...VIEWER, google_project_iam_member: { b: { role: '${google_project_iam_custom_role.v.name}', member: 'user:a@b.c' } } } },
    { resource: { google_project_iam_member: { b: { role: 'roles/editor', member: 'user:a@b.c' } } } }],
  [gcpNoBasicOrAdminRoles,
    { resource: { google_project_iam_member: { b: { role: 'roles/bigquery.jobUser', member: 'user:a@b.c' } } } },
    { resource: { google_project_iam_member: { b: { role: '${google_project_iam_custom_role.missing.name}', member: 'user:a@b.c' } } } }],
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
];

testRuleFixtures(CASES);
