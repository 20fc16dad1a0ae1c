// finops-integrations/aws: AwsBillingIntegration (aws-cdk-lib) and its choices.
export * from './billing-integration';
export * from './cost-export';
export * from './platform-access';
