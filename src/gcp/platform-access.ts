import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountKey } from '@cdktf/provider-google/lib/service-account-key';
import type { Rotating } from '@cdktf/provider-time/lib/rotating';
import { Construct } from 'constructs';
import { GcpAccessConfig, GcpAccessContext } from './access-config';
import { datasetIamMember } from './dataset-iam-member';
import { defaultServiceAccountId } from './default-ids';
import { checkServiceAccountId } from './name-rules';
import { checkRsaCertificate } from './public-key-certificate';
import { propError } from '../core/errors';
import { checkFormat } from '../core/formats';
import { checkIntegerRange } from '../core/prop-checks';
import { addWarning } from '../private/tf-annotations';
import { base64Decode, base64Encode } from '../private/tf-functions';

/** Options of `GcpPlatformAccess.serviceAccountKey()`. */
export interface GcpServiceAccountKeyOptions {
  /**
   * Account ID of the service account (6 to 30 lowercase letters, digits and '-'); its email is
   * `<id>@<projectId>.iam.gserviceaccount.com`.
   * @default - `finops-<billing account ID in lowercase>`, e.g. `finops-012345-6789ab-cdef01`
   */
  readonly serviceAccountId?: string;

  /**
   * Replace the key every this many days (1 to 3650): a Terraform `time_rotating` drives the key's
   * `keepers`, so the first apply after the period creates a new key before it deletes the old one.
   * The bundle then holds the new key: upload it to the platform again after that apply. Needs the
   * optional peer dependency `@cdktf/provider-time` and a `TimeProvider` in the stack.
   * @see https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/service_account_key
   * @default - the key is never rotated
   */
  readonly rotationDays?: number;
}

/** Options of `GcpPlatformAccess.serviceAccountPublicKey()`. */
export interface GcpServiceAccountPublicKeyOptions {
  /**
   * Account ID of the service account (6 to 30 lowercase letters, digits and '-').
   * @default - `finops-<billing account ID in lowercase>`, e.g. `finops-012345-6789ab-cdef01`
   */
  readonly serviceAccountId?: string;
}

/**
 * How the platform authenticates to GCP to read the billing export.
 *
 * - `serviceAccountKey()` (default): a service account in the billing project and a JSON key
 *   for it. The key is in the bundle, in Terraform state, and only ever in a `sensitive` output.
 * - `serviceAccountPublicKey(certificatePem)`: a service account whose key pair you (or the
 *   platform) generate outside Terraform; only the public half is uploaded, so no private key
 *   ever enters Terraform state, the bundle or an output.
 * - `externalPrincipal(member)`: no service account and no key here. The custom roles are granted
 *   to an IAM principal that the platform owns (its own service account in its own project, or a
 *   workload identity federation principal). Use it when an organization policy forbids service
 *   account keys (constraint `iam.disableServiceAccountKeyCreation`, enforced by default on new
 *   organizations), or to keep a long-lived secret out of Terraform state. Such organizations also
 *   restrict IAM members to allowed domains (`iam.allowedPolicyMemberDomains`): the platform's
 *   principal is refused at the bindings until an organization policy administrator allows it.
 *
 * @see https://cloud.google.com/resource-manager/docs/secure-by-default-organizations
 */
export abstract class GcpPlatformAccess {
  /** A service account in the billing project and a JSON key for it. */
  public static serviceAccountKey(options: GcpServiceAccountKeyOptions = {}): GcpPlatformAccess {
    return new ServiceAccountKeyAccess(options);
  }

  /**
   * A service account in the billing project, with a key whose private half never enters
   * Terraform: upload the public half, as a PEM X.509 certificate wrapping an RSA key of 2048 bits
   * or more (e.g. `openssl req -x509 -nodes -newkey rsa:2048 -days 365 -subj "/CN=unused"
   * -keyout private-key.pem -out public-cert.pem`). Whoever holds the private key builds the
   * credentials file from it, the service account's email and the key's ID (`serviceAccountKey.name`).
   * @param certificatePem the PEM text, from `-----BEGIN CERTIFICATE-----` to `-----END CERTIFICATE-----`
   * @see https://cloud.google.com/iam/docs/keys-upload
   */
  public static serviceAccountPublicKey(certificatePem: string, options: GcpServiceAccountPublicKeyOptions = {}): GcpPlatformAccess {
    return new ServiceAccountPublicKeyAccess(certificatePem, options);
  }

