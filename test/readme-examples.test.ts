import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';

/**
 * The README's minimal examples are what a new user copies first: each must type-check against the
 * compiled package (as `finops-integrations/<entry>`, the way a user imports it) and synthesize.
 * Needs lib/ (the test task compiles first).
 */
const root = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The ```ts block that follows each "### Minimal example" heading, with its section's title. */
function minimalExamples(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const section of readme.split(/^(?=## )/m)) {
    const m = /^### Minimal example$[\s\S]*?^```ts\n([\s\S]*?)^```$/m.exec(section);
    if (m) out.push([section.split('\n')[0].replace(/^## /, ''), m[1]]);
  }
  return out;
}

describe('README minimal examples', () => {
  const examples = minimalExamples();

  test('there is one per available cloud construct', () => {
    expect(examples.map(([title]) => title.split(' ')[0])).toEqual(['AWS', 'GCP', 'OCI']);
  });

  test.each(examples)('%s: type-checks and synthesizes', (_, code) => {
    // Inside the package folder, so that `finops-integrations/...` resolves by self-reference to lib/.
    const dir = fs.mkdtempSync(path.join(root, 'test', '.readme-'));
    try {
      const file = path.join(dir, 'example.ts');
      fs.writeFileSync(file, code);
      const program = ts.createProgram([file], {
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        esModuleInterop: true,
        module: ts.ModuleKind.Node16,
        moduleResolution: ts.ModuleResolutionKind.Node16,
        target: ts.ScriptTarget.ES2022,
        types: ['node'],
      });
      const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(diagnostics).toEqual([]);

      const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
      fs.writeFileSync(path.join(dir, 'example.js'), js);
      const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-synth-'));
      execFileSync(process.execPath, [path.join(dir, 'example.js')], {
        cwd: dir,
        // The OCI example reads your public key from a file: here, the example app's placeholder.
        env: { ...process.env, CDK_OUTDIR: outdir, CDKTF_OUTDIR: outdir, OCI_API_PUBLIC_KEY_FILE: path.join(root, 'examples', 'oci', 'placeholder_public_key.pem') },
        stdio: 'pipe',
      });
      const written = fs.readdirSync(outdir, { recursive: true }).map(String);
      expect(written.some((f) => f.endsWith('.template.json') || f.endsWith('cdk.tf.json'))).toBe(true);
      fs.rmSync(outdir, { recursive: true, force: true });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
