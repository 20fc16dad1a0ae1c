import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The jsii target names (Python, Java, .NET, Go) are set and the assembly generates code for each.
 * Packaging (wheels, jars, nupkgs) needs registries this machine cannot reach, so this generates
 * source only (`jsii-pacmak --code-only`) from the .jsii the test task's compile step wrote.
 */
describe('jsii targets', () => {
  const root = path.join(__dirname, '..');
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pacmak-'));

  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve('jsii-pacmak/bin/jsii-pacmak'),
      '--target', 'python', '--target', 'java', '--target', 'dotnet', '--target', 'go', '--code-only', '-o', out], { cwd: root, stdio: 'pipe' });
  }, 120_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  const exists = (...p: string[]) => fs.existsSync(path.join(out, ...p));

  test('Python: module finops_integrations with a submodule per entry point', () => {
    for (const m of ['core', 'aws', 'gcp']) expect([m, exists('python', 'src', 'finops_integrations', m, '__init__.py')]).toEqual([m, true]);
    const gcp = fs.readFileSync(path.join(out, 'python', 'src', 'finops_integrations', 'gcp', '__init__.py'), 'utf8');
    expect(gcp).toMatch(/^class GcpBillingIntegration\(/m);
  });

  test('Java: package dev.finopsintegrations', () => {
    const dir = path.join(out, 'java', 'src', 'main', 'java', 'dev', 'finopsintegrations');
    expect(fs.existsSync(path.join(dir, 'aws', 'AwsBillingIntegration.java'))).toBe(true);
  });

  test('.NET: namespace FinopsIntegrations', () => {
    const files = fs.readdirSync(path.join(out, 'dotnet'), { recursive: true }).map(String);
    expect(files.some((f) => f.endsWith(path.join('Core', 'IntegrationId.cs')))).toBe(true);
  });

  test('Go: module github.com/finops-integrations/finops-integrations-go', () => {
    const goMod = fs.readFileSync(path.join(out, 'go', 'finopsintegrations', 'go.mod'), 'utf8');
    expect(goMod).toMatch(/^module github\.com\/finops-integrations\/finops-integrations-go\/finopsintegrations$/m);
  });
});
