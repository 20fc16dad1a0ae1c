/**
 * Props that every cloud's integration construct takes, so that the four read alike.
 * Each cloud's props interface extends this one.
 */
export interface BillingIntegrationProps {
  /**
   * Slug of the platform org that will hold this integration (the platform keeps one org per provider).
   * 1 to 63 lowercase letters, digits and '-'.
   * @default - the provider name: 'aws', 'gcp', 'azure' or 'oci'
   */
  readonly orgSlug?: string;

  /**
   * Display name of the platform org.
   * @default - the platform shows the slug
   */
  readonly orgDisplayName?: string;

  /**
   * Grant the read-only permissions the platform's provider recommendations need, and mark them
   * enabled in the bundle.
   * @default false
   */
  readonly recommendations?: boolean;

  /**
   * Emit the bundle as stack outputs for pipelines: one output holding the whole bundle, named
   * `bundleOutputName`, and one output per non-secret field of `costOrchestrator` (nested fields
   * joined: `bucket.name` gives `<stem>_bucket_name` in Terraform, `<Stem>BucketName` in
   * CloudFormation, where the stem is `bundleOutputName` without its `_bundle` / `Bundle` ending).
   * Terraform: the whole-bundle output is `sensitive` exactly when the bundle holds a secret.
   * CloudFormation: the bundle never holds a secret (secrets travel by Secrets Manager ARN).
   * @default false
   */
  readonly emitOutputs?: boolean;

  /**
   * Name of the whole-bundle output (with `emitOutputs`), stable wherever the construct sits, so
   * that pipelines can read it (`terraform output -json finops_gcp_bundle`,
   * `cdk deploy --outputs-file`). Give each integration of a stack its own name.
   * @default - `finops_<provider>_bundle` in Terraform (e.g. `finops_gcp_bundle`);
   * `FinopsAwsBundle` in CloudFormation, whose output names are letters and digits only
   */
  readonly bundleOutputName?: string;
}
