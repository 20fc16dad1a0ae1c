import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { BigQueryLocation, GcpBillingIntegration } from 'finops-integrations/gcp';
import { TerraformPlatformRegistration } from 'finops-integrations/platform';

/** The IDs of the example, from the environment; the defaults are placeholders that synthesize offline. */
export const PROJECT_ID = process.env.FINOPS_GCP_PROJECT_ID || 'acme-billing'; // the FinOps project that holds the export dataset
export const BILLING_ACCOUNT_ID = process.env.FINOPS_GCP_BILLING_ACCOUNT_ID || '012345-6789AB-CDEF01';
export const ORGANIZATION_ID = process.env.FINOPS_GCP_ORGANIZATION_ID || '123456789012';

/**
 * One stack that connects a Cloud Billing account to the FinOps platform: organization-level roles,
 * a service account and its key, the export dataset, recommendations, and the bundle as a sensitive output.
 */
export class FinopsGcpStack extends TerraformStack {
  public readonly billing: GcpBillingIntegration;

  constructor(scope: Construct, id: string, options: { readonly platformUrl?: string } = {}) {
    super(scope, id);

    // The construct never creates the provider: the stack configures it (credentials from the environment).
    new GoogleProvider(this, 'google', { project: PROJECT_ID });

    // Keep the state in a GCS bucket, not on this machine: in key mode it holds the service account
    // key. Create the bucket first (object versioning on, uniform bucket-level access, public access
    // prevention enforced), add GcsBackend to the 'cdktf' import, then uncomment:
    // new GcsBackend(this, { bucket: 'acme-terraform-state', prefix: 'finops-gcp' });

    this.billing = new GcpBillingIntegration(this, 'Billing', {
      projectId: PROJECT_ID,
      billingAccountId: BILLING_ACCOUNT_ID,
      organizationId: ORGANIZATION_ID,
      location: BigQueryLocation.US,
      orgSlug: 'acme-gcp',
      recommendations: true,
      // The bundle as the output `finops_gcp_bundle` (`terraform output -json finops_gcp_bundle`).
      emitOutputs: true,
    });

    // Registering the bundle with the platform on `cdktf deploy` (docs/platform.md): the URL is fixed
    // at synth, the token (FINOPS_PLATFORM_TOKEN) is read where `cdktf deploy` runs, never here.
    if (options.platformUrl) {
      new TerraformPlatformRegistration(this, 'Platform', { bundle: this.billing.bundle, platformUrl: options.platformUrl });
    }
  }
}
