import { prependIfStartsWith } from '../private/tf-functions';

/** IAM member types of workload (and workforce) identity federation. */
const FEDERATED_MEMBER_PREFIXES: readonly string[] = ['principal:', 'principalSet:'];

/**
 * The member to give `google_bigquery_dataset_iam_member`, for a member in IAM syntax.
 *
 * A dataset has no real IAM policy: the provider turns the binding into an entry of the dataset's
 * `access` list, and maps only `user:`, `serviceAccount:`, `group:`, `domain:` and `iamMember:`
 * members to one (magic-modules `mmv1/third_party/terraform/services/bigquery/iam_bigquery_member_dataset.go`,
 * `iamMemberToAccessForIamMember`). A workload identity federation member (`principal://…`,
 * `principalSet://…`) fails at apply with "Failed to parse BigQuery Dataset IAM member type"
 * (hashicorp/terraform-provider-google#23974, #26087). Written `iamMember:<member>`, it becomes an
 * access entry `{ iamMember: "<member>" }` (the provider splits on the first ':' only), which is the
 * form magic-modules#9948 added for these principals and the provider's own acceptance test uses
 * (`TestAccBigqueryDatasetIamMember_iamMember`: `member = "iamMember:principal://iam.googleapis.com/…"`).
 * Verified in the provider source; the provider reads the entry back as `iamMember:<member>`, so the
 * plan stays clean.
 *
 * Only the dataset binding needs this: organization, project and table bindings are real IAM
 * policies and take `principal://…` as is.
 */
export function datasetIamMember(member: string): string {
  return prependIfStartsWith(member, FEDERATED_MEMBER_PREFIXES, 'iamMember:');
}
