import { App, Stack, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { COMBINATIONS, FACTORS, buildCombination, validCombination } from './combinations';
import { US_EAST_1, acknowledgements, nagViolations } from './helpers';
import { AwsBillingIntegration, AwsBillingIntegrationProps, AwsCostExport, AwsExportFormat } from '../../src/aws';
import { pairsOf, product } from '../kit/pairwise';

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

function withIntegration(app: App, props: AwsBillingIntegrationProps, withEnv = true): Stack {
  const stack = new Stack(app, 'Stack', withEnv ? { env: US_EAST_1 } : {});
  new AwsBillingIntegration(stack, 'Billing', props);
  return stack;
}

describe('cdk-nag AwsSolutionsChecks (v3)', () => {
  test('the matrix covers every value of every option, and every pair of them that can go together', () => {
    const covered = new Set(COMBINATIONS.flatMap(pairsOf));
    const coverable = new Set(product(FACTORS).filter(validCombination).flatMap(pairsOf));
    expect([...coverable].filter((p) => !covered.has(p))).toEqual([]);
    for (const [factor, values] of Object.entries(FACTORS)) {
      expect(new Set(COMBINATIONS.map((c) => c[factor]))).toEqual(new Set(values));
    }
    expect(COMBINATIONS.length).toBeLessThan(product(FACTORS).length / 10);
  });

  test.each(COMBINATIONS.map((c) => [Object.values(c).join(', '), c] as const))(
    '%s: no finding but acknowledged ones, each with a written reason the construct means', (_, c) => {
      const app = new App();
      const stack = buildCombination(app, c);
      expect(nagViolations(app)).toEqual([]);
      Template.fromStack(stack); // synthesized for cfn-lint (helpers.ts records it)
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
      'Stack/Billing/ReadPolicy AwsSolutions-IAM5[Resource::<BillingBucketE35ECCB9.Arn>/finops/032d5f58/cur2/*]',
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
        'AwsSolutions-IAM5[Resource::<BillingBucketE35ECCB9.Arn>/finops/032d5f58/cur2/*]',
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
