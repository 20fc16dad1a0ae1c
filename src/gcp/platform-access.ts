/**
 * How the platform authenticates to GCP to read the billing export.
 *
 * - `serviceAccountKey()` (default) is the seed's flow: "Create service account and generate JSON
 *   key ... Integrate using service account email and JSON key". The construct creates the service
 *   account and a key; the key is in the bundle, in Terraform state, and only ever in a
 *   `sensitive` output.
 * - `externalPrincipal(member)`: no service account and no key here. The custom roles are granted
 *   to an IAM principal that the platform owns (its own service account in its own project, or a
 *   workload identity federation principal). Use it when an organization policy forbids service
 *   account keys (constraint `iam.disableServiceAccountKeyCreation`, or its managed form
 *   `iam.managed.disableServiceAccountKeyCreation`; Google enforces it by default on new
 *   organizations, see its "secure by default organizations" page), or simply to keep a
 *   long-lived secret out of Terraform state (DESIGN D5). Those organizations also restrict IAM
 *   members to allowed domains (`iam.allowedPolicyMemberDomains`, domain-restricted sharing): the
 *   platform's principal, which belongs to another organization, is then refused at the bindings
 *   until an organization policy administrator allows the platform's customer ID (or principal).
 */
export class GcpPlatformAccess {
  /** A service account in the billing project and a JSON key for it (the seed's flow). */
  public static serviceAccountKey(): GcpPlatformAccess {
    return new GcpPlatformAccess(undefined);
  }

  /**
   * Grant the roles to a principal the platform owns, e.g.
   * `serviceAccount:reader@platform-prod.iam.gserviceaccount.com`, or a workload identity
   * federation member such as
   * `principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/platform/*`.
   * No key is created. The member goes as is to the organization, project and table bindings; the
   * dataset binding gets a `principal:` / `principalSet:` member as `iamMember:<member>`, the form
   * the provider's dataset IAM needs for them.
   * @param member IAM member syntax: `serviceAccount:`, `user:`, `group:`, `domain:`, `principal:` or `principalSet:` and an identifier (no `iamMember:` prefix)
   */
  public static externalPrincipal(member: string): GcpPlatformAccess {
    return new GcpPlatformAccess(member);
  }

  /**
   * The IAM member the roles go to, in external principal mode.
   * @default - key mode: the construct's service account
   */
  public readonly externalPrincipalMember?: string;

  private constructor(member: string | undefined) {
    this.externalPrincipalMember = member;
  }

  /** True in the seed's mode: a service account and a JSON key are created. */
  public get createsKey(): boolean {
    return this.externalPrincipalMember === undefined;
  }
}
