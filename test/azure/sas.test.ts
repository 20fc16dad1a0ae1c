import { synthIntegration } from './helpers';

describe('SAS token and connection string', () => {
  const { t } = synthIntegration({ emitOutputs: true });
  const sas = t.dataSources('azurerm_storage_account_blob_container_sas');
  const rotation = t.resources('time_rotating')[0];
  const storage = (t.hasOutput('finops_azure_bundle').value as any).costOrchestrator.storage;

  test('one container SAS: the export container, read and list only, HTTPS only', () => {
    expect(sas).toHaveLength(1);
    expect(sas[0].config).toMatchObject({
      container_name: 'cost-exports',
      https_only: true,
      permissions: { read: true, list: true, add: false, create: false, write: false, delete: false },
    });
  });

  test('valid from the last rotation for 90 days: renewed with the rotation', () => {
    expect(sas[0].config.start).toBe(`\${time_rotating.${rotation.id}.rfc3339}`);
    expect(sas[0].config.expiry).toBe(`\${timeadd(time_rotating.${rotation.id}.rfc3339, "2160h")}`);
    expect(storage.sasExpiry).toBe(sas[0].config.expiry);
  });

  test('sasValidityDays sets the expiry', () => {
    const other = synthIntegration({ sasValidityDays: 60 }).t.dataSources('azurerm_storage_account_blob_container_sas')[0];
    expect(other.config.expiry).toMatch(/, "1440h"\)\}$/);
  });

  test('the token in the bundle is the SAS without its leading "?"', () => {
    expect(storage.sasToken).toBe(`\${trimprefix(data.azurerm_storage_account_blob_container_sas.${sas[0].id}.sas, "?")}`);
  });

  test('the connection string is the blob endpoint and the SAS: never the account key', () => {
    expect(storage.connectionString).toMatch(/^\$\{join\("", \["BlobEndpoint=", trimsuffix\(azurerm_storage_account\.[\w-]+\.primary_blob_endpoint, "\/"\), ";SharedAccessSignature=", trimprefix\(data\.azurerm_storage_account_blob_container_sas\.[\w-]+\.sas, "\?"\)\]\)\}$/);
    expect(storage.connectionString).not.toMatch(/access_key|AccountKey|_connection_string/);
  });

  test('only the SAS data source reads the account key connection string, to sign', () => {
    expect(sas[0].config.connection_string).toMatch(/^\$\{azurerm_storage_account\.[\w-]+\.primary_blob_connection_string\}$/);
  });
});
