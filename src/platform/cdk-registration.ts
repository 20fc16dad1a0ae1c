import * as path from 'path';
import { CfnResource, CustomResource, Duration, Token, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { PlatformRegistrationProps } from './cdk-registration-props';
import { checkBundleProp, checkOrgProp, checkPlatformUrlProp } from './registration-checks';
import { propError } from '../core/errors';
import { redactBundle } from '../core/redact-bundle';

/** The handler bundled at the library's build (build-tools/bundle-handler.js); same depth from src/ and lib/. */
const HANDLER_ASSET = path.join(__dirname, '..', '..', 'assets', 'platform-registration');

/**
 * Registers a bundle with the FinOps platform from an AWS CDK stack: a custom resource whose
 * handler (bundled in this package: no esbuild or Docker needed at synth) puts the org, the
 * integration and its recommendations on Create and Update, and deletes the integration on Delete.
 *
 * Only ARNs are in the template: the handler reads the platform token and the secrets the bundle
 * names (the access key) from Secrets Manager at deploy time, and its role may read exactly those
 * secrets and write its own log group. It never logs a secret.
 *
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-custom-resources.html
 * @example
 * const billing = new AwsBillingIntegration(stack, 'Billing', { orgSlug: 'acme-aws' });
 * new PlatformRegistration(stack, 'Platform', {
 *   bundle: billing.bundle,
 *   platformUrl: 'https://finops.example.com',
 *   platformToken: secretsmanager.Secret.fromSecretNameV2(stack, 'Token', 'finops/platform-token'),
 *   bundleSecrets: billing.accessKeySecret ? [billing.accessKeySecret] : [],
 * });
 */
export class PlatformRegistration extends Construct {
  /** The custom resource (`Custom::FinopsPlatformRegistration`). */
  public readonly resource: CustomResource;
  /** The handler function. */
  public readonly handler: lambda.Function;
  /** The handler's role: reads the token and the bundle's secrets, writes its log group. */
  public readonly role: iam.Role;
  /** The handler's log group. */
  public readonly logGroup: logs.LogGroup;
  /** The integration id the platform registered (`GetAtt IntegrationId`). */
  public readonly integrationId: string;

  constructor(scope: Construct, id: string, props: PlatformRegistrationProps) {
    super(scope, id);
    checkPlatformUrlProp(this, props.platformUrl);
    checkOrgProp(this, props.org);
    checkBundleProp(this, props.bundle, props.org);
    if (!Token.isUnresolved(props.bundle) && JSON.stringify(redactBundle(JSON.parse(props.bundle))) !== JSON.stringify(JSON.parse(props.bundle))) {
      throw propError(this, 'bundle', 'must hold no secret value (it is in the template): keep secrets in Secrets Manager and name them by ARN', 'a bundle with a secret value');
    }
    const timeout = props.timeout ?? Duration.minutes(5);
    if (!Token.isUnresolved(timeout.toSeconds()) && (timeout.toSeconds() < 30 || timeout.toSeconds() > 900)) {
      throw propError(this, 'timeout', 'must be between 30 seconds and 15 minutes (the Lambda maximum)', `${timeout.toSeconds()} seconds`);
    }

    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.ONE_YEAR });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'finops-integrations PlatformRegistration handler: reads the platform token and the bundle\'s secrets, writes its logs',
    });
    // Its own log group only (no AWSLambdaBasicExecutionRole, which allows every log group).
    this.role.addToPrincipalPolicy(new iam.PolicyStatement({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [this.logGroup.logGroupArn],
    }));
    // The platform token and the secrets the bundle names: secretsmanager:GetSecretValue and DescribeSecret on exactly those.
    props.platformToken.grantRead(this.role);
    for (const s of props.bundleSecrets ?? []) s.grantRead(this.role);

    this.handler = new lambda.Function(this, 'Handler', {
      // Node.js 22: supported by Lambda (20 is deprecated); the handler is built for node20+ syntax.
      runtime: lambda.Runtime.NODEJS_22_X,
      code: lambda.Code.fromAsset(HANDLER_ASSET),
      handler: 'lib/platform/registration-handler.handler',
      role: this.role,
      logGroup: this.logGroup,
      timeout,
      memorySize: 256,
      description: 'finops-integrations: registers an outputs bundle with the FinOps platform',
    });
    this.handler.node.addDependency(this.role);
    // cfn-lint W3005: aws-cdk-lib writes a DependsOn on the role that the handler's GetAtt already implies
    // (the DependsOn also covers the role's policy, which the handler needs from its first run).
    (this.handler.node.defaultChild as CfnResource).addMetadata('cfn-lint', { config: { ignore_checks: ['W3005'] } });

    this.resource = new CustomResource(this, 'Resource', {
      serviceToken: this.handler.functionArn,
      resourceType: 'Custom::FinopsPlatformRegistration',
      properties: {
        Bundle: props.bundle,
        PlatformUrl: props.platformUrl,
        TokenSecretArn: props.platformToken.secretArn,
        ...(props.org !== undefined ? { Org: props.org } : {}),
        ...(props.financialStructureCsv !== undefined ? { FinancialStructureCsv: props.financialStructureCsv } : {}),
      },
    });
    this.integrationId = this.resource.getAttString('IntegrationId');
    Validations.of(this.handler).acknowledge({
      id: 'AwsSolutions-L1',
      reason: 'Node.js 22 is a runtime Lambda supports; the bundled handler is built and tested for it. A newer runtime comes with a release of this library.',
    });
    // cfn-guard (AWS Control Tower proactive controls, the CfnGuardValidator policy validation plugin):
    // its findings are acknowledged as `<plugin name>::<rule name>` (test/aws/cfn-guard.test.ts).
    Validations.of(this.handler).acknowledge({
      id: 'cdk-validator-cfnguard::lambda_inside_vpc_check',
      reason: 'CT.LAMBDA.PR.3: the handler calls the FinOps platform\'s HTTPS API on the internet and Secrets Manager; in a VPC it would need a NAT gateway or endpoints that this construct cannot assume.',
    });
    Validations.of(this.logGroup).acknowledge({
      id: 'cdk-validator-cfnguard::cloudwatch_log_group_encrypted_check',
      reason: 'CT.CLOUDWATCH.PR.3: the handler logs no secret value (the token and the bundle\'s secrets are read, never written); CloudWatch Logs encrypts log data at rest with its own keys.',
    });
  }
}
