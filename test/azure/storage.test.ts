import { assignmentsOf, OTHER_SUBSCRIPTION, refOfOnly, ROLE, roleDefinition, synthIntegration } from './helpers';

const ACCOUNT_ID = `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/shared-storage/providers/Microsoft.Storage/storageAccounts/acmeshared`;
const BYO = { storageAccountName: undefined, resourceGroupName: undefined, location: undefined, storageAccountId: ACCOUNT_ID };

describe('storage: a new hardened account', () => {
  const { t, integration } = synthIntegration({ emitOutputs: true });

  test('HTTPS only, TLS 1.2, no public blobs, no cross-tenant replication, soft delete, SAS expiration policy', () => {
    t.resourceCountIs('azurerm_storage_account', 1);
    t.hasResourceProperties('azurerm_storage_account', {
      name: 'acmefinopsexports',
      resource_group_name: 'finops',
      location: 'westeurope',
      account_kind: 'StorageV2',
      https_traffic_only_enabled: true,
      min_tls_version: 'TLS1_2',
      allow_nested_items_to_be_public: false,
      cross_tenant_replication_enabled: false,
      blob_properties: { delete_retention_policy: { days: 7 }, container_delete_retention_policy: { days: 7 } },
      sas_policy: { expiration_period: '90.00:00:00', expiration_action: 'Log' },
    });
    expect(integration.storageAccount).toBeDefined();
    expect(integration.existingStorageAccount).toBeUndefined();
  });

  test('open to every network by default (no network rules)', () => {
    expect(t.resources('azurerm_storage_account')[0].config.network_rules).toBeUndefined();
  });

  test('the SAS policy follows sasValidityDays', () => {
    synthIntegration({ sasValidityDays: 45 }).t.hasResourceProperties('azurerm_storage_account', { sas_policy: { expiration_period: '45.00:00:00' } });
  });

  test('allowedIpRanges closes the firewall to all but those ranges and trusted Azure services', () => {
    synthIntegration({ allowedIpRanges: ['203.0.113.0/24', '198.51.100.7'] }).t.hasResourceProperties('azurerm_storage_account', {
      network_rules: { default_action: 'Deny', ip_rules: ['203.0.113.0/24', '198.51.100.7'], bypass: ['AzureServices'] },
    });
  });

  test('a private container on the account, by account ID', () => {
    t.resourceCountIs('azurerm_storage_container', 1);
    t.hasResourceProperties('azurerm_storage_container', {
      name: 'cost-exports',
      container_access_type: 'private',
      storage_account_id: refOfOnly(t, 'azurerm_storage_account', 'id'),
    });
  });

  test('the bundle names the account, its resource group and the container', () => {
    expect((t.hasOutput('finops_azure_bundle').value as any).costOrchestrator.storage)
      .toMatchObject({ accountName: 'acmefinopsexports', resourceGroup: 'finops', containerName: 'cost-exports' });
  });
});

describe('storage: bring your own account by ID', () => {
  const { t, integration } = synthIntegration({ ...BYO, containerName: 'finops', emitOutputs: true });

  test('creates no account; reads the given one by name and resource group', () => {
    t.resourceCountIs('azurerm_storage_account', 0);
    expect(t.dataSources('azurerm_storage_account').map((d) => d.config)).toEqual([{ name: 'acmeshared', resource_group_name: 'shared-storage' }]);
    expect(integration.storageAccount).toBeUndefined();
    expect(integration.existingStorageAccount).toBeDefined();
  });

  test('adds the container to it by ID', () => {
    t.hasResourceProperties('azurerm_storage_container', { name: 'finops', storage_account_id: ACCOUNT_ID });
  });

  test('the blob reader role uses the account\'s subscription', () => {
    expect(assignmentsOf(t, ROLE.storageBlobDataReader)[0].config.role_definition_id)
      .toBe(roleDefinition(OTHER_SUBSCRIPTION, ROLE.storageBlobDataReader));
  });

  test('the bundle names the account and resource group from the ID', () => {
    expect((t.hasOutput('finops_azure_bundle').value as any).costOrchestrator.storage)
      .toMatchObject({ accountName: 'acmeshared', resourceGroup: 'shared-storage', containerName: 'finops' });
  });

  test('the SAS is signed with the existing account\'s key, read by the data source', () => {
    const sas = t.dataSources('azurerm_storage_account_blob_container_sas')[0];
    expect(sas.config.connection_string).toMatch(/^\$\{data\.azurerm_storage_account\.[\w-]+\.primary_blob_connection_string\}$/);
  });
});
