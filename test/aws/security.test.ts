import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { PLATFORM_ACCOUNT, US_EAST_1, acknowledgements, nagViolations } from './helpers';
import { AwsBillingIntegration, AwsBillingIntegrationProps, AwsCostExport, AwsExportFormat, AwsPlatformAccess } from '../../src/aws';

const role = AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a' });
const allExports = [AwsCostExport.cur2(), AwsCostExport.focus(), AwsCostExport.legacyCur({ format: AwsExportFormat.CSV })];

/**
 * What the construct may acknowledge: no access logs (S1), no automatic rotation of the key (SMG4),
 * and IAM5 only for '*' (actions without a resource type), an export prefix of the bucket, the
 * Organizations ARN patterns of this management account, or (recommendations) this account's Lambda
 * functions and RDS instances and clusters in any region.
 */
const ACKNOWLEDGEABLE = new RegExp('^AwsSolutions-(S1|SMG4|IAM5\\[Resource::(' + [
  '\\*',
  '(<[A-Za-z0-9]+\\.Arn>|arn:<AWS::Partition>:s3:::[a-z0-9.-]+)/[^*]+/\\*',
  'arn:<AWS::Partition>:organizations::(\\d{12}|<AWS::AccountId>):(root/o-\\*/r-\\*|ou/o-\\*/ou-\\*|account/o-\\*/\\*)',
  'arn:<AWS::Partition>:(lambda:\\*:(\\d{12}|<AWS::AccountId>):function:\\*|rds:\\*:(\\d{12}|<AWS::AccountId>):(db|cluster):\\*)',
].join('|') + ')\\])$');

/** A reason an auditor can read: a full sentence, not a placeholder. */
const WRITTEN_REASON = /^[A-Z].{40,}\.$/s;

/** The kinds of bucket the integration can use. */
type BucketKind = 'new' | 'new with access logs' | 'imported' | 'same app, KMS';

/** Build one combination: the integration in a stack of `app`. */
function buildCombination(app: App, props: AwsBillingIntegrationProps, bucketKind: BucketKind, withEnv: boolean): Stack {
  const stack = new Stack(app, 'Stack', withEnv ? { env: US_EAST_1 } : {});
  const extra: AwsBillingIntegrationProps = {};
  if (bucketKind === 'new with access logs') {
    Object.assign(extra, { serverAccessLogsBucket: logsBucket(stack) });
  } else if (bucketKind === 'imported') {
    Object.assign(extra, { bucket: s3.Bucket.fromBucketName(stack, 'Existing', 'acme-billing') });
  } else if (bucketKind === 'same app, KMS') {
    const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
    Object.assign(extra, { bucket: new s3.Bucket(stack, 'Mine', { encryptionKey: key, enforceSSL: true, serverAccessLogsBucket: logsBucket(stack) }) });
  }
  new AwsBillingIntegration(stack, 'Billing', { ...props, ...extra });
  return stack;
}

/** Every option combination: identity x exports x recommendations x bucket x env (outputs alternate). */
const COMBINATIONS: Array<[string, (app: App) => Stack]> = [];
for (const [accessName, access] of [['IAM user', AwsPlatformAccess.iamUser({ userName: 'finops-platform', accessKeySerial: 1 })], ['role', role]] as const) {
  for (const [exportsName, exports] of [['CUR 2.0', undefined], ['legacy CUR', [AwsCostExport.legacyCur()]], ['all exports', allExports]] as const) {
    for (const recommendations of [false, true]) {
      for (const bucketKind of ['new', 'new with access logs', 'imported', 'same app, KMS'] as BucketKind[]) {
        for (const withEnv of [true, false]) {
          const emitOutputs = COMBINATIONS.length % 2 === 0;
          const name = [accessName, exportsName, recommendations ? 'recommendations' : 'no recommendations', `${bucketKind} bucket`,
            withEnv ? 'us-east-1' : 'env-agnostic', emitOutputs ? 'outputs' : 'no outputs'].join(', ');
          const props: AwsBillingIntegrationProps = { access, exports: exports ? [...exports] : undefined, recommendations, emitOutputs };
          COMBINATIONS.push([name, (app) => buildCombination(app, props, bucketKind, withEnv)]);
        }
      }
    }
  }
}

function withIntegration(app: App, props: AwsBillingIntegrationProps, withEnv = true): Stack {
  const stack = new Stack(app, 'Stack', withEnv ? { env: US_EAST_1 } : {});
  new AwsBillingIntegration(stack, 'Billing', props);
  return stack;
}

