// TEMPORARY stand-ins for the shared pattern helpers that the lead is landing on main
// (src/core/prop-checks.ts checkUnionLike, src/private/tf-outputs.ts emitTfBundleOutputs).
// Deleted when main lands them.
import { TerraformOutput } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { propError } from '../core/errors';

export function checkUnionLike(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== 'object' || value === null || typeof (value as { _bind?: unknown })._bind !== 'function') {
    throw propError(scope, prop, 'must be created with one of its factory methods', value);
  }
}

export interface EmitTfBundleOutputsOptions {
  readonly outputs: object;
  readonly bundleOutputName: string;
  readonly holdsSecret: boolean;
  readonly fields: { [name: string]: string };
}

export function emitTfBundleOutputs(scope: Construct, options: EmitTfBundleOutputsOptions) {
  const bundleOutput = new TerraformOutput(scope, 'BundleOutput', {
    value: options.outputs,
    sensitive: options.holdsSecret,
    staticId: true,
  });
  bundleOutput.overrideLogicalId(options.bundleOutputName);
  const fieldOutputs = Object.entries(options.fields).map(([name, value]) => new TerraformOutput(scope, name, { value }));
  return { bundleOutput, fieldOutputs };
}
