// GCP billing integration, as a cdktf app: one stack that connects a Cloud Billing account to the
// FinOps platform (finops-integrations/gcp). The IDs below are placeholders: replace them with yours.
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
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { BigQueryLocation, GcpBillingIntegration } from 'finops-integrations/gcp';
import { TerraformPlatformRegistration } from 'finops-integrations/platform';

const PROJECT_ID = 'acme-billing'; // the FinOps project that holds the export dataset
const BILLING_ACCOUNT_ID = '012345-6789AB-CDEF01';
const ORGANIZATION_ID = '123456789012';

class FinopsGcpStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // The construct never creates the provider: the stack configures it (credentials from the environment).
    new GoogleProvider(this, 'google', { project: PROJECT_ID });

    // Keep the state in a GCS bucket, not on this machine: in key mode it holds the service account
    // key. Create the bucket first (object versioning on, uniform bucket-level access, public access
    // prevention enforced), add GcsBackend to the 'cdktf' import, then uncomment:
    // new GcsBackend(this, { bucket: 'acme-terraform-state', prefix: 'finops-gcp' });

    const billing = new GcpBillingIntegration(this, 'Billing', {
      projectId: PROJECT_ID,
      billingAccountId: BILLING_ACCOUNT_ID,
      organizationId: ORGANIZATION_ID,
      location: BigQueryLocation.US,
      orgSlug: 'acme-gcp',
      recommendations: true,
      // The bundle as the output `finops_gcp_bundle` (`terraform output -json finops_gcp_bundle`).
      emitOutputs: true,
    });

    // Opt in to registering the bundle with the platform on `cdktf deploy` (docs/platform.md): set
    // FINOPS_PLATFORM_URL when you synthesize, and FINOPS_PLATFORM_TOKEN where `cdktf deploy` runs.
    const platformUrl = process.env.FINOPS_PLATFORM_URL;
    if (platformUrl) new TerraformPlatformRegistration(this, 'Platform', { bundle: billing.bundle, platformUrl });
  }
}

const app = new App();
new FinopsGcpStack(app, 'finops-gcp');
app.synth();
