import { App, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, PLATFORM_ACCOUNT, US_EAST_1 } from './helpers';
import { AwsBillingIntegration, AwsBillingIntegrationProps, AwsCostExport, AwsExportFormat, AwsExportTimeGranularity, AwsPlatformAccess } from '../../src/aws';
import { Combination, pairwise } from '../kit/pairwise';

// The option matrix of AwsBillingIntegration, shared by the security tests and the cfn-lint run.

/** The aws-cdk-lib feature flag that `cdk init` turns on: server access logs through a bucket policy. */
export const S3_LOGS_USE_BUCKET_POLICY = '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy';

const role = AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a' });
const allExports = () => [AwsCostExport.cur2(), AwsCostExport.focus(), AwsCostExport.legacyCur({ format: AwsExportFormat.CSV })];

/**
 * The options that change what the construct creates, each with every value it can take. The matrix
 * is pairwise: every value of every option appears, and every pair of values of two options appears
 * together in some combination (test/kit/pairwise.ts), instead of the whole product.
 */
export const FACTORS = {
  access: ['IAM user', 'role of an account', 'role of a principal, with a boundary and 4-hour sessions'],
  exports: ['CUR 2.0', 'FOCUS daily CSV', 'legacy CUR', 'all exports'],
  recommendations: ['no recommendations', 'recommendations'],
  bucket: ['new', 'new with access logs', 'new, destroyed with its objects', 'imported', 'imported with its KMS key', 'same app, KMS', 'another account'],
  env: ['us-east-1', 'env-agnostic'],
  outputs: ['outputs', 'no outputs'],
} as const;

/** A legacy CUR report cannot deliver to another account's bucket (the construct fails: validation.test.ts). */
export const validCombination = (c: Combination) => !(c.bucket === 'another account' && (c.exports === 'legacy CUR' || c.exports === 'all exports'));

export const COMBINATIONS = pairwise(FACTORS, validCombination);

/** Build one combination: the integration `Billing` in the stack `Stack` of `app`. */
export function buildCombination(app: App, c: Combination): Stack {
  const stack = new Stack(app, 'Stack', c.env === 'us-east-1' ? { env: US_EAST_1 } : {});
  // As `cdk init` sets it: access logs are allowed by the log bucket's policy, not the legacy ACL (cfn-lint W3045).
  stack.node.setContext(S3_LOGS_USE_BUCKET_POLICY, true);
  const props: AwsBillingIntegrationProps = {
    recommendations: c.recommendations === 'recommendations',
    emitOutputs: c.outputs === 'outputs',
  };
  Object.assign(props, {
    'IAM user': { access: AwsPlatformAccess.iamUser({ userName: 'finops-platform', accessKeySerial: 1 }) },
    'role of an account': { access: role },
    'role of a principal, with a boundary and 4-hour sessions': {
      access: AwsPlatformAccess.role({
        trustedPrincipal: new iam.ArnPrincipal(`arn:aws:iam::${PLATFORM_ACCOUNT}:role/finops-reader`),
        externalId: 'acme-7f3c2a',
        maxSessionDuration: Duration.hours(4),
        permissionsBoundary: iam.ManagedPolicy.fromAwsManagedPolicyName('ReadOnlyAccess'),
      }),
    },
  }[c.access as string]);
  Object.assign(props, {
    'CUR 2.0': {},
    'FOCUS daily CSV': { exports: [AwsCostExport.focus({ timeGranularity: AwsExportTimeGranularity.DAILY, format: AwsExportFormat.CSV })] },
    'legacy CUR': { exports: [AwsCostExport.legacyCur({ includeResources: false })] },
    'all exports': { exports: allExports() },
  }[c.exports as string]);
  const key = () => {
    const k = new kms.Key(stack, 'Key', { enableKeyRotation: true });
    // AWS Control Tower CT.KMS.PR.3 (cfn-guard, test/aws/cfn-guard.test.ts): grants only for AWS services.
    k.addToResourcePolicy(new iam.PolicyStatement({
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['kms:CreateGrant'],
      resources: ['*'],
      conditions: { BoolIfExists: { 'kms:GrantIsForAWSResource': 'false', 'aws:PrincipalIsAWSService': 'false' } },
    }));
    return k;
  };
  const buckets: Record<string, () => AwsBillingIntegrationProps> = {
    'new': () => ({}),
    'new with access logs': () => ({ serverAccessLogsBucket: logsBucket(stack) }),
    'new, destroyed with its objects': () => ({ removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true, noncurrentVersionRetention: Duration.days(7) }),
    'imported': () => ({ bucket: s3.Bucket.fromBucketName(stack, 'Existing', 'acme-billing') }),
    'imported with its KMS key': () => ({
      bucket: s3.Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'acme-billing', region: 'eu-west-1' }),
      encryptionKey: kms.Key.fromKeyArn(stack, 'Key', `arn:aws:kms:eu-west-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`),
    }),
    'same app, KMS': () => ({ bucket: new s3.Bucket(stack, 'Mine', { encryptionKey: key(), enforceSSL: true, serverAccessLogsBucket: logsBucket(stack) }) }),
    'another account': () => ({ bucket: s3.Bucket.fromBucketAttributes(stack, 'Central', { bucketName: 'acme-central-billing', account: PLATFORM_ACCOUNT, region: 'us-east-1' }) }),
  };
  Object.assign(props, buckets[c.bucket]());
  new AwsBillingIntegration(stack, 'Billing', props);
  return stack;
}

/** The test's own log bucket: the destination of access logs cannot log to itself. */
export function logsBucket(stack: Stack): s3.Bucket {
  const logs = new s3.Bucket(stack, 'Logs', { enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
  Validations.of(logs).acknowledge({ id: 'AwsSolutions-S1', reason: 'This bucket is the destination of server access logs; logging it into itself would loop.' });
  return logs;
}

