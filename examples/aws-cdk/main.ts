// AWS billing integration: one AwsBillingIntegration in a stack of the Organization's
// management (payer) account, in us-east-1. Placeholder account ID: synthesizes offline.
//
// cdk.json runs this file with tsx (no type-check; `npx tsc --noEmit -p .` type-checks it). In this
// repository, build the library first (`npx projen compile` at the root), then from this folder:
//   npx cdk synth                                   # offline, no credentials; or from the root:
//                                                   # node build-tools/synth-examples.js aws-cdk
//
// To deploy for real, set your management account ID below, then in this folder, with credentials
// of the management account:
//   npx cdk bootstrap aws://<management-account-id>/us-east-1   # once per account and region
//   npx cdk deploy --outputs-file outputs.json      # outputs.json holds the bundle (no secret)
import { App } from 'aws-cdk-lib';
import { BillingStack } from './billing-stack';

const app = new App();
new BillingStack(app, 'FinopsBillingAws', {
  env: { account: process.env.FINOPS_AWS_ACCOUNT_ID || '123456789012', region: 'us-east-1' },
});
app.synth();
