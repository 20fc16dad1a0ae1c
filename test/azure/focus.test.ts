import { Testing, TerraformStack } from 'cdktf';
import { OTHER_SUBSCRIPTION, refOfOnly, SUBSCRIPTION, synthIntegration, withProps } from './helpers';
import { AzureBillingIntegration, AzureExportScope } from '../../src/azure';
import { AzapiProvider } from '../../src/providers/azapi/provider';
import { TfTemplate } from '../kit/tf-template';

describe('FOCUS (focus: true): a FocusCost export per scope through the Exports API', () => {
  const { t, integration } = synthIntegration({
    focus: true,
    emitOutputs: true,
    exportScopes: [AzureExportScope.subscription(SUBSCRIPTION), AzureExportScope.resourceGroup(OTHER_SUBSCRIPTION, 'apps'), AzureExportScope.billingAccount('12345678')],
  });
  const focus = t.resources('azapi_resource');

  test('one azapi export per scope, on the scope, at the stable Exports API version', () => {
    expect(focus.map((f) => f.config.parent_id).sort()).toEqual([
      `/subscriptions/${SUBSCRIPTION}`,
      `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/apps`,
      '/providers/Microsoft.Billing/billingAccounts/12345678',
    ].sort());
    for (const f of focus) {
      expect(f.config.type).toBe('Microsoft.CostManagement/exports@2025-03-01');
      expect(f.config.name).toMatch(/^finops-focus-[a-z0-9-]+$/);
    }
    expect(focus.find((f) => f.config.parent_id === `/subscriptions/${SUBSCRIPTION}`)!.config.name).toBe(`finops-focus-${SUBSCRIPTION}`);
  });

  test('FocusCost 1.0r2, Parquet with snappy, daily, month to date, to the export container', () => {
    for (const f of focus) {
      expect(f.config.body.properties).toMatchObject({
        format: 'Parquet',
        compressionMode: 'snappy',
        definition: { type: 'FocusCost', timeframe: 'MonthToDate', dataSet: { granularity: 'Daily', configuration: { dataVersion: '1.0r2' } } },
        deliveryInfo: {
          destination: { type: 'AzureBlob', resourceId: refOfOnly(t, 'azurerm_storage_account', 'id'), container: 'cost-exports', rootFolderPath: 'finops' },
        },
        schedule: { status: 'Active', recurrence: 'Daily', recurrencePeriod: { from: '${timeadd(timestamp(), "1h")}' } },
      });
      expect(f.config.lifecycle.ignore_changes).toEqual(['body.properties.schedule.recurrencePeriod']);
    }
  });

  test('waits for the resource provider registration and the container', () => {
    for (const f of focus) {
      expect(f.config.depends_on).toEqual([
        `azurerm_resource_provider_registration.${t.resources('azurerm_resource_provider_registration')[0].id}`,
        `azurerm_storage_container.${t.resources('azurerm_storage_container')[0].id}`,
      ]);
    }
  });

  test('pins the generated azure/azapi provider', () => {
    expect(t.toJSON().terraform?.required_providers?.azapi).toEqual({ source: 'azure/azapi', version: '2.12.0' });
  });

  test('the CSV exports stay, and the bundle lists the FOCUS exports as Parquet', () => {
    expect(integration.costExports).toHaveLength(9);
    const exports = (t.hasOutput('finops_azure_bundle').value as any).costOrchestrator.exports;
    expect(exports.filter((e: any) => e.type === 'FocusCost')).toEqual([
      { name: `finops-focus-${SUBSCRIPTION}`, type: 'FocusCost', rootFolderPath: 'finops', scope: `/subscriptions/${SUBSCRIPTION}`, format: 'Parquet' },
      expect.objectContaining({ type: 'FocusCost', format: 'Parquet', scope: `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/apps` }),
      expect.objectContaining({ type: 'FocusCost', format: 'Parquet', scope: '/providers/Microsoft.Billing/billingAccounts/12345678' }),
    ]);
  });

  test('no FOCUS export and no azapi provider without focus', () => {
    const off = synthIntegration().t;
    off.resourceCountIs('azapi_resource', 0);
    expect(off.toJSON().terraform?.required_providers?.azapi).toBeUndefined();
  });
});

describe('FOCUS: the azapi provider', () => {
  test('a default azapi provider is added once when the stack has none (cdktf refuses resources without one)', () => {
    const exportScopes = [AzureExportScope.subscription(SUBSCRIPTION), AzureExportScope.subscription(OTHER_SUBSCRIPTION)];
    const { t } = synthIntegration({ focus: true, exportScopes });
    expect(t.toJSON().provider?.azapi).toEqual([{}]);
  });

  test('the stack\'s own azapi provider is kept, and no second one is added', () => {
    const stack = new TerraformStack(Testing.app(), 'Stack');
    new AzapiProvider(stack, 'azapi', { subscriptionId: SUBSCRIPTION });
    new AzureBillingIntegration(stack, 'Billing', withProps({ focus: true }));
    expect(TfTemplate.fromStack(stack).toJSON().provider?.azapi).toEqual([{ subscription_id: SUBSCRIPTION }]);
  });
});
