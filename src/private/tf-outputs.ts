import { Fn, TerraformOutput, TerraformStack, Token } from 'cdktf';
import { Construct } from 'constructs';
import { BillingBundleBase } from '../core/bundle';
import { planBundleOutputs } from '../core/bundle-outputs';
import { propError } from '../core/errors';

/** Output names already taken in each stack: static names must be unique there. */
const taken = new WeakMap<TerraformStack, Set<string>>();

/** What `emitTfBundleOutputs` created. */
export interface TfBundleOutputs {
  /** The whole bundle, under its stable name; `sensitive` exactly when the bundle holds a secret. */
  readonly bundleOutput: TerraformOutput;
  /** One output per non-secret scalar field of `costOrchestrator`. */
  readonly fieldOutputs: TerraformOutput[];
}

/** The bundle as a JSON document, rendered by Terraform at apply time (`jsonencode`). */
export function tfBundleJson(bundle: object): string {
  return Token.asString(Fn.jsonencode(bundle));
}

/**
 * The outputs of `emitOutputs` for a cdktf integration (same names and rules as the CDK one, see
 * `planBundleOutputs`). Outputs use `staticId`, so `terraform output -json <name>` finds them under
 * the documented name wherever the construct sits. Terraform refuses a non-sensitive output that
 * holds a sensitive value, and `sensitive` keeps a secret out of plan and apply logs; the state
 * file still holds every value in plain text.
 */
export function emitTfBundleOutputs(
  scope: Construct,
  bundle: BillingBundleBase & { readonly costOrchestrator: object },
  bundleOutputName?: string,
): TfBundleOutputs {
  const plan = planBundleOutputs(scope, bundle, 'terraform', bundleOutputName);
  const stack = TerraformStack.of(scope);
  const names = taken.get(stack) ?? new Set<string>();
  taken.set(stack, names);
  for (const name of [plan.bundleOutputName, ...plan.fields.map((f) => f.name)]) {
    if (names.has(name)) {
      throw propError(scope, 'bundleOutputName', `must give output names unused in the stack (another integration emits '${name}'); give each integration its own bundleOutputName`, plan.bundleOutputName);
    }
    names.add(name);
  }
  const bundleOutput = new TerraformOutput(scope, plan.bundleOutputName, {
    staticId: true,
    value: bundle,
    sensitive: plan.holdsSecret,
    description: `finops-integrations bundle (${bundle.provider})${plan.holdsSecret ? '; sensitive: holds a secret' : ''}`,
  });
  const fieldOutputs = plan.fields.map((f) => new TerraformOutput(scope, f.name, {
    staticId: true,
    value: f.value,
    description: `${f.path} of the finops-integrations bundle`,
  }));
  return { bundleOutput, fieldOutputs };
}
