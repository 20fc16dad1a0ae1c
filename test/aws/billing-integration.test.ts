import { Match, Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, PLATFORM_ACCOUNT, evaluate, newStack, output, synth } from './helpers';
import { AwsBillingIntegration, AwsCostExport, AwsExportFormat, AwsPlatformAccess } from '../../src/aws';
import { BundleSchema, validateBundle } from '../../src/core';

describe('AwsBillingIntegration with defaults', () => {
  const { template, integration } = synth();

  test('creates exactly the seed resources: bucket and its policy, user, access key, secret, one CUR 2.0 export, read policy', () => {
    const types = Object.values(template.toJSON().Resources).map((r: any) => r.Type).sort();
    expect(types).toEqual([
      'AWS::BCMDataExports::Export',
      'AWS::IAM::AccessKey',
      'AWS::IAM::ManagedPolicy',
      'AWS::IAM::User',
      'AWS::S3::Bucket',
      'AWS::S3::BucketPolicy',
      'AWS::SecretsManager::Secret',
    ]);
  });

  test('the new bucket blocks public access, enforces owner ownership, encrypts, versions and is retained', () => {
    template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        VersioningConfiguration: { Status: 'Enabled' },
        LifecycleConfiguration: { Rules: [Match.objectLike({ NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' })] },
      }),
    });
  });

  test('the bucket policy denies requests without SSL and below TLS 1.2', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } }),
        ]),
      },
    });
  });

  test('the CUR 2.0 export is hourly, with resource IDs, in Parquet, under finops/cur2, and waits for the bucket policy', () => {
    template.hasResource('AWS::BCMDataExports::Export', {
      DependsOn: [Match.stringLikeRegexp('^BillingBucketPolicy')],
      Properties: {
        Export: Match.objectLike({
          Name: 'finops-cur2',
          DataQuery: {
            QueryStatement: Match.stringLikeRegexp('^SELECT .*line_item_resource_id.* FROM COST_AND_USAGE_REPORT$'),
            TableConfigurations: {
              COST_AND_USAGE_REPORT: {
                TIME_GRANULARITY: 'HOURLY',
                INCLUDE_RESOURCES: 'TRUE',
                INCLUDE_SPLIT_COST_ALLOCATION_DATA: 'FALSE',
                INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY: 'FALSE',
              },
            },
          },
          DestinationConfigurations: {
            S3Destination: {
              S3Bucket: { Ref: Match.stringLikeRegexp('^BillingBucket') },
              S3Prefix: 'finops/cur2',
              S3Region: 'us-east-1',
              S3OutputConfigurations: { Compression: 'PARQUET', Format: 'PARQUET', OutputType: 'CUSTOM', Overwrite: 'OVERWRITE_REPORT' },
            },
          },
          RefreshCadence: { Frequency: 'SYNCHRONOUS' },
        }),
      },
    });
  });

  test('exposes every created resource as an attribute', () => {
    expect(integration.bucket).toBeDefined();
    expect(integration.bucketPolicy).toBeDefined();
    expect(integration.user).toBeDefined();
    expect(integration.accessKey).toBeDefined();
    expect(integration.accessKeySecret).toBeDefined();
    expect(integration.identity).toBe(integration.user);
    expect(integration.role).toBeUndefined();
    expect(integration.readPolicy).toBeDefined();
    expect(integration.recommendationsPolicy).toBeUndefined();
    expect(integration.dataExports).toHaveLength(1);
    expect(integration.reportDefinitions).toHaveLength(0);
    expect(integration.regionRule).toBeUndefined(); // the region is known: checked at synth
  });

  test('emits no stack outputs unless asked', () => {
    expect(template.toJSON().Outputs ?? {}).toEqual({});
  });
});

