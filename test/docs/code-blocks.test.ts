import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ts from 'typescript';
import { docFiles, guideFiles, quickStart, ROOT, typeScriptBlocks } from './markdown-blocks';

/**
 * Every TypeScript block of the README and of the guides (docs/*.md) is what a user copies: each must
 * type-check against the compiled package (imported as `finops-integrations/<entry>`, the way a user
 * imports it), and each one that builds an App must also run and synthesize. A block is a whole
 * program, unless its first line starts with `// continues`: it then continues the block before it in
 * the same file (inserted before that block's `app.synth();`). Needs lib/ (the test task compiles first).
 */
interface Program { readonly name: string; code: string }

function programs(): Program[] {
  const out: Program[] = [];
  for (const file of docFiles()) {
    let last: Program | undefined;
    for (const block of typeScriptBlocks(file)) {
      if (block.code.startsWith('// continues')) {
        if (!last) throw new Error(`${file}:${block.line}: a "// continues" block needs a block before it`);
        const at = last.code.lastIndexOf('app.synth();');
        last.code = at < 0 ? last.code + block.code : last.code.slice(0, at) + block.code + last.code.slice(at);
      } else {
        last = { name: `${file}:${block.line}`, code: block.code };
        out.push(last);
      }
    }
  }
  return out;
}

const all = programs();

describe('code blocks of the README and the guides', () => {
  // Inside the package folder, so that `finops-integrations/...` resolves by self-reference to lib/.
  const dir = fs.mkdtempSync(path.join(ROOT, 'test', '.readme-'));
  // Files a guide's shell steps create before its app runs: the OCI quick start's public key (openssl).
  fs.copyFileSync(path.join(ROOT, 'examples', 'oci', 'placeholder_public_key.pem'), path.join(dir, 'oci_api_key_public.pem'));
  const fileOf = (p: Program) => path.join(dir, `${p.name.replace(/[^\w]+/g, '_')}.ts`);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('there are blocks in the README and in each guide', () => {
    const files = new Set(all.map((p) => p.name.split(':')[0]));
    expect(['README.md', ...guideFiles()].filter((f) => !files.has(f))).toEqual([]);
  });

  test('every block type-checks (one program, each block its own module)', () => {
    // `export {}` makes a block without imports a module too, so that blocks never share globals.
    for (const p of all) fs.writeFileSync(fileOf(p), `${p.code}\nexport {};\n`);
    const program = ts.createProgram(all.map(fileOf), {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      esModuleInterop: true,
      module: ts.ModuleKind.Node16,
      moduleResolution: ts.ModuleResolutionKind.Node16,
      target: ts.ScriptTarget.ES2022,
      types: ['node'],
    });
    const problems = Object.fromEntries(all.map((p) => [p.name, [] as string[]]));
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const owner = all.find((p) => d.file && path.resolve(d.file.fileName) === fileOf(p));
      const where = d.file && d.start !== undefined ? `line ${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '';
      problems[owner?.name ?? 'other'] = [...(problems[owner?.name ?? 'other'] ?? []), where + ts.flattenDiagnosticMessageText(d.messageText, '\n')];
    }
    expect(problems).toEqual(Object.fromEntries(all.map((p) => [p.name, []])));
  }, 120_000);

  // A block that repeats another word for word (the README's quick start is the AWS guide's) runs once.
  const apps = all.filter((p, i) => p.code.includes('new App(') && all.findIndex((q) => q.code === p.code) === i);
  test.each(apps.map((p) => [p.name, p]))('%s runs and synthesizes', (_, p) => {
    const js = ts.transpileModule(p.code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    const file = fileOf(p).replace(/\.ts$/, '.js');
    fs.writeFileSync(file, js);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-synth-'));
    try {
      execFileSync(process.execPath, [file], { cwd: dir, env: { ...process.env, CDK_OUTDIR: outdir, CDKTF_OUTDIR: outdir }, stdio: 'pipe' });
      const written = fs.readdirSync(outdir, { recursive: true }).map(String);
      expect(written.some((f) => f.endsWith('.template.json') || f.endsWith('cdk.tf.json'))).toBe(true);
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});

describe('quick starts', () => {
  // The guides of the entry points; topic pages (docs/manual-steps.md, docs/cdk-terrain.md) have no app to start.
  const guides = guideFiles();

  test('every cloud guide is an entry point guide', () => {
    expect(['docs/aws.md', 'docs/gcp.md', 'docs/azure.md', 'docs/oci.md'].filter((g) => !guides.includes(g))).toEqual([]);
  });

  test.each(guides.map((g) => [g]))('%s has one (a test:user-path entry runs it in CI)', (guide) => {
    const steps = quickStart(guide);
    expect(steps.filter((s) => 'save' in s).length).toBeGreaterThanOrEqual(1);
    expect(steps.filter((s) => 'run' in s).length).toBeGreaterThanOrEqual(2);
  });

  test("the README's is the AWS guide's, word for word", () => {
    expect(quickStart('README.md')).toEqual(quickStart('docs/aws.md'));
  });
});
