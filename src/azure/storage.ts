import { DataAzurermStorageAccount } from '@cdktf/provider-azurerm/lib/data-azurerm-storage-account';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { StorageAccountIdParts } from './name-rules';

/** Options of the export storage. */
export interface ExportStorageOptions {
  readonly accountName: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** SAS validity in days: the account's SAS expiration policy. */
  readonly sasValidityDays: number;
  /** Public IPv4 ranges the account firewall lets in; none means open to every network. */
  readonly allowedIpRanges?: string[];
}

/** The storage account the exports write to, new or brought by ID. */
export interface ExportStorage {
  /** The new account, when one is created. */
  readonly storageAccount?: StorageAccount;
  /** The account brought by ID, read for its endpoint and for signing the SAS. */
  readonly existingStorageAccount?: DataAzurermStorageAccount;
  /** Resource Manager ID of the account. */
  readonly accountId: string;
  readonly accountName: string;
  readonly resourceGroupName: string;
  readonly subscriptionId: string;
  /** `https://<account>.blob.core.windows.net` (no trailing '/'). */
  readonly blobEndpoint: string;
  /**
   * The account-key connection string, used ONLY to sign the SAS token (the data source needs it).
   * Never in an output or in the bundle.
   */
  readonly signingConnectionString: string;
}

/** Days of soft delete for blobs and containers (azurerm's default for blobs is 7; the range is 1 to 365). */
const SOFT_DELETE_DAYS = 7;

/**
 * A new, hardened account (seed: "Create storage account ... for exports"): HTTPS only, TLS 1.2,
 * no public blob access, no cross-tenant replication, blob and container soft delete, and a SAS
 * expiration policy at the SAS validity. Shared keys stay enabled: the seed's SAS token is signed
 * with the account key (Terraform cannot create a user delegation SAS).
 * @see https://learn.microsoft.com/azure/storage/common/security-recommendations
 */
export function newExportStorage(scope: Construct, subscriptionId: string, options: ExportStorageOptions): ExportStorage {
  const ranges = options.allowedIpRanges;
  const storageAccount = new StorageAccount(scope, 'StorageAccount', {
    name: options.accountName,
    resourceGroupName: options.resourceGroupName,
    location: options.location,
    accountKind: 'StorageV2',
    accountTier: 'Standard',
    accountReplicationType: 'LRS',
    httpsTrafficOnlyEnabled: true,
    minTlsVersion: 'TLS1_2',
    allowNestedItemsToBePublic: false,
    crossTenantReplicationEnabled: false,
    sharedAccessKeyEnabled: true,
    publicNetworkAccessEnabled: true,
    blobProperties: {
      deleteRetentionPolicy: { days: SOFT_DELETE_DAYS },
      containerDeleteRetentionPolicy: { days: SOFT_DELETE_DAYS },
    },
    // A SAS valid longer than this is logged (expiration action 'Log'). Format "D.HH:MM:SS".
    sasPolicy: { expirationPeriod: `${options.sasValidityDays}.00:00:00`, expirationAction: 'Log' },
    // Open to the platform unless ranges are given; Cost Management writes as a trusted Azure service.
    ...(ranges !== undefined ? {
      networkRules: { defaultAction: 'Deny', ipRules: ranges, bypass: ['AzureServices'] },
    } : {}),
  });
  return {
    storageAccount,
    accountId: storageAccount.id,
    accountName: options.accountName,
    resourceGroupName: options.resourceGroupName,
    subscriptionId,
    blobEndpoint: Fn.trimsuffix(storageAccount.primaryBlobEndpoint, '/'),
    signingConnectionString: storageAccount.primaryBlobConnectionString,
  };
}

/**
 * An account the user brings by ID. Its settings are the user's: the construct reads it (through
 * the azurerm provider of the stack, which must reach its subscription) for the blob endpoint and
 * the key that signs the SAS.
 */
export function existingExportStorage(scope: Construct, accountId: string, parts: StorageAccountIdParts): ExportStorage {
  const existingStorageAccount = new DataAzurermStorageAccount(scope, 'ExistingStorageAccount', {
    name: parts.accountName,
    resourceGroupName: parts.resourceGroupName,
  });
  return {
    existingStorageAccount,
    accountId,
    accountName: parts.accountName,
    resourceGroupName: parts.resourceGroupName,
    subscriptionId: parts.subscriptionId,
    blobEndpoint: Fn.trimsuffix(existingStorageAccount.primaryBlobEndpoint, '/'),
    signingConnectionString: existingStorageAccount.primaryBlobConnectionString,
  };
}
