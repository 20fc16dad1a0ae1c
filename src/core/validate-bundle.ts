import { REDACTED, redactBundle } from './redact-bundle';
import { loadBundleSchemas, schemaId } from './schemas';

/** One thing wrong with a bundle. */
export interface BundleProblem {
  /** JSON pointer (RFC 6901) to the field at fault; `''` is the whole document. */
  readonly pointer: string;
  /** What is wrong, in words. */
  readonly message: string;
}

/** The outcome of validating a bundle. */
export interface BundleValidationResult {
  /** True when there are no problems. */
  readonly valid: boolean;
  /** Every problem found, each pointing at its field. */
  readonly problems: BundleProblem[];
}

/** The subset of an ajv error object that we read. */
interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params: Record<string, unknown>;
}

type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };
let compiled: Validator | undefined;

/** The ajv options of the validator; build-tools/precompile-bundle-validator.js compiles with the same. */
export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true } as const;

/**
 * The v1 validator, made once on first use: the one precompiled at build time (ajv standalone
 * code in lib/, no schema compile at run time) or, when running from source, compiled now
 * (ajv is loaded only then, keeping `require` cheap).
 */
function validator(): Validator {
  if (!compiled) compiled = precompiled() ?? compileNow();
  return compiled;
}

function precompiled(): Validator | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('./bundle-validator.generated').bundle as Validator;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && /bundle-validator\.generated/.test((e as Error).message)) return undefined;
    throw e;
  }
}

function compileNow(): Validator {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Ajv2020 = require('ajv/dist/2020').default;
  const ajv = new Ajv2020(AJV_OPTIONS);
  for (const doc of loadBundleSchemas().values()) ajv.addSchema(doc);
  return ajv.getSchema(schemaId('bundle')) as Validator;
}

/** The keywords whose message is about the value itself: their problems quote the value received. */
const VALUE_KEYWORDS = new Set(['const', 'enum', 'pattern', 'format', 'type', 'minLength', 'maxLength', 'minimum', 'maximum']);

/** A value that looks like a secret wherever it sits (a field that is not writeOnly may still hold a pasted key). */
const LOOKS_SECRET = /-----BEGIN [A-Z ]*PRIVATE KEY-----|"private_key"|[?&]sig=|AccountKey=/;

/** The longest quoted value, in characters (a longer one is cut, with an ellipsis). */
const MAX_QUOTED = 80;

/** The value at JSON pointer `pointer` (RFC 6901) of `doc`, or undefined. */
function valueAt(doc: unknown, pointer: string): unknown {
  let v: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * `; got <value>` for a problem message: the value at `pointer` of the redacted bundle (a writeOnly
 * field shows `***REDACTED***`, and so does any value that looks like a secret), as JSON, cut to 80 characters.
 */
function got(redacted: unknown, pointer: string): string {
  const v = valueAt(redacted, pointer);
  if (v === undefined) return '';
  const text = JSON.stringify(v);
  if (v === REDACTED || LOOKS_SECRET.test(text)) return `; got ${REDACTED}`;
  return `; got ${text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text}`;
}

/** Turn an ajv error into a problem that points at the field itself; `redacted` is the bundle with its secrets masked. */
function toProblem(e: AjvError, redacted: () => unknown): BundleProblem {
  const value = () => (VALUE_KEYWORDS.has(e.keyword) ? got(redacted(), e.instancePath) : '');
  switch (e.keyword) {
    case 'required':
      return { pointer: `${e.instancePath}/${e.params.missingProperty}`, message: 'is required' };
    case 'additionalProperties':
      return { pointer: `${e.instancePath}/${e.params.additionalProperty}`, message: 'is not a field of this object' };
    case 'const':
      return { pointer: e.instancePath, message: `must be ${JSON.stringify(e.params.allowedValue)}${value()}` };
    case 'enum':
      return { pointer: e.instancePath, message: `must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}${value()}` };
    default:
      return { pointer: e.instancePath, message: `${e.message ?? e.keyword}${value()}` };
  }
}

/** Errors that only repeat what a more precise error already says. */
const NOISE = new Set(['if', 'oneOf', 'not', 'anyOf']);

/**
 * Validate `json` against the `finops-integrations/bundle/v1` schema and return every problem.
 * Problems from a failed identity choice (`oneOf`) are reported once, on the object, in words.
 * A problem about a value (enum, const, pattern, format, type, length, range) quotes the value
 * received, except that a secret (a writeOnly field, or anything that looks like a key) shows as `***REDACTED***`.
 */
export function validateBundle(json: unknown): BundleValidationResult {
  const validate = validator();
  if (validate(json)) return { valid: true, problems: [] };
  const errors = validate.errors ?? [];
  // The bundle with every writeOnly field masked, made once and only when a message quotes a value.
  let masked: { value: unknown } | undefined;
  const redacted = () => (masked ??= { value: redactBundle(json) }).value;
  const problems: BundleProblem[] = [];
  const seen = new Set<string>();
  const add = (p: BundleProblem) => {
    const key = `${p.pointer} ${p.message}`;
    if (!seen.has(key)) { seen.add(key); problems.push(p); }
  };
  for (const e of errors) {
    if (e.keyword === 'oneOf') {
      add({ pointer: e.instancePath, message: 'must hold exactly one identity: see the provider schema\'s description' });
      continue;
    }
    // Errors raised inside oneOf/not branches are explained by the oneOf problem above.
    if (NOISE.has(e.keyword) || /\/(oneOf|not|anyOf)\//.test(e.schemaPath)) continue;
    add(toProblem(e, redacted));
  }
  return { valid: false, problems };
}

/**
 * Bundle validation for every jsii language (a static method, since jsii exports no free functions).
 */
export class BundleValidator {
  /** Validate a parsed bundle against `finops-integrations/bundle/v1`; returns every problem with its JSON pointer. */
  public static validate(json: unknown): BundleValidationResult {
    return validateBundle(json);
  }

  private constructor() {}
}
