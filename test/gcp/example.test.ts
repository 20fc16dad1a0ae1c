import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { GcsBackend, Testing, TerraformStack } from 'cdktf';
import { ROOT } from '../shared-helpers';

/** The GCP example keeps secrets out of git and shows where the state should live (a GCS backend). */

const EXAMPLE = path.join('examples', 'gcp');

/** The paths of `candidates` (relative to the example) that git would ignore there. */
function ignored(candidates: string[]): string[] {
  const paths = candidates.map((c) => path.join(EXAMPLE, c));
  try {
    const out = execFileSync('git', ['check-ignore', '--no-index', ...paths], { cwd: ROOT, encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map((p) => path.relative(EXAMPLE, p)).sort();
  } catch (e) {
    if ((e as { status?: number }).status === 1) return []; // none ignored
    throw e;
  }
}

describe('examples/gcp', () => {
  test('.gitignore keeps the bundle, key files, private keys and local state out of git', () => {
    const secrets = ['bundle.json', 'prod.bundle.json', 'key.json', 'finops-key.json', 'credentials.json', 'private-key.pem',
      'terraform.tfstate', 'terraform.tfstate.backup', 'cdktf.out/stacks/finops-gcp/terraform.finops-gcp.tfstate', '.terraform/providers/x'];
    expect(ignored(secrets)).toEqual([...secrets].sort());
  });

  test('.gitignore keeps the sources and a public certificate committable', () => {
    expect(ignored(['main.ts', 'billing-stack.ts', 'README.md', 'cdktf.json', 'tsconfig.json', 'public-cert.pem', '.gitignore'])).toEqual([]);
  });

  test('billing-stack.ts shows a GCS backend, commented, whose settings cdktf accepts', () => {
    const main = fs.readFileSync(path.join(ROOT, EXAMPLE, 'billing-stack.ts'), 'utf8');
    const m = /^\s*\/\/ new GcsBackend\(this, \{ bucket: '([^']+)', prefix: '([^']+)' \}\);$/m.exec(main);
    expect(m).not.toBeNull();
    const stack = new TerraformStack(Testing.app(), 'Stack');
    new GcsBackend(stack, { bucket: m![1], prefix: m![2] });
    expect(JSON.parse(Testing.synth(stack)).terraform.backend).toEqual({ gcs: { bucket: 'acme-terraform-state', prefix: 'finops-gcp' } });
  });

  test('the stack emits the bundle under its stable output name, and main.ts says how to read it', () => {
    expect(fs.readFileSync(path.join(ROOT, EXAMPLE, 'billing-stack.ts'), 'utf8')).toMatch(/emitOutputs: true/);
    const main = fs.readFileSync(path.join(ROOT, EXAMPLE, 'main.ts'), 'utf8');
    expect(main).toMatch(/output -json finops_gcp_bundle > bundle\.json/);
  });
});