  /**
   * Grant the roles to a principal the platform owns, e.g.
   * `serviceAccount:reader@platform-prod.iam.gserviceaccount.com`, or a workload identity
   * federation member such as
   * `principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/platform/*`.
   * No key is created.
   * @param member IAM member syntax: `serviceAccount:`, `user:`, `group:`, `domain:`, `principal:` or `principalSet:` and an identifier
   */
  public static externalPrincipal(member: string): GcpPlatformAccess {
    return new ExternalPrincipalAccess(member);
  }

  /**
   * Validate the choice, create its resources in `scope` and return what the construct needs.
   * @internal
   */
  public abstract _bind(scope: Construct, context: GcpAccessContext): GcpAccessConfig;
}

/** The platform's service account in the billing project (both key variants). */
function platformServiceAccount(scope: Construct, context: GcpAccessContext, serviceAccountId: string | undefined): ServiceAccount {
  checkServiceAccountId(scope, 'access.serviceAccountId', serviceAccountId);
  return new ServiceAccount(scope, 'ServiceAccount', {
    project: context.projectId,
    accountId: serviceAccountId ?? defaultServiceAccountId(context.billingAccountId),
    displayName: 'FinOps platform billing reader',
    description: 'Reads the Cloud Billing export for the FinOps platform (finops-integrations).',
    dependsOn: context.dependsOn,
  });
}

/**
 * Warn, with an organization, about the secure-by-default constraint that would refuse this choice
 * at apply. Constraint names and the default enforcement: Google's "Secure by default organization
 * resources" (https://cloud.google.com/resource-manager/docs/secure-by-default-organizations) and
 * "Restrict IAM service account usage" (https://cloud.google.com/organization-policy/restrict-service-accounts),
 * which name both the legacy constraints and their managed forms (`iam.managed.*`).
 */
function warnOrganizationPolicy(scope: Construct, context: GcpAccessContext, constraint: string, refused: string, exception: string): void {
  if (context.organizationId === undefined) return;
  addWarning(scope, `organization ${context.organizationId}: if it enforces the organization policy constraint ${constraint} ` +
    `(enforced by default on organizations created secure by default), ${refused} fails at apply. ${exception}`);
}

class ServiceAccountKeyAccess extends GcpPlatformAccess {
  constructor(private readonly options: GcpServiceAccountKeyOptions) {
    super();
  }

  public _bind(scope: Construct, context: GcpAccessContext): GcpAccessConfig {
    checkIntegerRange(scope, 'access.rotationDays', this.options.rotationDays, 1, 3650);
    const serviceAccount = platformServiceAccount(scope, context, this.options.serviceAccountId);
    warnOrganizationPolicy(scope, context, 'iam.disableServiceAccountKeyCreation (or iam.managed.disableServiceAccountKeyCreation)',
      'creating the service account key',
      `Ask an Organization Policy Administrator (roles/orgpolicy.policyAdmin) to set that constraint to not enforced on project ${context.projectId}, ` +
      'or use GcpPlatformAccess.serviceAccountPublicKey() or GcpPlatformAccess.externalPrincipal().');
    // Rotation (the provider's documented pattern, "Creating and regularly rotating a key"):
    // `keepers` holds the rotation time of a `time_rotating`; once it passes, the next plan replaces
    // the `time_rotating`, so `keepers` changes and the key is replaced, new key first
    // (create_before_destroy), so the old key stays valid until the new one exists.
    // https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/service_account_key
    const keyRotation = this.options.rotationDays !== undefined ? timeRotating(scope, 'KeyRotation', this.options.rotationDays) : undefined;
    // The key's private_key is base64 of a Google credentials JSON file (FACTS 2c). It exists in
    // Terraform state from here on: protect the state backend like the key itself.
    const serviceAccountKey = new ServiceAccountKey(scope, 'ServiceAccountKey', {
      serviceAccountId: serviceAccount.name,
      keyAlgorithm: 'KEY_ALG_RSA_2048',
      privateKeyType: 'TYPE_GOOGLE_CREDENTIALS_FILE',
      ...(keyRotation ? { keepers: { rotation_time: keyRotation.rotationRfc3339 }, lifecycle: { createBeforeDestroy: true } } : {}),
    });
    return {
      member: serviceAccount.member,
      // A `serviceAccount:` member, which the dataset binding takes as it is.
      datasetMember: serviceAccount.member,
      serviceAccount,
      serviceAccountKey,
      keyRotation,
      bundleFields: { serviceAccountEmail: serviceAccount.email, serviceAccountKey: base64Decode(serviceAccountKey.privateKey) },
    };
  }
}

