import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { S3_LOGS_USE_BUCKET_POLICY } from './combinations';
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
    stack.node.setContext(S3_LOGS_USE_BUCKET_POLICY, true);
    const logs = new s3.Bucket(stack, 'Logs', { enforceSSL: true });
    new AwsBillingIntegration(stack, 'Billing', { serverAccessLogsBucket: logs, noncurrentVersionRetention: Duration.days(90) });
    Template.fromStack(stack).hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: { DestinationBucketName: { Ref: Match.stringLikeRegexp('^Logs') }, LogFilePrefix: 'finops-billing-exports/' },
      LifecycleConfiguration: { Rules: [Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 90 } })] },
    });
  });
});

describe('SSE-KMS buckets', () => {
  const keyStatements = (template: Template) => {
    const key = Object.values(template.findResources('AWS::KMS::Key'))[0] as any;
    return key.Properties.KeyPolicy.Statement.filter((s: any) => s.Principal?.Service);
  };

  test("a key of the same app: its policy lets each billing service encrypt, with the bucket policy's conditions", () => {
    const { stack } = newStack();
    const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
    const bucket = new s3.Bucket(stack, 'Mine', { encryptionKey: key, enforceSSL: true });
    const integration = new AwsBillingIntegration(stack, 'Billing', { bucket, exports: [AwsCostExport.cur2(), AwsCostExport.legacyCur()] });
    const template = Template.fromStack(stack);
    expect(integration.encryptionKey).toBe(key);
    expect(keyStatements(template)).toEqual([
      {
        Sid: 'AllowBcmDataExportsWriteEncrypted',
        Effect: 'Allow',
        Principal: { Service: 'bcm-data-exports.amazonaws.com' },
        Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
        Resource: '*',
        Condition: { StringLike: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': sourceArn('bcm-data-exports', 'export/*') } },
      },
      {
        Sid: 'AllowLegacyCurWriteEncrypted',
        Effect: 'Allow',
        Principal: { Service: 'billingreports.amazonaws.com' },
        Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
        Resource: '*',
        Condition: { StringLike: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': sourceArn('cur', 'definition/*') } },
      },
    ]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('key policy|KMS key'))).toEqual([]);
  });

  test('an imported bucket with encryptionKey (imported key): decrypt is granted, and a warning shows the key policy statements', () => {
    const { stack } = newStack();
    const bucket = s3.Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'acme-billing', region: 'us-east-1' });
    const encryptionKey = kms.Key.fromKeyArn(stack, 'Key', `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`);
    new AwsBillingIntegration(stack, 'Billing', { bucket, encryptionKey });
    Template.fromStack(stack).hasResourceProperties('AWS::IAM::ManagedPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'DecryptExportObjects', Resource: encryptionKey.keyArn })]) },
    });
    const [warning] = Annotations.fromStack(stack).findWarning('/Stack/Billing', Match.stringLikeRegexp('its key policy cannot be extended'));
    const text = warning.entry.data as string;
    const json = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1));
    expect(json.Statement).toEqual([expect.objectContaining({
      Principal: { Service: 'bcm-data-exports.amazonaws.com' },
      Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
      Resource: ['*'],
      Condition: { StringLike: { 'aws:SourceAccount': ACCOUNT, 'aws:SourceArn': `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/*` } },
    })]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('imported without its KMS key'))).toEqual([]);
  });

  test('an imported bucket without a key: warns that SSE-KMS objects need kms:Decrypt, naming encryptionKey', () => {
    const { stack } = newStack();
    new AwsBillingIntegration(stack, 'Billing', { bucket: s3.Bucket.fromBucketName(stack, 'Existing', 'acme-billing') });
    const warnings = Annotations.fromStack(stack).findWarning('/Stack/Billing', Match.stringLikeRegexp('imported without its KMS key'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].entry.data).toMatch(/cannot read the exports without kms:Decrypt.*pass encryptionKey/);
  });

  test('a bucket of the same app with S3-managed keys: no encryption warning, no key policy', () => {
    const { stack } = newStack();
    new AwsBillingIntegration(stack, 'Billing', { bucket: new s3.Bucket(stack, 'Mine', { enforceSSL: true }) });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('KMS key'))).toEqual([]);
  });
});

describe('a bucket owned by another account', () => {
  const otherAccount = '210987654321';
  const crossAccount = (exports?: AwsCostExport[]) => {
    const { stack } = newStack();
    const bucket = s3.Bucket.fromBucketAttributes(stack, 'Central', { bucketName: 'acme-central-billing', account: otherAccount, region: 'eu-west-1' });
    const integration = new AwsBillingIntegration(stack, 'Billing', { bucket, exports });
    return { stack, integration, template: Template.fromStack(stack) };
  };

  test("Data Exports: each export names the bucket's owner (S3BucketOwner), and the bucket-policy warning lists the statements", () => {
    const { stack, template } = crossAccount([AwsCostExport.cur2(), AwsCostExport.focus()]);
    const exports = Object.values(template.findResources('AWS::BCMDataExports::Export')) as any[];
    expect(exports.map((e) => e.Properties.Export.DestinationConfigurations.S3Destination.S3BucketOwner)).toEqual([otherAccount, otherAccount]);
    expect(Annotations.fromStack(stack).findWarning('/Stack/Billing', Match.stringLikeRegexp('policy cannot be extended'))).toHaveLength(1);
  });

  test("a bucket of the stack's own account gets no S3BucketOwner", () => {
    const { template } = synth();
    const [exp] = Object.values(template.findResources('AWS::BCMDataExports::Export')) as any[];
    expect(exp.Properties.Export.DestinationConfigurations.S3Destination.S3BucketOwner).toBeUndefined();
  });

  test('fails if an export is a legacy CUR report (it cannot deliver to another account)', () => {
    expect(() => crossAccount([AwsCostExport.legacyCur()]))
      .toThrow(/'bucket' must belong to the stack's account \(123456789012\) when exports\[0\] is a legacy CUR report.*; got '210987654321'$/);
  });
});

describe('a bucket imported without a region', () => {
  test('warns that the exports take the stack region, naming fromBucketAttributes({ region })', () => {
    const { stack } = newStack();
    const integration = new AwsBillingIntegration(stack, 'Billing', { bucket: s3.Bucket.fromBucketName(stack, 'Existing', 'acme-billing') });
    const warnings = Annotations.fromStack(stack).findWarning('/Stack/Billing', Match.stringLikeRegexp('imported without a region'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].entry.data).toContain("s3.Bucket.fromBucketAttributes(this, 'Bucket', { bucketName, region })");
    expect(warnings[0].entry.data).toContain("stack's region (us-east-1)");
    expect(integration.outputs.costOrchestrator.bucket.region).toBe('us-east-1');
  });

  test('imported with another region: no region warning', () => {
    const { stack } = newStack();
    new AwsBillingIntegration(stack, 'Billing', { bucket: s3.Bucket.fromBucketAttributes(stack, 'Existing', { bucketName: 'acme-billing', region: 'eu-west-1' }) });
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('imported without a region'))).toEqual([]);
  });
});

describe('removalPolicy and autoDeleteObjects', () => {
  test('DESTROY with autoDeleteObjects: the bucket is deleted and emptied first by the aws-cdk-lib custom resource', () => {
    const { template } = synth({ removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true });
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete', UpdateReplacePolicy: 'Delete' });
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 1);
  });

  test('DESTROY alone: deleted when empty, no custom resource', () => {
    const { template } = synth({ removalPolicy: RemovalPolicy.DESTROY });
    template.hasResource('AWS::S3::Bucket', { DeletionPolicy: 'Delete' });
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });
});
