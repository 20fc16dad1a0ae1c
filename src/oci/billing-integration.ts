import type { PrivateKey } from '@cdktf/provider-tls/lib/private-key';
import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { checkEmail, checkIamName, checkIdentityDomainName, checkOcid, checkPolicyName, checkRegion } from './name-rules';
import {
  groupSubject,
  recommendationsStatements,
  USAGE_REPORT_NAMESPACE,
  USAGE_REPORT_PREFIXES,
  usageReportStatements,
} from './permissions';
import { OciApiKey } from './platform-access';
import { ManualStep } from '../core/bundle';
import { bundleBase } from '../core/bundle-base';
import { propError } from '../core/errors';
import { IntegrationId } from '../core/integration-id';
import { BillingIntegrationProps } from '../core/integration-props';
import { OciBillingBundle, OciCostOrchestrator } from '../core/oci-bundle';
import { checkExclusive, checkUnionLike } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';
import { emitTfBundleOutputs, tfBundleJson } from '../private/tf-outputs';
import { pinRequiredProvider } from '../private/tf-required-providers';
import { IdentityApiKey } from '../providers/oci/identity-api-key';
import { IdentityGroup } from '../providers/oci/identity-group';
import { IdentityPolicy } from '../providers/oci/identity-policy';
import { IdentityUser } from '../providers/oci/identity-user';
import { IdentityUserGroupMembership } from '../providers/oci/identity-user-group-membership';
import { REQUIRED_PROVIDER as OCI_PROVIDER } from '../providers/oci/required-provider';

/** Props of `OciBillingIntegration`. */
export interface OciBillingIntegrationProps extends BillingIntegrationProps {
  /** OCID of the tenancy whose cost and usage reports the platform reads (`ocid1.tenancy.<realm>..<id>`). */
  readonly tenancyOcid: string;

  /**
   * The tenancy's home region, e.g. `us-ashburn-1`: Oracle publishes the reports there, and IAM
   * changes are made there (configure the OCI provider with this region).
   * @see https://docs.oracle.com/iaas/Content/Billing/Tasks/accessingusagereports.htm
   */
  readonly homeRegion: string;

  /**
   * The API signing key the platform uses. `OciApiKey.publicKey(pem)` keeps the private key out
   * of Terraform; `OciApiKey.generate()` generates it in Terraform state.
   */
  readonly apiKey: OciApiKey;

  /**
   * Name of the group created here, which the policy lets read the reports (unique in the
   * tenancy, unchangeable).
   * @default 'finops-usage-report-readers'
   */
  readonly groupName?: string;

  /**
   * Use this existing group instead of creating one: its OCID. `groupName` must then be its name.
   * @default - a group named `groupName` is created in the tenancy
   */
  readonly existingGroupOcid?: string;

  /**
   * The identity domain of the existing group, when it is not the Default domain: the policy then
   * names it `'<domain>'/'<group>'`. Only with `existingGroupOcid` (a group created here is
   * created through the IAM API, in the Default domain).
   * @see https://docs.oracle.com/iaas/Content/Identity/policysyntax/subject.htm
   * @default - the Default domain (statements name the group alone)
   */
  readonly identityDomainName?: string;

  /**
   * OCIDs of users to add to the group, e.g. the people
   * who check the reports. The API key user is added in any case.
   * @default - no other members
   */
  readonly memberUserOcids?: string[];

  /**
   * OCID of an existing user to register the API key on (added to the group).
   * @default - a dedicated user named `integrationUserName` is created and added to the group
   */
  readonly userOcid?: string;

  /**
   * Name of the dedicated integration user created when `userOcid` is not given.
   * @default 'finops-platform-reader'
   */
  readonly integrationUserName?: string;

  /**
   * Email of the dedicated integration user (tenancies with identity domains may require one).
   * @default - none
   */
  readonly integrationUserEmail?: string;

  /**
   * Name of the policy created in the root compartment (unique there, unchangeable).
   * @default 'finops-usage-report-read'
   */
  readonly policyName?: string;
}

