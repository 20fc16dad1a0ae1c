import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { App, Stack, Stage, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { IConstruct } from 'constructs';
import { COMBINATIONS, buildCombination } from './combinations';
import { US_EAST_1 } from './helpers';
import { BillingStack } from '../../examples/aws-cdk/billing-stack';
import { AwsBillingIntegration } from '../../src/aws';
import { PlatformRegistration } from '../../src/platform';

// The example imports the package entry point, which resolves to the compiled lib/; here it is the source.
jest.mock('finops-integrations/aws', () => jest.requireActual('../../src/aws'), { virtual: true });

/**
 * cfn-guard over the AWS templates, as a user runs it: the `CfnGuardValidator` policy validation
 * plugin of @cdklabs/cdk-validator-cfnguard (its npm package ships the cfn-guard binary) with every
 * AWS Control Tower proactive control it bundles, on `App({ policyValidationBeta1 })`. A finding the
 * constructs cause on purpose is acknowledged on its resource, with the reason
 * (src/aws/guard-acknowledgements.ts); anything else fails `app.synth()`.
 * One cfn-guard run costs about a second per template: the whole matrix is one app, one run.
 */

/** What cfn-guard reports, from aws-cdk-lib's validation-report.json. */
interface GuardReport {
  /** Whether app.synth() threw (it does on any unacknowledged finding). */
  readonly failed: boolean;
  /** `<rule> <construct path>` of every unacknowledged finding. */
  readonly findings: string[];
  /** Every acknowledged finding, with its reason. */
  readonly acknowledged: Array<{ rule: string; path: string; reason: string }>;
}

/** Synthesize an app with the cfn-guard plugin (`build` adds its stacks) and read the report. */
function synthWithGuard(build: (app: App) => void): GuardReport {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-guard-'));
  try {
    // The plugin's default output buffer (1 MiB) is too small for cfn-guard's JSON over many templates.
    const app = new App({ outdir, policyValidationBeta1: [new CfnGuardValidator({ maxBuffer: 256 * 1024 * 1024 })] });
    build(app);
    let failed = false;
    try {
      app.synth();
    } catch (e) {
      if (!/cdk-validator-cfnguard|Validation failed/.test(String(e))) throw e; // the report, or its path
      failed = true;
    }
    const report = JSON.parse(fs.readFileSync(path.join(outdir, 'validation-report.json'), 'utf8'));
    const plugins = (report.pluginReports as any[]).filter((p) => p.pluginName === 'cdk-validator-cfnguard');
    return {
      failed,
      findings: plugins.flatMap((p) => p.violations.flatMap((v: any) => v.violatingConstructs.map((c: any) => `${v.ruleName} ${c.constructPath}`))),
      acknowledged: plugins.flatMap((p) => (p.suppressedViolations ?? [])
        .flatMap((v: any) => v.violatingConstructs.map((c: any) => ({ rule: v.ruleName, path: c.constructPath, reason: v.reason })))),
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Acknowledge cfn-guard `rules` on a construct the test made itself (not the library's), with the reason. */
function acknowledgeTestOwned(scope: IConstruct | undefined, rules: string[], reason: string): void {
  if (!scope) return;
  for (const rule of rules) Validations.of(scope).acknowledge({ id: `cdk-validator-cfnguard::${rule}`, reason });
}

/** The findings the constructs may acknowledge, and where (a construct path pattern). */
const ACKNOWLEDGEABLE: ReadonlyArray<[rule: string, path: RegExp]> = [
  ['s3_bucket_default_encryption_kms_check', /\/(Billing|FinopsBilling)\/Bucket\/Resource$/],
  ['s3_bucket_logging_enabled_check', /\/(Billing|FinopsBilling)\/Bucket\/Resource$/],
  ['s3_event_notifications_enabled_check', /\/(Billing|FinopsBilling)\/Bucket\/Resource$/],
  ['s3_bucket_object_lock_enabled_check', /\/(Billing|FinopsBilling)\/Bucket\/Resource$/],
  ['iam_user_no_policies_check', /\/(Billing|FinopsBilling)\/(ReadPolicy|RecommendationsPolicy|User)\/Resource$/],
  ['iam_inline_policy_no_statements_with_admin_access_check', /\/Billing\/User\/Resource$/],
  ['iam_inline_policy_no_statements_with_full_access_check', /\/Billing\/User\/Resource$/],
  ['lambda_inside_vpc_check', /\/(Platform\/Handler\/Resource|Custom::S3AutoDeleteObjectsCustomResourceProvider\/Handler)$/],
  ['cloudwatch_log_group_encrypted_check', /\/Platform\/Logs\/Resource$/],
];

/** The test's own resources in the matrix: a log bucket and a KMS bucket (test/aws/combinations.ts). */
const TEST_OWNED = /^C\d+\/Stack\/(Logs|Mine)\//;

/** A reason an auditor can read: the control, then a full sentence. */
const WRITTEN_REASON = /^(CT\.[A-Z0-9]+\.PR\.\d+: .{40,}\.|The test's own .{20,}\.)$/s;

describe('cfn-guard (CfnGuardValidator, AWS Control Tower proactive controls)', () => {
  test('the AWS example, every option combination and the platform registration: no finding but acknowledged ones, each with its reason', () => {
    const report = synthWithGuard((app) => {
      new BillingStack(app, 'FinopsBillingAws', { env: US_EAST_1 });
      COMBINATIONS.forEach((c, i) => {
        const stack = buildCombination(new Stage(app, `C${i}`) as unknown as App, c);
        acknowledgeTestOwned(stack.node.tryFindChild('Logs'), ['s3_bucket_default_encryption_kms_check', 's3_bucket_logging_enabled_check', 's3_bucket_object_lock_enabled_check',
          's3_bucket_versioning_enabled_check', 's3_event_notifications_enabled_check', 's3_lifecycle_policy_check'], "The test's own server access log bucket, made to receive the integration bucket's logs.");
        acknowledgeTestOwned(stack.node.tryFindChild('Mine'), ['s3_bucket_level_public_access_prohibited_check', 's3_bucket_object_lock_enabled_check', 's3_bucket_versioning_enabled_check',
          's3_event_notifications_enabled_check', 's3_lifecycle_policy_check'], "The test's own bucket, passed to the integration as the user's existing bucket.");
      });
      const stack = new Stack(app, 'PlatformStack', { env: US_EAST_1 });
      const billing = new AwsBillingIntegration(stack, 'Billing', { orgSlug: 'acme-aws' });
      new PlatformRegistration(stack, 'Platform', {
        bundle: billing.bundle,
        platformUrl: 'https://finops.example.com',
        platformToken: secretsmanager.Secret.fromSecretCompleteArn(stack, 'Token', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:finops/platform-token-AbCdEf'),
        bundleSecrets: [billing.accessKeySecret!],
      });
    });
    expect(report.findings).toEqual([]);
    expect(report.acknowledged.length).toBeGreaterThan(0);
    for (const a of report.acknowledged) {
      expect(a.reason).toMatch(WRITTEN_REASON);
      if (TEST_OWNED.test(a.path)) continue;
      expect([a.rule, a.path]).toEqual([a.rule, expect.stringMatching(ACKNOWLEDGEABLE.find(([rule]) => rule === a.rule)?.[1] ?? /^$/)]);
    }
    // The example (IAM user, two exports, recommendations) acknowledges exactly these.
    expect(report.acknowledged.filter((a) => a.path.startsWith('FinopsBillingAws/')).map((a) => `${a.rule} ${a.path}`).sort()).toEqual([
      'iam_user_no_policies_check FinopsBillingAws/FinopsBilling/ReadPolicy/Resource',
      'iam_user_no_policies_check FinopsBillingAws/FinopsBilling/RecommendationsPolicy/Resource',
      's3_bucket_default_encryption_kms_check FinopsBillingAws/FinopsBilling/Bucket/Resource',
      's3_bucket_logging_enabled_check FinopsBillingAws/FinopsBilling/Bucket/Resource',
      's3_bucket_object_lock_enabled_check FinopsBillingAws/FinopsBilling/Bucket/Resource',
      's3_event_notifications_enabled_check FinopsBillingAws/FinopsBilling/Bucket/Resource',
    ]);
  }, 300_000);

  test('fails synth on a public, unencrypted bucket beside the integration, whose acknowledgements cover only its own resources', () => {
    const report = synthWithGuard((app) => {
      const stack = new Stack(app, 'Stack', { env: US_EAST_1 });
      new AwsBillingIntegration(stack, 'Billing', {});
      // A user's bucket with no encryption setting and public access allowed.
      new s3.CfnBucket(stack, 'Open', {
        publicAccessBlockConfiguration: { blockPublicAcls: false, blockPublicPolicy: false, ignorePublicAcls: false, restrictPublicBuckets: false },
      });
      // The same kind of bucket the integration makes, but the user's: the integration's acknowledgements do not reach it.
      new s3.Bucket(stack, 'Mine', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true, versioned: true });
    });
    // aws-cdk-lib (2.276) recounts a plugin's success after an acknowledgement by the findings' severity,
    // which this plugin does not set: with any finding acknowledged, synth passes and only the report
    // lists the rest. Hence this harness reads the report; the README's Security model says so.
    expect(report.failed).toBe(false);
    expect(report.findings).toEqual(expect.arrayContaining([
      's3_bucket_level_public_access_prohibited_check Stack/Open',
      's3_bucket_default_encryption_kms_check Stack/Open',
      's3_bucket_logging_enabled_check Stack/Open',
      's3_bucket_logging_enabled_check Stack/Mine/Resource',
      's3_bucket_object_lock_enabled_check Stack/Mine/Resource',
    ]));
    expect(report.findings.filter((f) => f.includes('Stack/Billing/'))).toEqual([]);
  }, 120_000);

  test('with nothing acknowledged, a finding fails synth', () => {
    const report = synthWithGuard((app) => {
      new s3.CfnBucket(new Stack(app, 'Stack', { env: US_EAST_1 }), 'Open', {});
    });
    expect(report.failed).toBe(true);
    expect(report.findings).toContain('s3_bucket_level_public_access_prohibited_check Stack/Open');
  }, 120_000);
});
