import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import { OTHER_SUBSCRIPTION, SUBSCRIPTION, TENANT, withProps } from './helpers';
import { AzureBillingIntegration, AzureBillingIntegrationProps, AzureExportScope, AzurePlatformAccess } from '../../src/azure';
import { TfTemplate } from '../kit/tf-template';
import { AZURE_RULES } from '../security-rules/azure';
import { runRules } from '../security-rules/rule';
import { TERRAFORM_COMMON_RULES } from '../security-rules/terraform-common';

/**
 * The shared security rules over the synthesized stack, for every combination of identity,
 * storage, scopes and recommendations, each with the providers configured and outputs on.
 */
const BYO = {
  storageAccountName: undefined,
  resourceGroupName: undefined,
  location: undefined,
  storageAccountId: `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/shared/providers/Microsoft.Storage/storageAccounts/acmeshared`,
};
const CASES: Array<[string, Partial<AzureBillingIntegrationProps>]> = [];
for (const federated of [false, true]) {
  for (const storage of ['new', 'new with IP ranges', 'bring your own'] as const) {
    for (const recommendations of [false, true]) {
      for (const scopes of ['default', 'every kind'] as const) {
        CASES.push([`${federated ? 'federated' : 'client secret'}, ${storage} storage, recommendations ${recommendations}, ${scopes === 'every kind' ? 'every kind of scope with FOCUS' : 'default scope'}`, {
          ...(federated ? { access: AzurePlatformAccess.federatedCredential({ issuer: 'https://issuer.platform.example', subject: 'tenant:acme' }) } : {}),
          ...(storage === 'new with IP ranges' ? { allowedIpRanges: ['203.0.113.0/24'] } : {}),
          ...(storage === 'bring your own' ? BYO : {}),
          ...(scopes === 'every kind' ? {
            exportScopes: [AzureExportScope.subscription(SUBSCRIPTION), AzureExportScope.resourceGroup(OTHER_SUBSCRIPTION, 'apps'), AzureExportScope.billingAccount('12345678')],
            focus: true,
          } : {}),
          recommendations,
          emitOutputs: true,
        }]);
      }
    }
  }
}

function synthWithProviders(props: Partial<AzureBillingIntegrationProps>): TfTemplate {
  const stack = new TerraformStack(Testing.app(), 'Stack');
  new AzurermProvider(stack, 'azurerm', { features: [{}], subscriptionId: SUBSCRIPTION });
  new AzureadProvider(stack, 'azuread', { tenantId: TENANT });
  new TimeProvider(stack, 'time');
  new AzureBillingIntegration(stack, 'Billing', withProps(props));
  return TfTemplate.fromStack(stack);
}

describe.each(CASES)('security: %s', (_name, props) => {
  const t = synthWithProviders(props);

  test('no finding from the common and Azure rules', () => {
    expect(runRules(t, [...TERRAFORM_COMMON_RULES, ...AZURE_RULES])).toEqual([]);
  });

  test('the rules had something to check', () => {
    expect(t.resources('azurerm_role_assignment').length).toBeGreaterThan(0);
    expect(t.dataSources('azurerm_storage_account_blob_container_sas')).toHaveLength(1);
    t.hasOutput('finops_azure_bundle', { sensitive: true });
    const providers = Object.keys(t.toJSON().terraform?.required_providers ?? {}).sort();
    expect(providers).toEqual(props.focus ? ['azapi', 'azuread', 'azurerm', 'time'] : ['azuread', 'azurerm', 'time']);
  });
});
