import { Annotations, Aws, CfnOutput, CfnResource, CfnRule, Duration, Fn, RemovalPolicy, Resource, Stack, Token } from 'aws-cdk-lib';
import * as bcmdataexports from 'aws-cdk-lib/aws-bcmdataexports';
import * as cur from 'aws-cdk-lib/aws-cur';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { AwsAccessConfig } from './access-config';
import { billingWriterPolicyText, billingWriterStatements } from './bucket-policy';
import { AwsCostExport } from './cost-export';
import { defaultCommonPrefix } from './default-names';
import { acknowledgeGuardBucketFindings, acknowledgeGuardUser, acknowledgeGuardUserPolicy } from './guard-acknowledgements';
import { acknowledge, acknowledgeGuard, acknowledgeWildcardResources } from './nag-acknowledgements';
import { checkAccountId, checkS3Prefix } from './name-rules';
import { ReadStatement, readStatements, recommendationStatements } from './permissions';
import { AwsPlatformAccess } from './platform-access';
import { AwsBillingBundle, AwsBundleExport, AwsCostOrchestrator } from '../core/aws-bundle';
import { ManualStep } from '../core/bundle';
import { bundleBase } from '../core/bundle-base';
import { planBundleOutputs } from '../core/bundle-outputs';
import { propError } from '../core/errors';
import { checkFormat } from '../core/formats';
import { IntegrationId } from '../core/integration-id';
import { BillingIntegrationProps } from '../core/integration-props';
import { checkExclusive, checkOneOf, checkUnionLike } from '../core/prop-checks';

// The only region where CUR reports and Data Exports can be created with CloudFormation (FACTS.md 1a, 1b).
const EXPORT_REGION = 'us-east-1';

/** Props of `AwsBillingIntegration`. */
export interface AwsBillingIntegrationProps extends BillingIntegrationProps {
  /**
   * How the platform signs in: an IAM user with an access key, or a role it assumes with an ExternalId.
   * @default AwsPlatformAccess.iamUser()
   */
  readonly access?: AwsPlatformAccess;

  /**
   * The billing exports to create, each under its own prefix in the one bucket. At least one;
   * names and prefixes unique.
   * @default - one CUR 2.0 export: [AwsCostExport.cur2()]
   */
  readonly exports?: AwsCostExport[];

  /**
   * An existing bucket to export to. Its policy must let the billing services write (see the warning
   * this construct prints when it cannot extend the policy itself). Import a bucket of another region
   * with `s3.Bucket.fromBucketAttributes(this, id, { bucketName, region })`, and one of another account
   * with its `account` too (CUR 2.0 and FOCUS only). Cannot be combined with `bucketName`,
   * `serverAccessLogsBucket`, `noncurrentVersionRetention`, `removalPolicy` or `autoDeleteObjects`.
   * @default - a new bucket: public access blocked, SSL enforced, owner-enforced object ownership,
   * S3-managed encryption, versioned, retained when the stack is deleted
   * @see https://docs.aws.amazon.com/cur/latest/userguide/dataexports-s3-bucket.html
   */
  readonly bucket?: s3.IBucket;

  /**
   * The SSE-KMS key of the supplied `bucket`, when the bucket does not carry it (for example a bucket
   * imported by name). The platform's identity gets `kms:Decrypt` on it, through S3 only; and if the key
   * is defined in this app, its policy lets the billing services encrypt the exports.
   * @default - the bucket's own `encryptionKey`, if any
   * @see https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Name of the new bucket: 3 to 63 lowercase letters, digits, '.' and '-'.
   * @default - CloudFormation generates a unique name
   */
  readonly bucketName?: string;

  /**
   * Common prefix of every export in the bucket, without leading or trailing '/', and without '*' or '?'.
   * '' puts the exports' folders at the bucket root.
   * @default - `finops/<suffix>`, `<suffix>` being 8 hex characters derived from this construct's path
   * (distinct for two integrations sharing a bucket)
   */
  readonly prefix?: string;

  /**
   * Bucket that receives the server access logs of the new bucket.
   * @default - no server access logs (the cdk-nag finding AwsSolutions-S1 is acknowledged with the reason)
   */
  readonly serverAccessLogsBucket?: s3.IBucket;

  /**
   * How long the new bucket keeps an object version after a newer one replaces it (exports overwrite
   * their files as AWS refreshes them): whole days, 1 to 3650.
   * @default Duration.days(30)
   */
  readonly noncurrentVersionRetention?: Duration;

