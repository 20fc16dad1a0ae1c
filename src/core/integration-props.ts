/**
 * Props that every cloud's integration construct takes, so that the four read alike.
 * Each cloud's props interface extends this one.
 */
export interface BillingIntegrationProps {
  /**
   * Slug of the platform org that will hold this integration (seed: "create an org for each provider").
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
   * enabled in the bundle (seed: "integrate the Recommendations specific to each provider").
   * @default false
   */
  readonly recommendations?: boolean;

  /**
   * Emit the bundle's fields as stack outputs for pipelines (CloudFormation `CfnOutput`,
   * Terraform `TerraformOutput`; outputs that hold a secret are `sensitive`).
   * @default false
   */
  readonly emitOutputs?: boolean;
}
