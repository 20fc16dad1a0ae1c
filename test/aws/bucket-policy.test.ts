import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, newStack, synth } from './helpers';
import { AwsBillingIntegration, AwsCostExport } from '../../src/aws';

const bucketArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^BillingBucket'), 'Arn'] };
const objectsArn = { 'Fn::Join': ['', [bucketArn, '/*']] };
const sourceArn = (service: string, resource: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${service}:us-east-1:${ACCOUNT}:${resource}`]] });

/** The Allow statements of the bucket policy (the Deny ones are SSL and TLS enforcement). */
function allowStatements(template: Template): any[] {
  const policy = Object.values(template.findResources('AWS::S3::BucketPolicy'))[0] as any;
  return policy.Properties.PolicyDocument.Statement.filter((s: any) => s.Effect === 'Allow');
}

describe('bucket policy for the billing services', () => {
  test('CUR 2.0 only: Data Exports may write, with aws:SourceAccount and aws:SourceArn; the legacy CUR service may not', () => {
    const { template } = synth();
    const allows = allowStatements(template);
    expect(allows).toHaveLength(1);
    Template.fromJSON({ Resources: { P: { Type: 'X', Properties: { S: allows[0] } } } }).hasResourceProperties('X', {
      S: {
        Sid: 'AllowBcmDataExportsWrite',
        Effect: 'Allow',
        Principal: { Service: 'bcm-data-exports.amazonaws.com' },
        Action: ['s3:PutObject', 's3:GetBucketPolicy'],
        Resource: [objectsArn, bucketArn],
        Condition: { StringLike: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': sourceArn('bcm-data-exports', 'export/*') } },
      },
    });
  });

  test('legacy CUR only: billingreports may write, scoped to report definitions; Data Exports may not', () => {
    const { template } = synth({ exports: [AwsCostExport.legacyCur()] });
    const allows = allowStatements(template);
    expect(allows.map((s) => s.Principal.Service)).toEqual(['billingreports.amazonaws.com']);
    expect(allows[0].Action).toEqual(['s3:PutObject', 's3:GetBucketPolicy', 's3:GetBucketAcl']);
    expect(allows[0].Condition).toEqual({ StringLike: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': sourceArn('cur', 'definition/*') } });
  });

  test('FOCUS and legacy CUR: one statement per service', () => {
    const { template } = synth({ exports: [AwsCostExport.focus(), AwsCostExport.legacyCur()] });
    expect(allowStatements(template).map((s) => s.Sid)).toEqual(['AllowBcmDataExportsWrite', 'AllowLegacyCurWrite']);
  });
});

describe('a supplied bucket', () => {
  test('imported: creates no bucket and no policy, and warns with the statements to add', () => {
    const { stack } = newStack();
    const bucket = s3.Bucket.fromBucketName(stack, 'Existing', 'acme-billing');
    const integration = new AwsBillingIntegration(stack, 'Billing', { bucket, exports: [AwsCostExport.cur2(), AwsCostExport.legacyCur()] });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::S3::Bucket', 0);
    template.resourceCountIs('AWS::S3::BucketPolicy', 0);
    expect(integration.bucketPolicy).toBeUndefined();
    const warnings = Annotations.fromStack(stack).findWarning('/Stack/Billing', Match.stringLikeRegexp('policy cannot be extended'));
    expect(warnings).toHaveLength(1);
    const text = warnings[0].entry.data as string;
    const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
    expect(json.Statement.map((s: any) => [s.Principal.Service, s.Resource, s.Condition.StringLike['aws:SourceArn']])).toEqual([
      ['bcm-data-exports.amazonaws.com', ['arn:aws:s3:::acme-billing/*', 'arn:aws:s3:::acme-billing'], `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/*`],
      ['billingreports.amazonaws.com', ['arn:aws:s3:::acme-billing/*', 'arn:aws:s3:::acme-billing'], `arn:aws:cur:us-east-1:${ACCOUNT}:definition/*`],
    ]);
    expect(text).not.toContain('${Token');
  });

  test('imported into an env-agnostic stack: the warning shows placeholders, not tokens', () => {
    const { stack } = newStack({});
    const bucket = s3.Bucket.fromBucketName(stack, 'Existing', 'acme-billing');
    new AwsBillingIntegration(stack, 'Billing', { bucket });
    const [warning] = Annotations.fromStack(stack).findWarning('/Stack/Billing', Match.stringLikeRegexp('policy cannot be extended'));
    expect(warning.entry.data).toContain('"aws:SourceAccount": "<management-account-id>"');
    expect(warning.entry.data).not.toContain('${Token');
  });

  test('created in the same app: the statements go into its policy, the exports wait for it, no warning', () => {
    const { stack } = newStack();
    const bucket = new s3.Bucket(stack, 'Mine', { enforceSSL: true });
    const integration = new AwsBillingIntegration(stack, 'Billing', { bucket });
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::S3::Bucket', 1);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'AllowBcmDataExportsWrite' })]) },
    });
    template.hasResource('AWS::BCMDataExports::Export', { DependsOn: [Match.stringLikeRegexp('^MinePolicy')] });
    expect(integration.bucketPolicy).toBe(bucket.policy);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('policy cannot be extended'))).toEqual([]);
  });

  test('encrypted with a KMS key: the identity may decrypt with that key, through S3 only', () => {
    const { stack } = newStack();
    const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
    const bucket = new s3.Bucket(stack, 'Mine', { encryptionKey: key, enforceSSL: true });
    new AwsBillingIntegration(stack, 'Billing', { bucket });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([{
          Sid: 'DecryptExportObjects',
          Effect: 'Allow',
          Action: 'kms:Decrypt',
          Resource: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Key'), 'Arn'] },
          Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } },
        }]),
      },
    });
  });
});

describe('server access logs', () => {
  test('serverAccessLogsBucket turns on access logging of the new bucket', () => {
    const { stack } = newStack();
    const logs = new s3.Bucket(stack, 'Logs', { enforceSSL: true });
    new AwsBillingIntegration(stack, 'Billing', { serverAccessLogsBucket: logs, noncurrentVersionRetentionDays: 90 });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^Logs') }, LogFilePrefix: 'finops-billing-exports/' },
      LifecycleConfiguration: { Rules: [Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 } })] },
    });
  });
});