  /**
   * What happens to the new bucket when it leaves the stack: `RemovalPolicy.RETAIN` keeps it and the
   * billing data, `RemovalPolicy.DESTROY` deletes it (CloudFormation deletes only an empty bucket: see
   * `autoDeleteObjects`).
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Empty the new bucket before CloudFormation deletes it (aws-cdk-lib's custom resource, which adds a
   * Lambda function to the stack). Only with `removalPolicy: RemovalPolicy.DESTROY`.
   * @default false
   */
  readonly autoDeleteObjects?: boolean;
}

/**
 * Connects an AWS Organization's billing data to the FinOps platform. Deploy it in a stack of the
 * organization's management (payer) account, in us-east-1.
 *
 * Creates the identity the platform signs in with, the Cost & Usage exports and their bucket,
 * the least-privilege read policy, and the outputs bundle that the uploader registers.
 */
export class AwsBillingIntegration extends Construct {
  /** The bucket the exports are written to (new, or the one supplied). */
  public readonly bucket: s3.IBucket;
  /**
   * The policy of the bucket, when this stack manages it.
   * @default - none: a supplied bucket whose policy this stack cannot extend
   */
  public readonly bucketPolicy?: s3.BucketPolicy;
  /** The identity the platform signs in with: the IAM user or the role. */
  public readonly identity: iam.IIdentity;
  /** ARN of the identity the platform signs in as (the bundle's `principalArn`). */
  public readonly principalArn: string;
  /**
   * The KMS key of the bucket, when it uses SSE-KMS (`encryptionKey`, or the bucket's own).
   * @default - none: the bucket is not known to use SSE-KMS
   */
  public readonly encryptionKey?: kms.IKey;
  /**
   * The IAM user (IAM user mode).
   * @default - none in role mode
   */
  public readonly user?: iam.User;
  /**
   * The user's access key (IAM user mode).
   * @default - none in role mode
   */
  public readonly accessKey?: iam.AccessKey;
  /**
   * The secret that holds the access key as JSON `{accessKeyId, secretAccessKey}` (IAM user mode).
   * @default - none in role mode
   */
  public readonly accessKeySecret?: secretsmanager.Secret;
  /**
   * The role the platform assumes (role mode).
   * @default - none in IAM user mode
   */
  public readonly role?: iam.Role;
  /** The least-privilege read policy, attached to the identity. */
  public readonly readPolicy: iam.ManagedPolicy;
  /**
   * The read-only recommendations policy, attached to the identity.
   * @default - none unless `recommendations` is true
   */
  public readonly recommendationsPolicy?: iam.ManagedPolicy;
  /** The Data Exports exports (CUR 2.0, FOCUS), in the order of `exports`. */
  public readonly dataExports: bcmdataexports.CfnExport[];
  /** The legacy CUR report definitions, in the order of `exports`. */
  public readonly reportDefinitions: cur.CfnReportDefinition[];
  /**
   * The CloudFormation rule that stops a deploy outside us-east-1.
   * @default - none when the stack's region is known at synth time (then it is checked at synth)
   */
  public readonly regionRule?: CfnRule;
  /** The outputs bundle as a typed struct; its values are tokens until deploy. */
  public readonly outputs: AwsBillingBundle;
  /**
   * The outputs bundle as a JSON document (a token that CloudFormation resolves at deploy time):
   * what the uploader registers (`PUT /v1/orgs/{org}/integrations/{integrationId}`). Holds no secret.
   */
  public readonly bundle: string;
  /** Steps no API can do: none for AWS (everything is declared here). */
  public readonly manualSteps: ManualStep[];
  /**
   * The whole-bundle output.
   * @default - only with `emitOutputs: true`
   */
  public readonly bundleOutput?: CfnOutput;

  /** What the access choice created (used to attach policies). */
  private readonly access: AwsAccessConfig;

  constructor(scope: Construct, id: string, props: AwsBillingIntegrationProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);

