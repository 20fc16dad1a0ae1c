import { createPublicKey, KeyObject } from 'crypto';
import { IConstruct } from 'constructs';
import { KNOWN_OCI_REGIONS } from './regions';
import { propError } from '../core/errors';
import { checkFormat, FormatName } from '../core/formats';
import { checkPattern } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';
import { addWarning } from '../private/tf-annotations';

/** Synth-time checks of OCI names, OCIDs, regions and keys (formats shared with the bundle schema live in core `formats`). */

/** The OCID types this construct takes, and their format in the bundle schema. */
const OCID_FORMATS = { tenancy: 'ociTenancyOcid', user: 'ociUserOcid', group: 'ociGroupOcid' } as const satisfies Record<string, FormatName>;

/**
 * An OCID of `type` (`ocid1.<type>.<realm>..<unique id>`). When the value is an OCID of another
 * type, the error says which, the commonest mix-up.
 * @see https://docs.oracle.com/iaas/Content/General/Concepts/identifiers.htm
 */
export function checkOcid(scope: IConstruct, prop: string, value: string | undefined, type: keyof typeof OCID_FORMATS): void {
  if (value === undefined || isUnresolved(value)) return;
  const other = /^ocid1\.([a-z0-9]+)\./.exec(value)?.[1];
  if (other !== undefined && other !== type) {
    throw propError(scope, prop, `must be a ${type} OCID ('ocid1.${type}.<realm>..<unique id>'), not a ${other} OCID`, value);
  }
  checkFormat(scope, prop, value, OCID_FORMATS[type]);
}

/** A region identifier; one the OCI SDK does not list gets a warning (Oracle adds regions). */
export function checkRegion(scope: IConstruct, prop: string, value: string): void {
  checkFormat(scope, prop, value, 'ociRegion');
  if (!isUnresolved(value) && !KNOWN_OCI_REGIONS.includes(value)) {
    addWarning(scope, `${prop} '${value}' is not a region the OCI SDK of terraform-provider-oci 8.28.0 knows; check it against https://docs.oracle.com/iaas/Content/General/Concepts/regions.htm`);
  }
}

/**
 * IAM user and group names: unique in the tenancy, unchangeable, no spaces; ASCII letters,
 * digits, '-', '.', '_', '+' and '@'; at most 100 characters.
 * @see https://docs.oracle.com/iaas/Content/Identity/Tasks/managingusers.htm
 */
const IAM_NAME = /^[A-Za-z0-9._+@-]{1,100}$/;
export function checkIamName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, IAM_NAME, "1 to 100 ASCII letters, digits, '-', '.', '_', '+' and '@' (no spaces)");
}

/** Policy names follow the same rule as user and group names (unique in the compartment, unchangeable). */
export function checkPolicyName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, IAM_NAME, "1 to 100 ASCII letters, digits, '-', '.', '_', '+' and '@' (no spaces)");
}

/**
 * An identity domain's display name, as policy statements quote it (`'<domain>'/'<group>'`): it
 * must not hold a quote or a line break, which would change the statement.
 */
const DOMAIN_NAME = /^[^'"\r\n\\/]{1,100}$/;
export function checkIdentityDomainName(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, DOMAIN_NAME, 'an identity domain name of 1 to 100 characters without quotes, slashes or line breaks');
}

/** An email address, loosely (Oracle checks the rest). */
export function checkEmail(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an email address');
}

/** RSA key sizes Oracle accepts for API signing keys: 2048 bits at least. */
export const MIN_RSA_BITS = 2048;

/**
 * A PEM public key (`-----BEGIN PUBLIC KEY-----`, what `openssl rsa -pubout` writes), RSA, at
 * least 2048 bits. A private key is refused with its own message, and never echoed: it must not
 * enter Terraform configuration or state.
 * @see https://docs.oracle.com/iaas/Content/API/Concepts/apisigningkey.htm
 */
export function checkPublicKeyPem(scope: IConstruct, prop: string, pem: string): void {
  if (isUnresolved(pem)) return;
  if (typeof pem !== 'string') throw propError(scope, prop, 'must be a PEM public key string', pem);
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw propError(scope, prop, 'must be the PUBLIC key: this is a private key, which must never enter Terraform configuration or state (derive the public key with `openssl rsa -pubout`)', 'a PEM private key (not shown)');
  }
  const trimmed = pem.trim();
  if (!trimmed.startsWith('-----BEGIN PUBLIC KEY-----') || !trimmed.endsWith('-----END PUBLIC KEY-----')) {
    throw propError(scope, prop, "must be a PEM public key from '-----BEGIN PUBLIC KEY-----' to '-----END PUBLIC KEY-----'", describePem(trimmed));
  }
  let key: KeyObject;
  try {
    key = createPublicKey({ key: trimmed, format: 'pem' });
  } catch {
    throw propError(scope, prop, 'must be a PEM public key that parses (the base64 body is damaged)', describePem(trimmed));
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw propError(scope, prop, 'must be an RSA public key (OCI API signing keys are RSA)', `a ${key.asymmetricKeyType} key`);
  }
  const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < MIN_RSA_BITS) {
    throw propError(scope, prop, `must be an RSA key of at least ${MIN_RSA_BITS} bits`, `a ${bits}-bit RSA key`);
  }
}

/** A short description of a PEM value for error messages (its first line, never its body). */
function describePem(pem: string): string {
  const first = pem.split('\n')[0] ?? '';
  return first.length > 40 ? `${first.slice(0, 40)}...` : first;
}
