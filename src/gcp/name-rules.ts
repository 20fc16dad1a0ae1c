import { IConstruct } from 'constructs';
import { BigQueryLocation } from './bigquery-location';
import { BILLING_EXPORT_LOCATIONS, LOCATION_SYNTAX } from './export-locations';
import { propError } from '../core/errors';
import { checkEnumLike, checkPattern } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';
import { addWarning } from '../private/tf-annotations';

/** Synth-time checks of GCP names and IDs (formats shared with the bundle schema live in core `formats`). */

/** Service account ID: 6 to 30 characters, lowercase letter first, no trailing '-' (IAM rule). */
const SERVICE_ACCOUNT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
/** Custom role ID rule (IAM): `^[a-zA-Z0-9_.]{3,64}$`. */
const ROLE_ID = /^[a-zA-Z0-9_.]{3,64}$/;
/** Label key and value rules (Google Cloud labels): lowercase letters, digits, '_' and '-'; keys start with a letter. */
const LABEL_KEY = /^[\p{Ll}\p{Lo}][\p{Ll}\p{Lo}\p{N}_-]{0,62}$/u;
const LABEL_VALUE = /^[\p{Ll}\p{Lo}\p{N}_-]{0,63}$/u;

export function checkServiceAccountId(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, SERVICE_ACCOUNT_ID, "6 to 30 lowercase letters, digits and '-', starting with a letter and not ending with '-'");
}

/** `<prefix><suffix>` as a custom role ID, checked against the IAM rule (the prefix is what the user gave). */
export function customRoleId(scope: IConstruct, prefix: string, suffix: string): string {
  const full = `${prefix}${suffix}`;
  if (!isUnresolved(prefix) && !ROLE_ID.test(full)) {
    throw propError(scope, 'roleIdPrefix', `must give role IDs of 3 to 64 letters, digits, '_' and '.' ('${full}' is not one)`, prefix);
  }
  return full;
}

/** The dataset location: syntax always; a location the billing export is not known to support gets a warning. */
export function checkLocation(scope: IConstruct, location: BigQueryLocation): void {
  checkEnumLike(scope, 'location', location, 'BigQueryLocation.EU');
  const value = location.value;
  if (isUnresolved(value)) return;
  checkPattern(scope, 'location', value, LOCATION_SYNTAX, "'US', 'EU' or a region such as 'europe-west1'");
  if (!BILLING_EXPORT_LOCATIONS.includes(value)) {
    addWarning(scope, `location '${value}' is not in the list of dataset locations the Cloud Billing export supports (Google docs, 2026-04-08); ` +
      "if the export does not support it, the console refuses the export settings with 'Invalid dataset region'.");
  }
}

export function checkLabels(scope: IConstruct, labels: { [key: string]: string } | undefined): void {
  if (labels === undefined) return;
  const entries = Object.entries(labels);
  if (entries.length > 64) throw propError(scope, 'datasetLabels', 'must have at most 64 labels', `${entries.length} labels`);
  for (const [key, value] of entries) {
    checkPattern(scope, `datasetLabels.${key}`, key, LABEL_KEY, "a key of lowercase letters, digits, '_' and '-', starting with a lowercase letter");
    checkPattern(scope, `datasetLabels.${key}`, value, LABEL_VALUE, "a value of up to 63 lowercase letters, digits, '_' and '-'");
  }
}
