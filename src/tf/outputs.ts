import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';

/**
 * Emit an outputs bundle (DESIGN D4) as one `TerraformOutput` for pipelines
 * (`terraform output -json <name>`, then the CLI's `register`).
 *
 * Always `sensitive: true` (DESIGN D5): a bundle may hold a secret (GCP `serviceAccountKey`,
 * Azure `clientSecret`...), and one rule for every bundle is easier to check than one per field.
 * Terraform then keeps the value out of plan and apply logs; `terraform output -json` still
 * prints it, and the state file still holds it in plain text.
 */
export function addBundleOutput(scope: Construct, id: string, bundle: object, description: string): TerraformOutput {
  return new TerraformOutput(scope, id, {
    value: bundle,
    sensitive: true,
    description,
  });
}