    // ---- validate everything first: clear synth-time errors instead of deploy failures ----
    if (!Token.isUnresolved(stack.region) && stack.region !== EXPORT_REGION) {
      throw propError(this, 'env.region', `must be '${EXPORT_REGION}': CUR reports and Data Exports can only be created there (deploy this stack in us-east-1 of the management account)`, stack.region);
    }
    checkAccountId(this, 'env.account', stack.account);
    checkExclusive(this, ['bucket', 'bucketName'], [props.bucket, props.bucketName]);
    checkExclusive(this, ['bucket', 'serverAccessLogsBucket'], [props.bucket, props.serverAccessLogsBucket]);
    checkExclusive(this, ['bucket', 'noncurrentVersionRetention'], [props.bucket, props.noncurrentVersionRetention?.toHumanString()]);
    checkExclusive(this, ['bucket', 'removalPolicy'], [props.bucket, props.removalPolicy]);
    checkExclusive(this, ['bucket', 'autoDeleteObjects'], [props.bucket, props.autoDeleteObjects]);
    if (props.encryptionKey && !props.bucket) {
      throw propError(this, 'encryptionKey', "needs 'bucket': it is the key of a supplied bucket (the new bucket uses S3-managed keys)", props.encryptionKey.node.path);
    }
    checkFormat(this, 'bucketName', props.bucketName, 's3BucketName');
    const retentionDays = checkRetention(this, 'noncurrentVersionRetention', props.noncurrentVersionRetention);
    // A bucket takes RETAIN or DESTROY (SNAPSHOT is for databases and volumes).
    checkOneOf(this, 'removalPolicy', props.removalPolicy, [RemovalPolicy.RETAIN, RemovalPolicy.DESTROY, RemovalPolicy.RETAIN_ON_UPDATE_OR_DELETE]);
    if (props.autoDeleteObjects && props.removalPolicy !== RemovalPolicy.DESTROY) {
      throw propError(this, 'autoDeleteObjects', 'needs removalPolicy: RemovalPolicy.DESTROY (a retained bucket keeps its objects)', true);
    }
    const commonPrefix = props.prefix ?? defaultCommonPrefix(this);
    checkS3Prefix(this, 'prefix', commonPrefix, true);
    const costExports = props.exports ?? [AwsCostExport.cur2()];
    const exportPrefixes = this.checkExports(costExports, commonPrefix);
    const bucketOwner = this.checkBucketOwner(props.bucket, costExports);
    const access = props.access ?? AwsPlatformAccess.iamUser();
    checkUnionLike(this, 'access', access, 'AwsPlatformAccess.role({ trustedAccountId, externalId })');
    const base = bundleBase(this, 'aws', IntegrationId.aws(stack.account), props);

    // ---- the identity first: its options are checked before any resource is created (seed: "Create IAM user and save ARN", "Generate access key") ----
    const who = access._bind(this);
    this.access = who;
    this.identity = who.identity;
    this.principalArn = who.principalArn;
    this.user = who.user;
    if (this.user) acknowledgeGuardUser(this.user);
    this.accessKey = who.accessKey;
    this.accessKeySecret = who.accessKeySecret;
    this.role = who.role;
    if (this.accessKeySecret) {
      acknowledge(this.accessKeySecret, 'AwsSolutions-SMG4', 'The secret holds an IAM access key, which Secrets Manager cannot rotate without a custom rotation function. Rotate it by changing accessKeySerial (CloudFormation creates a new key and updates this secret), then re-register the bundle; or use AwsPlatformAccess.role() to have no long-lived key.');
    }

    // ---- the bucket (seed: "Cost & Usage Report export to S3 bucket") ----
    this.bucket = props.bucket ?? new s3.Bucket(this, 'Bucket', {
      bucketName: props.bucketName,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      versioned: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      autoDeleteObjects: props.autoDeleteObjects,
      serverAccessLogsBucket: props.serverAccessLogsBucket,
      serverAccessLogsPrefix: props.serverAccessLogsBucket ? 'finops-billing-exports/' : undefined,
      lifecycleRules: [{
        id: 'ExpireReplacedExportFiles',
        noncurrentVersionExpiration: Duration.days(retentionDays),
        abortIncompleteMultipartUploadAfter: Duration.days(7),
      }],
    });
    if (!props.bucket && !props.serverAccessLogsBucket) {
      acknowledge(this.bucket, 'AwsSolutions-S1', 'Server access logs need a second bucket; pass serverAccessLogsBucket to turn them on. Only the AWS billing services write here (bucket policy) and one read-only principal reads.');
    }
    if (!props.bucket) acknowledgeGuardBucketFindings(this.bucket, { serverAccessLogs: props.serverAccessLogsBucket !== undefined });
    if (props.autoDeleteObjects) acknowledgeAutoDeleteProvider(stack);
    const bucketRegion = this.bucket.env.region;
    const importedBucket = props.bucket !== undefined && !Resource.isOwnedResource(props.bucket);
    if (importedBucket && bucketRegion === stack.region) {
      Annotations.of(this).addWarningV2('finops-integrations:aws.bucketRegion',
        `The bucket '${describeName(this.bucket.bucketName)}' was imported without a region of its own, so the exports and the bundle take it to be in the stack's region (${describeName(stack.region)}). ` +
        "If it is in another region, import it with s3.Bucket.fromBucketAttributes(this, 'Bucket', { bucketName, region }), or AWS cannot deliver the exports.");
    }

