// AwsBillingIntegration and the same 7 resources written by hand (L2 and L1 classes), with the same
// properties (bucket, bucket policy, user, access key, secret, CUR 2.0 export, read policy), for
// bench/app.js: each export builds one in `stack`.
const cdk = require('aws-cdk-lib');

/** The statements of the construct's read policy, as data (the same for the L1 and L2 cases). */
const readStatements = (bucketArn, exportArn, userArn) => [
  { Sid: 'ListExportObjects', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': ['finops', 'finops/*'] } } },
  { Sid: 'LocateExportBucket', Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: bucketArn },
  { Sid: 'ReadExportObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: cdk.Fn.join('', [bucketArn, '/finops/cur2/*']) },
  { Sid: 'ReadDataExports', Effect: 'Allow', Action: ['bcm-data-exports:GetExport', 'bcm-data-exports:GetExecution', 'bcm-data-exports:ListExecutions'], Resource: exportArn },
  { Sid: 'ListOrganization', Effect: 'Allow', Action: ['organizations:DescribeOrganization', 'organizations:ListAccounts', 'organizations:ListRoots'], Resource: '*' },
  {
    Sid: 'ReadOrganizationStructure', Effect: 'Allow',
    Action: ['organizations:DescribeAccount', 'organizations:DescribeOrganizationalUnit', 'organizations:ListAccountsForParent', 'organizations:ListChildren', 'organizations:ListOrganizationalUnitsForParent', 'organizations:ListParents'],
    Resource: ['arn:aws:organizations::123456789012:root/o-*/r-*', 'arn:aws:organizations::123456789012:ou/o-*/ou-*', 'arn:aws:organizations::123456789012:account/o-*/*'],
  },
  { Sid: 'SimulateOwnPolicy', Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: userArn },
];
const exportProps = (cur2Query, bucketName) => ({
  export: {
    name: 'finops-cur2', description: 'CUR2 export', dataQuery: cur2Query('HOURLY', true),
    destinationConfigurations: {
      s3Destination: {
        s3Bucket: bucketName, s3Prefix: 'finops/cur2', s3Region: 'us-east-1',
        s3OutputConfigurations: { compression: 'PARQUET', format: 'PARQUET', outputType: 'CUSTOM', overwrite: 'OVERWRITE_REPORT' },
      },
    },
    refreshCadence: { frequency: 'SYNCHRONOUS' },
  },
});
const writer = (bucketArn) => ({
  Sid: 'AllowBcmDataExportsWrite', Effect: 'Allow', Principal: { Service: 'bcm-data-exports.amazonaws.com' },
  Action: ['s3:PutObject', 's3:GetBucketPolicy'], Resource: [cdk.Fn.join('', [bucketArn, '/*']), bucketArn],
  Condition: { StringLike: { 'aws:SourceAccount': '123456789012', 'aws:SourceArn': 'arn:aws:bcm-data-exports:us-east-1:123456789012:export/*' } },
});

exports.construct = (stack) => {
  const { AwsBillingIntegration } = require('finops-integrations/aws');
  return new AwsBillingIntegration(stack, 'Billing');
};

exports.l2 = (s) => {
  const s3 = require('aws-cdk-lib/aws-s3'); const iam = require('aws-cdk-lib/aws-iam');
  const sm = require('aws-cdk-lib/aws-secretsmanager'); const bcm = require('aws-cdk-lib/aws-bcmdataexports');
  const { cur2Query } = require('../../lib/aws/export-queries');
  const bucket = new s3.Bucket(s, 'Bucket', {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true, minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED, encryption: s3.BucketEncryption.S3_MANAGED, versioned: true,
    removalPolicy: cdk.RemovalPolicy.RETAIN, lifecycleRules: [{ noncurrentVersionExpiration: cdk.Duration.days(30), abortIncompleteMultipartUploadAfter: cdk.Duration.days(7) }],
  });
  bucket.addToResourcePolicy(iam.PolicyStatement.fromJson(writer(bucket.bucketArn)));
  const user = new iam.User(s, 'User');
  const key = new iam.AccessKey(s, 'AccessKey', { user });
  new sm.Secret(s, 'Secret', { secretObjectValue: { accessKeyId: cdk.SecretValue.resourceAttribute(key.accessKeyId), secretAccessKey: key.secretAccessKey } });
  const exp = new bcm.CfnExport(s, 'Export', exportProps(cur2Query, bucket.bucketName));
  exp.node.addDependency(bucket.policy);
  const policy = new iam.ManagedPolicy(s, 'ReadPolicy', { statements: readStatements(bucket.bucketArn, exp.attrExportArn, user.userArn).map((j) => iam.PolicyStatement.fromJson(j)) });
  policy.attachToUser(user);
};

exports.l1 = (s) => {
  const s3 = require('aws-cdk-lib/aws-s3'); const iam = require('aws-cdk-lib/aws-iam');
  const sm = require('aws-cdk-lib/aws-secretsmanager'); const bcm = require('aws-cdk-lib/aws-bcmdataexports');
  const { cur2Query } = require('../../lib/aws/export-queries');
  const bucket = new s3.CfnBucket(s, 'Bucket', {
    publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
    ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
    bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
    versioningConfiguration: { status: 'Enabled' },
    lifecycleConfiguration: { rules: [{ status: 'Enabled', noncurrentVersionExpiration: { noncurrentDays: 30 }, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }] },
  });
  bucket.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
  const objects = cdk.Fn.join('', [bucket.attrArn, '/*']);
  const policy = new s3.CfnBucketPolicy(s, 'BucketPolicy', {
    bucket: bucket.ref,
    policyDocument: {
      Version: '2012-10-17', Statement: [
        { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: [bucket.attrArn, objects], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: [bucket.attrArn, objects], Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } },
        writer(bucket.attrArn)],
    },
  });
  const user = new iam.CfnUser(s, 'User');
  const key = new iam.CfnAccessKey(s, 'AccessKey', { userName: user.ref });
  new sm.CfnSecret(s, 'Secret', { secretString: cdk.Fn.join('', ['{"accessKeyId":"', key.ref, '","secretAccessKey":"', key.attrSecretAccessKey, '"}']) });
  const exp = new bcm.CfnExport(s, 'Export', exportProps(cur2Query, bucket.ref));
  exp.node.addDependency(policy);
  new iam.CfnManagedPolicy(s, 'ReadPolicy', { users: [user.ref], policyDocument: { Version: '2012-10-17', Statement: readStatements(bucket.attrArn, exp.attrExportArn, user.attrArn) } });
};
