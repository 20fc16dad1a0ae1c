/**
 * The BigQuery dataset locations that the Cloud Billing export accepts.
 *
 * Source (verified): Google Cloud documentation, "Export Cloud Billing data to BigQuery" and
 * "Set up Cloud Billing data export to BigQuery", section "BigQuery dataset locations supported
 * for use with Cloud Billing data" (https://cloud.google.com/billing/docs/how-to/export-data-bigquery
 * and .../export-data-bigquery-setup, "Last updated 2026-04-08 UTC"). The page says the export
 * supports both multi-regions (US, EU) "but only a subset of region locations"; a dataset in any
 * other region makes the console refuse the export settings with "Invalid dataset region".
 *
 * Google adds regions over time: `BigQueryLocation.unchecked()` is the escape hatch for one
 * this list does not know yet.
 */
export const BILLING_EXPORT_LOCATIONS: readonly string[] = [
  // Multi-regions: the export backfills from the start of the previous month (same page).
  'US', 'EU',
  // Americas
  'northamerica-northeast1', 'southamerica-east1', 'us-central1', 'us-east1', 'us-east4',
  'us-west1', 'us-west2', 'us-west3', 'us-west4',
  // Asia Pacific
  'asia-east1', 'asia-east2', 'asia-northeast1', 'asia-northeast2', 'asia-northeast3',
  'asia-south1', 'asia-southeast1', 'asia-southeast2', 'australia-southeast1',
  // Europe
  'europe-central2', 'europe-north1', 'europe-west1', 'europe-west2', 'europe-west3',
  'europe-west4', 'europe-west6',
  // Middle East
  'me-central1', 'me-central2', 'me-west1',
];

/** The syntax of a BigQuery location: a multi-region (`US`, `EU`) or a region such as `europe-west1`. */
export const LOCATION_SYNTAX = /^(US|EU|[a-z]+-[a-z]+[0-9]+)$/;