    // Seed "Configure Cost & Usage Report export to S3 bucket": let the billing services write.
    const writers = {
      dataExports: costExports.some((e) => e._writers.dataExports),
      legacyCur: costExports.some((e) => e._writers.legacyCur),
    };
    const writerInput = { partition: stack.partition, accountId: stack.account, bucketArn: this.bucket.bucketArn, ...writers };
    const added = billingWriterStatements(writerInput).map((st) => this.bucket.addToResourcePolicy(st).statementAdded);
    this.bucketPolicy = this.bucket.policy;
    const name = describeName(this.bucket.bucketName, '<bucket-name>');
    // The same statements with placeholders where a value is only known at deploy time, for the warnings.
    const textInput = {
      ...writers,
      partition: Token.isUnresolved(stack.partition) ? 'aws' : stack.partition,
      accountId: describeName(stack.account, '<management-account-id>'),
      bucketArn: `arn:aws:s3:::${name}`,
    };
    if (added.some((a) => !a)) {
      Annotations.of(this).addWarningV2('finops-integrations:aws.bucketPolicy',
        `The bucket '${name}' was not created in this app, so its policy cannot be extended here. ` +
        `Add these statements to its bucket policy before deploying, or creating the exports fails:\n${billingWriterPolicyText(textInput)}`);
    }

    // SSE-KMS: the billing services encrypt through S3 with the bucket's key, so its key policy must let them.
    this.encryptionKey = props.encryptionKey ?? this.bucket.encryptionKey;
    if (this.encryptionKey) {
      const key = this.encryptionKey;
      const keyAdded = billingWriterStatements(writerInput, 'key').map((st) => key.addToResourcePolicy(st).statementAdded);
      if (keyAdded.some((a) => !a)) {
        Annotations.of(this).addWarningV2('finops-integrations:aws.keyPolicy',
          `The KMS key of the bucket '${name}' was not created in this app, so its key policy cannot be extended here. ` +
          `Add these statements to its key policy before deploying, or AWS cannot write the exports:\n${billingWriterPolicyText(textInput, 'key')}`);
      }
    } else if (importedBucket) {
      Annotations.of(this).addWarningV2('finops-integrations:aws.bucketEncryption',
        `The bucket '${name}' was imported without its KMS key. If it uses SSE-KMS, the platform cannot read the exports without kms:Decrypt on that key, ` +
        'and the billing services cannot write them without kms:GenerateDataKey: pass encryptionKey (e.g. kms.Key.fromKeyArn(...)) to grant the first and be shown the key policy for the second.');
    }

    // ---- the exports (seed: "Configure Cost & Usage Report export to S3 bucket (us-east-1 region)") ----
    this.dataExports = [];
    this.reportDefinitions = [];
    const exportArns: string[] = [];
    costExports.forEach((exp, i) => {
      const created = exp._bind(this, `Export-${exp._nameIn(this)}`, {
        bucketName: this.bucket.bucketName,
        bucketRegion,
        prefix: exportPrefixes[i],
        bucketOwner,
        partition: stack.partition,
        accountId: stack.account,
      });
      exportArns.push(created.arn);
      for (const resource of [created.dataExport, created.reportDefinition]) {
        // AWS checks that it may write to the bucket when the export is created: policy first.
        if (resource && this.bucketPolicy) resource.node.addDependency(this.bucketPolicy);
      }
      if (created.dataExport) this.dataExports.push(created.dataExport);
      if (created.reportDefinition) this.reportDefinitions.push(created.reportDefinition);
    });

