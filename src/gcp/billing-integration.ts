import { BigqueryDataset } from '@cdktf/provider-google/lib/bigquery-dataset';
import { BigqueryDatasetIamMember } from '@cdktf/provider-google/lib/bigquery-dataset-iam-member';
import { BigqueryTableIamMember } from '@cdktf/provider-google/lib/bigquery-table-iam-member';
import { ProjectIamCustomRole } from '@cdktf/provider-google/lib/project-iam-custom-role';
import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountKey } from '@cdktf/provider-google/lib/service-account-key';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { BigQueryLocation } from './bigquery-location';
import { billingExportTables, enableBillingExportStep } from './billing-export';
import { organizationScope, projectCustomRole, projectScope } from './custom-roles';
import { checkLabels, checkLocation, customRoleId } from './name-rules';
import { bigQueryJobsRole, bigQueryReadRole, recommenderRole, viewerRole } from './permissions';
import { GcpPlatformAccess } from './platform-access';
import { GcpRoleGrant } from './role-grant';
import { ManualStep } from '../core/bundle';
import { bundleBase } from '../core/bundle-base';
import { checkFormat } from '../core/formats';
import { GcpBillingBundle, GcpCostOrchestrator } from '../core/gcp-bundle';
import { IntegrationId } from '../core/integration-id';
import { BillingIntegrationProps } from '../core/integration-props';
import { checkUnionLike } from '../core/prop-checks';
import { emitTfBundleOutputs, tfBundleJson } from '../private/tf-outputs';

/** Props of `GcpBillingIntegration`. */
export interface GcpBillingIntegrationProps extends BillingIntegrationProps {
  /**
   * The project that holds the billing export dataset, the service account and the project-level
   * custom roles, and in which the platform runs its query jobs. Google recommends a dedicated
   * FinOps project linked to the same billing account.
   */
  readonly projectId: string;

  /** The Cloud Billing account whose export the platform reads: `XXXXXX-XXXXXX-XXXXXX` (uppercase hex). */
  readonly billingAccountId: string;

  /**
   * The organization ID (digits). When given, the viewer role (and the recommender role) is an
   * organization-level custom role bound at organization level, so the platform sees every folder
   * and project.
   * @default - no organization: the viewer and recommender roles are project-level custom roles bound on `projectId`
   */
  readonly organizationId?: string;

  /**
   * ID of the BigQuery dataset the export writes to (created here).
   * @default 'billing_export'
   */
  readonly datasetId?: string;

  /**
   * Location of the dataset. A multi-region (`US`, `EU`) gets the previous month backfilled; a
   * region gets data only from the day the export is turned on. Cannot be changed after the
   * dataset is created.
   * @default BigQueryLocation.US
   */
  readonly location?: BigQueryLocation;

  /**
   * Labels of the dataset (lowercase keys and values, up to 64 labels).
   * @default - no labels
   */
  readonly datasetLabels?: { [key: string]: string };

  /**
   * Protect the dataset from `cdktf destroy` / `terraform destroy` (Terraform `prevent_destroy`):
   * deleted export tables cannot be backfilled by Google. Terraform then refuses any plan that would
   * destroy the dataset, so destroying the whole stack fails (and destroys nothing) until this is
   * set to `false` and deployed. The dataset is also never deleted with its contents
   * (`delete_contents_on_destroy = false`).
   * @default true
   */
  readonly deletionProtection?: boolean;

  /**
   * How the platform authenticates: a service account with a JSON key, or a principal the
   * platform owns (no key; for organizations whose policy forbids keys).
   * @default GcpPlatformAccess.serviceAccountKey()
   */
  readonly access?: GcpPlatformAccess;

  /**
   * A table of the dataset to grant the read role on as well, e.g.
   * `gcp_billing_export_resource_v1_012345_6789AB_CDEF01`. The export creates its tables only
   * after the manual step, so set this on a later deploy, once the table exists.
   * @default - no table-level binding (the dataset-level binding already covers every table)
   */
  readonly tableId?: string;

