import { ManualStep } from '../core/bundle';
import { GcpBundleTables } from '../core/gcp-bundle';
import { replaceAll } from '../private/tf-functions';

/**
 * Facts about the Cloud Billing export to BigQuery, which no API can turn on
 * (hashicorp/terraform-provider-google#4848; DESIGN D8).
 */

/**
 * Table names the export creates in the dataset. Source (verified): Google Cloud docs,
 * "Understand the Cloud Billing data tables in BigQuery" (billing/docs/how-to/export-data-bigquery-tables):
 * `gcp_billing_export_v1_<BILLING_ACCOUNT_ID>`, `gcp_billing_export_resource_v1_<BILLING_ACCOUNT_ID>`,
 * `cloud_pricing_export`.
 *
 * The '-' of the billing account ID becomes '_' in the table name. The Google page shows only the
 * placeholder, so this is not stated by a primary source; it is corroborated by many independent
 * public queries against real exports (e.g. `gcp_billing_export_resource_v1_012C8F_6ADB54_4D1C1D`,
 * `gcp_billing_export_v1_0123AB_4567CD_89EF01`) and by the bundle schema, whose table pattern
 * admits no '-'. Status: corroborated, not verified in Google's text.
 */
export function billingExportTables(billingAccountId: string): GcpBundleTables {
  const suffix = replaceAll(billingAccountId, '-', '_');
  return {
    standard: `gcp_billing_export_v1_${suffix}`,
    detailed: `gcp_billing_export_resource_v1_${suffix}`,
    pricing: 'cloud_pricing_export',
  };
}

/** Id of the manual step in the bundle (stable: the CLI and `verify` key on it). */
export const ENABLE_BILLING_EXPORT_STEP_ID = 'gcp-enable-billing-export';

/** The console's Billing export page without a billing account: it asks which account to open. */
export const BILLING_EXPORT_CONSOLE_FALLBACK_URL = 'https://console.cloud.google.com/billing/export';

/**
 * The console page where the export is turned on, for one billing account.
 *
 * UNVERIFIED. Google's setup page (verified text) says "Go to the Billing export page", then "At
 * the prompt, choose the Cloud Billing account"; the stored copy lost the link target. Public
 * tools use both `https://console.cloud.google.com/billing/export` (which prompts for the account)
 * and the per-account form `/billing/<BILLING_ACCOUNT_ID>/export` used here (FACTS 2a). The manual
 * step's text names the generic page as the fallback, should this link change.
 */
export function billingExportConsoleUrl(billingAccountId: string): string {
  return `https://console.cloud.google.com/billing/${billingAccountId}/export`;
}

/**
 * The manual step: turn on the three exports into the dataset this construct created.
 *
 * Steps and roles from Google's "Set up Cloud Billing data export to BigQuery", step 5 (verified
 * earlier). Added on review of the same page (the stored copies reachable here lack that passage,
 * so not re-verified here): the Pricing export also needs `resourcemanager.projects.update` on the
 * dataset's project, and uses the billing account linked to the dataset's project, so that project
 * must have billing enabled and be linked to this billing account (a project linked to the same
 * billing account is also what Vantage's condensed copy of the page asks for).
 */
export function enableBillingExportStep(billingAccountId: string, projectId: string, datasetId: string): ManualStep {
  return {
    id: ENABLE_BILLING_EXPORT_STEP_ID,
    description:
      `Turn on the Cloud Billing export to BigQuery for billing account ${billingAccountId} (no API can do this). ` +
      `First make sure project ${projectId} has billing enabled and is linked to billing account ${billingAccountId}: ` +
      'the Pricing export uses the billing account linked to the dataset\'s project. ' +
      `Then open the link (or ${BILLING_EXPORT_CONSOLE_FALLBACK_URL} and choose billing account ${billingAccountId}), ` +
      'go to the BigQuery export tab, click Edit settings for Standard usage cost, Detailed usage cost and Pricing, ' +
      `and choose project ${projectId} and dataset ${datasetId}. ` +
      'Roles: for the two usage cost exports, Billing Account Costs Manager on the billing account and BigQuery User on the project; ' +
      'for the Pricing export, Billing Account Administrator on the billing account, and BigQuery Admin plus ' +
      'resourcemanager.projects.update (in the Editor and Owner roles) on the project.',
    url: billingExportConsoleUrl(billingAccountId),
  };
}
