import { createHash } from 'crypto';
import { BillingAccountCostManagementExport } from '@cdktf/provider-azurerm/lib/billing-account-cost-management-export';
import { ResourceGroupCostManagementExport } from '@cdktf/provider-azurerm/lib/resource-group-cost-management-export';
import { SubscriptionCostManagementExport } from '@cdktf/provider-azurerm/lib/subscription-cost-management-export';
import { TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { AzureExportScopeConfig, AzureExportScopeContext } from './binding-contexts';
import { AzureExportType, exportSchedule, FOCUS_COST } from './export-type';
import { focusExport } from './focus-export';
import { checkBillingAccountId, checkGuid, checkResourceGroupName } from './name-rules';
import { AzureBundleExport } from '../core/azure-bundle';
import { propError } from '../core/errors';
import { isUnresolved } from '../core/tokens';

/**
 * A scope that Cost Management exports cover: a subscription, a resource group, or a whole
 * billing account (EA enrollment or Microsoft Customer Agreement).
 * @see https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-improved-exports
 */
export abstract class AzureExportScope {
  /** One subscription: its exports and read roles are at subscription level. */
  public static subscription(subscriptionId: string): AzureExportScope {
    return new SubscriptionScope(subscriptionId);
  }

  /** One resource group: exports and read roles are limited to it. */
  public static resourceGroup(subscriptionId: string, resourceGroupName: string): AzureExportScope {
    return new ResourceGroupScope(subscriptionId, resourceGroupName);
  }

  /**
   * A whole billing account (EA enrollment number or MCA billing account ID): one export covers
   * every subscription billed to it. Creating it needs a billing role for the deploying identity
   * (EA: Enterprise Administrator; MCA: billing account owner or contributor), and the platform's
   * billing-account read role is a manual step (no Azure RBAC resource grants billing roles).
   */
  public static billingAccount(billingAccountId: string): AzureExportScope {
    return new BillingAccountScope(billingAccountId);
  }

  /** The Resource Manager ID of the scope, e.g. `/subscriptions/<id>`. */
  public abstract readonly scopeId: string;

  /**
   * Validate the scope and create its exports under `scope`.
   * @internal
   */
  public abstract _bind(scope: Construct, context: AzureExportScopeContext): AzureExportScopeConfig;
}

function requireLiteral(scope: Construct, prop: string, value: string): void {
  if (isUnresolved(value)) {
    throw propError(scope, prop, 'must be known at synth time (export names and construct ids derive from it)', 'a Terraform token');
  }
}

/** First 8 hex characters of the SHA-256 of `text`: a stable disambiguator for shortened keys. */
function hash8(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * A key for names and construct ids derived from the scope (never from its position in the list,
 * so that reordering `exportScopes` changes nothing): `readable` with characters outside
 * `[a-z0-9-]` turned into '-', shortened to 36 characters with a hash of `identity` when longer.
 */
function nameKey(readable: string, identity: string): string {
  const clean = readable.toLowerCase().replace(/[^a-z0-9-]/g, '-');
  if (clean.length <= 36 && clean === readable.toLowerCase()) return clean;
  return `${clean.slice(0, 27).replace(/-+$/, '')}-${hash8(identity.toLowerCase())}`;
}

/** Export name: `<prefix>-<actual|amortized|focus>-<key>`, 3 to 64 letters, digits, '-' and '_'. */
function exportName(prefix: string, type: AzureExportType, key: string): string {
  return `${prefix}-${type.nameWord}-${key}`;
}

/** The fields every azurerm export shares, whatever its scope. */
type ExportConfig = ReturnType<typeof exportConfig>;
function exportConfig(name: string, type: AzureExportType, context: AzureExportScopeContext) {
  return {
    name,
    ...exportSchedule(),
    fileFormat: 'Csv',
    exportDataStorageLocation: { containerId: context.containerId, rootFolderPath: context.rootFolderPath },
    exportDataOptions: { type: type.value, timeFrame: 'MonthToDate' },
    ...(context.dependsOn.length > 0 ? { dependsOn: context.dependsOn } : {}),
  };
}

/**
 * One export per type of `context` at the scope `scopeId`, named from `key`: `make` creates the
 * scope kind's azurerm resource (construct id = export name, unique and derived from the scope).
 * With FOCUS on, a FocusCost export through the Exports API as well (any scope kind).
 */
function createExports(scope: Construct, context: AzureExportScopeContext, key: string, scopeId: string,
  make: (name: string, config: ExportConfig) => TerraformResource): Pick<AzureExportScopeConfig, 'exports' | 'bundleExports'> {
  const created = context.exportTypes.map((type) => {
    const name = exportName(context.exportNamePrefix, type, key);
    const entry = { name, type: type.value, rootFolderPath: context.rootFolderPath, scope: scopeId, format: 'Csv' };
    return { resource: make(name, exportConfig(name, type, context)), entry };
  });
  const all: Array<{ resource: TerraformResource; entry: AzureBundleExport }> = [...created];
  if (context.focus) all.push(focusExport(scope, exportName(context.exportNamePrefix, FOCUS_COST, key), scopeId, context.focus));
  return { exports: all.map((c) => c.resource), bundleExports: all.map((c) => c.entry) };
}

class SubscriptionScope extends AzureExportScope {
  public readonly scopeId: string;

  constructor(private readonly subscriptionId: string) {
    super();
    this.scopeId = `/subscriptions/${subscriptionId}`;
  }

  public _bind(scope: Construct, context: AzureExportScopeContext): AzureExportScopeConfig {
    const prop = `${context.prop}.subscriptionId`;
    requireLiteral(scope, prop, this.subscriptionId);
    checkGuid(scope, prop, this.subscriptionId);
    const key = this.subscriptionId.toLowerCase();
    return {
      ...createExports(scope, context, key, this.scopeId, (name, config) =>
        new SubscriptionCostManagementExport(scope, name, { subscriptionId: this.scopeId, ...config })),
      roleScopes: [{ id: this.scopeId, subscriptionId: this.subscriptionId, key }],
      manualSteps: [],
    };
  }
}

class ResourceGroupScope extends AzureExportScope {
  public readonly scopeId: string;

  constructor(private readonly subscriptionId: string, private readonly resourceGroupName: string) {
    super();
    this.scopeId = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}`;
  }

  public _bind(scope: Construct, context: AzureExportScopeContext): AzureExportScopeConfig {
    const subProp = `${context.prop}.subscriptionId`;
    const rgProp = `${context.prop}.resourceGroupName`;
    requireLiteral(scope, subProp, this.subscriptionId);
    requireLiteral(scope, rgProp, this.resourceGroupName);
    checkGuid(scope, subProp, this.subscriptionId);
    checkResourceGroupName(scope, rgProp, this.resourceGroupName);
    const key = nameKey(`rg-${this.resourceGroupName}`, this.scopeId);
    return {
      ...createExports(scope, context, key, this.scopeId, (name, config) =>
        new ResourceGroupCostManagementExport(scope, name, { resourceGroupId: this.scopeId, ...config })),
      roleScopes: [{ id: this.scopeId, subscriptionId: this.subscriptionId, key }],
      manualSteps: [],
    };
  }
}

class BillingAccountScope extends AzureExportScope {
  public readonly scopeId: string;

  constructor(private readonly billingAccountId: string) {
    super();
    this.scopeId = `/providers/Microsoft.Billing/billingAccounts/${billingAccountId}`;
  }

  public _bind(scope: Construct, context: AzureExportScopeContext): AzureExportScopeConfig {
    const prop = `${context.prop}.billingAccountId`;
    requireLiteral(scope, prop, this.billingAccountId);
    checkBillingAccountId(scope, prop, this.billingAccountId);
    const key = nameKey(`ba-${this.billingAccountId}`, this.scopeId);
    const sub = context.integrationSubscriptionId;
    return {
      ...createExports(scope, context, key, this.scopeId, (name, config) =>
        new BillingAccountCostManagementExport(scope, name, { billingAccountId: this.billingAccountId, ...config })),
      // The subscriptions of a billing account are not known at synth time: the read roles go on
      // the integration's own subscription (where the storage is); add subscription scopes for more.
      roleScopes: [{ id: `/subscriptions/${sub}`, subscriptionId: sub, key: isUnresolved(sub) ? 'integration' : sub.toLowerCase() }],
      manualSteps: [{
        id: `azure-billing-reader-${key}`.slice(0, 63).replace(/-+$/, ''),
        description: `Give the app registration (the bundle's clientId) read access to billing account ${this.billingAccountId}: ` +
          "'Billing account reader' for a Microsoft Customer Agreement (Cost Management + Billing > Access control (IAM)), or for an EA " +
          "enrollment the 'EnrollmentReader' billing role, which an Enterprise Administrator assigns to the service principal through " +
          'the Billing REST API (https://learn.microsoft.com/azure/cost-management-billing/manage/assign-roles-azure-service-principals). ' +
          'The platform then sees every subscription the billing account pays for. ' +
          'The exported files need no billing role: the platform reads them from the storage container.',
        url: 'https://learn.microsoft.com/azure/cost-management-billing/manage/understand-mca-roles',
      }],
    };
  }
}
