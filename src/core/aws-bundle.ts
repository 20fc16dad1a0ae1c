import { BillingBundleBase } from './bundle';

/** Where AWS writes the exports. */
export interface AwsBundleBucket {
  /** Bucket name. */
  readonly name: string;
  /** Bucket region (exports are created in us-east-1; the bucket may be elsewhere). */
  readonly region: string;
  /** Common prefix of every export under the bucket, without leading or trailing '/'. */
  readonly prefix: string;
}

/** One configured export. */
export interface AwsBundleExport {
  /** `CUR2` (Data Exports CUR 2.0), `LEGACY_CUR` (AWS::CUR::ReportDefinition) or `FOCUS` (Data Exports FOCUS). */
  readonly type: string;
  /** Export or report name. */
  readonly name: string;
  /** Prefix of this export's objects in the bucket. */
  readonly prefix: string;
  /** `PARQUET` or `CSV`. */
  readonly format: string;
  /**
   * ARN of the export (Data Exports) or report definition (legacy CUR), so that the platform reads
   * its definition without listing the account's exports.
   * @default - not given (bundles written before this field)
   */
  readonly arn?: string;
}

/** AWS Cost Orchestrator fields: an IAM user (access key) or a role (ExternalId). */
export interface AwsCostOrchestrator {
  /** The payer (management) account ID. */
  readonly accountId: string;
  /** ARN of the identity the platform uses (user or role). */
  readonly principalArn: string;
  /**
   * Access key ID (IAM user mode).
   * @default - role mode: no access key
   */
  readonly accessKeyId?: string;
  /**
   * The secret access key itself. Secret: never set by the constructs, which use `secretAccessKeySecretArn`.
   * @default - not included
   */
  readonly secretAccessKey?: string;
  /**
   * ARN of the Secrets Manager secret that holds the secret access key (IAM user mode).
   * @default - role mode: no secret
   */
  readonly secretAccessKeySecretArn?: string;
  /**
   * ARN of the role the platform assumes (role mode).
   * @default - IAM user mode
   */
  readonly roleArn?: string;
  /**
   * ExternalId the role's trust policy requires (role mode).
   * @default - IAM user mode
   */
  readonly externalId?: string;
  /** Where the exports are written. */
  readonly bucket: AwsBundleBucket;
  /** The exports configured. */
  readonly exports: AwsBundleExport[];
}

/** The outputs bundle for AWS (`provider: 'aws'`). */
export interface AwsBillingBundle extends BillingBundleBase {
  /** What the platform needs to read Cost & Usage data. */
  readonly costOrchestrator: AwsCostOrchestrator;
}
