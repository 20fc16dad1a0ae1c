import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../shared-helpers';

/** A cdktf example, the stacks it synthesizes, and whether it registers with the platform only when asked (FINOPS_PLATFORM_URL) or always. */
export interface CdktfExample {
  readonly example: string;
  readonly stacks: readonly string[];
  readonly registration: 'opt-in' | 'always';
}

/** The cdktf examples and the stacks each synthesizes. */
export const CDKTF_EXAMPLES: readonly CdktfExample[] = [
  { example: 'gcp', stacks: ['finops-gcp'], registration: 'opt-in' },
  { example: 'azure', stacks: ['finops-azure'], registration: 'opt-in' },
  { example: 'oci', stacks: ['finops-oci'], registration: 'opt-in' },
  { example: 'multi-cloud', stacks: ['finops-gcp', 'finops-azure', 'finops-oci'], registration: 'always' },
];

/** One synthesized stack of an example: the example's output folder (cdktf.out) and the stack's Terraform JSON file. */
export interface SynthesizedExample {
  readonly name: string;
  readonly outdir: string;
  readonly stackFile: string;
}

/**
 * Synthesize an example as `cdktf synth` does (`tsx main.ts` in its folder, CDKTF_OUTDIR to a new
 * temporary folder; the package resolves to the compiled lib/, so `npx projen compile` first),
 * optionally with FINOPS_PLATFORM_URL set (the platform registration); every other FINOPS_* variable
 * is removed, so the stacks hold the examples' defaults. One entry per stack, named after the example
 * (and the stack, when there are several); they share `outdir`, which the caller removes.
 */
export function synthExample(example: string, stacks: readonly string[], platformUrl?: string): SynthesizedExample[] {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `sec-${example}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir };
  for (const k of Object.keys(env)) if (k.startsWith('FINOPS_')) delete env[k];
  if (platformUrl) env.FINOPS_PLATFORM_URL = platformUrl;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['main.ts'], { cwd: path.join(ROOT, 'examples', example), env, stdio: 'pipe' });
  return stacks.map((stack) => ({
    name: `${example}${stacks.length > 1 ? ` ${stack}` : ''}${platformUrl ? ' with platform registration' : ''}`,
    outdir,
    stackFile: path.join(outdir, 'stacks', stack, 'cdk.tf.json'),
  }));
}

/** Every stack of every cdktf example: an opt-in example plain and with the platform registration on, the others as they are. */
export function synthAllExamples(): SynthesizedExample[] {
  return CDKTF_EXAMPLES.flatMap(({ example, stacks, registration }) => (registration === 'always'
    ? synthExample(example, stacks)
    : [...synthExample(example, stacks), ...synthExample(example, stacks, 'https://finops.example.com')]));
}
