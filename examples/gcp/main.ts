// GCP billing integration, as a cdktf app: one stack that connects a Cloud Billing account to the
// FinOps platform (finops-integrations/gcp). The IDs in billing-stack.ts come from FINOPS_GCP_* environment
// variables whose defaults are placeholders (see README.md): set them to yours.
//
// cdktf.json runs this file with tsx (no type-check; `npx tsc --noEmit -p .` type-checks it). In this
// repository the cdktf CLI and tsx are dev dependencies; build the library first (`npx projen compile`
// at the root), then from this folder:
//   npx cdktf synth              # offline, no credentials; or from the root: node build-tools/synth-examples.js gcp
// Deploying needs a Terraform CLI on PATH.
//   npx cdktf deploy finops-gcp  # with Google credentials allowed to enable APIs, create the dataset,
//                                # the service account and key, and custom roles in the project and organization
//   terraform -chdir=cdktf.out/stacks/finops-gcp output -json finops_gcp_bundle > bundle.json
//                                # the bundle is a sensitive output: `terraform output -json` prints it in clear,
//                                # service account key included. Treat bundle.json (and the Terraform state,
//                                # which holds the key too) as secrets: this folder's .gitignore keeps them
//                                # (and key files) out of git.
// Then do the manual step listed in bundle.json `manualSteps`: turn the billing export on in the console
// (no API can), for the Standard usage cost, Detailed usage cost and Pricing exports.
// The dataset has deletion protection (Terraform prevent_destroy): `cdktf destroy` of this stack fails,
// and destroys nothing, until you deploy once with `deletionProtection: false`.
import { App } from 'cdktf';
import { FinopsGcpStack } from './billing-stack';

const app = new App();
// Opt in to registering the bundle with the platform on `cdktf deploy` (docs/platform.md): set
// FINOPS_PLATFORM_URL when you synthesize, and FINOPS_PLATFORM_TOKEN where `cdktf deploy` runs.
new FinopsGcpStack(app, 'finops-gcp', { platformUrl: process.env.FINOPS_PLATFORM_URL });
app.synth();
