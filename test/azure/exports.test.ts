import { OTHER_SUBSCRIPTION, refOfOnly, SUBSCRIPTION, synthIntegration } from './helpers';
import { AzureExportScope } from '../../src/azure';
import { TfTemplate } from '../kit/tf-template';

const EXPORT_TYPES = ['azurerm_subscription_cost_management_export', 'azurerm_resource_group_cost_management_export', 'azurerm_billing_account_cost_management_export'];
const MCA = '0f0e0d0c-0b0a-4909-8807-060504030201:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d_2019-05-31';

function allExports(t: TfTemplate) {
  return EXPORT_TYPES.flatMap((type) => t.resources(type));
}

describe('exports: ActualCost and AmortizedCost, daily, month to date', () => {
  const { t, integration } = synthIntegration({ emitOutputs: true });

  test('two exports on the integration subscription by default', () => {
    t.resourceCountIs('azurerm_subscription_cost_management_export', 2);
    const byType = Object.fromEntries(t.resources('azurerm_subscription_cost_management_export').map((e) => [e.config.export_data_options.type, e.config]));
    expect(Object.keys(byType).sort()).toEqual(['ActualCost', 'AmortizedCost']);
    expect(byType.ActualCost.name).toBe(`finops-actual-${SUBSCRIPTION}`);
    expect(byType.AmortizedCost.name).toBe(`finops-amortized-${SUBSCRIPTION}`);
  });

  test('each writes CSV daily, month to date, to the container under the root folder', () => {
    for (const e of t.resources('azurerm_subscription_cost_management_export')) {
      expect(e.config).toMatchObject({
        subscription_id: `/subscriptions/${SUBSCRIPTION}`,
        recurrence_type: 'Daily',
        file_format: 'Csv',
        export_data_options: { time_frame: 'MonthToDate' },
        export_data_storage_location: { container_id: refOfOnly(t, 'azurerm_storage_container', 'resource_manager_id'), root_folder_path: 'finops' },
      });
    }
  });

  test('the schedule starts after apply and later plans leave it alone', () => {
    for (const e of t.resources('azurerm_subscription_cost_management_export')) {
      expect(e.config.recurrence_period_start_date).toBe('${timeadd(timestamp(), "1h")}');
      expect(e.config.recurrence_period_end_date).toMatch(/^\$\{timeadd\(timestamp\(\), "\d+h"\)\}$/);
      expect(e.config.lifecycle.ignore_changes).toEqual(['recurrence_period_start_date', 'recurrence_period_end_date']);
    }
  });

  test('Microsoft.CostManagementExports is registered first', () => {
    const registration = t.hasResourceProperties('azurerm_resource_provider_registration', { name: 'Microsoft.CostManagementExports' });
    for (const e of t.resources('azurerm_subscription_cost_management_export')) {
      expect(e.config.depends_on).toEqual([`azurerm_resource_provider_registration.${registration.id}`]);
    }
  });

  test('registerExportsResourceProvider: false leaves the registration out', () => {
    const off = synthIntegration({ registerExportsResourceProvider: false }).t;
    off.resourceCountIs('azurerm_resource_provider_registration', 0);
    expect(off.resources('azurerm_subscription_cost_management_export')[0].config.depends_on).toBeUndefined();
  });

  test('the bundle lists every export with its type and folder', () => {
    expect((t.hasOutput('finops_azure_bundle').value as any).costOrchestrator.exports).toEqual([
      { name: `finops-actual-${SUBSCRIPTION}`, type: 'ActualCost', rootFolderPath: 'finops', scope: `/subscriptions/${SUBSCRIPTION}`, format: 'Csv' },
      { name: `finops-amortized-${SUBSCRIPTION}`, type: 'AmortizedCost', rootFolderPath: 'finops', scope: `/subscriptions/${SUBSCRIPTION}`, format: 'Csv' },
    ]);
    expect(integration.costExports).toHaveLength(2);
  });
});

describe('exports: every scope kind', () => {
  const { t } = synthIntegration({
    exportNamePrefix: 'acme',
    rootFolderPath: 'billing/azure',
    exportScopes: [
      AzureExportScope.subscription(OTHER_SUBSCRIPTION),
      AzureExportScope.resourceGroup(SUBSCRIPTION, 'Apps.Prod(EU)'),
      AzureExportScope.billingAccount(MCA),
    ],
  });

  test('resource group exports on the group\'s ID', () => {
    const rg = t.resources('azurerm_resource_group_cost_management_export');
    expect(rg).toHaveLength(2);
    for (const e of rg) expect(e.config.resource_group_id).toBe(`/subscriptions/${SUBSCRIPTION}/resourceGroups/Apps.Prod(EU)`);
  });

  test('billing account exports on the billing account ID', () => {
    const ba = t.resources('azurerm_billing_account_cost_management_export');
    expect(ba).toHaveLength(2);
    for (const e of ba) expect(e.config.billing_account_id).toBe(MCA);
  });

  test('names are unique, 3 to 64 letters, digits, \'-\' and \'_\', and derive from the scope', () => {
    const names = allExports(t).map((e) => e.config.name as string);
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(6);
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9_-]{3,64}$/);
    expect(names).toEqual(expect.arrayContaining([`acme-actual-${OTHER_SUBSCRIPTION}`, expect.stringMatching(/^acme-amortized-rg-apps-prod-eu-[0-9a-f]{8}$/), expect.stringMatching(/^acme-actual-ba-0f0e0d0c-0b0a-4909-8807-[0-9a-f]{8}$/)]));
    for (const e of allExports(t)) expect(e.config.export_data_storage_location.root_folder_path).toBe('billing/azure');
  });
});

describe('exports: stable when exportScopes changes order', () => {
  const scopes = [
    AzureExportScope.subscription(SUBSCRIPTION),
    AzureExportScope.subscription(OTHER_SUBSCRIPTION),
    AzureExportScope.resourceGroup(OTHER_SUBSCRIPTION, 'apps'),
    AzureExportScope.billingAccount('12345678'),
  ];
  const byId = (t: TfTemplate) => Object.fromEntries(t.resources().filter((r) => /cost_management_export|role_assignment/.test(r.type)).map((r) => [`${r.type}.${r.id}`, r.config]));

  test('the same resources under the same logical IDs, with the same configuration', () => {
    const forward = byId(synthIntegration({ exportScopes: scopes }).t);
    const reversed = byId(synthIntegration({ exportScopes: [...scopes].reverse() }).t);
    expect(Object.keys(forward).length).toBe(8 + 3 + 1);
    expect(reversed).toEqual(forward);
  });

  test('removing one scope removes only its resources', () => {
    const all = byId(synthIntegration({ exportScopes: scopes }).t);
    const without = byId(synthIntegration({ exportScopes: scopes.filter((_, i) => i !== 1) }).t);
    const removed = Object.keys(all).filter((k) => !(k in without));
    expect(removed).toHaveLength(3); // two exports and one role assignment of OTHER_SUBSCRIPTION
    for (const k of Object.keys(without)) expect(without[k]).toEqual(all[k]);
  });
});
