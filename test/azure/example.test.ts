import { Testing } from 'cdktf';
import { assignmentsOf, ROLE } from './helpers';
import { AzureBillingStack, OTHER_SUBSCRIPTION_ID, SUBSCRIPTION_ID } from '../../examples/azure/billing-stack';
import { TfTemplate } from '../kit/tf-template';
import { AZURE_RULES } from '../security-rules/azure';
import { runRules } from '../security-rules/rule';
import { TERRAFORM_COMMON_RULES } from '../security-rules/terraform-common';

// The example imports the package entry point, which resolves to the compiled lib/; here it is the source.
jest.mock('finops-integrations/azure', () => jest.requireActual('../../src/azure'), { virtual: true });

/** The scenario of examples/azure/main.ts, synthesized as `cdktf synth` does (offline, placeholder IDs). */
describe('examples/azure', () => {
  const stack = new AzureBillingStack(Testing.app(), 'finops-azure');
  const t = TfTemplate.fromStack(stack);

  test('maps every seed Azure step to a resource or output', () => {
    // "Create App Registration and note Client ID."
    t.resourceCountIs('azuread_application', 1);
    t.hasOutput('finops_azure_client_id');
    // "Generate secret key and save value and ID."
    t.resourceCountIs('azuread_application_password', 1);
    // "Assign role (EventGrid Event Subscription Reader) to App Registration."
    expect(assignmentsOf(t, ROLE.eventGridEventSubscriptionReader).map((a) => a.config.scope).sort())
      .toEqual([`/subscriptions/${SUBSCRIPTION_ID}`, `/subscriptions/${OTHER_SUBSCRIPTION_ID}`].sort());
    // "Create storage account and container for exports."
    t.resourceCountIs('azurerm_storage_account', 1);
    t.resourceCountIs('azurerm_storage_container', 1);
    // "Configure cost exports (Actual and Amortized) to storage."
    t.resourceCountIs('azurerm_subscription_cost_management_export', 4);
    t.resourceCountIs('azapi_resource', 2); // FOCUS
    // "Generate SAS token and connection string."
    expect(t.dataSources('azurerm_storage_account_blob_container_sas')).toHaveLength(1);
    // "Provide Client ID, Secret, Object ID, Subscription ID, storage details, and SAS token to the platform."
    const bundle = t.hasOutput('finops_azure_bundle', { sensitive: true }).value as any;
    expect(Object.keys(bundle.costOrchestrator).sort())
      .toEqual(['clientId', 'clientSecret', 'exports', 'objectId', 'storage', 'subscriptionId', 'tenantId']);
    expect(Object.keys(bundle.costOrchestrator.storage).sort())
      .toEqual(['accountName', 'connectionString', 'containerName', 'resourceGroup', 'sasExpiry', 'sasToken']);
  });

  test('configures the three providers and pins azapi for FOCUS', () => {
    expect(Object.keys(t.toJSON().terraform?.required_providers ?? {}).sort()).toEqual(['azapi', 'azuread', 'azurerm', 'time']);
  });

  test('has no security finding', () => {
    expect(runRules(t, [...TERRAFORM_COMMON_RULES, ...AZURE_RULES])).toEqual([]);
  });
});
