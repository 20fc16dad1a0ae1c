import { conditional, Fn, Op, Token, Tokenization } from 'cdktf';
import { isUnresolved } from '../core/tokens';

/**
 * Terraform-function helpers shared by the cdktf constructs (GCP now; Azure and OCI later).
 * cdktf-specific on purpose and kept thin (DESIGN D1: a move to `cdktn` should touch only the `tf-*` files of `src/private`).
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

/**
 * `addition` + `value` when `value` starts with one of `prefixes`, else `value` unchanged.
 *
 * Decided in TypeScript whenever the start of `value` is known at synth time (a plain string, or a
 * string whose literal head already settles it, such as `serviceAccount:${token}`), so that plans
 * and tests stay readable. Only when a token sits where a prefix would be is the choice left to
 * Terraform: `startswith(value, p1) || ... ? "<addition>${value}" : value` (`startswith` needs
 * Terraform 1.5 or later).
 */
export function prependIfStartsWith(value: string, prefixes: readonly string[], addition: string): string {
  const head = isUnresolved(value) ? literalHead(value) : value;
  if (prefixes.some((p) => head.startsWith(p))) return `${addition}${value}`;
  // With `head` complete (no token) or long enough, a miss is certain; else the token decides.
  const undecided = isUnresolved(value) && prefixes.some((p) => p.length > head.length && p.startsWith(head));
  if (!undecided) return value;
  const test = prefixes.map((p) => Fn.startswith(value, p)).reduce((a, b) => Op.or(a, b));
  return Token.asString(conditional(test, `${addition}${value}`, value));
}

/** The literal text before the first token of `value` ('' when `value` starts with a token). */
function literalHead(value: string): string {
  const fragments = Tokenization.reverseString(value);
  return fragments.firstToken === undefined ? String(fragments.firstValue) : '';
}
