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
  // Cost recommenders of Google's list (https://cloud.google.com/recommender/docs/recommenders,
  // category Cost) that the first list missed, with their insight types; permission names from
  // `roles/recommender.viewer` (darkbitio/gcp-iam-role-permissions, commit 8ab2a6f):
  // "Cloud SQL overprovisioned instance recommender" (google.cloudsql.instance.OverprovisionedRecommender),
  // which reads the instances' CPU and memory usage insights (the insight mapping is UNVERIFIED);
  'cloudsqlOverprovisionedInstanceRecommendations',
  'cloudsqlInstanceCpuUsageInsights',
  'cloudsqlInstanceMemoryUsageInsights',
  // idle projects ("unattended project recommender", google.resourcemanager.projectUtilization.Recommender);
  'resourcemanagerProjectUtilizationRecommendations',
  'resourcemanagerProjectUtilizationInsights',
  // "BigQuery edition slot recommender" (google.bigquery.capacityCommitments.Recommender).
  'bigqueryCapacityCommitmentsRecommendations',
  'bigqueryCapacityCommitmentsInsights',
];

/**
 * The recommenders and insight types that live on the billing account (Recommender API
 * `billingAccounts.locations.*`): spend-based commitments, cost insights, commitment utilization
 * and resource-based commitment recommendations at billing-account level. Every permission is in
 * `roles/billing.viewer` (darkbitio/gcp-iam-role-permissions, commit 8ab2a6f: verified), which is
 * where Google grants them; custom-role support level not checkable offline (UNVERIFIED).
 */
const BILLING_ACCOUNT_RECOMMENDER_TYPES = [
  'spendBasedCommitmentRecommendations',
  'spendBasedCommitmentInsights',
  'costInsights',
  'commitmentUtilizationInsights',
  'usageCommitmentRecommendations',
];

/**
 * The billing-account role, organization form: an organization-level custom role (Google: "Custom
 * roles are created on the organization, and then are applied to any billing account in the
 * organization ... Project roles can't be applied to billing accounts",
 * https://cloud.google.com/billing/docs/how-to/custom-roles). `billing.accounts.get` lets the
 * platform read the account's name and state; the rest is get/list of the recommenders above.
 * Narrower than `roles/billing.viewer`, which also carries `billing.accounts.getIamPolicy`,
 * `getPaymentInfo`, budgets, credits and marketplace orders.
 */
export const BILLING_ACCOUNT_READ_PERMISSIONS: readonly string[] = [
  'billing.accounts.get',
  ...BILLING_ACCOUNT_RECOMMENDER_TYPES.flatMap((t) => [`recommender.${t}.get`, `recommender.${t}.list`]),
];

/**
 * The billing-account role when no organization-level custom role can be used (no
 * `organizationId`, or a billing account outside every organization this integration knows):
 * `roles/billing.viewer`, the narrowest predefined role that holds spend-based commitment
 * recommendations, cost insights and commitment utilization insights together
 * (`roles/recommender.billingAccountCudViewer`, Beta, holds only the resource-based commitment
 * recommendations and commitment utilization insights). Read-only, but broader than the custom role.
 * https://cloud.google.com/iam/docs/roles-permissions/billing
 */
export const BILLING_ACCOUNT_PREDEFINED_ROLE = 'roles/billing.viewer';

/**
 * Name a quota project for Recommender API calls: calls on a billing account are charged to the
 * client project's quota ("Billing Account | Client project's organization",
 * https://cloud.google.com/recommender/quotas), and naming a project as quota project
 * (`x-goog-user-project`, gcloud `--billing-project`) needs `serviceusage.services.use` on it
 * (https://cloud.google.com/docs/quotas/set-quota-project). Granted on `projectId` with
 * recommendations only; from `roles/serviceusage.serviceUsageConsumer`.
 */
export const QUOTA_PROJECT_PERMISSIONS: readonly string[] = ['serviceusage.services.use'];

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

/** "BigQuery User", reduced; with recommendations, also naming the project as quota project. */
export function bigQueryJobsRole(roleId: string, quotaProject: boolean): CustomRoleDefinition {
  return quotaProject
    ? { roleId, title: 'FinOps BigQuery jobs and quota project', description: 'Run query jobs and BigQuery Storage Read API sessions on the billing export, and use the project as quota project for Recommender API calls (finops-integrations).', permissions: [...BIGQUERY_JOBS_PERMISSIONS, ...QUOTA_PROJECT_PERMISSIONS] }
    : { roleId, title: 'FinOps BigQuery jobs', description: 'Run query jobs and BigQuery Storage Read API sessions on the billing export (finops-integrations).', permissions: BIGQUERY_JOBS_PERMISSIONS };
}

/** "BigQuery Viewer", reduced. */
export function bigQueryReadRole(roleId: string): CustomRoleDefinition {
  return { roleId, title: 'FinOps billing export reader', description: 'Read the tables of the Cloud Billing export (finops-integrations).', permissions: BIGQUERY_READ_PERMISSIONS };
}

/** Read-only recommendations and insights. */
export function recommenderRole(roleId: string): CustomRoleDefinition {
  return { roleId, title: 'FinOps recommendations reader', description: 'Read cost recommendations and insights (finops-integrations).', permissions: RECOMMENDER_READ_PERMISSIONS };
}

/** Billing-account recommendations and insights (organization-level custom role, bound on the billing account). */
export function billingAccountReadRole(roleId: string): CustomRoleDefinition {
  return { roleId, title: 'FinOps billing account reader', description: 'Read the billing account and its commitment recommendations and cost insights (finops-integrations).', permissions: BILLING_ACCOUNT_READ_PERMISSIONS };
}
