import { BillingBundleBase } from './bundle';

/** The BigQuery dataset that receives the billing export. */
export interface GcpBundleDataset {
  /** Project that holds the dataset. */
  readonly projectId: string;
  /** Dataset ID. */
  readonly datasetId: string;
  /** Dataset location, e.g. `US`. */
  readonly location: string;
}

/** Names of the tables the billing export creates. */
export interface GcpBundleTables {
  /** Standard usage cost table: `gcp_billing_export_v1_<BILLING_ACCOUNT_ID>`. */
  readonly standard: string;
  /** Detailed (resource-level) usage cost table: `gcp_billing_export_resource_v1_<BILLING_ACCOUNT_ID>`. */
  readonly detailed: string;
  /** Pricing table: `cloud_pricing_export`. */
  readonly pricing: string;
}

/** GCP Cost Orchestrator fields: a service account with a key, or an external principal. */
export interface GcpCostOrchestrator {
  /**
   * Email of the service account the platform uses (key mode).
   * @default - external principal mode
   */
  readonly serviceAccountEmail?: string;
  /**
   * The service account's JSON key, decoded. Secret.
   * @default - external principal mode: no key
   */
  readonly serviceAccountKey?: string;
  /**
   * IAM member the roles were granted to (external principal mode), e.g. `serviceAccount:x@y.iam.gserviceaccount.com`.
   * @default - key mode
   */
  readonly externalPrincipal?: string;
  /** Project that holds the dataset and runs the query jobs. */
  readonly projectId: string;
  /**
   * Organization ID.
   * @default - no organization: the viewer role is bound at project level
   */
  readonly organizationId?: string;
  /** Billing account ID, `XXXXXX-XXXXXX-XXXXXX`. */
  readonly billingAccountId: string;
  /** The dataset of the billing export. */
  readonly dataset: GcpBundleDataset;
  /** Tables the export creates. */
  readonly tables: GcpBundleTables;
}

/** The outputs bundle for GCP (`provider: 'gcp'`). */
export interface GcpBillingBundle extends BillingBundleBase {
  /** What the platform needs to read the billing export. */
  readonly costOrchestrator: GcpCostOrchestrator;
}