    // ---- the permissions (seed: "Create IAM policy with least privilege", "Attach policy to user") ----
    // A customer managed policy: an IAM user's inline policies are limited to 2,048 characters in all.
    const statements = readStatements({
      partition: stack.partition,
      accountId: stack.account,
      bucketArn: this.bucket.bucketArn,
      bucketRegion,
      bucketKeyArn: this.encryptionKey?.keyArn,
      commonPrefix,
      exportPrefixes,
      dataExportArns: this.dataExports.map((e) => e.attrExportArn),
      legacyCur: writers.legacyCur,
      principalArn: this.principalArn,
    });
    this.readPolicy = this.attachedPolicy('ReadPolicy', 'FinOps platform: read Cost & Usage exports and organization structure', statements);
    if (props.recommendations) {
      this.recommendationsPolicy = this.attachedPolicy('RecommendationsPolicy',
        'FinOps platform: read Compute Optimizer, Cost Optimization Hub, Cost Explorer and Trusted Advisor recommendations',
        recommendationStatements({ partition: stack.partition, accountId: stack.account }));
    }

    // ---- region guard for stacks whose region is only known at deploy time ----
    if (Token.isUnresolved(stack.region)) {
      this.regionRule = new CfnRule(this, 'RegionRule', {
        assertions: [{
          assert: Fn.conditionEquals(Aws.REGION, EXPORT_REGION),
          assertDescription: `finops-integrations AwsBillingIntegration must be deployed in ${EXPORT_REGION}: CUR reports and Data Exports can only be created there.`,
        }],
      });
    }

    // ---- the outputs bundle (seed: "Provide bucket path and credentials to the platform") ----
    const costOrchestrator: AwsCostOrchestrator = {
      accountId: stack.account,
      principalArn: this.principalArn,
      ...who.bundleFields,
      bucket: { name: this.bucket.bucketName, region: bucketRegion, prefix: commonPrefix },
      exports: costExports.map((e, i): AwsBundleExport => ({
        type: e.exportType.value, name: e._nameIn(this), prefix: exportPrefixes[i], format: e.format.value, arn: exportArns[i],
      })),
    };
    this.manualSteps = base.manualSteps ?? [];
    this.outputs = { ...base, costOrchestrator };
    this.bundle = stack.toJsonString(this.outputs);
    if (props.emitOutputs) this.bundleOutput = this.emitOutputs(props.bundleOutputName);
  }

  /**
   * Let `grantee` read the secret that holds the access key (IAM user mode), e.g. the function that
   * registers the bundle with the platform.
   */
  public grantReadAccessKey(grantee: iam.IGrantable): iam.Grant {
    if (!this.accessKeySecret) {
      throw propError(this, 'access', 'must be AwsPlatformAccess.iamUser() for grantReadAccessKey(): a role has no access key', 'role');
    }
    return this.accessKeySecret.grantRead(grantee);
  }

  /**
   * The owner of a supplied bucket, when it is known to be another account than the stack's; or undefined.
   * A legacy CUR report cannot deliver there: fail.
   */
  private checkBucketOwner(bucket: s3.IBucket | undefined, exports: AwsCostExport[]): string | undefined {
    const stackAccount = Stack.of(this).account;
    const owner = bucket?.env.account;
    if (owner === undefined || Token.isUnresolved(owner) || Token.isUnresolved(stackAccount) || owner === stackAccount) return undefined;
    const legacy = exports.findIndex((e) => e._writers.legacyCur);
    if (legacy >= 0) {
      // "The account that creates the Cost and Usage Report must also own the Amazon S3 bucket"
      // (https://docs.aws.amazon.com/cur/latest/userguide/cur-consolidated-billing.html); Data Exports can
      // deliver to another account's bucket given its owner (dataexports-s3-bucket.html), hence CUR 2.0.
      throw propError(this, 'bucket',
        `must belong to the stack's account (${stackAccount}) when exports[${legacy}] is a legacy CUR report, which AWS delivers only to the creating account's buckets (use AwsCostExport.cur2() for a bucket of another account); its account is`,
        owner);
    }
    return owner;
  }

  /** Validate the exports; return each one's full prefix. */
  private checkExports(list: AwsCostExport[], commonPrefix: string): string[] {
    if (list.length === 0) throw propError(this, 'exports', 'must hold at least one export', []);
    const full = list.map((e, i) => {
      checkUnionLike(this, `exports[${i}]`, e, 'AwsCostExport.cur2()');
      const p = commonPrefix === '' ? e.prefix : `${commonPrefix}/${e.prefix}`;
      e._validate(this, `exports[${i}]`, p);
      return p;
    });
    list.forEach((e, i) => {
      for (let j = 0; j < i; j++) {
        if (list[j]._nameIn(this) === e._nameIn(this)) {
          throw propError(this, `exports[${i}].name`, `must be unique among the exports (exports[${j}] has it too)`, e._nameIn(this));
        }
        if (full[j] === full[i]) {
          throw propError(this, `exports[${i}].prefix`, `must be unique among the exports (exports[${j}] writes to '${full[j]}' too)`, e.prefix);
        }
        const [outer, inner] = full[i].length < full[j].length ? [full[i], full[j]] : [full[j], full[i]];
        if (inner.startsWith(`${outer}/`)) {
          throw propError(this, `exports[${i}].prefix`, `must not contain or be inside another export's prefix ('${full[i]}' and '${full[j]}' of exports[${j}])`, e.prefix);
        }
      }
    });
    return full;
  }

  /** A customer managed policy attached to the identity, with cdk-nag acknowledgements for its wildcard resources. */
  private attachedPolicy(id: string, description: string, statements: ReadStatement[]): iam.ManagedPolicy {
    const policy = new iam.ManagedPolicy(this, id, { description, statements: statements.map((s) => s.statement) });
    // Attached from the policy's side (its Users/Roles): the policy names the identity's ARN, so the
    // identity must not name the policy (that would be a dependency cycle).
    this.access.attach(policy);
    acknowledgeWildcardResources(policy, statements);
    if (this.user) acknowledgeGuardUserPolicy(policy);
    return policy;
  }

  /**
   * The outputs of `emitOutputs`: the whole bundle under its stable name, and each field (the
   * bundle holds no secret: the access key travels by its secret's ARN).
   */
  private emitOutputs(bundleOutputName: string | undefined): CfnOutput {
    const plan = planBundleOutputs(this, this.outputs, 'cloudformation', bundleOutputName);
    for (const f of plan.fields) {
      new CfnOutput(this, f.name, { key: f.name, value: String(f.value), description: `${f.path} of the finops-integrations bundle` });
    }
    return new CfnOutput(this, plan.bundleOutputName, {
      key: plan.bundleOutputName,
      value: this.bundle,
      description: 'The finops-integrations bundle (JSON, no secret) for the uploader',
    });
  }
}

