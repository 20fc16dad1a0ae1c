// Azure billing integration, as a cdktf app: one stack that connects two subscriptions' Cost
// Management data, FOCUS included, to the FinOps platform (finops-integrations/azure). The IDs in billing-stack.ts
// are placeholders: replace them with yours.
//
// cdktf.json runs this file with tsx (no type-check). In this repository the cdktf CLI and tsx are dev
// dependencies; build the library first (`npx projen compile` at the root), then from this folder
// (deploying also needs a Terraform CLI on PATH):
//   npx cdktf synth                # offline; or from the root: node build-tools/synth-examples.js azure
//   npx cdktf deploy finops-azure  # signed in (`az login`) as someone who may create app registrations
//                                  # in Entra ID, assign roles (Owner or User Access Administrator) on
//                                  # both subscriptions, and create storage and Cost Management exports
//   terraform -chdir=cdktf.out/stacks/finops-azure output -json finops_azure_bundle > bundle.json
//                                  # the bundle is a sensitive output: `terraform output -json` prints it in
//                                  # clear, client secret and SAS token included. Treat bundle.json (and the
//                                  # Terraform state, which holds them too) as secrets.
// The client secret and the SAS token are replaced on the first apply after each 30-day rotation:
// apply at least monthly, and register the new bundle afterwards.
import { App } from 'cdktf';
import { AzureBillingStack } from './billing-stack';

const app = new App();
// Opt in to registering the bundle with the platform on `cdktf deploy` (docs/platform.md): set
// FINOPS_PLATFORM_URL when you synthesize, and FINOPS_PLATFORM_TOKEN where `cdktf deploy` runs.
new AzureBillingStack(app, 'finops-azure', { platformUrl: process.env.FINOPS_PLATFORM_URL });
app.synth();