/**
 * Connects an OCI tenancy's cost and usage reports to the FinOps platform (cdktf, `oracle/oci`
 * bindings generated into this package).
 *
 * Declares what the platform's OCI onboarding asks for: a group and its members, a policy in the root
 * compartment with Oracle's statements for reading the cost and usage reports (and, with
 * `recommendations`, read-only Cloud Advisor), a user with an API signing key, and the bundle
 * with the user OCID, tenancy OCID, fingerprint and home region.
 *
 * The construct creates no provider block: configure `oci.provider.OciProvider` in your stack
 * with the home region and credentials allowed to manage IAM. It pins `oracle/oci` (and `tls`
 * with `OciApiKey.generate()`) in `required_providers` either way.
 *
 * @see https://docs.oracle.com/iaas/Content/Billing/Concepts/costusagereportsoverview.htm
 *
 * @example
 * new OciBillingIntegration(stack, 'Billing', {
 *   tenancyOcid: 'ocid1.tenancy.oc1..aaaaaaaa...',
 *   homeRegion: 'us-ashburn-1',
 *   apiKey: OciApiKey.publicKey(fs.readFileSync('oci_api_key_public.pem', 'utf8')),
 *   memberUserOcids: ['ocid1.user.oc1..aaaaaaaa...'],
 *   emitOutputs: true,
 * });
 */
export class OciBillingIntegration extends Construct {
  /**
   * The group the policy lets read the reports.
   * @default - none with `existingGroupOcid`
   */
  public readonly group?: IdentityGroup;

  /**
   * The dedicated integration user that owns the API key.
   * @default - none with `userOcid`
   */
  public readonly user?: IdentityUser;

  /**
   * Group memberships: the API key user's first, then one per `memberUserOcids` entry
   *.
   */
  public readonly memberships: IdentityUserGroupMembership[];

  /** The policy in the root compartment, construct id `Resource`. */
  public readonly policy: IdentityPolicy;

  /** The policy's statements, exactly as sent to OCI. */
  public readonly statements: string[];

  /** The API signing key on the user. Its `fingerprint` is in the bundle. */
  public readonly apiKey: IdentityApiKey;

  /**
   * The generated key pair. Terraform state holds its private key in plain text.
   * @default - only with `OciApiKey.generate()`
   */
  public readonly privateKey?: PrivateKey;

  /**
   * The whole-bundle Terraform output; `sensitive` when the bundle holds the generated private key.
   * @default - only with `emitOutputs: true`
   */
  public readonly bundleOutput?: TerraformOutput;

  /** Steps no API can do: handing over a private key this library never saw. Also in `outputs.manualSteps`. */
  public readonly manualSteps: ManualStep[];

  /** What the platform needs (user OCID, tenancy OCID, fingerprint, home region, group, report location). Tokens until apply. */
  public readonly outputs: OciBillingBundle;

  /** The bundle as a JSON document, rendered by Terraform at apply time. */
  public readonly bundle: string;

