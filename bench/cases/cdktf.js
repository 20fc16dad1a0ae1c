// The integration constructs as a user writes them, one per stack, for bench/app.js: each export
// builds one integration in `stack` (the i-th stack of the app); `n` is the size of a scale case.
const { GcpBillingIntegration } = require('finops-integrations/gcp');
const { AzureBillingIntegration, AzureExportScope } = require('finops-integrations/azure');
const { OciApiKey, OciBillingIntegration } = require('finops-integrations/oci');
const { PUBLIC_KEY, ociTenancy, projectIds, subscriptionIds } = require('./ids');
const { GoogleProvider } = require('@cdktf/provider-google/lib/provider');
const { AzurermProvider } = require('@cdktf/provider-azurerm/lib/provider');
const { AzureadProvider } = require('@cdktf/provider-azuread/lib/provider');
const { TimeProvider } = require('@cdktf/provider-time/lib/provider');
const { OciProvider } = require('../../lib/providers/oci/provider');

/** The providers a user declares beside the construct (bench/direct/*.js declares the same). */
const google = (stack) => new GoogleProvider(stack, 'google', {});
const azure = (stack) => {
  new AzurermProvider(stack, 'azurerm', { features: [{}] });
  new AzureadProvider(stack, 'azuread', {});
  new TimeProvider(stack, 'time', {});
};
const oci = (stack) => new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });

const GCP = { projectId: 'acme-billing', billingAccountId: '012345-6789AB-CDEF01', organizationId: '123456789012', recommendations: true };
const AZURE = {
  tenantId: '00000000-0000-4000-8000-000000000001', subscriptionId: '11111111-1111-4111-8111-111111111111',
  storageAccountName: 'acmefinopsexports', resourceGroupName: 'finops', location: 'westeurope',
};

module.exports = {
  /** The README's GCP integration: organization, recommendations. */
  gcp: (stack) => google(stack) && new GcpBillingIntegration(stack, 'Billing', GCP),
  /** GCP with `n` projects bound (`projectIds`). */
  gcpProjects: (stack, _i, n) => google(stack) && new GcpBillingIntegration(stack, 'Billing', { ...GCP, organizationId: undefined, projectIds: projectIds(n) }),
  /** The README's Azure integration: a new storage account, the integration's subscription exported. */
  azure: (stack) => azure(stack) || new AzureBillingIntegration(stack, 'Billing', AZURE),
  /** Azure with `n` subscriptions exported (`exportScopes`). */
  azureSubscriptions: (stack, _i, n) => azure(stack) || new AzureBillingIntegration(stack, 'Billing', {
    ...AZURE, exportScopes: subscriptionIds(n).map((id) => AzureExportScope.subscription(id)),
  }),
  /** The README's OCI integration: a public key given, the i-th tenancy. */
  oci: (stack, i) => oci(stack) && new OciBillingIntegration(stack, 'Billing', { tenancyOcid: ociTenancy(i), homeRegion: 'us-ashburn-1', apiKey: OciApiKey.publicKey(PUBLIC_KEY) }),
};
