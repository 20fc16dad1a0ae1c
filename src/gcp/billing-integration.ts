import { BigqueryDataset } from '@cdktf/provider-google/lib/bigquery-dataset';
import { BigqueryDatasetIamMember } from '@cdktf/provider-google/lib/bigquery-dataset-iam-member';
import { BigqueryTableIamMember } from '@cdktf/provider-google/lib/bigquery-table-iam-member';
import { OrganizationIamCustomRole } from '@cdktf/provider-google/lib/organization-iam-custom-role';
import { OrganizationIamMember } from '@cdktf/provider-google/lib/organization-iam-member';
import { ProjectIamCustomRole } from '@cdktf/provider-google/lib/project-iam-custom-role';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountKey } from '@cdktf/provider-google/lib/service-account-key';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { BigQueryLocation } from './bigquery-location';
import { billingExportTables, enableBillingExportStep } from './billing-export';
import { datasetIamMember } from './dataset-iam-member';
import { BILLING_EXPORT_LOCATIONS, LOCATION_SYNTAX } from './export-locations';
import {
  BIGQUERY_JOBS_PERMISSIONS,
  BIGQUERY_READ_PERMISSIONS,
  HIERARCHY_READ_ORGANIZATION_PERMISSIONS,
  HIERARCHY_READ_PROJECT_PERMISSIONS,
  RECOMMENDER_READ_PERMISSIONS,
} from './permissions';
import { GcpPlatformAccess } from './platform-access';
import { ManualStep } from '../core/bundle';
import { bundleBase } from '../core/bundle-base';
import { propError } from '../core/errors';
import { checkFormat } from '../core/formats';
import { GcpBillingBundle, GcpCostOrchestrator } from '../core/gcp-bundle';
import { IntegrationId } from '../core/integration-id';
import { BillingIntegrationProps } from '../core/integration-props';
import { checkOneOf, checkPattern } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';
import { addWarning } from '../tf/annotations';
import { base64Decode } from '../tf/functions';
import { addBundleOutput } from '../tf/outputs';

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
   * and project (seed: "Assign roles at organization ... level").
   * @default - no organization: the viewer and recommender roles are project-level custom roles bound on `projectId`
   */
  readonly organizationId?: string;

  /**
   * ID of the BigQuery dataset the export writes to (created here).
   * @default 'billing_export'
   */
  readonly datasetId?: string;

  /**
   * Location of the dataset; only the locations the billing export supports are accepted.
   * A multi-region (`US`, `EU`) gets the previous month backfilled; a region gets data only from the
   * day the export is turned on. Cannot be changed after the dataset is created.
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
   * How the platform authenticates: a service account with a JSON key (the seed's flow) or a
   * principal the platform owns (no key; for organizations whose policy forbids keys).
   * @default GcpPlatformAccess.serviceAccountKey()
   */
  readonly access?: GcpPlatformAccess;

  /**
   * Account ID of the service account created in key mode (6 to 30 lowercase letters, digits
   * and '-'); its email is `<id>@<projectId>.iam.gserviceaccount.com`.
   * @default 'finops-billing-reader'
   */
  readonly serviceAccountId?: string;

  /**
   * A table of the dataset to grant the read role on as well (seed: "Assign roles at ... table
   * level"), e.g. `gcp_billing_export_resource_v1_012345_6789AB_CDEF01`. The export creates its
   * tables only after the manual step, so set this on a later deploy, once the table exists.
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

/** Service account ID: 6 to 30 characters, lowercase letter first, no trailing '-' (IAM rule). */
const SERVICE_ACCOUNT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
/** Custom role ID rule (IAM): `^[a-zA-Z0-9_.]{3,64}$`. */
const ROLE_ID = /^[a-zA-Z0-9_.]{3,64}$/;
/** Label key and value rules (Google Cloud labels): lowercase letters, digits, '_' and '-'; keys start with a letter. */
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;

/**
 * Connects a Cloud Billing account's data to the FinOps platform (cdktf, `@cdktf/provider-google`).
 *
 * Declares what the seed's GCP steps ask for: the APIs, the BigQuery dataset the billing export
 * writes to, the identity the platform uses (a service account and JSON key, or an external
 * principal), least-privilege custom roles bound at organization, project, dataset and table
 * level, and optionally read-only recommendations. The one step no API can do, turning the
 * export on, is returned in `manualSteps` with its console link.
 *
 * The construct creates no `GoogleProvider`: configure the provider in your stack.
 */
