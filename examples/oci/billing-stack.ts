import * as fs from 'fs';
import * as path from 'path';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { OciApiKey, OciBillingIntegration, provider } from 'finops-integrations/oci';
import { TerraformPlatformRegistration } from 'finops-integrations/platform';

/** The IDs of the example, from the environment; the defaults are placeholders that synthesize offline. */
export const TENANCY_OCID = process.env.FINOPS_OCI_TENANCY_OCID || 'ocid1.tenancy.oc1..aaaaaaaaexampletenancyexampletenancyexample';
export const HOME_REGION = process.env.FINOPS_OCI_HOME_REGION || 'us-ashburn-1';
/** People who check the reports (seed: "add the responsible members"): user OCIDs, comma-separated. */
export const MEMBER_OCIDS = (process.env.FINOPS_OCI_MEMBER_OCIDS || 'ocid1.user.oc1..aaaaaaaaexamplefinopsanalystexampleanalyst')
  .split(',').map((s) => s.trim()).filter((s) => s !== '');
/**
 * Your API public key (`openssl rsa -pubout -in oci_api_key.pem -out oci_api_key_public.pem`).
 * The file beside this one is a placeholder whose private key nobody has: replace it.
 */
export const PUBLIC_KEY_FILE = process.env.OCI_API_PUBLIC_KEY_FILE ?? path.join(__dirname, 'placeholder_public_key.pem');

/** One stack: the OCI provider in the home region and the integration. */
export class FinopsOciStack extends TerraformStack {
  public readonly integration: OciBillingIntegration;

  constructor(scope: Construct, id: string, options: { readonly platformUrl?: string } = {}) {
    super(scope, id);

    // The construct never creates the provider: the stack configures it, in the home region (IAM
    // changes are made there). Credentials come from ~/.oci/config (DEFAULT profile) or the
    // TF_VAR_* / OCI_* environment variables.
    new provider.OciProvider(this, 'oci', { region: HOME_REGION });

    this.integration = new OciBillingIntegration(this, 'Billing', {
      tenancyOcid: TENANCY_OCID,
      homeRegion: HOME_REGION,
      // The private key stays with you: only the public key enters Terraform.
      apiKey: OciApiKey.publicKey(fs.readFileSync(PUBLIC_KEY_FILE, 'utf8')),
      memberUserOcids: MEMBER_OCIDS,
      orgSlug: 'acme-oci',
      recommendations: true,
      // The bundle as the output `finops_oci_bundle` (`terraform output -json finops_oci_bundle`).
      emitOutputs: true,
    });

    // Registering the bundle with the platform on `cdktf deploy` (docs/platform.md): the URL is fixed
    // at synth, the token (FINOPS_PLATFORM_TOKEN) is read where `cdktf deploy` runs, never here.
    if (options.platformUrl) {
      new TerraformPlatformRegistration(this, 'Platform', { bundle: this.integration.bundle, platformUrl: options.platformUrl });
    }
  }
}
