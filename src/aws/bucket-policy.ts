import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * The bucket policy statements that let AWS billing services write exports to the bucket
 * (seed: "Configure Cost & Usage Report export to S3 bucket"). Only the services whose exports
 * are configured get a statement.
 */

/** What the statements are built from: strings that may be tokens or, for the warning text, placeholders. */
export interface BillingWriterPolicyInput {
  readonly partition: string;
  /** The account that owns the exports (the stack's account). */
  readonly accountId: string;
  readonly bucketArn: string;
  /** True when a CUR 2.0 or FOCUS export is configured. */
  readonly dataExports: boolean;
  /** True when a legacy CUR report is configured. */
  readonly legacyCur: boolean;
}

/** The service principal of AWS Data Exports (CUR 2.0, FOCUS). */
export const DATA_EXPORTS_SERVICE = 'bcm-data-exports.amazonaws.com';
/** The service principal of the legacy Cost and Usage Report. */
export const LEGACY_CUR_SERVICE = 'billingreports.amazonaws.com';

/** One statement, as plain data: turned into an `iam.PolicyStatement` or into the JSON of the warning. */
interface WriterStatement {
  readonly sid: string;
  readonly service: string;
  readonly actions: string[];
  readonly resources: string[];
  readonly conditions: Record<string, Record<string, string>>;
}

/** What the statements are for: the bucket's policy, or the key policy of the bucket's SSE-KMS key. */
type WriterTarget = 'bucket' | 'key';

/**
 * Sources: [DE] docs.aws.amazon.com/cur/latest/userguide/dataexports-s3-bucket.html and cur-s3.html (FACTS.md 1c).
 * Each service gets its own statement, so each `aws:SourceArn` names only that service's resources.
 * `StringLike` (as on the Data Exports page) because the ARNs end in a wildcard.
 *
 * For a key policy (`target: 'key'`), the same principals and conditions get the KMS actions S3 calls on
 * the writer's behalf: `kms:GenerateDataKey` to write an SSE-KMS object, and `kms:Decrypt` for the parts
 * of a multipart upload (https://repost.aws/knowledge-center/s3-large-file-encryption-kms-key). In a key
 * policy, `Resource: "*"` means the key itself
 * (https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html).
 */
function writerStatements(input: BillingWriterPolicyInput, target: WriterTarget = 'bucket'): WriterStatement[] {
  return bucketWriterStatements(input).map((st) => target === 'bucket' ? st : {
    ...st,
    sid: `${st.sid}Encrypted`,
    actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
    resources: ['*'],
  });
}

function bucketWriterStatements(input: BillingWriterPolicyInput): WriterStatement[] {
  const { partition, accountId, bucketArn } = input;
  const out: WriterStatement[] = [];
  if (input.dataExports) {
    // Data Exports checks the policy (GetBucketPolicy) when the export is created, then writes objects.
    out.push({
      sid: 'AllowBcmDataExportsWrite',
      service: DATA_EXPORTS_SERVICE,
      actions: ['s3:PutObject', 's3:GetBucketPolicy'],
      resources: [`${bucketArn}/*`, bucketArn],
      conditions: {
        StringLike: {
          'aws:SourceAccount': accountId,
          'aws:SourceArn': `arn:${partition}:bcm-data-exports:us-east-1:${accountId}:export/*`,
        },
      },
    });
  }
  if (input.legacyCur) {
    // The legacy CUR page adds s3:GetBucketAcl to the same check.
    out.push({
      sid: 'AllowLegacyCurWrite',
      service: LEGACY_CUR_SERVICE,
      actions: ['s3:PutObject', 's3:GetBucketPolicy', 's3:GetBucketAcl'],
      resources: [`${bucketArn}/*`, bucketArn],
      conditions: {
        StringLike: {
          'aws:SourceAccount': accountId,
          'aws:SourceArn': `arn:${partition}:cur:us-east-1:${accountId}:definition/*`,
        },
      },
    });
  }
  return out;
}

/** The statements to add to the bucket's resource policy (`target: 'key'`: to its SSE-KMS key's policy). */
export function billingWriterStatements(input: BillingWriterPolicyInput, target: WriterTarget = 'bucket'): iam.PolicyStatement[] {
  return writerStatements(input, target).map((st) => new iam.PolicyStatement({
    sid: st.sid,
    principals: [new iam.ServicePrincipal(st.service)],
    actions: st.actions,
    resources: st.resources,
    conditions: st.conditions,
  }));
}

/** The statements as a policy document (JSON text), for the warning that asks to extend a bucket's (or key's) policy. */
export function billingWriterPolicyText(input: BillingWriterPolicyInput, target: WriterTarget = 'bucket'): string {
  const statements = writerStatements(input, target).map((st) => ({
    Sid: st.sid,
    Effect: 'Allow',
    Principal: { Service: st.service },
    Action: st.actions,
    Resource: st.resources,
    Condition: st.conditions,
  }));
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, undefined, 2);
}
