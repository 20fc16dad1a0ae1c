import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../shared-helpers';

/**
 * Each cdktf example registers its bundle with the platform on `cdktf deploy` when, and only when,
 * FINOPS_PLATFORM_URL is set at synth (opt in). Runs the examples as `cdktf synth` does (`tsx main.ts`,
 * the package resolving to the compiled lib/, built by the test task's compile step).
 */
const EXAMPLES: Array<[string, string]> = [['gcp', 'finops-gcp'], ['azure', 'finops-azure'], ['oci', 'finops-oci']];

/** The synthesized stack, and what synth printed (stdout and stderr). */
function synth(example: string, stack: string, platformUrl?: string): { json: any; log: string } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), `example-${example}-`));
  try {
    const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir };
    delete env.FINOPS_PLATFORM_URL;
    if (platformUrl) env.FINOPS_PLATFORM_URL = platformUrl;
    const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['main.ts'], { cwd: path.join(ROOT, 'examples', example), env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`examples/${example}: synth failed (exit ${r.status})\n${r.stdout}\n${r.stderr}`);
    return { json: JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')), log: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

describe.each(EXAMPLES)('examples/%s and the platform registration', (example, stack) => {
  test('off by default: no terraform_data', () => {
    expect(synth(example, stack).json.resource.terraform_data).toBeUndefined();
  }, 120_000);

  test('with FINOPS_PLATFORM_URL: registers on create and deregisters on destroy, token never in the configuration', () => {
    const { json, log } = synth(example, stack, 'https://finops.example.com');
    // cdktf warns, once per resolve, when a template string sits inside a function call (jsonencode of the bundle).
    expect(log).not.toMatch(/escape sequences/);
    const data = Object.values<any>(json.resource.terraform_data ?? {});
    expect(data).toHaveLength(2);
    const text = JSON.stringify(data);
    expect(text).toContain('https://finops.example.com');
    expect(text).toMatch(/finops-integrations register/);
    expect(text).toMatch(/"when":"destroy"/);
    expect(text).not.toMatch(/FINOPS_PLATFORM_TOKEN=/);
  }, 120_000);
});