export class GcpBillingIntegration extends Construct {
  /** Seed: "Enable necessary APIs (BigQuery ...)". `bigquery.googleapis.com`, never disabled on destroy. */
  public readonly bigQueryApi: ProjectService;
  /** Seed: "Enable necessary APIs (... IAM ...)": service account and custom roles. `iam.googleapis.com`. */
  public readonly iamApi: ProjectService;
  /** Seed: "Enable necessary APIs (... Resource Manager)": IAM bindings and the platform's hierarchy reads. `cloudresourcemanager.googleapis.com`. */
  public readonly resourceManagerApi: ProjectService;
  /** `bigquerydatatransfer.googleapis.com`: Google requires it in the dataset's project for the pricing export. */
  public readonly dataTransferApi: ProjectService;
  /**
   * `recommender.googleapis.com` (seed: "integrate the Recommendations").
   * @default - only with `recommendations: true`
   */
  public readonly recommenderApi?: ProjectService;

  /** The dataset the billing export writes to (seed: "Export billing table to BigQuery"). */
  public readonly dataset: BigqueryDataset;

  /**
   * The platform's service account (seed: "Create service account").
   * @default - external principal mode: none
   */
  public readonly serviceAccount?: ServiceAccount;
  /**
   * Its JSON key (seed: "generate JSON key"). Terraform state holds the key in plain text.
   * @default - external principal mode: none
   */
  public readonly serviceAccountKey?: ServiceAccountKey;

  /**
   * Organization-level viewer role ("Project Viewer" of the seed, for the whole hierarchy).
   * @default - only when `organizationId` is given
   */
  public readonly organizationViewerRole?: OrganizationIamCustomRole;
  /**
   * Its binding at organization level.
   * @default - only when `organizationId` is given
   */
  public readonly organizationViewerBinding?: OrganizationIamMember;
  /**
   * Project-level viewer role, when no organization is given.
   * @default - only when `organizationId` is not given
   */
  public readonly projectViewerRole?: ProjectIamCustomRole;
  /**
   * Its binding on the project.
   * @default - only when `organizationId` is not given
   */
  public readonly projectViewerBinding?: ProjectIamMember;

  /** Role that runs query jobs ("BigQuery User" of the seed, reduced). */
  public readonly bigQueryJobsRole: ProjectIamCustomRole;
  /** Its binding on the project (seed: "Assign roles at ... project ... level"). */
  public readonly bigQueryJobsBinding: ProjectIamMember;

  /** Role that reads the export's tables ("BigQuery Viewer" of the seed, reduced). */
  public readonly bigQueryReadRole: ProjectIamCustomRole;
  /**
   * Its binding on the dataset (never project-wide). An external `principal:` / `principalSet:`
   * member is written `iamMember:<member>` here, the form the provider's dataset IAM needs.
   */
  public readonly datasetReadBinding: BigqueryDatasetIamMember;
  /**
   * Its binding on one table (seed: "Assign roles at ... table level").
   * @default - only when `tableId` is given
   */
  public readonly tableReadBinding?: BigqueryTableIamMember;

  /**
   * Organization-level read-only recommender role.
   * @default - only with `recommendations: true` and `organizationId`
   */
  public readonly organizationRecommenderRole?: OrganizationIamCustomRole;
  /**
   * Its binding at organization level.
   * @default - only with `recommendations: true` and `organizationId`
   */
  public readonly organizationRecommenderBinding?: OrganizationIamMember;
  /**
   * Project-level read-only recommender role.
   * @default - only with `recommendations: true` and no `organizationId`
   */
  public readonly projectRecommenderRole?: ProjectIamCustomRole;
  /**
   * Its binding on the project.
   * @default - only with `recommendations: true` and no `organizationId`
   */
  public readonly projectRecommenderBinding?: ProjectIamMember;

  /**
   * The bundle as a `sensitive` Terraform output.
   * @default - only with `emitOutputs: true`
   */
  public readonly bundleOutput?: TerraformOutput;

