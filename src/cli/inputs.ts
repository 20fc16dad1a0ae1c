import * as fs from 'fs';
import * as path from 'path';
import { CliIo, UsageError } from './io';

/** The schema id that marks a JSON value as a bundle. */
const BUNDLE_SCHEMA = 'finops-integrations/bundle/v1';

/** A bundle and where it came from (a file, a Terraform output or a stack output). */
export interface BundleInput {
  readonly source: string;
  readonly bundle: unknown;
}

/** The input options of register, deregister, validate and the template. */
export interface InputOptions {
  readonly bundle?: string;
  readonly terraformOutput?: string;
  readonly cdkOutputs?: string;
}

/** Read a file, or standard input for '-'. */
export async function readText(file: string, io: CliIo, what: string): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${what} '${file}': ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${what} is not JSON: ${(e as Error).message}`);
  }
}

/** The value itself if it is a bundle, or the bundle a JSON string holds (as stack outputs carry it). */
function asBundle(value: unknown): unknown | undefined {
  let v = value;
  if (typeof v === 'string' && v.trimStart().startsWith('{')) {
    try { v = JSON.parse(v); } catch { return undefined; }
  }
  return v !== null && typeof v === 'object' && (v as { schema?: unknown }).schema === BUNDLE_SCHEMA ? v : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Count the input options given; exactly one is needed unless `optional`. */
export function inputCount(o: InputOptions): number {
  return [o.bundle, o.terraformOutput, o.cdkOutputs].filter((x) => x !== undefined).length;
}

/** Every bundle the chosen input holds, in file order. */
export async function readBundles(o: InputOptions, io: CliIo): Promise<BundleInput[]> {
  if (inputCount(o) !== 1) throw new UsageError('give exactly one of --bundle <file|->, --terraform-output <file|-> or --cdk-outputs <file>');
  if (o.bundle !== undefined) {
    const name = o.bundle === '-' ? 'the bundle on standard input' : `the bundle '${o.bundle}'`;
    return [{ source: o.bundle === '-' ? 'stdin' : o.bundle, bundle: parseJson(await readText(o.bundle, io, 'the bundle'), name) }];
  }
  if (o.terraformOutput !== undefined) {
    // `terraform output -json`: { "<name>": { "sensitive": bool, "type": ..., "value": ... } }
    const doc = parseJson(await readText(o.terraformOutput, io, 'the Terraform output'), `the Terraform output '${o.terraformOutput}'`);
    if (!isObject(doc)) throw new UsageError(`the Terraform output '${o.terraformOutput}' is not the object that 'terraform output -json' prints`);
    const found: BundleInput[] = [];
    for (const [name, entry] of Object.entries(doc)) {
      const bundle = asBundle(isObject(entry) && 'value' in entry ? entry.value : undefined);
      if (bundle) found.push({ source: `terraform output '${name}'`, bundle });
    }
    if (found.length === 0) throw new UsageError(`no output in '${o.terraformOutput}' is a ${BUNDLE_SCHEMA} bundle (set emitOutputs: true on the integration construct)`);
    return found;
  }
  // `cdk deploy --outputs-file`: { "<stack>": { "<output key>": "<value>" } }
  const file = o.cdkOutputs!;
  const doc = parseJson(await readText(file, io, 'the CDK outputs file'), `the CDK outputs file '${file}'`);
  if (!isObject(doc)) throw new UsageError(`the CDK outputs file '${file}' is not the object that 'cdk deploy --outputs-file' writes`);
  const found: BundleInput[] = [];
  for (const [stack, outputs] of Object.entries(doc)) {
    if (!isObject(outputs)) continue;
    for (const [key, value] of Object.entries(outputs)) {
      const bundle = asBundle(value);
      if (bundle) found.push({ source: `stack output ${stack}.${key}`, bundle });
    }
  }
  if (found.length === 0) throw new UsageError(`no output in '${file}' is a ${BUNDLE_SCHEMA} bundle (set emitOutputs: true on the integration construct)`);
  return found;
}
