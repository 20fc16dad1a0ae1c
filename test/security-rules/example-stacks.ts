import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../shared-helpers';

/** The cdktf examples and the stack each synthesizes. */
export const CDKTF_EXAMPLES: ReadonlyArray<[example: string, stack: string]> = [['gcp', 'finops-gcp'], ['azure', 'finops-azure'], ['oci', 'finops-oci']];

/** One synthesized example: its output folder (cdktf.out) and the stack's Terraform JSON file. */
export interface SynthesizedExample {
  readonly name: string;
  readonly outdir: string;
  readonly stackFile: string;
}

/**
 * Synthesize an example as `cdktf synth` does (`tsx main.ts` in its folder, CDKTF_OUTDIR to a new
 * temporary folder; the package resolves to the compiled lib/, so `npx projen compile` first),
 * optionally with FINOPS_PLATFORM_URL set (the platform registration). The caller removes `outdir`.
 */
export function synthExample(example: string, stack: string, platformUrl?: string): SynthesizedExample {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `sec-${example}-`));
  const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir };
  delete env.FINOPS_PLATFORM_URL;
  if (platformUrl) env.FINOPS_PLATFORM_URL = platformUrl;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['main.ts'], { cwd: path.join(ROOT, 'examples', example), env, stdio: 'pipe' });
  return { name: `${example}${platformUrl ? ' with platform registration' : ''}`, outdir, stackFile: path.join(outdir, 'stacks', stack, 'cdk.tf.json') };
}

/** Every cdktf example, plain and with the platform registration on. */
export function synthAllExamples(): SynthesizedExample[] {
  return CDKTF_EXAMPLES.flatMap(([example, stack]) => [synthExample(example, stack), synthExample(example, stack, 'https://finops.example.com')]);
}
