import { lowerCase, replaceAll } from '../private/tf-functions';

/**
 * Default names derived from the billing account, so that two integrations (two billing accounts)
 * in one organization or project synthesize and apply side by side without colliding: custom role
 * IDs are unique per organization or project (and a deleted ID stays reserved for weeks), service
 * account IDs and dataset IDs are unique per project.
 *
 * A billing account ID is `XXXXXX-XXXXXX-XXXXXX` (20 characters, uppercase hex and '-'), so each
 * default stays within its limit:
 * - role ID `finops_<XXXXXX_XXXXXX_XXXXXX>_<Suffix>`: 28 + the longest suffix ('BillingAccountRead',
 *   18) = 46 of the 64 characters `^[a-zA-Z0-9_.]{3,64}$` allows
 *   (https://cloud.google.com/iam/docs/reference/rest/v1/organizations.roles/create: roleId);
 * - service account ID `finops-<xxxxxx-xxxxxx-xxxxxx>`: 27 of 30, lowercase (the ID is
 *   `[a-z]([-a-z0-9]*[a-z0-9])`, 6 to 30 characters:
 *   https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts/create);
 * - dataset ID `billing_export_<XXXXXX_XXXXXX_XXXXXX>`: 35 of 1,024 letters, digits and '_'
 *   (https://cloud.google.com/bigquery/docs/datasets#dataset-naming).
 * A billing account given as a token is rewritten by Terraform (`replace`, `lower`) at apply.
 */

/** The billing account ID with '_' for '-'. */
function underscored(billingAccountId: string): string {
  return replaceAll(billingAccountId, '-', '_');
}

/** Default `roleIdPrefix`: `finops_<billing account, '_' for '-'>_`. */
export function defaultRoleIdPrefix(billingAccountId: string): string {
  return `finops_${underscored(billingAccountId)}_`;
}

/** Default service account ID: `finops-<billing account, lowercase>`. */
export function defaultServiceAccountId(billingAccountId: string): string {
  return `finops-${lowerCase(billingAccountId)}`;
}

/** Default dataset ID: `billing_export_<billing account, '_' for '-'>`. */
export function defaultDatasetId(billingAccountId: string): string {
  return `billing_export_${underscored(billingAccountId)}`;
}
