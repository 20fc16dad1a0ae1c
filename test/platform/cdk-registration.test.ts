import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { AwsBillingIntegration } from '../../src/aws';
import { PlatformRegistration, PlatformRegistrationProps } from '../../src/platform';
import { acknowledgements, nagViolations } from '../aws/helpers';
import { fixture } from '../core/fixtures';

/** The CDK PlatformRegistration: the template it synthesizes, its least-privilege role, cdk-nag. */

const URL = 'https://finops.example.com';

function build(props: Partial<PlatformRegistrationProps> = {}) {
  const app = new App();
  const stack = new Stack(app, 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
  const billing = new AwsBillingIntegration(stack, 'Billing', { orgSlug: 'acme-aws' });
  const token = secretsmanager.Secret.fromSecretCompleteArn(stack, 'Token', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:finops/platform-token-AbCdEf');
  const registration = new PlatformRegistration(stack, 'Platform', {
    bundle: billing.bundle,
    platformUrl: URL,
    platformToken: token,
    bundleSecrets: [billing.accessKeySecret!],
    ...props,
  });
  return { stack, billing, registration, template: Template.fromStack(stack) };
}

describe('PlatformRegistration (CDK)', () => {
  test('a custom resource with the bundle, the URL and only the token\'s ARN', () => {
    const { template, stack, billing } = build();
    const [cr] = Object.values<any>(template.findResources('Custom::FinopsPlatformRegistration'));
    expect(cr.Properties).toEqual({
      ServiceToken: { 'Fn::GetAtt': [expect.stringMatching(/^PlatformHandler/), 'Arn'] },
      Bundle: stack.resolve(billing.bundle),
      PlatformUrl: URL,
      TokenSecretArn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:finops/platform-token-AbCdEf',
    });
    // No secret value anywhere in the template: the access key's secret appears only as the secret's own GetAtt.
    const text = JSON.stringify(template.toJSON());
    expect(text).not.toMatch(/"secretAccessKey"\s*:/);
  });

  test('the handler: Node.js 22, bundled code, its own role and log group, a total timeout', () => {
    const { template } = build({ timeout: Duration.minutes(3) });
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs22.x',
      Handler: 'lib/platform/registration-handler.handler',
      Timeout: 180,
      LoggingConfig: { LogGroup: { Ref: Match.stringLikeRegexp('^PlatformLogs') } },
    });
    expect(template.findResources('AWS::IAM::Role', { Properties: { ManagedPolicyArns: expect.anything() as any } })).toEqual({});
  });

  test('least privilege: reads exactly the token and the access key secret, writes only its log group', () => {
    const { template, stack, billing } = build();
    const policies = Object.values<any>(template.findResources('AWS::IAM::Policy')).filter((p) => JSON.stringify(p.Properties.Roles).includes('PlatformRole'));
    expect(policies).toHaveLength(1);
    const statements = policies[0].Properties.PolicyDocument.Statement.map((st: any) => ({ ...st, Action: [st.Action].flat().sort() }));
    expect(statements).toEqual([
      { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: { 'Fn::GetAtt': [expect.stringMatching(/^PlatformLogs/), 'Arn'] } },
      { Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:finops/platform-token-AbCdEf' },
      { Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: stack.resolve(billing.accessKeySecret!.secretArn) },
    ]);
  });

  test('cdk-nag AwsSolutions: no finding, and the one acknowledgement has its reason', () => {
    const { stack, registration } = build();
    expect(nagViolations(stack).filter((v) => v.paths.some((p) => p.includes('/Platform/')))).toEqual([]);
    expect(acknowledgements(registration)).toEqual([{ path: 'Stack/Platform/Handler', id: 'AwsSolutions-L1', reason: expect.stringContaining('Node.js 22') }]);
  });

  test.each([
    [{ platformUrl: 'http://finops.example.com' }, /Stack\/Platform: 'platformUrl' must use https:\/\//],
    [{ org: 'ACME' }, /Stack\/Platform: 'org' must be 1 to 63 lowercase letters/],
    [{ timeout: Duration.minutes(20) }, /Stack\/Platform: 'timeout' must be between 30 seconds and 15 minutes .*; got '1200 seconds'/],
    [{ bundle: JSON.stringify({ ...fixture('gcp-key') }) }, /Stack\/Platform: 'bundle' must hold no secret value \(it is in the template\)/],
    [{ bundle: '{}' }, /Stack\/Platform: 'bundle' must be a valid finops-integrations\/bundle\/v1 document/],
  ])('fails at synth on a wrong prop (%#)', (props, message) => {
    expect(() => build(props as Partial<PlatformRegistrationProps>)).toThrow(message);
  });

  test('the secret of a bundle with one is not in the synth error', () => {
    expect(() => build({ bundle: JSON.stringify(fixture('gcp-key')) })).not.toThrow(/PRIVATE KEY/);
  });
});
