// finops-integrations/gcp: the GCP billing integration (cdktf, @cdktf/provider-google).
// Loads only the provider files it uses (DESIGN D3 deep imports).
export * from './bigquery-location';
export * from './platform-access';
export * from './billing-integration';
