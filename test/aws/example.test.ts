import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { evaluate, nagViolations, output } from './helpers';
import { BillingStack } from '../../examples/aws-cdk/billing-stack';
import { validateBundle } from '../../src/core';

// The example imports the package entry point, which resolves to the compiled lib/; here it is the source.
jest.mock('finops-integrations/aws', () => jest.requireActual('../../src/aws'), { virtual: true });

/** The scenario of examples/aws-cdk/main.ts, synthesized as `cdk synth` does (offline, placeholder IDs). */
describe('examples/aws-cdk', () => {
  const app = new App();
  const stack = new BillingStack(app, 'FinopsBillingAws', { env: { account: '123456789012', region: 'us-east-1' } });
  const template = Template.fromStack(stack);

  test('maps every seed AWS step to a resource or output', () => {
    // "Create IAM user and save ARN."
    template.resourceCountIs('AWS::IAM::User', 1);
    expect(output(template, 'FinopsAwsPrincipalArn')).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^FinopsBillingUser/), 'Arn'] });
    // "Configure Cost & Usage Report export to S3 bucket (us-east-1 region)."
    template.resourceCountIs('AWS::S3::Bucket', 1);
    template.resourceCountIs('AWS::BCMDataExports::Export', 2);
    // "Create IAM policy with least privilege (S3 access, organization listing, IAM simulation)." + "Attach policy to user."
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 2);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', { Users: [{ Ref: Match.stringLikeRegexp('^FinopsBillingUser') }] });
    // "Generate access key and download CSV file." (into Secrets Manager instead of a CSV)
    template.resourceCountIs('AWS::IAM::AccessKey', 1);
    template.resourceCountIs('AWS::SecretsManager::Secret', 1);
    // "Provide bucket path and credentials to the platform."
    const bundle = JSON.parse(evaluate(template.toJSON(), output(template, 'FinopsAwsBundle')));
    expect(validateBundle(bundle)).toEqual({ valid: true, problems: [] });
    expect(bundle.costOrchestrator.bucket).toEqual({ name: 'finops-bucket-abc123', region: 'us-east-1', prefix: 'finops' });
  });

  test('has exactly the resources the seed steps need', () => {
    expect(Object.values(template.toJSON().Resources).map((r: any) => r.Type).sort()).toEqual([
      'AWS::BCMDataExports::Export', 'AWS::BCMDataExports::Export', // CUR 2.0 and FOCUS
      'AWS::IAM::AccessKey', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::ManagedPolicy', // read + recommendations
      'AWS::IAM::User', 'AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::SecretsManager::Secret',
    ]);
  });

  test('has no cdk-nag finding', () => {
    expect(nagViolations(app)).toEqual([]);
  });

  test('synthesizes a cloud assembly', () => {
    expect(app.synth().getStackByName('FinopsBillingAws').template.Resources).toBeDefined();
  });
});
