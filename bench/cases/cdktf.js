// The integration constructs as a user writes them, one per stack, for bench/app.js: each export
// declares the providers a user declares beside the construct (bench/direct/*.js declares the same)
// and builds one integration in `stack` (the i-th stack of the app); `n` is the size of a scale case.
// Each export requires only its own cloud's modules (inside the function: require caches them), so
// that a case loads what a one-cloud user's app loads.
const { PUBLIC_KEY, ociTenancy, projectIds, subscriptionIds } = require('./ids');

const GCP = { projectId: 'acme-billing', billingAccountId: '012345-6789AB-CDEF01', organizationId: '123456789012', recommendations: true };
const AZURE = {
  tenantId: '00000000-0000-4000-8000-000000000001', subscriptionId: '11111111-1111-4111-8111-111111111111',
  storageAccountName: 'acmefinopsexports', resourceGroupName: 'finops', location: 'westeurope',
};

function gcpIntegration(stack, props) {
  const { GoogleProvider } = require('@cdktf/provider-google/lib/provider');
  const { GcpBillingIntegration } = require('finops-integrations/gcp');
  new GoogleProvider(stack, 'google', {});
  return new GcpBillingIntegration(stack, 'Billing', props);
}

function azureIntegration(stack, props) {
  const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider');
  const { AzureadProvider } = require('@cdktf/provider-azuread/lib/provider');
  const { TimeProvider } = require('@cdktf/provider-time/lib/provider');
  const { AzureBillingIntegration } = require('finops-integrations/azure');
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AzureadProvider(stack, 'azuread', {});
  new TimeProvider(stack, 'time', {});
  return new AzureBillingIntegration(stack, 'Billing', props);
}

module.exports = {
  /** The README's GCP integration: organization, recommendations. */
  gcp: (stack) => gcpIntegration(stack, GCP),
  /** GCP with `n` projects bound (`projectIds`), no organization. */
  gcpProjects: (stack, _i, n) => gcpIntegration(stack, { ...GCP, organizationId: undefined, projectIds: projectIds(n) }),
  /** The README's Azure integration: a new storage account, the integration's subscription exported. */
  azure: (stack) => azureIntegration(stack, AZURE),
  /** Azure with `n` subscriptions exported (`exportScopes`). */
  azureSubscriptions: (stack, _i, n) => {
    const { AzureExportScope } = require('finops-integrations/azure');
    return azureIntegration(stack, { ...AZURE, exportScopes: subscriptionIds(n).map((id) => AzureExportScope.subscription(id)) });
  },
  /** The README's OCI integration: a public key given, the i-th tenancy. */
  oci: (stack, i) => {
    const { OciProvider } = require('../../lib/providers/oci/provider');
    const { OciApiKey, OciBillingIntegration } = require('finops-integrations/oci');
    new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
    return new OciBillingIntegration(stack, 'Billing', { tenancyOcid: ociTenancy(i), homeRegion: 'us-ashburn-1', apiKey: OciApiKey.publicKey(PUBLIC_KEY) });
  },
};
