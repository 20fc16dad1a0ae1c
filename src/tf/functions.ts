import { Fn } from 'cdktf';
import { isUnresolved } from '../core/tokens';

/**
 * Terraform-function helpers shared by the cdktf constructs (GCP now; Azure and OCI later).
 * cdktf-specific on purpose and kept thin (DESIGN D1: a move to `cdktn` should touch only `src/tf`).
 */

/** `value` base64-decoded at apply time (Terraform `base64decode`). */
export function base64Decode(value: string): string {
  return Fn.base64decode(value);
}

/**
 * Every `search` in `value` replaced by `replacement`: in TypeScript when `value` is known at
 * synth time (so the result stays readable in tests and plans), with Terraform `replace` otherwise.
 */
export function replaceAll(value: string, search: string, replacement: string): string {
  if (isUnresolved(value)) return Fn.replace(value, search, replacement);
  return value.split(search).join(replacement);
}
