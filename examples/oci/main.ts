// OCI billing integration, as a cdktf app: one stack that lets the FinOps platform read a tenancy's
// cost and usage reports (finops-integrations/oci). The OCIDs in billing-stack.ts are placeholders:
// replace them, and the public key file, with yours.
//
// cdktf.json runs this file with tsx (no type-check). In this repository the cdktf CLI and tsx are dev
// dependencies; build the library first (`npx projen compile` at the root), then from this folder
// (deploying also needs a Terraform CLI on PATH):
//   openssl genrsa -out ~/.oci/finops_api_key.pem 2048                     # once: your key pair,
//   openssl rsa -pubout -in ~/.oci/finops_api_key.pem -out finops_api_key_public.pem   # outside Terraform
//   OCI_API_PUBLIC_KEY_FILE=finops_api_key_public.pem npx cdktf synth      # offline; or from the root:
//                                                                          # node build-tools/synth-examples.js oci
//   npx cdktf deploy finops-oci   # with OCI credentials allowed to manage groups, users, API keys and
//                                 # policies in the tenancy (in the home region)
//   terraform -chdir=cdktf.out/stacks/finops-oci output -json finops_oci_bundle > bundle.json
// Then give the platform bundle.json and the private key (the manual step in bundle.json `manualSteps`):
// the private key never entered Terraform.
import { App } from 'cdktf';
import { FinopsOciStack } from './billing-stack';

const app = new App();
// Opt in to registering the bundle with the platform on `cdktf deploy` (docs/platform.md): set
// FINOPS_PLATFORM_URL when you synthesize, and FINOPS_PLATFORM_TOKEN where `cdktf deploy` runs.
new FinopsOciStack(app, 'finops-oci', { platformUrl: process.env.FINOPS_PLATFORM_URL });
app.synth();