describe('outputs bundle', () => {
  test('outputs is the AwsBillingBundle struct: IAM user mode carries the secret ARN, never the secret', () => {
    const { integration, stack } = synth({ orgSlug: 'acme-aws', orgDisplayName: 'ACME on AWS', recommendations: true });
    const o = integration.outputs;
    expect(o.schema).toBe(BundleSchema.V1);
    expect(o.provider).toBe('aws');
    expect(o.integrationId).toBe(`aws-${ACCOUNT}`);
    expect(o.org).toEqual({ slug: 'acme-aws', displayName: 'ACME on AWS' });
    expect(o.recommendations).toEqual({ enabled: true });
    const c = o.costOrchestrator;
    expect(c.accountId).toBe(ACCOUNT);
    expect(stack.resolve(c.principalArn)).toEqual({ 'Fn::GetAtt': [stack.getLogicalId(integration.user!.node.defaultChild as any), 'Arn'] });
    expect(stack.resolve(c.accessKeyId)).toEqual({ Ref: stack.getLogicalId(integration.accessKey!.node.defaultChild as any) });
    expect(stack.resolve(c.secretAccessKeySecretArn)).toEqual({ Ref: stack.getLogicalId(integration.accessKeySecret!.node.defaultChild as any) });
    expect(c.secretAccessKey).toBeUndefined();
    expect(c.roleArn).toBeUndefined();
    expect(c.externalId).toBeUndefined();
    expect(c.bucket.prefix).toBe('finops');
    expect(c.bucket.region).toBe('us-east-1');
    expect(c.exports).toEqual([{ type: 'CUR2', name: 'finops-cur2', prefix: 'finops/cur2', format: 'PARQUET' }]);
  });

  test('role mode carries the role ARN and ExternalId and no key', () => {
    const { integration } = synth({ access: AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a' }) });
    const c = integration.outputs.costOrchestrator;
    expect(c.roleArn).toBe(integration.role!.roleArn);
    expect(c.principalArn).toBe(integration.role!.roleArn);
    expect(c.externalId).toBe('acme-7f3c2a');
    expect(Object.keys(c)).not.toEqual(expect.arrayContaining(['accessKeyId']));
    expect(Object.keys(c)).not.toEqual(expect.arrayContaining(['secretAccessKeySecretArn']));
  });

  test.each([
    ['IAM user', {}],
    ['role', { access: AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a' }) }],
    ['every export type', { exports: [AwsCostExport.cur2(), AwsCostExport.focus(), AwsCostExport.legacyCur({ format: AwsExportFormat.CSV })], recommendations: true }],
  ])('with emitOutputs (%s), the Bundle output resolves to a schema-valid bundle', (_, props) => {
    const { template } = synth({ ...props, emitOutputs: true, orgSlug: 'acme-aws' });
    const bundle = JSON.parse(evaluate(template.toJSON(), output(template, 'FinopsAwsBundle')));
    expect(validateBundle(bundle)).toEqual({ valid: true, problems: [] });
    expect(bundle.integrationId).toBe(`aws-${ACCOUNT}`);
  });

  test('bundle is the outputs struct as a deploy-time JSON document', () => {
    const { integration, stack } = synth();
    expect(stack.resolve(integration.bundle)).toEqual(stack.resolve(stack.toJsonString(integration.outputs)));
  });

  test('emitOutputs writes one output per non-secret field (IAM user mode)', () => {
    const { template } = synth({ emitOutputs: true });
    const ids = Object.keys(template.toJSON().Outputs).sort();
    expect(ids).toEqual(['AccessKeyId', 'AccountId', 'BucketName', 'BucketPrefix', 'BucketRegion', 'Bundle', 'PrincipalArn', 'SecretAccessKeySecretArn'].map((n) => `FinopsAws${n}`));
    expect(output(template, 'FinopsAwsAccountId')).toBe(ACCOUNT);
    expect(output(template, 'FinopsAwsBucketPrefix')).toBe('finops');
  });

  test('emitOutputs in role mode writes the role ARN and ExternalId instead of the key fields', () => {
    const { template } = synth({ emitOutputs: true, access: AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a' }) });
    const ids = Object.keys(template.toJSON().Outputs).sort();
    expect(ids).toEqual(['AccountId', 'BucketName', 'BucketPrefix', 'BucketRegion', 'Bundle', 'ExternalId', 'PrincipalArn', 'RoleArn'].map((n) => `FinopsAws${n}`));
    expect(output(template, 'FinopsAwsExternalId')).toBe('acme-7f3c2a');
  });

  test('bundleOutputName renames the bundle output and the field outputs after it', () => {
    const { template } = synth({ emitOutputs: true, bundleOutputName: 'ProdBillingBundle' });
    expect(Object.keys(template.toJSON().Outputs)).toEqual(expect.arrayContaining(['ProdBillingBundle', 'ProdBillingAccountId']));
  });

  test('fails if bundleOutputName is not a CloudFormation output name', () => {
    expect(() => synth({ emitOutputs: true, bundleOutputName: 'finops_aws_bundle' }))
      .toThrow(/'bundleOutputName' must be a CloudFormation output name: letters and digits only, starting with a letter; got 'finops_aws_bundle'$/);
  });

  test('manualSteps is empty: every AWS step is declared', () => {
    const { integration } = synth();
    expect(integration.manualSteps).toEqual([]);
    expect(integration.outputs.manualSteps).toBeUndefined();
  });

  test('an env-agnostic stack gets a deploy-time integration id and region', () => {
    const { integration, stack } = synth({}, {});
    expect(stack.resolve(integration.outputs.integrationId)).toEqual({ 'Fn::Join': ['', ['aws-', { Ref: 'AWS::AccountId' }]] });
    expect(stack.resolve(integration.outputs.costOrchestrator.bucket.region)).toEqual({ Ref: 'AWS::Region' });
  });
});

describe('region guard', () => {
  test('an env-agnostic stack gets a CloudFormation rule that fails the deploy outside us-east-1', () => {
    const { template, integration } = synth({}, {});
    expect(integration.regionRule).toBeDefined();
    const rules = template.toJSON().Rules;
    const mine = Object.entries(rules).filter(([k]) => k.startsWith('BillingRegionRule'));
    expect(mine).toHaveLength(1);
    expect(mine[0][1]).toEqual({
      Assertions: [{
        Assert: { 'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'] },
        AssertDescription: expect.stringMatching(/must be deployed in us-east-1/),
      }],
    });
  });

  test('a stack whose region is known gets no rule (checked at synth instead)', () => {
    const { template } = synth();
    expect(Object.keys(template.toJSON().Rules ?? {}).filter((k) => k.startsWith('Billing'))).toEqual([]);
  });
});

describe('a supplied bucket in another region (README: import it with fromBucketAttributes and its region)', () => {
  const imported = (how: 'attributes' | 'name') => {
    const { stack } = newStack();
    const bucket = how === 'attributes'
      ? s3.Bucket.fromBucketAttributes(stack, 'Bucket', { bucketName: 'acme-billing', region: 'eu-west-1' })
      : s3.Bucket.fromBucketName(stack, 'Bucket', 'acme-billing');
    const integration = new AwsBillingIntegration(stack, 'Billing', { bucket, exports: [AwsCostExport.cur2(), AwsCostExport.legacyCur()] });
    return { integration, template: Template.fromStack(stack) };
  };

  test("fromBucketAttributes with a region: the exports and the bundle name the bucket's region", () => {
    const { integration, template } = imported('attributes');
    template.hasResourceProperties('AWS::BCMDataExports::Export', {
      Export: Match.objectLike({ DestinationConfigurations: { S3Destination: Match.objectLike({ S3Bucket: 'acme-billing', S3Region: 'eu-west-1' }) } }),
    });
    template.hasResourceProperties('AWS::CUR::ReportDefinition', { S3Bucket: 'acme-billing', S3Region: 'eu-west-1' });
    expect(integration.outputs.costOrchestrator.bucket.region).toBe('eu-west-1');
  });

  test("fromBucketName: the bucket's region is taken to be the stack's", () => {
    const { integration } = imported('name');
    expect(integration.outputs.costOrchestrator.bucket.region).toBe('us-east-1');
  });
});
