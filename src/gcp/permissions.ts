/**
 * The permissions of the custom roles the GCP construct creates: least privilege, each list next
 * to the seed step or platform feature that needs it (STYLE rule 8).
 *
 * Seed (GCP): "Create custom roles (BigQuery Viewer, BigQuery User, Project Viewer)" and
 * "Assign roles at organization, project, and table levels". Rather than copying the predefined
 * roles (which carry `getIamPolicy`, dataform, model, routine and reservation permissions the
 * platform never uses), each custom role holds only what reading the billing export needs.
 * No list holds `*.getIamPolicy` or `*.setIamPolicy`; no basic or admin role is granted anywhere.
 *
 * Every permission name below appears in a predefined role in darkbitio/gcp-iam-role-permissions
 * (`roles/<role>`, commit 8ab2a6f): verified. Whether each is allowed in a *custom* role
 * (custom-role support level) was not checkable offline: UNVERIFIED until the first apply.
 */

/**
 * "Project Viewer", organization form: see the organization's folders and projects, so the
 * platform can map billing rows to the resource hierarchy (seed: "Organization-level IAM";
 * Financial Structure). Bound at organization level, as an organization-level custom role:
 * folder and organization permissions are taken to be unusable in a project-level custom role
 * (FACTS 2b: UNVERIFIED; an organization-level role is right for an organization binding anyway).
 * From `roles/browser` minus `resourcemanager.projects.getIamPolicy`.
 */
export const HIERARCHY_READ_ORGANIZATION_PERMISSIONS: readonly string[] = [
  'resourcemanager.organizations.get',
  'resourcemanager.folders.get',
  'resourcemanager.folders.list',
  'resourcemanager.projects.get',
  'resourcemanager.projects.list',
];

/**
 * "Project Viewer", project form (no organization given): see the billing project itself.
 * From `roles/browser`; `projects.list` and the folder/organization permissions are left out
 * because they mean nothing on a single project.
 */
export const HIERARCHY_READ_PROJECT_PERMISSIONS: readonly string[] = [
  'resourcemanager.projects.get',
];

/**
 * "BigQuery User", reduced to what reading the export through BigQuery needs, in the billing
 * project (a query job or a read session runs, and is billed, in a project):
 * - `bigquery.jobs.create`: run query jobs. Reading one's own job results needs no more (the
 *   job's creator can get it). From `roles/bigquery.jobUser`.
 * - `bigquery.readsessions.create`, `bigquery.readsessions.getData`: read tables and query
 *   results through the BigQuery Storage Read API, which client libraries use for large results
 *   (e.g. Python `to_dataframe()`); without them such reads fail with 403. From
 *   `roles/bigquery.readSessionUser` and `roles/bigquery.user` (the seed's "BigQuery User").
 *   Left out: `bigquery.readsessions.update`, the third permission of `readSessionUser`, taken to
 *   serve only splitting a read stream (`SplitReadStream`), which plain reads do not call
 *   (UNVERIFIED; add it if a 403 names it). The table rows themselves stay guarded by
 *   `bigquery.tables.getData`, which only the dataset-scoped read role holds.
 */
export const BIGQUERY_JOBS_PERMISSIONS: readonly string[] = [
  'bigquery.jobs.create',
  'bigquery.readsessions.create',
  'bigquery.readsessions.getData',
];

/**
 * "BigQuery Viewer", reduced to reading the export's tables: dataset metadata, the table list,
 * table schemas and rows. From `roles/bigquery.dataViewer` minus `datasets.getIamPolicy`,
 * `tables.getIamPolicy`, `tables.export`, models, routines and project permissions. Without
 * `datasets.getIamPolicy`, `datasets.get` returns the dataset's metadata only (FACTS 2b).
 * Bound on the dataset and (with `tableId`) on the table, never on the project.
 */
export const BIGQUERY_READ_PERMISSIONS: readonly string[] = [
  'bigquery.datasets.get',
  'bigquery.tables.list',
  'bigquery.tables.get',
  'bigquery.tables.getData',
];

/** Cost-related recommenders and insights the platform shows (seed: "integrate the Recommendations"). */
const RECOMMENDER_TYPES = [
  'computeInstanceMachineTypeRecommendations',
  'computeInstanceIdleResourceRecommendations',
  'computeDiskIdleResourceRecommendations',
  'computeAddressIdleResourceRecommendations',
  'computeImageIdleResourceRecommendations',
  'computeInstanceGroupManagerMachineTypeRecommendations',
  'cloudsqlIdleInstanceRecommendations',
  'usageCommitmentRecommendations',
  'spendBasedCommitmentRecommendations',
  'cloudCostGeneralRecommendations',
  'costInsights',
  'commitmentUtilizationInsights',
];

/**
 * Read-only recommender access (`recommendations: true`), at the same scope as the hierarchy
 * role: `get` and `list` of the cost recommenders above, plus the location listing the
 * Recommender API needs. All from `roles/recommender.viewer`; no `update`/`markClaimed` etc.
 */
export const RECOMMENDER_READ_PERMISSIONS: readonly string[] = [
  'recommender.locations.get',
  'recommender.locations.list',
  ...RECOMMENDER_TYPES.flatMap((t) => [`recommender.${t}.get`, `recommender.${t}.list`]),
];

/** A custom role's definition (internal). */
export interface CustomRoleDefinition {
  readonly roleId: string;
  readonly title: string;
  readonly description: string;
  readonly permissions: readonly string[];
}

/** "Project Viewer": the organization form with an organization, else the project form. */
export function viewerRole(roleId: string, organization: boolean): CustomRoleDefinition {
  return organization
    ? { roleId, title: 'FinOps hierarchy viewer', description: 'Read the organization, folders and projects (finops-integrations).', permissions: HIERARCHY_READ_ORGANIZATION_PERMISSIONS }
    : { roleId, title: 'FinOps project viewer', description: 'Read the billing project (finops-integrations).', permissions: HIERARCHY_READ_PROJECT_PERMISSIONS };
}

/** "BigQuery User", reduced. */
export function bigQueryJobsRole(roleId: string): CustomRoleDefinition {
  return { roleId, title: 'FinOps BigQuery jobs', description: 'Run query jobs and BigQuery Storage Read API sessions on the billing export (finops-integrations).', permissions: BIGQUERY_JOBS_PERMISSIONS };
}

/** "BigQuery Viewer", reduced. */
export function bigQueryReadRole(roleId: string): CustomRoleDefinition {
  return { roleId, title: 'FinOps billing export reader', description: 'Read the tables of the Cloud Billing export (finops-integrations).', permissions: BIGQUERY_READ_PERMISSIONS };
}

/** Read-only recommendations and insights. */
export function recommenderRole(roleId: string): CustomRoleDefinition {
  return { roleId, title: 'FinOps recommendations reader', description: 'Read cost recommendations and insights (finops-integrations).', permissions: RECOMMENDER_READ_PERMISSIONS };
}
