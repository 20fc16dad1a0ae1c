import { OTHER_SUBSCRIPTION, SUBSCRIPTION, synthIntegration } from './helpers';
import { AzureExportScope, AzurePlatformAccess } from '../../src/azure';
import { validateBundle } from '../../src/core/validate-bundle';

/**
 * What `terraform apply` would put in the bundle: every `${...}` expression replaced by a value of
 * the shape the attribute has (GUIDs for IDs, RFC 3339 for times, a SAS for the token).
 */
function deployed(value: unknown): any {
  const sample = (expr: string): string => {
    if (/client_id|object_id/.test(expr)) return '33333333-3333-4333-8333-333333333333';
    if (/application_password/.test(expr)) return 'Q~secret.value';
    if (/timeadd\(time_rotating/.test(expr)) return '2027-01-31T00:00:00Z';
    if (/blob_container_sas/.test(expr)) return 'sv=2022-11-02&sr=c&sp=rl&se=2027-01-31T00%3A00%3A00Z&spr=https&sig=abc';
    if (/primary_blob_endpoint/.test(expr)) return 'https://acmefinopsexports.blob.core.windows.net';
    throw new Error(`no sample for ${expr}`);
  };
  return JSON.parse(JSON.stringify(value), (_k, v) => (typeof v === 'string' ? v.replace(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g, (_m, e) => sample(e)) : v));
}

describe('outputs', () => {
  test('the whole bundle under finops_azure_bundle, sensitive; per-field outputs for the non-secret scalars', () => {
    const { t, integration } = synthIntegration({ emitOutputs: true });
    t.hasOutput('finops_azure_bundle', { sensitive: true });
    expect(Object.keys(t.outputs()).sort()).toEqual([
      'finops_azure_bundle', 'finops_azure_client_id', 'finops_azure_object_id', 'finops_azure_storage_account_name',
      'finops_azure_storage_container_name', 'finops_azure_storage_resource_group', 'finops_azure_storage_sas_expiry',
      'finops_azure_subscription_id', 'finops_azure_tenant_id',
    ]);
    expect(integration.fieldOutputs).toHaveLength(8);
    expect(integration.bundleOutput).toBeDefined();
  });

  test('the bundle output stays sensitive with a federated credential (the SAS is a secret too)', () => {
    const access = AzurePlatformAccess.federatedCredential({ issuer: 'https://issuer.platform.example', subject: 'tenant:acme' });
    synthIntegration({ emitOutputs: true, access }).t.hasOutput('finops_azure_bundle', { sensitive: true });
  });

  test('bundleOutputName renames every output', () => {
    const { t } = synthIntegration({ emitOutputs: true, bundleOutputName: 'azure_prod_bundle' });
    t.hasOutput('azure_prod_bundle', { sensitive: true });
    t.hasOutput('azure_prod_client_id');
  });

  test('no output without emitOutputs', () => {
    const { t, integration } = synthIntegration();
    expect(t.outputs()).toEqual({});
    expect(integration.bundleOutput).toBeUndefined();
    expect(integration.fieldOutputs).toEqual([]);
  });

  test('bundle is the JSON document of outputs', () => {
    const { integration } = synthIntegration();
    expect(integration.bundle).toMatch(/^\$\{TfToken\[/);
  });

  test.each([
    ['defaults', {}],
    ['federated credential, every scope kind, recommendations, FOCUS, org', {
      access: AzurePlatformAccess.federatedCredential({ issuer: 'https://issuer.platform.example', subject: 'tenant:acme' }),
      exportScopes: [AzureExportScope.subscription(SUBSCRIPTION), AzureExportScope.resourceGroup(OTHER_SUBSCRIPTION, 'Apps.Prod(EU)'), AzureExportScope.billingAccount('12345678')],
      recommendations: true,
      focus: true,
      orgSlug: 'acme-azure',
      orgDisplayName: 'Acme (Azure)',
    }],
  ])('once deployed, the bundle (%s) is valid against the v1 schema', (_name, props) => {
    const { t } = synthIntegration({ emitOutputs: true, ...props });
    const bundle = deployed(t.hasOutput('finops_azure_bundle').value);
    expect(validateBundle(bundle)).toEqual({ valid: true, problems: [] });
  });
});
