import { assignmentsOf, OTHER_SUBSCRIPTION, refOfOnly, ROLE, roleDefinition, SUBSCRIPTION, synthIntegration } from './helpers';
import { AzureExportScope } from '../../src/azure';

const RG_SCOPE = `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/apps-prod`;

describe('roles: by role definition ID, at the narrowest scope', () => {
  test('every assignment goes to the service principal, as a service principal', () => {
    const { t } = synthIntegration({ recommendations: true });
    const principal = refOfOnly(t, 'azuread_service_principal', 'object_id');
    const all = t.resources('azurerm_role_assignment');
    expect(all.length).toBe(3);
    for (const a of all) {
      expect(a.config).toMatchObject({ principal_id: principal, principal_type: 'ServicePrincipal', skip_service_principal_aad_check: true });
      expect(a.config.role_definition_name).toBeUndefined();
    }
  });

  test('EventGrid EventSubscription Reader on the default scope: the integration subscription', () => {
    const { t } = synthIntegration();
    const eventGrid = assignmentsOf(t, ROLE.eventGridEventSubscriptionReader);
    expect(eventGrid.map((a) => [a.config.scope, a.config.role_definition_id]))
      .toEqual([[`/subscriptions/${SUBSCRIPTION}`, roleDefinition(SUBSCRIPTION, ROLE.eventGridEventSubscriptionReader)]]);
  });

  test('EventGrid EventSubscription Reader on each subscription and resource group covered, once each', () => {
    const { t } = synthIntegration({
      exportScopes: [
        AzureExportScope.subscription(SUBSCRIPTION),
        AzureExportScope.resourceGroup(OTHER_SUBSCRIPTION, 'apps-prod'),
        AzureExportScope.billingAccount('12345678'), // its roles go to the integration subscription: already covered
      ],
    });
    const eventGrid = assignmentsOf(t, ROLE.eventGridEventSubscriptionReader);
    expect(eventGrid.map((a) => a.config.scope).sort()).toEqual([`/subscriptions/${SUBSCRIPTION}`, RG_SCOPE].sort());
    expect(eventGrid.find((a) => a.config.scope === RG_SCOPE)!.config.role_definition_id)
      .toBe(roleDefinition(OTHER_SUBSCRIPTION, ROLE.eventGridEventSubscriptionReader));
  });

  test('Storage Blob Data Reader on the export container only', () => {
    const { t } = synthIntegration();
    const blob = assignmentsOf(t, ROLE.storageBlobDataReader);
    expect(blob).toHaveLength(1);
    expect(blob[0].config.scope).toBe(refOfOnly(t, 'azurerm_storage_container', 'resource_manager_id'));
    expect(blob[0].config.role_definition_id).toBe(roleDefinition(SUBSCRIPTION, ROLE.storageBlobDataReader));
  });

  test('no Reader without recommendations', () => {
    const { t, integration } = synthIntegration();
    expect(assignmentsOf(t, ROLE.reader)).toHaveLength(0);
    expect(integration.recommendationsReaderAssignments).toHaveLength(0);
  });

  test('with recommendations, Reader (Advisor recommendations) on each scope covered and nowhere else', () => {
    const { t } = synthIntegration({
      recommendations: true,
      exportScopes: [AzureExportScope.subscription(SUBSCRIPTION), AzureExportScope.resourceGroup(OTHER_SUBSCRIPTION, 'apps-prod')],
    });
    const reader = assignmentsOf(t, ROLE.reader);
    expect(reader.map((a) => [a.config.scope, a.config.role_definition_id]).sort()).toEqual([
      [`/subscriptions/${SUBSCRIPTION}`, roleDefinition(SUBSCRIPTION, ROLE.reader)],
      [RG_SCOPE, roleDefinition(OTHER_SUBSCRIPTION, ROLE.reader)],
    ].sort());
  });

  test('a billing account scope reports the billing role as a manual step', () => {
    const { integration } = synthIntegration({ exportScopes: [AzureExportScope.billingAccount('12345678')] });
    expect(integration.manualSteps).toEqual([expect.objectContaining({
      id: 'azure-billing-reader-ba-12345678',
      description: expect.stringMatching(/Billing account reader.*billing account 12345678|billing account 12345678.*Billing account reader/s),
    })]);
    expect(integration.outputs.manualSteps).toEqual(integration.manualSteps);
  });

  test('no manual step without a billing account scope', () => {
    const { integration } = synthIntegration();
    expect(integration.manualSteps).toEqual([]);
    expect(integration.outputs.manualSteps).toBeUndefined();
  });
});