  /** The IAM member every role is granted to: the service account's, or the external principal. */
  public readonly member: string;

  /** Steps no API can do: turning the billing export on (DESIGN D8). Also in `outputs.manualSteps`. */
  public readonly manualSteps: ManualStep[];

  /**
   * What the platform needs (DESIGN D4). Fields are Terraform tokens until apply; in key mode
   * `costOrchestrator.serviceAccountKey` is the decoded key, so any output that holds it must be
   * `sensitive` (Terraform refuses otherwise).
   */
  public readonly outputs: GcpBillingBundle;

  constructor(scope: Construct, id: string, props: GcpBillingIntegrationProps) {
    super(scope, id);

    // ---- validation (eager; tokens are skipped) ------------------------------------------------
    const projectId = props.projectId;
    const billingAccountId = props.billingAccountId;
    const organizationId = props.organizationId;
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
    if (access.createsKey) {
      checkPattern(this, 'serviceAccountId', props.serviceAccountId, SERVICE_ACCOUNT_ID,
        "6 to 30 lowercase letters, digits and '-', starting with a letter and not ending with '-'");
    } else {
      checkFormat(this, 'access', access.externalPrincipalMember, 'gcpMember');
      if (props.serviceAccountId !== undefined) {
        throw propError(this, 'serviceAccountId', 'applies only to GcpPlatformAccess.serviceAccountKey() (no service account is created for an external principal)', props.serviceAccountId);
      }
    }
    const roleId = (suffix: string) => {
      const full = `${roleIdPrefix}${suffix}`;
      if (!isUnresolved(roleIdPrefix) && !ROLE_ID.test(full)) {
        throw propError(this, 'roleIdPrefix', `must give role IDs of 3 to 64 letters, digits, '_' and '.' ('${full}' is not one)`, roleIdPrefix);
      }
      return full;
    };
    const roleIds = {
      hierarchy: roleId('HierarchyRead'),
      jobs: roleId('BigQueryJobs'),
      read: roleId('BigQueryRead'),
      recommender: roleId('RecommenderRead'),
    };

    // ---- seed: "Enable necessary APIs (BigQuery, IAM, Resource Manager)" ------------------------
    // disable_on_destroy defaults to true in google 6.x (FACTS 2c): a destroy would switch the API
    // off for everything else in the project. Never.
    const api = (apiId: string, service: string) => new ProjectService(this, apiId, {
      project: projectId,
      service,
      disableOnDestroy: false,
    });
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
      location: location.name,
      friendlyName: 'Cloud Billing export',
      description: `Cloud Billing export to BigQuery for billing account ${billingAccountId}, read by the FinOps platform (finops-integrations).`,
      labels: props.datasetLabels,
      deleteContentsOnDestroy: false,
      lifecycle: (props.deletionProtection ?? true) ? { preventDestroy: true } : undefined,
      dependsOn: [this.bigQueryApi],
    });

    // ---- seed: "Create service account and generate JSON key" (or an external principal) --------
    if (access.createsKey) {
      this.serviceAccount = new ServiceAccount(this, 'ServiceAccount', {
        project: projectId,
        accountId: props.serviceAccountId ?? 'finops-billing-reader',
        displayName: 'FinOps platform billing reader',
        description: 'Reads the Cloud Billing export for the FinOps platform (finops-integrations).',
        dependsOn: [this.iamApi],
      });
      // The key's private_key is base64 of a Google credentials JSON file (FACTS 2c). It exists in
      // Terraform state from here on: protect the state backend like the key itself.
      this.serviceAccountKey = new ServiceAccountKey(this, 'ServiceAccountKey', {
        serviceAccountId: this.serviceAccount.name,
        keyAlgorithm: 'KEY_ALG_RSA_2048',
        privateKeyType: 'TYPE_GOOGLE_CREDENTIALS_FILE',
      });
      this.member = this.serviceAccount.member;
    } else {
      this.member = access.externalPrincipalMember!;
    }
    const member = this.member;

    // ---- seed: "Create custom roles" and "Assign roles at organization, project, and table levels"
    // "Project Viewer": the resource hierarchy, for the platform's Financial Structure. With an
    // organization: an organization-level custom role, bound at organization level (folder and
    // organization permissions are taken to be unusable in a project-level role: FACTS 2b,
    // UNVERIFIED). Without: a project-level role on the billing project.
    const viewer = this.hierarchyScopedRole('Viewer', organizationId, projectId, member, {
      roleId: roleIds.hierarchy,
      title: organizationId !== undefined ? 'FinOps hierarchy viewer' : 'FinOps project viewer',
      description: organizationId !== undefined
        ? 'Read the organization, folders and projects (finops-integrations).'
        : 'Read the billing project (finops-integrations).',
      permissions: organizationId !== undefined ? HIERARCHY_READ_ORGANIZATION_PERMISSIONS : HIERARCHY_READ_PROJECT_PERMISSIONS,
    });
    this.organizationViewerRole = viewer.organizationRole;
    this.organizationViewerBinding = viewer.organizationBinding;
    this.projectViewerRole = viewer.projectRole;
    this.projectViewerBinding = viewer.projectBinding;

    // "BigQuery User": run the query jobs and Storage Read API sessions, in the billing project only.
    this.bigQueryJobsRole = this.projectCustomRole('BigQueryJobsRole', projectId, {
      roleId: roleIds.jobs,
      title: 'FinOps BigQuery jobs',
      description: 'Run query jobs and BigQuery Storage Read API sessions on the billing export (finops-integrations).',
      permissions: BIGQUERY_JOBS_PERMISSIONS,
    });
    this.bigQueryJobsBinding = this.projectBinding('BigQueryJobsBinding', projectId, this.bigQueryJobsRole, member);

    // "BigQuery Viewer": read the export's tables. Bound on the dataset and the table, never on the project.
    this.bigQueryReadRole = this.projectCustomRole('BigQueryReadRole', projectId, {
      roleId: roleIds.read,
      title: 'FinOps billing export reader',
      description: 'Read the tables of the Cloud Billing export (finops-integrations).',
      permissions: BIGQUERY_READ_PERMISSIONS,
    });
    // The dataset binding is an entry of the dataset's access list, not an IAM policy: a workload
    // identity federation member must be written `iamMember:principal…://…` there (dataset-iam-member.ts).
    // Key mode's member is always `serviceAccount:…`, which the provider maps as it is.
    this.datasetReadBinding = new BigqueryDatasetIamMember(this, 'DatasetReadBinding', {
      project: projectId,
      datasetId: this.dataset.datasetId,
      role: this.bigQueryReadRole.name,
      member: access.createsKey ? member : datasetIamMember(member),
    });
    if (props.tableId !== undefined) {
      this.tableReadBinding = new BigqueryTableIamMember(this, 'TableReadBinding', {
        project: projectId,
        datasetId: this.dataset.datasetId,
        tableId: props.tableId,
        role: this.bigQueryReadRole.name,
        member,
      });
    }

    // ---- seed: "integrate the Recommendations": read-only, at the same scope as the viewer role --
    if (recommendations) {
      const recommender = this.hierarchyScopedRole('Recommender', organizationId, projectId, member, {
        roleId: roleIds.recommender,
        title: 'FinOps recommendations reader',
        description: 'Read cost recommendations and insights (finops-integrations).',
        permissions: RECOMMENDER_READ_PERMISSIONS,
      });
      this.organizationRecommenderRole = recommender.organizationRole;
      this.organizationRecommenderBinding = recommender.organizationBinding;
      this.projectRecommenderRole = recommender.projectRole;
      this.projectRecommenderBinding = recommender.projectBinding;
    }

    // ---- seed: "Integrate using service account email and JSON key": the bundle ----------------
    this.manualSteps = [enableBillingExportStep(billingAccountId, projectId, datasetId)];
    const identity = this.serviceAccount && this.serviceAccountKey
      ? { serviceAccountEmail: this.serviceAccount.email, serviceAccountKey: base64Decode(this.serviceAccountKey.privateKey) }
      : { externalPrincipal: member };
    const costOrchestrator: GcpCostOrchestrator = {
      ...identity,
      projectId,
      ...(organizationId !== undefined ? { organizationId } : {}),
      billingAccountId,
      dataset: { projectId, datasetId, location: location.name },
      tables: billingExportTables(billingAccountId),
    };
    this.outputs = {
      ...bundleBase(this, 'gcp', IntegrationId.gcp(billingAccountId), props, this.manualSteps),
      costOrchestrator,
    };

    if (props.emitOutputs) {
      this.bundleOutput = addBundleOutput(this, 'BundleOutput', this.outputs,
        'finops-integrations bundle (GCP). Sensitive: holds the service account key in key mode.');
    }
  }
  /**
   * A custom role bound to `member` at the widest scope given: an organization-level role on the
   * organization when `organizationId` is set, else a project-level role on the project.
   * Construct ids: `Organization<name>Role` / `Organization<name>Binding`, or `Project<name>Role` / `Project<name>Binding`.
   */
  private hierarchyScopedRole(name: string, organizationId: string | undefined, projectId: string, member: string,
    role: RoleDefinition): ScopedRole {
    if (organizationId !== undefined) {
      const organizationRole = new OrganizationIamCustomRole(this, `Organization${name}Role`, { orgId: organizationId, ...this.customRoleConfig(role) });
      const organizationBinding = new OrganizationIamMember(this, `Organization${name}Binding`, {
        orgId: organizationId, role: organizationRole.name, member, dependsOn: [this.resourceManagerApi],
      });
      return { organizationRole, organizationBinding };
    }
    const projectRole = this.projectCustomRole(`Project${name}Role`, projectId, role);
    return { projectRole, projectBinding: this.projectBinding(`Project${name}Binding`, projectId, projectRole, member) };
  }

  /** A project-level custom role (created once the IAM API is on). */
  private projectCustomRole(id: string, projectId: string, role: RoleDefinition): ProjectIamCustomRole {
    return new ProjectIamCustomRole(this, id, { project: projectId, ...this.customRoleConfig(role) });
  }

  /** `role` granted to `member` on the project (additive: `google_project_iam_member`). */
  private projectBinding(id: string, projectId: string, role: ProjectIamCustomRole, member: string): ProjectIamMember {
    return new ProjectIamMember(this, id, { project: projectId, role: role.name, member, dependsOn: [this.resourceManagerApi] });
  }

  /** The fields every custom role shares, organization- or project-level. */
  private customRoleConfig(role: RoleDefinition) {
    return {
      roleId: role.roleId,
      title: role.title,
      description: role.description,
      permissions: [...role.permissions],
      dependsOn: [this.iamApi],
    };
  }
}

