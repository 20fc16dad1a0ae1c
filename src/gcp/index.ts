// finops-integrations/gcp: the GCP billing integration (cdktf, @cdktf/provider-google).
// Loads only the provider files it uses (deep imports). Exports the public API only.
export { BigQueryLocation } from './bigquery-location';
export { GcpPlatformAccess, GcpServiceAccountKeyOptions } from './platform-access';
export { GcpRoleGrant } from './custom-roles';
export { GcpBillingIntegration, GcpBillingIntegrationProps } from './billing-integration';
