// finops-integrations/aws: AwsBillingIntegration (aws-cdk-lib) and its choices.
// Exports the public API only: the *-config.ts files hold internal types.
export * from './billing-integration';
export * from './cost-export';
export * from './platform-access';