/** A name for a message: the value, or `placeholder` when it is a token. */
function describeName(value: string, placeholder = '<deploy-time value>'): string {
  return Token.isUnresolved(value) ? placeholder : value;
}

/** The retention of replaced versions in whole days (1 to 3650): checks `value`, 30 when undefined. */
function checkRetention(scope: Construct, prop: string, value: Duration | undefined): number {
  if (value === undefined) return 30;
  const days = value.toDays({ integral: false });
  if (Token.isUnresolved(days)) return value.toDays();
  if (!Number.isInteger(days) || days < 1 || days > 3650) {
    throw propError(scope, prop, 'must be whole days from 1 to 3650 (S3 lifecycle NoncurrentDays)', value.toHumanString());
  }
  return days;
}

/**
 * aws-cdk-lib's auto-delete custom resource (`autoDeleteObjects`) is a stack-level provider: acknowledge
 * the cdk-nag findings it causes, which are aws-cdk-lib's design, not this construct's.
 */
function acknowledgeAutoDeleteProvider(stack: Stack): void {
  const provider = stack.node.tryFindChild('Custom::S3AutoDeleteObjectsCustomResourceProvider');
  if (!provider) return;
  acknowledge(provider, 'AwsSolutions-IAM4', "aws-cdk-lib's auto-delete custom resource provider (autoDeleteObjects) uses the AWS managed policy AWSLambdaBasicExecutionRole for its logs.");
  acknowledge(provider, 'AwsSolutions-L1', "aws-cdk-lib's auto-delete custom resource provider (autoDeleteObjects) chooses its own Lambda runtime.");
  acknowledgeGuard(provider, 'lambda_inside_vpc_check', "CT.LAMBDA.PR.3: aws-cdk-lib's auto-delete custom resource provider (autoDeleteObjects) calls only the S3 API, when the stack is deleted; aws-cdk-lib gives it no VPC option.");
  // cfn-lint W3005: aws-cdk-lib writes a DependsOn on the role that the handler's GetAtt already implies;
  // harmless, and not this construct's to change. cfn-lint reads resource-level ignores from this metadata
  // (https://github.com/aws-cloudformation/cfn-lint#metadata).
  const handler = provider.node.tryFindChild('Handler');
  if (handler instanceof CfnResource) handler.addMetadata('cfn-lint', { config: { ignore_checks: ['W3005'] } });
}
