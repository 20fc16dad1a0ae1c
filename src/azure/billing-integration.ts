import { Application } from '@cdktf/provider-azuread/lib/application';
import { ApplicationFederatedIdentityCredential } from '@cdktf/provider-azuread/lib/application-federated-identity-credential';
import { ApplicationPasswordA } from '@cdktf/provider-azuread/lib/application-password';
import { ServicePrincipal } from '@cdktf/provider-azuread/lib/service-principal';
import { DataAzurermStorageAccount } from '@cdktf/provider-azurerm/lib/data-azurerm-storage-account';
import { DataAzurermStorageAccountBlobContainerSas } from '@cdktf/provider-azurerm/lib/data-azurerm-storage-account-blob-container-sas';
import { ResourceProviderRegistration } from '@cdktf/provider-azurerm/lib/resource-provider-registration';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import { Rotating as TimeRotating } from '@cdktf/provider-time/lib/rotating';
import { ITerraformDependable, TerraformOutput, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { AzureRoleScope } from './binding-contexts';
import { AzureExportScope } from './export-scope';
import { SEED_EXPORT_TYPES } from './export-type';
import {
  checkContainerName, checkDays, checkDisplayName, checkExportNamePrefix, checkGuid, checkIpRange,
  checkLocation, checkResourceGroupName, checkRootFolderPath, checkStorageAccountName, parseStorageAccountId,
} from './name-rules';
import { EVENTGRID_EVENTSUBSCRIPTION_READER, READER, roleDefinitionId, STORAGE_BLOB_DATA_READER } from './permissions';
import { AzurePlatformAccess } from './platform-access';
import { containerSas } from './sas';
import { existingExportStorage, ExportStorage, newExportStorage } from './storage';
import { AzureBillingBundle, AzureBundleExport, AzureCostOrchestrator } from '../core/azure-bundle';
import { ManualStep } from '../core/bundle';
import { bundleBase } from '../core/bundle-base';
import { propError } from '../core/errors';
import { IntegrationId } from '../core/integration-id';
import { BillingIntegrationProps } from '../core/integration-props';
import { checkExclusive, checkUnionLike } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';
import { emitTfBundleOutputs, tfBundleJson } from '../private/tf-outputs';

/** Props of `AzureBillingIntegration`. */
export interface AzureBillingIntegrationProps extends BillingIntegrationProps {
  /** The Entra ID tenant (directory) ID: a GUID. */
  readonly tenantId: string;

  /**
   * The integration's subscription: it holds the new storage account, it is the default export
   * scope, and its ID names the integration (`azure-<subscription id>`).
   */
  readonly subscriptionId: string;

  /**
   * Name of the new storage account the exports write to: 3 to 24 lowercase letters and digits,
   * unique across Azure.
   * @default - required unless `storageAccountId` is given
   */
  readonly storageAccountName?: string;

  /**
   * An existing resource group for the new storage account.
   * @default - required unless `storageAccountId` is given
   */
  readonly resourceGroupName?: string;

  /**
   * Region of the new storage account, e.g. `westeurope`.
   * @default - required unless `storageAccountId` is given
   */
  readonly location?: string;

  /**
   * Bring your own storage account, by Resource Manager ID
   * (`/subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>`).
   * Its settings stay yours; the construct adds the export container. The stack's azurerm
   * provider must reach the account's subscription.
   * @default - a new hardened storage account
   */
  readonly storageAccountId?: string;

  /**
   * The container the exports write to (created here): 3 to 63 lowercase letters, digits and '-'.
   * @default 'cost-exports'
   */
  readonly containerName?: string;

  /**
   * Folder in the container the exports write under.
   * @default 'finops'
   */
  readonly rootFolderPath?: string;

  /**
   * What the exports cover: one ActualCost and one AmortizedCost export per scope, daily, month
   * to date. Export names derive from the scope (`<prefix>-actual-<subscription id>`), so
   * reordering the list changes nothing.
   * @default - the integration's subscription: `[AzureExportScope.subscription(subscriptionId)]`
   */
  readonly exportScopes?: AzureExportScope[];

  /**
   * Prefix of the export names: 1 to 16 letters, digits, '-' and '_'.
   * @default 'finops'
   */
  readonly exportNamePrefix?: string;

  /**
   * How the platform signs in: a client secret (the platform's manual setup flow) or a federated credential (no secret).
   * @default AzurePlatformAccess.clientSecret()
   */
  readonly access?: AzurePlatformAccess;

  /**
   * Display name of the app registration.
   * @default 'finops-billing-reader'
   */
  readonly applicationDisplayName?: string;

  /**
   * Days between rotations (Terraform `time_rotating`): on the first apply after that, the client
   * secret and the SAS token are replaced. Re-register the bundle after such an apply.
   * @default 30
   */
  readonly rotationDays?: number;

  /**
   * How long each SAS token is valid, in days from the rotation that created it (1 to 365, and
   * longer than `rotationDays`). Also the storage account's SAS expiration policy.
   * @default 90
   */
  readonly sasValidityDays?: number;

  /**
   * Public IPv4 addresses or CIDR ranges (/0 to /30) let through the new storage account's
   * firewall, e.g. the platform's egress ranges. Trusted Azure services (Cost Management) stay allowed.
   * @default - the account is open to every network (access still needs the SAS or the role)
   */
  readonly allowedIpRanges?: string[];

  /**
   * Also export FOCUS (the FinOps Open Cost and Usage Specification, version 1.0r2) for every
   * scope: a `FocusCost` export in Parquet (snappy), through the Exports API with an
   * `azapi_resource` (azurerm has no FocusCost). The stack then also uses the `azure/azapi`
   * provider: when the stack has none, a default one is added, which signs in like azurerm
   * (Azure CLI or `ARM_*` environment variables).
   * @see https://learn.microsoft.com/azure/cost-management-billing/dataset-schema/cost-usage-details-focus
   * @default false
   */
  readonly focus?: boolean;

  /**
   * Register the `Microsoft.CostManagementExports` resource provider in the azurerm provider's
   * subscription, which Cost Management needs to write to a storage account there. Set `false`
   * when it is already registered (Terraform then asks to import it) or when someone else manages it.
   * @see https://learn.microsoft.com/azure/azure-resource-manager/management/resource-providers-and-types
   * @default true
   */
  readonly registerExportsResourceProvider?: boolean;
}

/**
 * Connects Azure Cost Management data to the FinOps platform (cdktf, `@cdktf/provider-azurerm`,
 * `@cdktf/provider-azuread`, `@cdktf/provider-time`).
 *
 * Declares what the platform's Azure setup asks for: an app registration and its service principal, a
 * client secret with an end date (or a federated credential), the EventGrid EventSubscription
 * Reader role, a hardened storage account and container, ActualCost and AmortizedCost exports
 * for every scope, a read + list SAS token on the container and a connection string built on it,
 * and the bundle the platform needs.
 *
 * The construct creates no provider: configure `AzurermProvider`, `AzureadProvider` and
 * `TimeProvider` in your stack.
 *
 * @example
 * new AzureBillingIntegration(stack, 'Billing', {
 *   tenantId: '00000000-0000-0000-0000-000000000000',
 *   subscriptionId: '11111111-1111-1111-1111-111111111111',
 *   resourceGroupName: 'finops',
 *   location: 'westeurope',
 *   storageAccountName: 'acmefinopsexports',
 *   emitOutputs: true,
 * });
 */
export class AzureBillingIntegration extends Construct {
  /** The app registration the platform signs in as (its client ID is in the bundle). */
  public readonly application: Application;
  /** The app's service principal: every role is assigned to it (its object ID is the bundle's `objectId`). */
  public readonly servicePrincipal: ServicePrincipal;
  /**
   * The client secret. Terraform state holds its value.
   * @default - federated credential mode: none
   */
  public readonly clientSecret?: ApplicationPasswordA;
  /**
   * The federated identity credential.
   * @default - client secret mode: none
   */
  public readonly federatedCredential?: ApplicationFederatedIdentityCredential;
  /** The rotation (`time_rotating`) that renews the client secret and the SAS token. */
  public readonly rotation: TimeRotating;

  /**
   * The new storage account the exports write to.
   * @default - with `storageAccountId`: none (see `existingStorageAccount`)
   */
  public readonly storageAccount?: StorageAccount;
  /**
   * The account brought by `storageAccountId`, read for its endpoint and SAS signing.
   * @default - a new account: none
   */
  public readonly existingStorageAccount?: DataAzurermStorageAccount;
  /** The private container the exports write to. */
  public readonly container: StorageContainer;

  /**
   * `Microsoft.CostManagementExports` registration.
   * @default - only with `registerExportsResourceProvider` (default true)
   */
  public readonly exportsResourceProviderRegistration?: ResourceProviderRegistration;
  /** Every cost export (ActualCost and AmortizedCost, and FocusCost with `focus`), for every scope. */
  public readonly costExports: TerraformResource[];

  /** EventGrid EventSubscription Reader: one per subscription or resource group covered. */
  public readonly eventGridReaderAssignments: RoleAssignment[];
  /** Storage Blob Data Reader on the export container only. */
  public readonly blobReaderAssignment: RoleAssignment;
  /** Reader on each subscription or resource group covered, with `recommendations: true`; else empty. */
  public readonly recommendationsReaderAssignments: RoleAssignment[];

  /** The container SAS data source (read + list, HTTPS only). */
  public readonly containerSas: DataAzurermStorageAccountBlobContainerSas;

  /** What the platform needs. Fields are Terraform tokens until apply; secrets only in sensitive outputs. */
  public readonly outputs: AzureBillingBundle;
  /** The bundle as one JSON document (a Terraform token). */
  public readonly bundle: string;
  /** Steps no provider resource can do (a billing-account role per billing account scope). */
  public readonly manualSteps: ManualStep[];
  /**
   * The whole bundle as a Terraform output (`sensitive` when it holds a secret).
   * @default - only with `emitOutputs: true`
   */
  public readonly bundleOutput?: TerraformOutput;
  /** One output per non-secret field of `costOrchestrator` (with `emitOutputs: true`; else empty). */
  public readonly fieldOutputs: TerraformOutput[];

  constructor(scope: Construct, id: string, props: AzureBillingIntegrationProps) {
    super(scope, id);

    // ---- validation (eager; tokens are skipped) ------------------------------------------------
    const subscriptionId = props.subscriptionId;
    checkGuid(this, 'tenantId', props.tenantId);
    checkGuid(this, 'subscriptionId', subscriptionId);
    const containerName = props.containerName ?? 'cost-exports';
    const rootFolderPath = props.rootFolderPath ?? 'finops';
    const exportNamePrefix = props.exportNamePrefix ?? 'finops';
    const rotationDays = props.rotationDays ?? 30;
    const sasValidityDays = props.sasValidityDays ?? 90;
    checkContainerName(this, 'containerName', containerName);
    checkRootFolderPath(this, 'rootFolderPath', rootFolderPath);
    checkExportNamePrefix(this, 'exportNamePrefix', exportNamePrefix);
    checkDisplayName(this, 'applicationDisplayName', props.applicationDisplayName);
    checkDays(this, 'rotationDays', rotationDays, 1, 364);
    checkDays(this, 'sasValidityDays', sasValidityDays, 2, 365);
    if (!isUnresolved(sasValidityDays) && !isUnresolved(rotationDays) && sasValidityDays <= rotationDays) {
      throw propError(this, 'sasValidityDays', `must be longer than 'rotationDays' (${rotationDays}), or the SAS token expires before the rotation renews it`, sasValidityDays);
    }
    const access = props.access ?? AzurePlatformAccess.clientSecret();
    checkUnionLike(this, 'access', access, 'AzurePlatformAccess.clientSecret()');
    const exportScopes = props.exportScopes ?? [AzureExportScope.subscription(subscriptionId)];
    checkExportScopes(this, exportScopes);
    const storageProps = this.checkStorageProps(props);

    // ---- seed: "Create App Registration and note Client ID" -----------------------------------
    this.application = new Application(this, 'Application', {
      displayName: props.applicationDisplayName ?? 'finops-billing-reader',
      signInAudience: 'AzureADMyOrg',
    });
    this.servicePrincipal = new ServicePrincipal(this, 'ServicePrincipal', { clientId: this.application.clientId });

    // ---- seed: "Generate secret key and save value and ID" (or a federated credential) ---------
    this.rotation = new TimeRotating(this, 'Rotation', { rotationDays });
    const accessConfig = access._bind(this, { application: this.application, rotation: this.rotation, rotationDays, prop: 'access' });
    this.clientSecret = accessConfig.clientSecret;
    this.federatedCredential = accessConfig.federatedCredential;

    // ---- seed: "Create storage account and container for exports" -----------------------------
    const storage: ExportStorage = storageProps.existing
      ? existingExportStorage(this, storageProps.existing.id, storageProps.existing.parts)
      : newExportStorage(this, subscriptionId, {
        accountName: props.storageAccountName!,
        resourceGroupName: props.resourceGroupName!,
        location: props.location!,
        sasValidityDays,
        allowedIpRanges: props.allowedIpRanges,
      });
    this.storageAccount = storage.storageAccount;
    this.existingStorageAccount = storage.existingStorageAccount;
    this.container = new StorageContainer(this, 'Container', {
      name: containerName,
      storageAccountId: storage.accountId,
      containerAccessType: 'private',
    });

    // ---- seed: "Configure cost exports (Actual and Amortized) to storage" ---------------------
    const dependsOn: ITerraformDependable[] = [];
    if (props.registerExportsResourceProvider ?? true) {
      // Exports to a storage account given by resource ID need this provider registered in the
      // account's subscription (Exports API, ExportDeliveryDestination); the portal does it silently.
      this.exportsResourceProviderRegistration = new ResourceProviderRegistration(this, 'ExportsResourceProviderRegistration', {
        name: 'Microsoft.CostManagementExports',
      });
      dependsOn.push(this.exportsResourceProviderRegistration);
    }
    const costExports: TerraformResource[] = [];
    const bundleExports: AzureBundleExport[] = [];
    const roleScopes = new Map<string, AzureRoleScope>();
    this.manualSteps = [];
    const containerId = this.container.resourceManagerId; // one token for every export, not one each
    exportScopes.forEach((exportScope, i) => {
      const bound = exportScope._bind(this, {
        prop: `exportScopes[${i}]`,
        exportNamePrefix,
        rootFolderPath,
        containerId,
        exportTypes: SEED_EXPORT_TYPES,
        integrationSubscriptionId: subscriptionId,
        dependsOn,
        // The Exports API takes the account ID and the container name; the container must exist first.
        ...(props.focus ? {
          focus: { storageAccountId: storage.accountId, containerName, rootFolderPath, dependsOn: [...dependsOn, this.container] },
        } : {}),
      });
      costExports.push(...bound.exports);
      bundleExports.push(...bound.bundleExports);
      bound.roleScopes.forEach((r) => roleScopes.has(r.id.toLowerCase()) || roleScopes.set(r.id.toLowerCase(), r));
      this.manualSteps.push(...bound.manualSteps);
    });
    this.costExports = costExports;

    // ---- roles, by role definition ID, each at the narrowest scope ------------------------------
    const principalId = this.servicePrincipal.objectId;
    const assign = (assignmentId: string, scopeId: string, scopeSubscriptionId: string, roleGuid: string) =>
      new RoleAssignment(this, assignmentId, {
        scope: scopeId,
        roleDefinitionId: roleDefinitionId(scopeSubscriptionId, roleGuid),
        principalId,
        principalType: 'ServicePrincipal',
        // A new service principal may not have replicated yet (azurerm docs).
        skipServicePrincipalAadCheck: true,
      });
    const scopes = [...roleScopes.values()];
    // Seed: "Assign role (EventGrid Event Subscription Reader) to App Registration".
    this.eventGridReaderAssignments = scopes.map((r) => assign(`EventGridReader-${r.key}`, r.id, r.subscriptionId, EVENTGRID_EVENTSUBSCRIPTION_READER));
    // The platform reads the exported files: data read on the container only.
    this.blobReaderAssignment = assign('BlobReader', this.container.resourceManagerId, storage.subscriptionId, STORAGE_BLOB_DATA_READER);
    // Seed: "integrate the Recommendations": Advisor recommendations of the scopes covered.
    this.recommendationsReaderAssignments = props.recommendations
      ? scopes.map((r) => assign(`RecommendationsReader-${r.key}`, r.id, r.subscriptionId, READER))
      : [];

    // ---- seed: "Generate SAS token and connection string" ---------------------------------------
    const sas = containerSas(this, storage, containerName, this.rotation, sasValidityDays);
    this.containerSas = sas.sas;

    // ---- seed: "Provide Client ID, Secret, Object ID, Subscription ID, storage details, and SAS token"
    const costOrchestrator: AzureCostOrchestrator = {
      tenantId: props.tenantId,
      clientId: this.application.clientId,
      ...accessConfig.bundleFields,
      objectId: principalId,
      subscriptionId,
      storage: {
        accountName: storage.accountName,
        resourceGroup: storage.resourceGroupName,
        containerName,
        sasToken: sas.sasToken,
        connectionString: sas.connectionString,
        sasExpiry: sas.expiry,
      },
      exports: bundleExports,
    };
    this.outputs = {
      ...bundleBase(this, 'azure', IntegrationId.azure(subscriptionId), props, this.manualSteps),
      costOrchestrator,
    };
    this.bundle = tfBundleJson(this.outputs);

    if (props.emitOutputs) {
      // The bundle holds the SAS token and the connection string (and the client secret in the
      // seed's mode): the whole-bundle output is sensitive; the per-field outputs hold no secret.
      const emitted = emitTfBundleOutputs(this, this.outputs, props.bundleOutputName);
      this.bundleOutput = emitted.bundleOutput;
      this.fieldOutputs = emitted.fieldOutputs;
    } else {
      this.fieldOutputs = [];
    }
  }

  /** Either a new account (name, resource group, location) or `storageAccountId`, never both. */
  private checkStorageProps(props: AzureBillingIntegrationProps) {
    const newProps = ['storageAccountName', 'resourceGroupName', 'location'] as const;
    if (props.storageAccountId !== undefined) {
      for (const p of newProps) checkExclusive(this, ['storageAccountId', p], [props.storageAccountId, props[p]]);
      if (props.allowedIpRanges !== undefined) {
        throw propError(this, 'allowedIpRanges', "applies only to a new storage account (the firewall of an account given by 'storageAccountId' is yours)", props.allowedIpRanges);
      }
      if (isUnresolved(props.storageAccountId)) {
        throw propError(this, 'storageAccountId', 'must be known at synth time (the bundle names the account and its resource group)', 'a Terraform token');
      }
      return { existing: { id: props.storageAccountId, parts: parseStorageAccountId(this, 'storageAccountId', props.storageAccountId)! } };
    }
    for (const p of newProps) {
      if (props[p] === undefined) throw propError(this, p, "is required for a new storage account (or give 'storageAccountId')", undefined);
    }
    checkStorageAccountName(this, 'storageAccountName', props.storageAccountName);
    checkResourceGroupName(this, 'resourceGroupName', props.resourceGroupName);
    checkLocation(this, 'location', props.location);
    if (props.allowedIpRanges !== undefined) {
      if (!isUnresolved(props.allowedIpRanges) && props.allowedIpRanges.length === 0) {
        throw propError(this, 'allowedIpRanges', 'must hold at least one range (leave it out to keep the account open)', props.allowedIpRanges);
      }
      props.allowedIpRanges.forEach((r, i) => checkIpRange(this, `allowedIpRanges[${i}]`, r));
    }
    return { existing: undefined };
  }
}

/** At least one scope, each built by a factory, none twice (compared case-insensitively). */
function checkExportScopes(scope: Construct, exportScopes: AzureExportScope[]): void {
  if (exportScopes.length === 0) {
    throw propError(scope, 'exportScopes', 'must hold at least one scope (leave it out for the integration\'s subscription)', exportScopes);
  }
  const seen = new Map<string, number>();
  exportScopes.forEach((s, i) => {
    checkUnionLike(scope, `exportScopes[${i}]`, s, "AzureExportScope.subscription('<subscription id>')");
    // Resource Manager IDs are case-insensitive.
    if (isUnresolved(s.scopeId)) return;
    const key = s.scopeId.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) {
      throw propError(scope, `exportScopes[${i}]`, `must not repeat exportScopes[${first}] (each scope gets its exports once)`, s.scopeId);
    }
    seen.set(key, i);
  });
}
