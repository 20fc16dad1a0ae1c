// finops-integrations/gcp: the GCP billing integration (cdktf, @cdktf/provider-google).
// Loads only the provider files it uses (deep imports). Exports the public API only.
export * from './bigquery-location';
export * from './platform-access';
export * from './role-grant';
export * from './billing-integration';
