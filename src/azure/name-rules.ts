import { IConstruct } from 'constructs';
import { propError } from '../core/errors';
import { checkFormat } from '../core/formats';
import { checkIntegerRange, checkLength, checkPattern } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';

/**
 * Synth-time checks of Azure names and ids. Each skips `undefined` and unresolved tokens and
 * throws the one error shape `<path>: '<prop>' <allowed>; got <value>`.
 */

/** Entra ID tenant, subscription, object and client IDs. */
export function checkGuid(scope: IConstruct, prop: string, value: string | undefined): void {
  checkFormat(scope, prop, value, 'guid');
}

/** Storage account names: 3 to 24 lowercase letters and digits, globally unique (Azure naming rules). */
export function checkStorageAccountName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkFormat(scope, prop, value, 'azureStorageAccountName');
}

/** Blob container names: 3 to 63 lowercase letters, digits and single '-'. */
export function checkContainerName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkFormat(scope, prop, value, 'azureContainerName');
}

/** Resource group names: 1 to 90 letters, digits, '_', '-', '.', '(' and ')', not ending with '.'. */
export function checkResourceGroupName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkFormat(scope, prop, value, 'azureResourceGroupName');
}

/** An Azure region name as the Resource Manager API spells it (`westeurope`, `eastus2`). */
const LOCATION = /^[a-z][a-z0-9]{2,30}$/;
export function checkLocation(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, LOCATION, "an Azure region name in lowercase without spaces, such as 'westeurope'");
}

/**
 * Prefix of the export names (`<prefix>-actual-<scope>`): export names are 3 to 64 letters,
 * digits, '-' and '_' (the bundle schema's rule); 1 to 16 characters leave room for the rest.
 */
const EXPORT_NAME_PREFIX = /^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$/;
export function checkExportNamePrefix(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, EXPORT_NAME_PREFIX, "1 to 16 letters, digits, '-' and '_', starting with a letter or digit");
}

/** Folder in the container the exports write under: path segments of letters, digits, '-', '_' and '.'. */
const ROOT_FOLDER_PATH = /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/;
export function checkRootFolderPath(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 1, 200);
  checkPattern(scope, prop, value, ROOT_FOLDER_PATH, "segments of letters, digits, '-', '_' and '.' separated by single '/', with no leading or trailing '/'");
}

/** The parts of a storage account's Resource Manager ID. */
export interface StorageAccountIdParts {
  readonly subscriptionId: string;
  readonly resourceGroupName: string;
  readonly accountName: string;
}

const STORAGE_ACCOUNT_ID = /^\/subscriptions\/([0-9a-fA-F-]{36})\/resourceGroups\/([-\w.()]{1,90})\/providers\/Microsoft\.Storage\/storageAccounts\/([a-z0-9]{3,24})$/;

/**
 * Check a storage account ID and split it. A token is accepted as it is: its parts are then
 * Terraform expressions (`element(split("/", id), n)`), built by the caller.
 */
export function parseStorageAccountId(scope: IConstruct, prop: string, value: string): StorageAccountIdParts | undefined {
  if (isUnresolved(value)) return undefined;
  const m = STORAGE_ACCOUNT_ID.exec(value);
  if (!m || m[2].endsWith('.')) {
    throw propError(scope, prop, "must be a storage account ID such as '/subscriptions/<subscription id>/resourceGroups/<group>/providers/Microsoft.Storage/storageAccounts/<name>'", value);
  }
  checkGuid(scope, prop, m[1]);
  return { subscriptionId: m[1], resourceGroupName: m[2], accountName: m[3] };
}

/**
 * Billing account IDs: EA enrollment numbers (digits) or MCA/MPA IDs
 * (`<guid>:<guid>_<yyyy-mm-dd>`), as in `/providers/Microsoft.Billing/billingAccounts/<id>`.
 */
const BILLING_ACCOUNT_ID = /^([0-9]{1,20}|[0-9a-fA-F-]{36}:[0-9a-fA-F-]{36}_[0-9]{4}-[0-9]{2}-[0-9]{2})$/;
export function checkBillingAccountId(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, BILLING_ACCOUNT_ID,
    "an EA enrollment number (digits) or an MCA billing account ID '<guid>:<guid>_<yyyy-mm-dd>'");
}

/** Display names of Entra ID applications: 1 to 120 characters. */
export function checkDisplayName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkLength(scope, prop, value, 1, 120);
}

/** A whole number of days in a range (SAS validity, secret validity, rotation). */
export function checkDays(scope: IConstruct, prop: string, value: number | undefined, min: number, max: number): void {
  checkIntegerRange(scope, prop, value, min, max);
}

/**
 * IP rules of a storage account firewall: public IPv4 addresses or CIDR ranges with a prefix of
 * /0 to /30 (Azure Storage: "/31 or /32 ... aren't supported" and "IP network rules aren't
 * allowed for private address ranges"; IPv6 is not supported in IP rules).
 * @see https://learn.microsoft.com/azure/storage/common/storage-network-security-limitations
 */
export function checkIpRange(scope: IConstruct, prop: string, value: string): void {
  if (isUnresolved(value)) return;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(value);
  const octets = m ? m.slice(1, 5).map(Number) : [];
  if (!m || octets.some((o) => o > 255) || (m[5] !== undefined && Number(m[5]) > 32)) {
    throw propError(scope, prop, "must be a public IPv4 address or CIDR range such as '203.0.113.0/24'", value);
  }
  if (m[5] !== undefined && Number(m[5]) > 30) {
    throw propError(scope, prop, 'must not use a /31 or /32 prefix (Azure Storage does not support them: give the single address without a prefix)', value);
  }
  const [a, b] = octets;
  const isPrivate = a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
  if (isPrivate) {
    throw propError(scope, prop, 'must be a public range (Azure Storage IP rules do not apply to private, loopback or link-local addresses)', value);
  }
}