  constructor(scope: Construct, id: string, props: OciBillingIntegrationProps) {
    super(scope, id);

    // ---- validation (eager; tokens are skipped) ------------------------------------------------
    const { tenancyOcid, homeRegion, existingGroupOcid, identityDomainName } = props;
    checkOcid(this, 'tenancyOcid', tenancyOcid, 'tenancy');
    checkRegion(this, 'homeRegion', homeRegion);
    checkUnionLike(this, 'apiKey', props.apiKey, 'OciApiKey.publicKey(pem)');
    if (props.apiKey === undefined) throw propError(this, 'apiKey', 'is required, e.g. OciApiKey.publicKey(pem)', undefined);
    checkOcid(this, 'existingGroupOcid', existingGroupOcid, 'group');
    if (existingGroupOcid !== undefined && props.groupName === undefined) {
      throw propError(this, 'groupName', "is required with 'existingGroupOcid' (the policy names the group by name)", undefined);
    }
    if (identityDomainName !== undefined && existingGroupOcid === undefined) {
      throw propError(this, 'identityDomainName', "applies only with 'existingGroupOcid': a group created here is in the Default domain", identityDomainName);
    }
    checkIdentityDomainName(this, 'identityDomainName', identityDomainName);
    const groupName = props.groupName ?? 'finops-usage-report-readers';
    checkIamName(this, 'groupName', groupName);
    checkExclusive(this, ['userOcid', 'integrationUserName'], [props.userOcid, props.integrationUserName]);
    checkExclusive(this, ['userOcid', 'integrationUserEmail'], [props.userOcid, props.integrationUserEmail]);
    checkOcid(this, 'userOcid', props.userOcid, 'user');
    checkIamName(this, 'integrationUserName', props.integrationUserName);
    checkEmail(this, 'integrationUserEmail', props.integrationUserEmail);
    const policyName = props.policyName ?? 'finops-usage-report-read';
    checkPolicyName(this, 'policyName', policyName);
    const members = props.memberUserOcids ?? [];
    members.forEach((ocid, i) => checkOcid(this, `memberUserOcids[${i}]`, ocid, 'user'));
    checkDistinctMembers(this, members, props.userOcid);

    // Every stack with this construct pins oracle/oci at the version the bindings were generated from.
    pinRequiredProvider(this, OCI_PROVIDER);

    // ---- seed: "Create the group" --------------------------------------------------------------
    // Groups live in the root compartment (the tenancy).
    this.group = existingGroupOcid === undefined
      ? new IdentityGroup(this, 'Group', {
        compartmentId: tenancyOcid,
        name: groupName,
        description: 'Reads the OCI cost and usage reports for the FinOps platform (finops-integrations).',
      })
      : undefined;
    const groupOcid = this.group?.id ?? existingGroupOcid!;

    // ---- the API key's user: an existing one, or a dedicated integration user -------------------
    this.user = props.userOcid === undefined
      ? new IdentityUser(this, 'User', {
        compartmentId: tenancyOcid,
        name: props.integrationUserName ?? 'finops-platform-reader',
        description: 'FinOps platform: reads the cost and usage reports with an API key (finops-integrations).',
        email: props.integrationUserEmail,
      })
      : undefined;
    const userOcid = this.user?.id ?? props.userOcid!;

    // ---- seed: "add the responsible members" (and the API key user, whose key the platform uses) -
    const membership = (mid: string, user: string) => new IdentityUserGroupMembership(this, mid, { groupId: groupOcid, userId: user });
    this.memberships = [
      membership('UserMembership', userOcid),
      // Construct ids from the OCIDs, so that reordering the list replaces nothing.
      ...members.map((ocid, i) => membership(isUnresolved(ocid) ? `Member${i}` : `Member-${ocid}`, ocid)),
    ];

    // ---- seed: "Configure a policy ... to read usage reports in the Tenancy" --------------------
    // `endorse` statements must be in the root compartment. The statements name the group, so the
    // policy waits for a group created here.
    const subject = groupSubject(groupName, identityDomainName);
    this.statements = [
      ...usageReportStatements(subject),
      ...(props.recommendations ? recommendationsStatements(subject) : []),
    ];
    this.policy = new IdentityPolicy(this, 'Resource', {
      compartmentId: tenancyOcid,
      name: policyName,
      description: 'FinOps platform: read the cost and usage reports (and Cloud Advisor recommendations, when enabled) (finops-integrations).',
      statements: this.statements,
      dependsOn: this.group ? [this.group] : undefined,
    });

    // ---- seed: "Add an API Key" ----------------------------------------------------------------
    const key = props.apiKey._bind(this, { userOcid });
    this.apiKey = key.apiKey;
    this.privateKey = key.privateKey;

    // ---- seed: "Record the User OCID, Tenancy OCID, Fingerprint, and Region": the bundle --------
    const base = bundleBase(this, 'oci', IntegrationId.oci(tenancyOcid), props, key.manualSteps);
    this.manualSteps = base.manualSteps ?? [];
    const costOrchestrator: OciCostOrchestrator = {
      tenancyOcid,
      userOcid,
      fingerprint: this.apiKey.fingerprint,
      region: homeRegion,
      ...key.bundleFields,
      group: { ocid: groupOcid, name: groupName },
      reports: { namespace: USAGE_REPORT_NAMESPACE, bucket: tenancyOcid, prefixes: [...USAGE_REPORT_PREFIXES] },
    };
    this.outputs = { ...base, costOrchestrator };
    this.bundle = tfBundleJson(this.outputs);
    if (props.emitOutputs) {
      this.bundleOutput = emitTfBundleOutputs(this, this.outputs, props.bundleOutputName).bundleOutput;
    }
  }
}

/** The same user twice would be two memberships of one user: Terraform would fail at apply. */
function checkDistinctMembers(scope: Construct, members: readonly string[], userOcid: string | undefined): void {
  const seen = new Set<string>(userOcid !== undefined && !isUnresolved(userOcid) ? [userOcid] : []);
  members.forEach((ocid, i) => {
    if (isUnresolved(ocid)) return;
    if (seen.has(ocid)) {
      throw propError(scope, `memberUserOcids[${i}]`, ocid === userOcid
        ? "must not repeat 'userOcid' (the API key user is added to the group already)"
        : 'must not repeat an OCID listed before', ocid);
    }
    seen.add(ocid);
  });
}
