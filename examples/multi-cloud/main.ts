// Every cdktf cloud in one app: a stack each for GCP, Azure and OCI, each registering its bundle with
// the FinOps platform on `cdktf deploy` (TerraformPlatformRegistration, finops-integrations/platform).
// The stacks are those of examples/gcp, examples/azure and examples/oci (imported, not copied): their
// IDs come from FINOPS_GCP_*, FINOPS_AZURE_* and FINOPS_OCI_* environment variables whose defaults are
// placeholders (see README.md), so `cdktf synth` works offline.
//
// The platform URL is fixed at synth (FINOPS_PLATFORM_URL, default the placeholder below). The token is
// never needed to synthesize: FINOPS_PLATFORM_TOKEN is read by the CLI where `cdktf deploy` runs.
//
// cdktf.json runs this file with tsx (no type-check; `npx tsc --noEmit -p .` type-checks it). In this
// repository, build the library first (`npx projen compile` at the root), then from this folder:
//   npx cdktf synth                       # offline; or from the root: node build-tools/synth-examples.js multi-cloud
//   FINOPS_PLATFORM_URL=https://finops.acme.example npx cdktf deploy finops-gcp finops-azure finops-oci
//                                         # with FINOPS_PLATFORM_TOKEN exported, each cloud's credentials,
//                                         # a Terraform CLI on PATH, and your IDs in the environment
import { App } from 'cdktf';
import { AzureBillingStack } from '../azure/billing-stack';
import { FinopsGcpStack } from '../gcp/billing-stack';
import { FinopsOciStack } from '../oci/billing-stack';

/** Where the bundles are registered; the default is a placeholder that synthesizes but cannot deploy. */
const PLATFORM_URL = process.env.FINOPS_PLATFORM_URL || 'https://finops.example.com';

const app = new App();
new FinopsGcpStack(app, 'finops-gcp', { platformUrl: PLATFORM_URL });
new AzureBillingStack(app, 'finops-azure', { platformUrl: PLATFORM_URL });
new FinopsOciStack(app, 'finops-oci', { platformUrl: PLATFORM_URL });
app.synth();