  /**
   * Prefix of the custom role IDs: `<prefix>HierarchyRead`, `<prefix>BigQueryJobs`,
   * `<prefix>BigQueryRead`, `<prefix>RecommenderRead`. Change it when two integrations share a
   * project or an organization (role IDs are unique there, and a deleted ID cannot be reused for
   * weeks). Letters, digits, '_' and '.'; each role ID must stay within 64 characters.
   * @default 'finops'
   */
  readonly roleIdPrefix?: string;
}

/**
 * Connects a Cloud Billing account's data to the FinOps platform (cdktf, `@cdktf/provider-google`).
 *
 * Declares the APIs, the BigQuery dataset the billing export writes to, the identity the platform
 * uses (a service account and JSON key, or an external principal), least-privilege custom roles
 * bound at organization, project, dataset and table level, and optionally read-only
 * recommendations. The one step no API can do, turning the export on, is returned in
 * `manualSteps` with its console link.
 *
 * The construct creates no `GoogleProvider`: configure the provider in your stack.
 *
 * @see https://cloud.google.com/billing/docs/how-to/export-data-bigquery-setup
 *
 * @example
 * import { App, TerraformStack } from 'cdktf';
 * import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
 * import { GcpBillingIntegration } from 'finops-integrations/gcp';
 *
 * const app = new App();
 * const stack = new TerraformStack(app, 'finops-gcp');
 * new GoogleProvider(stack, 'google', { project: 'acme-finops' });
 * new GcpBillingIntegration(stack, 'Billing', {
 *   projectId: 'acme-finops',
 *   billingAccountId: '012345-6789AB-CDEF01',
 *   organizationId: '123456789012',
 *   emitOutputs: true,
 * });
 * app.synth();
 */
export class GcpBillingIntegration extends Construct {
  /** `bigquery.googleapis.com`, never disabled on destroy. */
  public readonly bigQueryApi: ProjectService;
  /** `iam.googleapis.com`: service account and custom roles. */
  public readonly iamApi: ProjectService;
  /** `cloudresourcemanager.googleapis.com`: IAM bindings and the platform's hierarchy reads. */
  public readonly resourceManagerApi: ProjectService;
  /** `bigquerydatatransfer.googleapis.com`: Google requires it in the dataset's project for the pricing export. */
  public readonly dataTransferApi: ProjectService;
  /**
   * `recommender.googleapis.com`.
   * @default - only with `recommendations: true`
   */
  public readonly recommenderApi?: ProjectService;

  /** The dataset the billing export writes to. */
  public readonly dataset: BigqueryDataset;

  /**
   * The platform's service account.
   * @default - none with `GcpPlatformAccess.externalPrincipal()`
   */
  public readonly serviceAccount?: ServiceAccount;
  /**
   * Its JSON key. Terraform state holds the key in plain text.
   * @default - none with `GcpPlatformAccess.externalPrincipal()`
   */
  public readonly serviceAccountKey?: ServiceAccountKey;

  /**
   * The hierarchy viewer role and its binding: at organization level with `organizationId`
   * (every folder and project), else on `projectId`.
   */
  public readonly viewer: GcpRoleGrant;

  /** The role that runs query jobs and read sessions, bound on `projectId`. */
  public readonly bigQueryJobs: GcpRoleGrant;

  /** The role that reads the export's tables (defined in `projectId`; bound on the dataset and table only). */
  public readonly bigQueryReadRole: ProjectIamCustomRole;
  /**
   * Its binding on the dataset (never project-wide). An external `principal:` / `principalSet:`
   * member is written `iamMember:<member>` here, the form the provider's dataset IAM needs.
   */
  public readonly datasetReadBinding: BigqueryDatasetIamMember;
  /**
   * Its binding on one table.
   * @default - only when `tableId` is given
   */
  public readonly tableReadBinding?: BigqueryTableIamMember;

