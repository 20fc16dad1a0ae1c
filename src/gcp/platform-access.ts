import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountKey } from '@cdktf/provider-google/lib/service-account-key';
import { Construct } from 'constructs';
import { GcpAccessConfig, GcpAccessContext } from './access-config';
import { datasetIamMember } from './dataset-iam-member';
import { checkServiceAccountId } from './name-rules';
import { checkFormat } from '../core/formats';
import { base64Decode } from '../private/tf-functions';

/** Options of `GcpPlatformAccess.serviceAccountKey()`. */
export interface GcpServiceAccountKeyOptions {
  /**
   * Account ID of the service account (6 to 30 lowercase letters, digits and '-'); its email is
   * `<id>@<projectId>.iam.gserviceaccount.com`. Give each integration of a project its own.
   * @default 'finops-billing-reader'
   */
  readonly serviceAccountId?: string;
}

/**
 * How the platform authenticates to GCP to read the billing export.
 *
 * - `serviceAccountKey()` (default): a service account in the billing project and a JSON key
 *   for it. The key is in the bundle, in Terraform state, and only ever in a `sensitive` output.
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

class ServiceAccountKeyAccess extends GcpPlatformAccess {
  constructor(private readonly options: GcpServiceAccountKeyOptions) {
    super();
  }

  public _bind(scope: Construct, context: GcpAccessContext): GcpAccessConfig {
    checkServiceAccountId(scope, 'access.serviceAccountId', this.options.serviceAccountId);
    const serviceAccount = new ServiceAccount(scope, 'ServiceAccount', {
      project: context.projectId,
      accountId: this.options.serviceAccountId ?? 'finops-billing-reader',
      displayName: 'FinOps platform billing reader',
      description: 'Reads the Cloud Billing export for the FinOps platform (finops-integrations).',
      dependsOn: context.dependsOn,
    });
    // The key's private_key is base64 of a Google credentials JSON file (FACTS 2c). It exists in
    // Terraform state from here on: protect the state backend like the key itself.
    const serviceAccountKey = new ServiceAccountKey(scope, 'ServiceAccountKey', {
      serviceAccountId: serviceAccount.name,
      keyAlgorithm: 'KEY_ALG_RSA_2048',
      privateKeyType: 'TYPE_GOOGLE_CREDENTIALS_FILE',
    });
    return {
      member: serviceAccount.member,
      // A `serviceAccount:` member, which the dataset binding takes as it is.
      datasetMember: serviceAccount.member,
      serviceAccount,
      serviceAccountKey,
      bundleFields: { serviceAccountEmail: serviceAccount.email, serviceAccountKey: base64Decode(serviceAccountKey.privateKey) },
    };
  }
}

class ExternalPrincipalAccess extends GcpPlatformAccess {
  constructor(private readonly member: string) {
    super();
  }

  public _bind(scope: Construct, _context: GcpAccessContext): GcpAccessConfig {
    checkFormat(scope, 'access', this.member, 'gcpMember');
    // The dataset binding is an entry of the dataset's access list, not an IAM policy: a workload
    // identity federation member must be written `iamMember:principal…://…` there (dataset-iam-member.ts).
    return { member: this.member, datasetMember: datasetIamMember(this.member), bundleFields: { externalPrincipal: this.member } };
  }
}
