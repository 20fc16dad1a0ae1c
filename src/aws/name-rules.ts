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
 */
export function checkS3Prefix(scope: IConstruct, prop: string, value: string | undefined, allowEmpty: boolean): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!allowEmpty && value.length === 0) throw propError(scope, prop, 'must not be empty', value);
  if (value.startsWith('/')) throw propError(scope, prop, "must not start with '/'", value);
  if (value.endsWith('/')) throw propError(scope, prop, "must not end with '/'", value);
  if (value.includes('//')) throw propError(scope, prop, "must not contain an empty folder ('//')", value);
  checkFormat(scope, prop, value, 's3Prefix');
}

/**
 * A Data Exports export name (API `Export.Name`: `[0-9A-Za-z!\-_.*'()]+`, at most 128) or a legacy CUR
 * report name (same characters, at most 256 [CFN]); the bundle schema allows 128 for both.
 */
export function checkExportName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 1, 128);
  checkPattern(scope, prop, value, /^[0-9A-Za-z!_.*'()-]+$/, "letters, digits and !-_.*'() only");
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
