import { IConstruct } from 'constructs';
import { propError } from '../core/errors';
import { checkFormat } from '../core/formats';
import { checkLength, checkPattern } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';

/**
 * The naming rules of the AWS resources the integration creates, checked at synth time.
 * Each skips tokens and `undefined`, and throws a `FinopsValidationError` otherwise.
 */

/**
 * An S3 key prefix: the bundle's `s3Prefix` format (letters, digits and `!_.*'()/-`, no leading or
 * trailing `/`, at most 512 characters; legacy CUR forbids spaces) and no empty folder (`//`).
 * A legacy CUR report's whole prefix has a lower limit: see `checkLegacyCurPrefix`.
 */
export function checkS3Prefix(scope: IConstruct, prop: string, value: string | undefined, allowEmpty: boolean): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!allowEmpty && value.length === 0) throw propError(scope, prop, 'must not be empty', value);
  if (value.startsWith('/')) throw propError(scope, prop, "must not start with '/'", value);
  if (value.endsWith('/')) throw propError(scope, prop, "must not end with '/'", value);
  if (value.includes('//')) throw propError(scope, prop, "must not contain an empty folder ('//')", value);
  checkFormat(scope, prop, value, 's3Prefix');
}

/** Longest `S3Prefix` of a legacy CUR report (`AWS::CUR::ReportDefinition` S3Prefix: MaxLength 256 [CFN]). */
export const LEGACY_CUR_MAX_PREFIX_LENGTH = 256;

/**
 * The whole prefix (common prefix + folder) of a legacy CUR report: at most 256 characters
 * (`AWS::CUR::ReportDefinition` S3Prefix [CFN]; Data Exports allow the bundle's 512).
 */
export function checkLegacyCurPrefix(scope: IConstruct, prop: string, fullPrefix: string): void {
  if (isUnresolved(fullPrefix) || fullPrefix.length <= LEGACY_CUR_MAX_PREFIX_LENGTH) return;
  throw propError(scope, prop,
    `with the common prefix must be at most ${LEGACY_CUR_MAX_PREFIX_LENGTH} characters for a legacy CUR report (has ${fullPrefix.length})`,
    fullPrefix);
}

/**
 * A Data Exports (CUR 2.0, FOCUS) export name: `AWS::BCMDataExports::Export` `Name`, pattern
 * `^[0-9A-Za-z\-_]+$`, 1 to 128 characters [CFN; cfn-lint schema aws-bcmdataexports-export.json].
 */
export function checkDataExportName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 1, 128);
  checkPattern(scope, prop, value, /^[0-9A-Za-z_-]+$/, "letters, digits, '-' and '_' only (Data Exports export name)");
}

/**
 * A legacy CUR report name: `AWS::CUR::ReportDefinition` `ReportName`, `[0-9A-Za-z!\-_.*'()]+`,
 * 1 to 256 characters [CFN]; held to 128 here because the bundle schema's export `name` allows at most 128.
 */
export function checkLegacyCurName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 1, 128);
  checkPattern(scope, prop, value, /^[0-9A-Za-z!_.*'()-]+$/, "letters, digits and !-_.*'() only (legacy CUR report name)");
}

/** An IAM user or role name: 1 to 64 characters from letters, digits and `+=,.@_-` (IAM API `userNameType`/`roleNameType`). */
export function checkIamName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 1, 64);
  checkPattern(scope, prop, value, /^[\w+=,.@-]+$/, 'letters, digits and +=,.@_- only');
}

/** A Secrets Manager secret name: 1 to 512 characters from letters, digits and `/_+=.@-` (CreateSecret `Name`). */
export function checkSecretName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 1, 512);
  checkPattern(scope, prop, value, /^[A-Za-z0-9/_+=.@-]+$/, 'letters, digits and /_+=.@- only');
}

/** A 12-digit AWS account ID. */
export function checkAccountId(scope: IConstruct, prop: string, value: string | undefined): void {
  checkFormat(scope, prop, value, 'awsAccountId');
}

/** An STS ExternalId: 2 to 1224 characters from letters, digits and `+=,.@:/_-` (AssumeRole `ExternalId`). */
export function checkExternalId(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 2, 1224);
  checkFormat(scope, prop, value, 'awsExternalId');
}
