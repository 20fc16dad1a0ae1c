import { IConstruct } from 'constructs';

/**
 * The one error type for bad construct props (STYLE.md rule 7).
 *
 * Its message always has the shape
 * `<construct path>: '<prop>' <what is allowed>; got <value>`, for example
 * `Stack/Billing: 'reportPrefix' must not start with '/'; got '/billing'`.
 *
 * Not part of the jsii API (jsii cannot export subclasses of `Error`); catch it by `name`
 * (`FinopsValidationError`) or by `instanceof` from TypeScript/JavaScript.
 */
export class FinopsValidationError extends Error {
  /** The construct path the error is about. */
  public readonly constructPath: string;
  /** The prop that holds the bad value. */
  public readonly prop: string;

  constructor(constructPath: string, prop: string, problem: string, got: unknown) {
    super(`${constructPath}: '${prop}' ${problem}; got ${describeValue(got)}`);
    this.name = 'FinopsValidationError';
    this.constructPath = constructPath;
    this.prop = prop;
  }
}

/**
 * Build the error for `prop` of `scope`: `problem` says what is allowed, `got` is the value received.
 * Values of secret props must be passed as a description (e.g. `'a 40-character value'`), never raw.
 */
export function propError(scope: IConstruct, prop: string, problem: string, got: unknown): FinopsValidationError {
  return new FinopsValidationError(scope.node.path || '<root>', prop, problem, got);
}

/** How a received value is shown in an error message: strings quoted, everything else as JSON. */
export function describeValue(got: unknown): string {
  if (got === undefined) return 'nothing';
  if (typeof got === 'string') return `'${got}'`;
  try {
    return JSON.stringify(got) ?? String(got);
  } catch {
    return String(got);
  }
}