/** What a custom role is: its ID, title, description and permissions. */
interface RoleDefinition {
  readonly roleId: string;
  readonly title: string;
  readonly description: string;
  readonly permissions: readonly string[];
}

/** The role and binding that `hierarchyScopedRole` created: the organization pair or the project pair. */
interface ScopedRole {
  readonly organizationRole?: OrganizationIamCustomRole;
  readonly organizationBinding?: OrganizationIamMember;
  readonly projectRole?: ProjectIamCustomRole;
  readonly projectBinding?: ProjectIamMember;
}

function checkLocation(scope: Construct, location: BigQueryLocation): void {
  const name = location.name;
  if (isUnresolved(name)) return;
  if (location.checked) {
    checkOneOf(scope, 'location', name, BILLING_EXPORT_LOCATIONS);
    return;
  }
  checkPattern(scope, 'location', name, LOCATION_SYNTAX, "'US', 'EU' or a region such as 'europe-west1'");
  if (!BILLING_EXPORT_LOCATIONS.includes(name)) {
    addWarning(scope, `location '${name}' is not in the list of dataset locations the Cloud Billing export supports (Google docs, 2026-04-08); ` +
      "if the export does not support it, the console refuses the export settings with 'Invalid dataset region'.");
  }
}

function checkLabels(scope: Construct, labels: { [key: string]: string } | undefined): void {
  if (labels === undefined) return;
  const entries = Object.entries(labels);
  if (entries.length > 64) throw propError(scope, 'datasetLabels', 'must have at most 64 labels', `${entries.length} labels`);
  for (const [key, value] of entries) {
    checkPattern(scope, 'datasetLabels', key, LABEL_KEY, "keys of lowercase letters, digits, '_' and '-', starting with a lowercase letter");
    checkPattern(scope, 'datasetLabels', value, LABEL_VALUE, "values of up to 63 lowercase letters, digits, '_' and '-'");
  }
}