  /**
   * The read-only recommender role and its binding, at the same scope as `viewer`.
   * @default - only with `recommendations: true`
   */
  public readonly recommender?: GcpRoleGrant;

  /**
   * The whole-bundle output.
   * @default - only with `emitOutputs: true`
   */
  public readonly bundleOutput?: TerraformOutput;

  /** The IAM member every role is granted to: the service account's, or the external principal. */
  public readonly member: string;

  /** Steps no API can do: turning the billing export on. Also in `outputs.manualSteps`. */
  public readonly manualSteps: ManualStep[];

  /**
   * What the platform needs: the outputs bundle. Fields are Terraform tokens until apply; with a
   * service account key, `costOrchestrator.serviceAccountKey` is the decoded key, so any output
   * that holds it must be `sensitive` (Terraform refuses otherwise).
   */
  public readonly outputs: GcpBillingBundle;

  /**
   * The outputs bundle as a JSON document (Terraform `jsonencode`, rendered at apply), for the
   * uploader. Holds the service account key in key mode: only use it in sensitive places.
   */
  public readonly bundle: string;

  constructor(scope: Construct, id: string, props: GcpBillingIntegrationProps) {
    super(scope, id);

    // ---- validation (eager; tokens are skipped) ------------------------------------------------
    const { projectId, billingAccountId, organizationId } = props;
    const datasetId = props.datasetId ?? 'billing_export';
    const location = props.location ?? BigQueryLocation.US;
    const access = props.access ?? GcpPlatformAccess.serviceAccountKey();
    const roleIdPrefix = props.roleIdPrefix ?? 'finops';
    const recommendations = props.recommendations ?? false;

    checkFormat(this, 'projectId', projectId, 'gcpProjectId');
    checkFormat(this, 'billingAccountId', billingAccountId, 'gcpBillingAccountId');
    checkFormat(this, 'organizationId', organizationId, 'gcpOrganizationId');
    checkFormat(this, 'datasetId', datasetId, 'gcpDatasetId');
    checkFormat(this, 'tableId', props.tableId, 'gcpTableId');
    checkLocation(this, location);
    checkLabels(this, props.datasetLabels);
    checkUnionLike(this, 'access', access, 'GcpPlatformAccess.serviceAccountKey()');
    const roleId = (suffix: string) => customRoleId(this, roleIdPrefix, suffix);
    const roleIds = { hierarchy: roleId('HierarchyRead'), jobs: roleId('BigQueryJobs'), read: roleId('BigQueryRead'), recommender: roleId('RecommenderRead') };
    const base = bundleBase(this, 'gcp', IntegrationId.gcp(billingAccountId), props, [enableBillingExportStep(billingAccountId, projectId, datasetId)]);

    // ---- seed: "Enable necessary APIs (BigQuery, IAM, Resource Manager)" ------------------------
    // disable_on_destroy defaults to true in google 6.x (FACTS 2c): a destroy would switch the API
    // off for everything else in the project. Never.
    const api = (apiId: string, service: string) => new ProjectService(this, apiId, { project: projectId, service, disableOnDestroy: false });
    this.bigQueryApi = api('BigQueryApi', 'bigquery.googleapis.com');
    this.iamApi = api('IamApi', 'iam.googleapis.com');
    this.resourceManagerApi = api('ResourceManagerApi', 'cloudresourcemanager.googleapis.com');
    // Google's setup guide, step 3: the pricing export (the bundle's `tables.pricing`) needs the
    // BigQuery Data Transfer Service API in the dataset's project.
    this.dataTransferApi = api('DataTransferApi', 'bigquerydatatransfer.googleapis.com');
    // Seed: "integrate the Recommendations specific to each provider".
    this.recommenderApi = recommendations ? api('RecommenderApi', 'recommender.googleapis.com') : undefined;

    // ---- seed: "Export billing table to BigQuery": the dataset (the export itself is manual) -----
    // No table expiration (Google: it must stay off, or exported tables are deleted and never
    // backfilled), no CMEK (the export cannot write to CMEK datasets), no `access {}` blocks (the
    // read binding below is an additive IAM member, and the two must not be mixed: FACTS 2b).
    this.dataset = new BigqueryDataset(this, 'Dataset', {
      project: projectId,
      datasetId,
      location: location.value,
      friendlyName: 'Cloud Billing export',
      description: `Cloud Billing export to BigQuery for billing account ${billingAccountId}, read by the FinOps platform (finops-integrations).`,
      labels: props.datasetLabels,
      deleteContentsOnDestroy: false,
      lifecycle: (props.deletionProtection ?? true) ? { preventDestroy: true } : undefined,
      dependsOn: [this.bigQueryApi],
    });

    // ---- seed: "Create service account and generate JSON key" (or an external principal) --------
    const identity = access._bind(this, { projectId, dependsOn: [this.iamApi] });
    this.serviceAccount = identity.serviceAccount;
    this.serviceAccountKey = identity.serviceAccountKey;
    this.member = identity.member;

    // ---- seed: "Create custom roles" and "Assign roles at organization, project, and table levels"
    // Roles wait for the IAM API, bindings for the Resource Manager API.
    const deps = { roles: [this.iamApi], bindings: [this.resourceManagerApi] };
    const project = projectScope(projectId, deps);
    // With an organization, the hierarchy roles are organization-level custom roles bound there
    // (folder and organization permissions are refused in a project-level role: FACTS 2b).
    const hierarchy = organizationId !== undefined ? organizationScope(organizationId, deps) : project;
    // "Project Viewer": the resource hierarchy, for the platform's Financial Structure.
    this.viewer = hierarchy.grant(this, 'Viewer', viewerRole(roleIds.hierarchy, hierarchy.isOrganization), this.member);
    // "BigQuery User": run the query jobs and Storage Read API sessions, in the billing project only.
    this.bigQueryJobs = project.grant(this, 'BigQueryJobs', bigQueryJobsRole(roleIds.jobs), this.member);
    // "BigQuery Viewer": read the export's tables. Bound on the dataset and the table, never on the project.
    this.bigQueryReadRole = projectCustomRole(this, 'BigQueryReadRole', projectId, bigQueryReadRole(roleIds.read), deps);
    this.datasetReadBinding = new BigqueryDatasetIamMember(this, 'DatasetReadBinding', {
      project: projectId, datasetId: this.dataset.datasetId, role: this.bigQueryReadRole.name, member: identity.datasetMember,
    });
    if (props.tableId !== undefined) {
      this.tableReadBinding = new BigqueryTableIamMember(this, 'TableReadBinding', {
        project: projectId, datasetId: this.dataset.datasetId, tableId: props.tableId, role: this.bigQueryReadRole.name, member: this.member,
      });
    }

    // ---- seed: "integrate the Recommendations": read-only, at the same scope as the viewer role --
    if (recommendations) {
      this.recommender = hierarchy.grant(this, 'Recommender', recommenderRole(roleIds.recommender), this.member);
    }

    // ---- seed: "Integrate using service account email and JSON key": the bundle ----------------
    this.manualSteps = base.manualSteps ?? [];
    const costOrchestrator: GcpCostOrchestrator = {
      ...identity.bundleFields,
      projectId,
      ...(organizationId !== undefined ? { organizationId } : {}),
      billingAccountId,
      dataset: { projectId, datasetId, location: location.value },
      tables: billingExportTables(billingAccountId),
    };
    this.outputs = { ...base, costOrchestrator };
    this.bundle = tfBundleJson(this.outputs);
    if (props.emitOutputs) {
      this.bundleOutput = emitTfBundleOutputs(this, this.outputs, props.bundleOutputName).bundleOutput;
    }
  }
}