/** A `time_rotating` from the optional peer `@cdktf/provider-time`, loaded only when rotation is asked for. */
function timeRotating(scope: Construct, id: string, rotationDays: number): Rotating {
  let mod: typeof import('@cdktf/provider-time/lib/rotating');
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require('@cdktf/provider-time/lib/rotating');
  } catch {
    throw propError(scope, 'access.rotationDays', 'needs the optional peer dependency @cdktf/provider-time (npm install @cdktf/provider-time@^11) and a TimeProvider in the stack', rotationDays);
  }
  return new mod.Rotating(scope, id, { rotationDays });
}

class ServiceAccountPublicKeyAccess extends GcpPlatformAccess {
  constructor(private readonly certificatePem: string, private readonly options: GcpServiceAccountPublicKeyOptions) {
    super();
  }

  public _bind(scope: Construct, context: GcpAccessContext): GcpAccessConfig {
    checkRsaCertificate(scope, 'access.certificatePem', this.certificatePem);
    const serviceAccount = platformServiceAccount(scope, context, this.options.serviceAccountId);
    warnOrganizationPolicy(scope, context, 'iam.disableServiceAccountKeyUpload (or iam.managed.disableServiceAccountKeyUpload)',
      'uploading the public key',
      `Ask an Organization Policy Administrator (roles/orgpolicy.policyAdmin) to set that constraint to not enforced on project ${context.projectId}, ` +
      'or use GcpPlatformAccess.externalPrincipal().');
    // `public_key_data` is the base64 of the PEM certificate ("a base64 encoded X509_PEM" in the
    // provider's docs; the IAM API's `keys.upload` takes "an RSA public key that is wrapped in an
    // X.509 v3 certificate", https://cloud.google.com/iam/docs/reference/rest/v1/projects.serviceAccounts.keys/upload).
    // The resource then has no private_key: nothing secret reaches the state.
    const serviceAccountKey = new ServiceAccountKey(scope, 'ServiceAccountKey', {
      serviceAccountId: serviceAccount.name,
      publicKeyData: base64Encode(this.certificatePem),
    });
    return {
      member: serviceAccount.member,
      datasetMember: serviceAccount.member,
      serviceAccount,
      serviceAccountKey,
      // The email only: the private key stays with whoever generated it (the bundle schema allows
      // an email without a key).
      bundleFields: { serviceAccountEmail: serviceAccount.email },
    };
  }
}

class ExternalPrincipalAccess extends GcpPlatformAccess {
  constructor(private readonly member: string) {
    super();
  }

  public _bind(scope: Construct, context: GcpAccessContext): GcpAccessConfig {
    checkFormat(scope, 'access', this.member, 'gcpMember');
    warnOrganizationPolicy(scope, context, 'iam.allowedPolicyMemberDomains (or iam.managed.allowedPolicyMembers)',
      `granting the roles to ${this.member}`,
      'Ask an Organization Policy Administrator (roles/orgpolicy.policyAdmin) to add the platform\'s Cloud Identity / Google Workspace customer ID ' +
      '(or, for a principal:// or principalSet:// member, its workload identity pool) to the allowed values of that constraint on the organization.');
    // The dataset binding is an entry of the dataset's access list, not an IAM policy: a workload
    // identity federation member must be written `iamMember:principal…://…` there (dataset-iam-member.ts).
    return { member: this.member, datasetMember: datasetIamMember(this.member), bundleFields: { externalPrincipal: this.member } };
  }
}
