// Synth cost of AwsBillingIntegration against the same 7 resources written by hand, in one process
// per case: N stacks constructed and synthesized (`cdk synth` of an app with N stacks), median of
// several runs, startup excluded. The hand-written stacks hold the same resources with the same
// properties: once with L1 classes (Cfn*), once with the L2 classes the construct itself uses.
// aws-cdk-lib's built-in template validation is off in every case (CDK_VALIDATION=false): it costs
// the same for each and would hide the difference. Usage: node bench/aws-synth-cost.js [--runs N] [--stacks N]
// (build first: npx projen compile)
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const stacks = args.includes('--stacks') ? Number(args[args.indexOf('--stacks') + 1]) : 100;
const root = path.join(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-synth-bench-'));

const prologue = (out) => `
  const cdk = require('aws-cdk-lib');
  const app = new cdk.App({ outdir: ${JSON.stringify(out)} });
  const env = { account: '123456789012', region: 'us-east-1' };
  const stacks = [];
  const t0 = performance.now();
  for (let i = 0; i < ${stacks}; i++) stacks.push(new cdk.Stack(app, 'S' + i, { env }));`;
const epilogue = `
  app.synth();
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }));`;

// The statements of the construct's read policy, as data (the same for the L1 and L2 cases).
const handStatements = `
  const { cur2Query } = require('./lib/aws/export-queries');
  const readStatements = (bucketArn, exportArn, userArn) => [
    { Sid: 'ListExportObjects', Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': ['finops', 'finops/*'] } } },
    { Sid: 'LocateExportBucket', Effect: 'Allow', Action: 's3:GetBucketLocation', Resource: bucketArn },
    { Sid: 'ReadExportObjects', Effect: 'Allow', Action: 's3:GetObject', Resource: cdk.Fn.join('', [bucketArn, '/finops/cur2/*']) },
    { Sid: 'ReadDataExports', Effect: 'Allow', Action: ['bcm-data-exports:GetExport', 'bcm-data-exports:GetExecution', 'bcm-data-exports:ListExecutions'], Resource: exportArn },
    { Sid: 'ListOrganization', Effect: 'Allow', Action: ['organizations:DescribeOrganization', 'organizations:ListAccounts', 'organizations:ListRoots'], Resource: '*' },
    { Sid: 'ReadOrganizationStructure', Effect: 'Allow', Action: ['organizations:DescribeAccount', 'organizations:DescribeOrganizationalUnit', 'organizations:ListAccountsForParent', 'organizations:ListChildren', 'organizations:ListOrganizationalUnitsForParent', 'organizations:ListParents'],
      Resource: ['arn:aws:organizations::123456789012:root/o-*/r-*', 'arn:aws:organizations::123456789012:ou/o-*/ou-*', 'arn:aws:organizations::123456789012:account/o-*/*'] },
    { Sid: 'SimulateOwnPolicy', Effect: 'Allow', Action: 'iam:SimulatePrincipalPolicy', Resource: userArn },
  ];
  const exportProps = (bucketName) => ({ export: {
    name: 'finops-cur2', description: 'CUR2 export', dataQuery: cur2Query('HOURLY', true),
    destinationConfigurations: { s3Destination: { s3Bucket: bucketName, s3Prefix: 'finops/cur2', s3Region: 'us-east-1',
      s3OutputConfigurations: { compression: 'PARQUET', format: 'PARQUET', outputType: 'CUSTOM', overwrite: 'OVERWRITE_REPORT' } } },
    refreshCadence: { frequency: 'SYNCHRONOUS' } } });
  const writer = (bucketArn) => ({ Sid: 'AllowBcmDataExportsWrite', Effect: 'Allow', Principal: { Service: 'bcm-data-exports.amazonaws.com' },
    Action: ['s3:PutObject', 's3:GetBucketPolicy'], Resource: [cdk.Fn.join('', [bucketArn, '/*']), bucketArn],
    Condition: { StringLike: { 'aws:SourceAccount': '123456789012', 'aws:SourceArn': 'arn:aws:bcm-data-exports:us-east-1:123456789012:export/*' } } });`;

const cases = {
  'AwsBillingIntegration (finops-integrations/aws)': (out) => `${prologue(out)}
  const { AwsBillingIntegration } = require('finops-integrations/aws');
  for (const s of stacks) new AwsBillingIntegration(s, 'Billing');
  ${epilogue}`,
  'the same 7 resources, L2 classes': (out) => `${prologue(out)}
  const s3 = require('aws-cdk-lib/aws-s3'); const iam = require('aws-cdk-lib/aws-iam');
  const sm = require('aws-cdk-lib/aws-secretsmanager'); const bcm = require('aws-cdk-lib/aws-bcmdataexports');
  ${handStatements}
  for (const s of stacks) {
    const bucket = new s3.Bucket(s, 'Bucket', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, enforceSSL: true, minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED, encryption: s3.BucketEncryption.S3_MANAGED, versioned: true,
      removalPolicy: cdk.RemovalPolicy.RETAIN, lifecycleRules: [{ noncurrentVersionExpiration: cdk.Duration.days(30), abortIncompleteMultipartUploadAfter: cdk.Duration.days(7) }] });
    bucket.addToResourcePolicy(iam.PolicyStatement.fromJson(writer(bucket.bucketArn)));
    const user = new iam.User(s, 'User');
    const key = new iam.AccessKey(s, 'AccessKey', { user });
    new sm.Secret(s, 'Secret', { secretObjectValue: { accessKeyId: cdk.SecretValue.resourceAttribute(key.accessKeyId), secretAccessKey: key.secretAccessKey } });
    const exp = new bcm.CfnExport(s, 'Export', exportProps(bucket.bucketName));
    exp.node.addDependency(bucket.policy);
    const policy = new iam.ManagedPolicy(s, 'ReadPolicy', { statements: readStatements(bucket.bucketArn, exp.attrExportArn, user.userArn).map((j) => iam.PolicyStatement.fromJson(j)) });
    policy.attachToUser(user);
  }
  ${epilogue}`,
  'the same 7 resources, L1 classes': (out) => `${prologue(out)}
  const s3 = require('aws-cdk-lib/aws-s3'); const iam = require('aws-cdk-lib/aws-iam');
  const sm = require('aws-cdk-lib/aws-secretsmanager'); const bcm = require('aws-cdk-lib/aws-bcmdataexports');
  ${handStatements}
  for (const s of stacks) {
    const bucket = new s3.CfnBucket(s, 'Bucket', {
      publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true },
      ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
      bucketEncryption: { serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }] },
      versioningConfiguration: { status: 'Enabled' },
      lifecycleConfiguration: { rules: [{ status: 'Enabled', noncurrentVersionExpiration: { noncurrentDays: 30 }, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }] } });
    bucket.applyRemovalPolicy(cdk.RemovalPolicy.RETAIN);
    const objects = cdk.Fn.join('', [bucket.attrArn, '/*']);
    const policy = new s3.CfnBucketPolicy(s, 'BucketPolicy', { bucket: bucket.ref, policyDocument: { Version: '2012-10-17', Statement: [
      { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: [bucket.attrArn, objects], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
      { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: [bucket.attrArn, objects], Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } } },
      writer(bucket.attrArn)] } });
    const user = new iam.CfnUser(s, 'User');
    const key = new iam.CfnAccessKey(s, 'AccessKey', { userName: user.ref });
    new sm.CfnSecret(s, 'Secret', { secretString: cdk.Fn.join('', ['{"accessKeyId":"', key.ref, '","secretAccessKey":"', key.attrSecretAccessKey, '"}']) });
    const exp = new bcm.CfnExport(s, 'Export', exportProps(bucket.ref));
    exp.node.addDependency(policy);
    new iam.CfnManagedPolicy(s, 'ReadPolicy', { users: [user.ref], policyDocument: { Version: '2012-10-17', Statement: readStatements(bucket.attrArn, exp.attrExportArn, user.attrArn) } });
  }
  ${epilogue}`,
};

function measure(makeScript, name) {
  const once = (i) => {
    const out = execFileSync(process.execPath, ['-e', makeScript(path.join(tmp, `${name.length}-${i}`))],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CDK_VALIDATION: 'false' } });
    return JSON.parse(out.trim().split('\n').pop()).ms;
  };
  once(-1); // warm the file cache
  const samples = Array.from({ length: runs }, (_, i) => once(i)).sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

console.log(`node ${process.version}, ${os.cpus().length} cores, ${stacks} stacks per app, ${runs} runs each: median ms to construct and synthesize the app (process startup excluded)`);
console.log('| app | median ms | ms per stack | ratio to L1 |');
console.log('|---|---|---|---|');
const results = Object.entries(cases).map(([name, make]) => [name, measure(make, name)]);
const l1 = results[2][1];
for (const [name, ms] of results) console.log(`| ${name} | ${ms.toFixed(0)} | ${(ms / stacks).toFixed(1)} | ${(ms / l1).toFixed(2)} |`);
fs.rmSync(tmp, { recursive: true, force: true });
