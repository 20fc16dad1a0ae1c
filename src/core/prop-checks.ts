import { IConstruct } from 'constructs';
import { propError } from './errors';
import { isUnresolved } from './tokens';

/**
 * Eager prop checks shared by every construct. Each skips unresolved tokens and `undefined`
 * (required-ness is the type system's job) and throws a `FinopsValidationError` otherwise.
 */

/** `value` must match `pattern`; `allowed` says what is allowed in words. */
export function checkPattern(scope: IConstruct, prop: string, value: string | undefined, pattern: RegExp, allowed: string): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!pattern.test(value)) throw propError(scope, prop, `must be ${allowed}`, value);
}

/** `value` must have between `min` and `max` characters. */
export function checkLength(scope: IConstruct, prop: string, value: string | undefined, min: number, max: number): void {
  if (value === undefined || isUnresolved(value)) return;
  if (value.length < min || value.length > max) {
    throw propError(scope, prop, `must have ${min} to ${max} characters (has ${value.length})`, value);
  }
}

/** `value` must be one of `allowed`. */
export function checkOneOf(scope: IConstruct, prop: string, value: string | undefined, allowed: readonly string[]): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!allowed.includes(value)) {
    throw propError(scope, prop, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
}

/** `value` must be a whole number from `min` to `max`. */
export function checkIntegerRange(scope: IConstruct, prop: string, value: number | undefined, min: number, max: number): void {
  if (value === undefined || isUnresolved(value)) return;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw propError(scope, prop, `must be a whole number from ${min} to ${max}`, value);
  }
}

/** Throw when more than one of `props` is set: `names` and `values` line up. */
export function checkExclusive(scope: IConstruct, names: readonly string[], values: readonly unknown[]): void {
  const set = names.filter((_, i) => values[i] !== undefined);
  if (set.length > 1) {
    throw propError(scope, set[1], `cannot be combined with '${set[0]}'`, values[names.indexOf(set[1])]);
  }
}

/**
 * `value` must be an enum-like object (a class instance with a string `value`), e.g.
 * `BigQueryLocation.EU`. Catches a plain-JavaScript user passing the raw string `'EU'`, which
 * would otherwise be dropped silently. Checked by shape, not `instanceof`: two copies of the
 * library may be loaded.
 */
export function checkEnumLike(scope: IConstruct, prop: string, value: unknown, example: string): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || typeof (value as { value?: unknown }).value !== 'string') {
    throw propError(scope, prop, `must be a value of the enum-like class, e.g. ${example}`, value);
  }
}

/**
 * `value` must be a union-like choice object built by its class's static factories, e.g.
 * `AwsPlatformAccess.role({...})`. Checked by shape (an internal `_bind` function), not `instanceof`.
 */
export function checkUnionLike(scope: IConstruct, prop: string, value: unknown, example: string): void {
  if (value === undefined) return;
  if (value === null || typeof value !== 'object' || typeof (value as { _bind?: unknown })._bind !== 'function') {
    throw propError(scope, prop, `must be built by its class's factory methods, e.g. ${example}`, value);
  }
}
