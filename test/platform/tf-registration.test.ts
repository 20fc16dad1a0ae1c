import { execFile } from 'child_process';
import { createHash } from 'crypto';
import * as path from 'path';
import { TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { TerraformPlatformRegistration, TerraformPlatformRegistrationProps } from '../../src/platform';
import { fixture } from '../core/fixtures';
import { ROOT } from '../shared-helpers';
import { tempFiles } from './cli-helpers';
import { ContractServer } from './contract-server';

/** The cdktf PlatformRegistration: its synthesized Terraform, and its command lines run against the contract server. */

const GCP_BUNDLE = JSON.stringify(fixture('gcp-key'));
const URL = 'https://finops.example.com';

type Props = Partial<TerraformPlatformRegistrationProps>;

function synth(props: Props = {}, withStack?: (stack: TerraformStack) => Props): any {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  new TerraformPlatformRegistration(stack, 'Platform', { bundle: GCP_BUNDLE, platformUrl: URL, ...props, ...withStack?.(stack) });
  return JSON.parse(Testing.synth(stack));
}

function resources(json: any): { register: any; deregister: any } {
  const all = json.resource.terraform_data;
  const [[, deregister], ...rest] = Object.entries<any>(all).sort(([a]) => (a.includes('Deregistration') ? -1 : 1));
  expect(rest).toHaveLength(1);
  return { register: rest[0][1], deregister };
}

describe('TerraformPlatformRegistration (synth)', () => {
  test('registers on create through the environment only; re-runs when the bundle changes', () => {
    const { register } = resources(synth());
    const exec = register.provisioner[0]['local-exec'];
    expect(exec.command).toBe('printf \'%s\' "$FINOPS_BUNDLE" | npx --no-install finops-integrations register --bundle -');
    expect(exec.command).not.toContain('BEGIN PRIVATE KEY');
    expect(exec.interpreter).toEqual(['/bin/sh', '-c']);
    expect(exec.environment).toEqual({ FINOPS_BUNDLE: GCP_BUNDLE, FINOPS_PLATFORM_URL: URL });
    expect(exec.when).toBeUndefined();
    expect(register.triggers_replace).toEqual(expect.objectContaining({ bundle_sha256: createHash('sha256').update(GCP_BUNDLE).digest('hex'), org: 'acme-gcp', platform_url: URL }));
    expect(JSON.stringify(register)).not.toContain('FINOPS_PLATFORM_TOKEN');
  });

  test('deregisters on destroy using only self, and keeps no secret in its input', () => {
    const { register, deregister } = resources(synth());
    const exec = deregister.provisioner[0]['local-exec'];
    expect(exec.when).toBe('destroy');
    expect(exec.command).toBe('${self.input.cli} deregister --org "$FINOPS_ORG" --integration-id "$FINOPS_INTEGRATION_ID"');
    expect(JSON.stringify(deregister.provisioner).match(/\$\{[^}]*\}/g)!.every((ref) => ref.startsWith('${self.'))).toBe(true);
    expect(deregister.input).toEqual({ org: 'acme-gcp', integration_id: 'gcp-012345-6789AB-CDEF01', platform_url: URL, cli: 'npx --no-install finops-integrations' });
    expect(deregister.triggers_replace).toEqual(deregister.input);
    expect(register.depends_on).toEqual([expect.stringMatching(/^terraform_data\.Platform_Deregistration_/)]);
  });

  test('a bundle known only at apply time: org and integration id are read from it by Terraform', () => {
    const { deregister } = resources(synth({}, (stack) => ({ bundle: new TerraformVariable(stack, 'bundle', { type: 'string', sensitive: true }).stringValue })));
    expect(deregister.input.org).toBe('${jsondecode(var.bundle).org.slug}');
    expect(deregister.input.integration_id).toBe('${jsondecode(var.bundle).integrationId}');
    const { register } = resources(synth({}, (stack) => ({ bundle: new TerraformVariable(stack, 'bundle', { type: 'string', sensitive: true }).stringValue })));
    expect(register.triggers_replace.bundle_sha256).toBe('${sha256(var.bundle)}');
    expect(register.provisioner[0]['local-exec'].environment.FINOPS_BUNDLE).toBe('${var.bundle}');
  });

  test('--org and the Financial Structure are passed through the environment; the CSV\'s hash re-runs it', () => {
    const dir = tempFiles({ 'fs.csv': 'provider,scope_type,scope_id,business_unit,cost_center\ngcp,project,acme-billing,Retail,CC-1\n' });
    const { register, deregister } = resources(synth({ org: 'acme-retail', financialStructureFile: path.join(dir, 'fs.csv') }));
    const exec = register.provisioner[0]['local-exec'];
    expect(exec.command).toMatch(/register --bundle - --org "\$FINOPS_ORG" --financial-structure "\$FINOPS_FINANCIAL_STRUCTURE"$/);
    expect(exec.environment).toEqual(expect.objectContaining({ FINOPS_ORG: 'acme-retail', FINOPS_FINANCIAL_STRUCTURE: path.join(dir, 'fs.csv') }));
    expect(register.triggers_replace.financial_structure_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(deregister.input.org).toBe('acme-retail');
  });

  test.each([
    [{ platformUrl: 'http://finops.example.com' }, /Stack\/Platform: 'platformUrl' must use https:\/\/ \(http:\/\/ is allowed only to localhost.*; got 'http:\/\/finops.example.com'/],
    [{ org: 'Acme' }, /Stack\/Platform: 'org' must be 1 to 63 lowercase letters.*; got 'Acme'/],
    [{ bundle: '{"schema":"finops-integrations/bundle/v1","provider":"gcp"}' }, /Stack\/Platform: 'bundle' must be a valid finops-integrations\/bundle\/v1 document: \/integrationId is required.*; got 'an invalid bundle'/],
    [{ bundle: 'nope' }, /'bundle' must be the JSON text/],
    [{ financialStructureFile: '/nonexistent/fs.csv' }, /'financialStructureFile' must be a readable file \(ENOENT\); got '\/nonexistent\/fs.csv'/],
  ])('fails at synth on %j', (props, message) => {
    expect(() => synth(props)).toThrow(message);
  });

  test('an invalid bundle\'s secret is not in the synth error', () => {
    const b = fixture('gcp-key');
    b.costOrchestrator.projectId = 'X';
    expect(() => synth({ bundle: JSON.stringify(b) })).toThrow(/projectId must match pattern/);
    expect(() => synth({ bundle: JSON.stringify(b) })).not.toThrow(/PRIVATE KEY/);
  });
});

describe('TerraformPlatformRegistration (its command lines against the contract server)', () => {
  jest.setTimeout(30_000); // separate node processes on a busy machine
  let server: ContractServer;
  beforeEach(async () => { server = await ContractServer.start(); });
  afterEach(async () => { await server.close(); });

  /** Run a synthesized local-exec as Terraform would: its interpreter, its environment (self refs resolved) plus the user's token. */
  function runProvisioner(exec: any, self: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
    const resolve = (s: string) => s.replace(/\$\{self\.input\.(\w+)\}/g, (_, k: string) => self[k]);
    const env = Object.fromEntries(Object.entries<string>(exec.environment).map(([k, v]) => [k, resolve(v)]));
    return new Promise((done) => {
      execFile(exec.interpreter[0], [...exec.interpreter.slice(1), resolve(exec.command)], {
        env: { PATH: process.env.PATH ?? '', ...env, FINOPS_PLATFORM_TOKEN: server.token },
        cwd: ROOT,
        timeout: 30_000,
      }, (e, stdout, stderr) => done({ code: e ? Number(e.code) : 0, stdout, stderr }));
    });
  }

  test('create registers; destroy deregisters; no secret printed', async () => {
    // The compiled CLI of this package (lib/, built by the test task's compile step).
    const cli = `node ${path.join(ROOT, 'lib', 'cli', 'bin.js')}`;
    const { register, deregister } = resources(synth({ platformUrl: server.url, cliCommand: cli }));
    const created = await runProvisioner(register.provisioner[0]['local-exec']);
    expect([created.code, created.stderr]).toEqual([0, expect.anything()]);
    expect(server.integrations.get('acme-gcp/gcp-012345-6789AB-CDEF01')).toEqual(fixture('gcp-key'));
    expect(server.appliedCounts()).toEqual({ putOrg: 1, putIntegration: 1, putRecommendations: 1 });
    expect(`${created.stdout}${created.stderr}`).not.toMatch(/PRIVATE KEY|contract-test-token/);

    const destroyed = await runProvisioner(deregister.provisioner[0]['local-exec'], deregister.input);
    expect([destroyed.code, destroyed.stderr]).toEqual([0, expect.anything()]);
    expect(server.integrations.size).toBe(0);
    // the bundle reached the CLI on standard input, never on a command line
    expect(register.provisioner[0]['local-exec'].command).not.toContain('gcp-012345');
  });
});
