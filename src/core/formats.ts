import { IConstruct } from 'constructs';
import { checkPattern } from './prop-checks';
import { loadBundleSchemas, schemaId } from './schemas';

/**
 * Identifier formats shared by the bundle schema and the constructs' synth-time checks.
 * Their one source is `$defs` of `schemas/bundle/v1/common.schema.json`.
 */
export type FormatName =
  | 'awsAccountId' | 'awsRegion' | 'awsArn' | 'awsExternalId' | 's3BucketName' | 's3Prefix'
  | 'gcpProjectId' | 'gcpOrganizationId' | 'gcpBillingAccountId' | 'gcpDatasetId' | 'gcpTableId'
  | 'gcpServiceAccountEmail' | 'gcpMember'
  | 'guid' | 'azureStorageAccountName' | 'azureContainerName' | 'azureResourceGroupName' | 'rfc3339'
  | 'ociTenancyOcid' | 'ociUserOcid' | 'ociGroupOcid' | 'ociFingerprint' | 'ociRegion'
  | 'orgSlug';

/** A format: the pattern and the words used in error messages. */
export interface Format {
  readonly pattern: RegExp;
  readonly description: string;
}

/** Look a format up in the shipped schema. */
export function format(name: FormatName): Format {
  const def = loadBundleSchemas().get(schemaId('common'))!.$defs![name];
  if (!def?.pattern) throw new Error(`no format '${name}' in common.schema.json`);
  return { pattern: new RegExp(def.pattern, 'u'), description: def.description ?? name };
}

/** True when `value` matches the format (tokens are not resolved here: callers check them first). */
export function matchesFormat(name: FormatName, value: string): boolean {
  return format(name).pattern.test(value);
}

/** Throw a `FinopsValidationError` for `prop` unless `value` is a token, undefined, or matches the format. */
export function checkFormat(scope: IConstruct, prop: string, value: string | undefined, name: FormatName): void {
  if (value === undefined) return;
  const f = format(name);
  checkPattern(scope, prop, value, f.pattern, f.description);
}
