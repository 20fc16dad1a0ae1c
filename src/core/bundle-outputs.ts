import { IConstruct } from 'constructs';
import { BillingBundleBase } from './bundle';
import { checkPattern } from './prop-checks';
import { REDACTED, redactBundle } from './redact-bundle';

/**
 * What `emitOutputs` emits, the same for every cloud and both frameworks: one whole-bundle output
 * under a stable name, and one output per non-secret scalar field of `costOrchestrator`. Which
 * fields are secret comes from the bundle schema (`writeOnly`), so no construct decides it alone.
 */

/** How the framework spells output names: Terraform `snake_case`, CloudFormation `PascalCase` (logical IDs are alphanumeric). */
export type OutputNameStyle = 'terraform' | 'cloudformation';

/** One per-field output. */
export interface FieldOutput {
  /** Output name, e.g. `finops_gcp_project_id` or `FinopsAwsAccountId`. */
  readonly name: string;
  /** The field's path in the bundle, e.g. `costOrchestrator.bucket.name`. */
  readonly path: string;
  /** The field's value (a token until deploy). */
  readonly value: string | number | boolean;
}

/** The outputs to emit for a bundle. */
export interface BundleOutputPlan {
  /** Name of the whole-bundle output. */
  readonly bundleOutputName: string;
  /** True when the bundle holds a secret: then the whole-bundle output must be sensitive. */
  readonly holdsSecret: boolean;
  /** The per-field outputs, none of them secret. */
  readonly fields: FieldOutput[];
}

/** The default whole-bundle output name: `finops_<provider>_bundle` (Terraform) or `Finops<Provider>Bundle` (CloudFormation). */
export function defaultBundleOutputName(provider: string, style: OutputNameStyle): string {
  return style === 'terraform' ? `finops_${provider}_bundle` : `Finops${pascal(provider)}Bundle`;
}

const NAME_RULES: Record<OutputNameStyle, { pattern: RegExp; allowed: string }> = {
  // Terraform identifiers: letters, digits, '_' and '-', not starting with a digit or '-'.
  terraform: { pattern: /^[A-Za-z_][A-Za-z0-9_-]{0,199}$/, allowed: "a Terraform output name: letters, digits, '_' and '-', starting with a letter or '_'" },
  // CloudFormation logical IDs: alphanumeric (A-Za-z0-9), at most 255 characters.
  cloudformation: { pattern: /^[A-Za-z][A-Za-z0-9]{0,199}$/, allowed: 'a CloudFormation output name: letters and digits only, starting with a letter' },
};

/**
 * Plan the outputs of `bundle`: the whole-bundle name (checked), whether it holds a secret, and the
 * non-secret scalar fields of `costOrchestrator` (nested objects flattened, lists left to the bundle).
 * Field outputs are named after the bundle output without its `_bundle` / `Bundle` ending:
 * `finops_gcp_bundle` gives `finops_gcp_project_id`, `FinopsAwsBundle` gives `FinopsAwsAccountId`.
 */
export function planBundleOutputs(
  scope: IConstruct,
  bundle: BillingBundleBase & { readonly costOrchestrator: object },
  style: OutputNameStyle,
  bundleOutputName?: string,
): BundleOutputPlan {
  const name = bundleOutputName ?? defaultBundleOutputName(bundle.provider, style);
  checkPattern(scope, 'bundleOutputName', name, NAME_RULES[style].pattern, NAME_RULES[style].allowed);
  const redacted = redactBundle(bundle) as { costOrchestrator: Record<string, unknown> };
  const holdsSecret = JSON.stringify(redacted).includes(REDACTED);
  const stem = style === 'terraform' ? name.replace(/_bundle$/, '') : name.replace(/Bundle$/, '');
  const fields: FieldOutput[] = [];
  const walk = (original: Record<string, unknown>, masked: Record<string, unknown>, path: string[]) => {
    for (const [key, value] of Object.entries(original)) {
      const seen = masked[key];
      if (value === undefined || value === null || seen === REDACTED || Array.isArray(value)) continue;
      if (typeof value === 'object') {
        walk(value as Record<string, unknown>, seen as Record<string, unknown>, [...path, key]);
        continue;
      }
      const parts = [...path, key];
      fields.push({
        name: style === 'terraform' ? `${stem}_${parts.map(snake).join('_')}` : `${stem}${parts.map(pascal).join('')}`,
        path: ['costOrchestrator', ...parts].join('.'),
        value: value as string | number | boolean,
      });
    }
  };
  walk(bundle.costOrchestrator as Record<string, unknown>, redacted.costOrchestrator, []);
  return { bundleOutputName: name, holdsSecret, fields };
}

function snake(s: string): string {
  return s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function pascal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
