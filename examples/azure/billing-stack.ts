import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { ResourceGroup } from '@cdktf/provider-azurerm/lib/resource-group';
import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AzureBillingIntegration, AzureExportScope } from 'finops-integrations/azure';
import { TerraformPlatformRegistration } from 'finops-integrations/platform';

/** The IDs of the example, from the environment; the defaults are placeholders that synthesize offline. */
export const TENANT_ID = process.env.FINOPS_AZURE_TENANT_ID || '00000000-0000-4000-8000-000000000001';
// holds the storage; exports and roles here
export const SUBSCRIPTION_ID = process.env.FINOPS_AZURE_SUBSCRIPTION_ID || '11111111-1111-4111-8111-111111111111';
// a second subscription to export
export const OTHER_SUBSCRIPTION_ID = process.env.FINOPS_AZURE_OTHER_SUBSCRIPTION_ID || '22222222-2222-4222-8222-222222222222';
// unique across Azure: pick yours
export const STORAGE_ACCOUNT_NAME = process.env.FINOPS_AZURE_STORAGE_ACCOUNT_NAME || 'acmefinopsexports';

/**
 * One stack that connects two subscriptions' costs to the FinOps platform: an app registration
 * with a rotating client secret, a hardened storage account, ActualCost, AmortizedCost and FOCUS
 * exports for each subscription, read-only roles, Advisor recommendations, and the bundle as outputs.
 */
export class AzureBillingStack extends TerraformStack {
  public readonly billing: AzureBillingIntegration;

  constructor(scope: Construct, id: string, options: { readonly platformUrl?: string } = {}) {
    super(scope, id);

    // The construct never creates providers: the stack configures them (credentials from the environment,
    // e.g. `az login` or ARM_CLIENT_ID / ARM_CLIENT_SECRET / ARM_TENANT_ID).
    new AzurermProvider(this, 'azurerm', { features: [{}], subscriptionId: SUBSCRIPTION_ID });
    new AzureadProvider(this, 'azuread', { tenantId: TENANT_ID });
    new TimeProvider(this, 'time');

    const group = new ResourceGroup(this, 'FinopsGroup', { name: 'rg-finops', location: 'westeurope' });

    this.billing = new AzureBillingIntegration(this, 'Billing', {
      tenantId: TENANT_ID,
      subscriptionId: SUBSCRIPTION_ID,
      resourceGroupName: group.name,
      location: group.location,
      storageAccountName: STORAGE_ACCOUNT_NAME,
      exportScopes: [
        AzureExportScope.subscription(SUBSCRIPTION_ID),
        AzureExportScope.subscription(OTHER_SUBSCRIPTION_ID),
      ],
      orgSlug: 'acme-azure',
      recommendations: true,
      focus: true, // a FOCUS 1.0 export in Parquet as well, per subscription
      emitOutputs: true, // `terraform output -json finops_azure_bundle` (sensitive)
    });

    // Registering the bundle with the platform on `cdktf deploy` (docs/platform.md): the URL is fixed
    // at synth, the token (FINOPS_PLATFORM_TOKEN) is read where `cdktf deploy` runs, never here.
    if (options.platformUrl) {
      new TerraformPlatformRegistration(this, 'Platform', { bundle: this.billing.bundle, platformUrl: options.platformUrl });
    }
  }
}