/** The test's own log bucket: the destination of access logs cannot log to itself. */
function logsBucket(stack: Stack): s3.Bucket {
  const logs = new s3.Bucket(stack, 'Logs', { enforceSSL: true, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
  Validations.of(logs).acknowledge({ id: 'AwsSolutions-S1', reason: 'This bucket is the destination of server access logs; logging it into itself would loop.' });
  return logs;
}

describe('cdk-nag AwsSolutionsChecks (v3)', () => {
  test.each(COMBINATIONS)('%s: no finding except acknowledged ones', (_, build) => {
    const app = new App();
    build(app);
    expect(nagViolations(app)).toEqual([]);
  });

  test.each(COMBINATIONS)('%s: every acknowledgement has a written reason and is one the construct means', (_, build) => {
    const app = new App();
    build(app);
    const acks = acknowledgements(app).filter((a) => a.path.startsWith('Stack/Billing'));
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) {
      expect(a.reason).toMatch(WRITTEN_REASON);
      expect(a.id).toMatch(ACKNOWLEDGEABLE);
    }
  });

  test('with the defaults, exactly these findings are acknowledged, on these resources', () => {
    const app = new App();
    withIntegration(app, {});
    expect(acknowledgements(app).map((a) => `${a.path} ${a.id}`).sort()).toEqual([
      'Stack/Billing/AccessKeySecret AwsSolutions-SMG4',
      'Stack/Billing/Bucket AwsSolutions-S1',
      'Stack/Billing/ReadPolicy AwsSolutions-IAM5[Resource::*]',
      'Stack/Billing/ReadPolicy AwsSolutions-IAM5[Resource::<BillingBucketE35ECCB9.Arn>/finops/cur2/*]',
      'Stack/Billing/ReadPolicy AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::123456789012:account/o-*/*]',
      'Stack/Billing/ReadPolicy AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::123456789012:ou/o-*/ou-*]',
      'Stack/Billing/ReadPolicy AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::123456789012:root/o-*/r-*]',
    ]);
  });

  test('with recommendations, the recommendations policy acknowledges * and the Lambda and RDS ARN patterns of this account only', () => {
    const app = new App();
    withIntegration(app, { recommendations: true });
    expect(acknowledgements(app).filter((a) => a.path === 'Stack/Billing/RecommendationsPolicy').map((a) => a.id).sort()).toEqual([
      'AwsSolutions-IAM5[Resource::*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:lambda:*:123456789012:function:*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:rds:*:123456789012:cluster:*]',
      'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:rds:*:123456789012:db:*]',
    ]);
  });

  test('the acknowledgements are what hides those findings (the check is not vacuous)', () => {
    const spy = jest.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => undefined);
    try {
      const app = new App();
      withIntegration(app, {});
      expect(nagViolations(app).map((v) => v.rule).sort()).toEqual([
        'AwsSolutions-IAM5[Resource::*]',
        'AwsSolutions-IAM5[Resource::<BillingBucketE35ECCB9.Arn>/finops/cur2/*]',
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::123456789012:account/o-*/*]',
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::123456789012:ou/o-*/ou-*]',
        'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::123456789012:root/o-*/r-*]',
        'AwsSolutions-S1',
        'AwsSolutions-SMG4',
      ]);
    } finally {
      spy.mockRestore();
    }
  });

  test('registered as a validation plugin, synthesis passes', () => {
    const app = new App();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    withIntegration(app, { recommendations: true, exports: allExports, emitOutputs: true });
    expect(() => app.synth()).not.toThrow();
  });
});

describe('the secret access key', () => {
  test.each([
    ['defaults', {}],
    ['emitOutputs, recommendations, every export', { emitOutputs: true, recommendations: true, exports: allExports }],
  ])('(%s) is referenced only inside the secret, never by another resource, output or parameter', (_, props) => {
    const app = new App();
    const stack = withIntegration(app, props);
    const template = Template.fromStack(stack).toJSON();
    const paths = referencesTo(template, 'SecretAccessKey');
    expect(paths).toHaveLength(1);
    expect(paths[0]).toMatch(/^Resources\.BillingAccessKeySecret[0-9A-F]{8}\.Properties\.SecretString\./);
    expect(Object.keys(template.Parameters ?? {})).toEqual(['BootstrapVersion']);
  });
});

/** Dotted paths of every value in `node` that mentions `word` (a GetAtt attribute, a Ref, or text; not output names). */
function referencesTo(node: unknown, word: string, path = ''): string[] {
  if (typeof node === 'string') return node.includes(word) ? [path] : [];
  if (Array.isArray(node)) return node.flatMap((v, i) => referencesTo(v, word, `${path}.${i}`));
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([k, v]) => [
      ...referencesTo(v, word, path ? `${path}.${k}` : k),
    ]);
  }
  return [];
}
