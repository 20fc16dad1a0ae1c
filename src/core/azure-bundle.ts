import { BillingBundleBase } from './bundle';

/** The storage the cost exports write to. */
export interface AzureBundleStorage {
  /** Storage account name. */
  readonly accountName: string;
  /** Resource group of the storage account. */
  readonly resourceGroup: string;
  /** Container the exports write to. */
  readonly containerName: string;
  /**
   * Read/list SAS token for the container, without the leading '?'. Secret.
   * @default - not included
   */
  readonly sasToken?: string;
  /**
   * Connection string built from the SAS token. Secret.
   * @default - not included
   */
  readonly connectionString?: string;
  /**
   * When the SAS token expires (RFC 3339).
   * @default - no SAS token
   */
  readonly sasExpiry?: string;
}

/** One configured cost export. */
export interface AzureBundleExport {
  /** Export name. */
  readonly name: string;
  /** `ActualCost`, `AmortizedCost`, `Usage` or `FocusCost`. */
  readonly type: string;
  /** Folder in the container where the export writes. */
  readonly rootFolderPath: string;
  /**
   * The Resource Manager scope the export covers: `/subscriptions/<id>`,
   * `/subscriptions/<id>/resourceGroups/<name>` or `/providers/Microsoft.Billing/billingAccounts/<id>`.
   * @default - not stated (bundles written before this field)
   */
  readonly scope?: string;
  /**
   * File format the export writes: `Csv` or `Parquet`.
   * @default - not stated (bundles written before this field): `Csv`
   */
  readonly format?: string;
}

/** Azure Cost Orchestrator fields. */
export interface AzureCostOrchestrator {
  /** Entra ID tenant ID. */
  readonly tenantId: string;
  /** Application (client) ID of the app registration. */
  readonly clientId: string;
  /**
   * Client secret value. Secret.
   * @default - federated credential: no secret
   */
  readonly clientSecret?: string;
  /** Object ID of the app's service principal. */
  readonly objectId: string;
  /** Subscription ID. */
  readonly subscriptionId: string;
  /** Export storage. */
  readonly storage: AzureBundleStorage;
  /** The cost exports. */
  readonly exports: AzureBundleExport[];
}

/** The outputs bundle for Azure (`provider: 'azure'`). */
export interface AzureBillingBundle extends BillingBundleBase {
  /** What the platform needs to read the cost exports. */
  readonly costOrchestrator: AzureCostOrchestrator;
}
