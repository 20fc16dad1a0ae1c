import { runCli, tempFiles } from './cli-helpers';
import { ContractServer } from './contract-server';
import { fixture } from '../core/fixtures';

/** The CLI in-process against the contract server; the AWS SDK is stubbed (jest.mock below). */

const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const sent: Array<{ SecretId: string }> = [];
jest.mock('@aws-sdk/client-secrets-manager', () => ({
  SecretsManagerClient: class {
    constructor(public readonly config: { region: string }) {}
    async send(command: { input: { SecretId: string } }) {
      sent.push(command.input);
      if (command.input.SecretId.includes('missing')) {
        const e = new Error('Secrets Manager can\'t find the specified secret.');
        e.name = 'ResourceNotFoundException';
        throw e;
      }
      return { SecretString: JSON.stringify({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET_KEY }) };
    }
  },
  GetSecretValueCommand: class { constructor(public readonly input: { SecretId: string }) {} },
}));

const GCP_KEY = fixture('gcp-key').costOrchestrator.serviceAccountKey as string;

/** A `cdk deploy --outputs-file` file holding the AWS bundle as the construct emits it. */
function cdkOutputs(bundle = fixture('aws-user')): Record<string, unknown> {
  return {
    FinopsBillingAws: {
      FinopsBillingAccountId1A2B3C4D: '123456789012',
      FinopsBillingBundle5E6F7A8B: JSON.stringify(bundle),
    },
  };
}

/** A `terraform output -json` document with the GCP bundle (a JSON string, as jsonencode gives it) and another output. */
function terraformOutput(...bundles: unknown[]): Record<string, unknown> {
  return {
    ...Object.fromEntries(bundles.map((b, i) => [`finops_bundle_${i}`, { sensitive: true, type: 'string', value: JSON.stringify(b) }])),
    finops_gcp_project_id: { sensitive: false, type: 'string', value: 'acme-billing' },
  };
}

const VALID_FS = 'provider,scope_type,scope_id,scope_name,business_unit,cost_center,owner_email\r\naws,account,123456789012,payer,Retail,CC-100,finops@acme.example\r\n';

jest.setTimeout(20_000); // real sockets and retries on a busy machine

let server: ContractServer;
beforeEach(async () => { server = await ContractServer.start(); sent.length = 0; });
afterEach(async () => { await server.close(); });

/** Nothing secret in what the CLI printed. */
function expectNoSecret(run: { stdout: string; stderr: string }) {
  for (const s of [SECRET_KEY, GCP_KEY, server.token, 'MIIE']) {
    expect(run.stdout).not.toContain(s);
    expect(run.stderr).not.toContain(s);
  }
}

describe('finops-integrations register', () => {
  test('--cdk-outputs: reads the access key from Secrets Manager by ARN, registers once, prints no secret', async () => {
    const dir = tempFiles({ 'outputs.json': cdkOutputs() });
    const run = await runCli(['register', '--cdk-outputs', 'outputs.json'], { server, cwd: dir });
    expect(run.code).toBe(0);
    expect(sent).toEqual([{ SecretId: fixture('aws-user').costOrchestrator.secretAccessKeySecretArn }]);
    const registered = server.integrations.get('acme-aws/aws-123456789012') as any;
    expect(registered.costOrchestrator.secretAccessKey).toBe(SECRET_KEY);
    expect(registered.costOrchestrator.secretAccessKeySecretArn).toBeUndefined();
    expect(server.appliedCounts()).toEqual({ putOrg: 1, putIntegration: 1, putRecommendations: 1 });
    // one progress line per step on stderr: the secret read, then the three calls
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/stack output FinopsBillingAws.FinopsBillingBundle5E6F7A8B: read the access key from arn:aws:secretsmanager:/),
      expect.stringMatching(/ensure org 'acme-aws' \(aws\)$/),
      expect.stringMatching(/register integration 'aws-123456789012' in org 'acme-aws'$/),
      expect.stringMatching(/turn recommendations on for 'aws-123456789012'$/),
    ]);
    expect(run.stdout).toBe('registered aws-123456789012 in org acme-aws (putOrg created, putIntegration created, putRecommendations enabled)\n');
    expectNoSecret(run);
  });

  test('--terraform-output - (stdin): registers every output that is a bundle and prints its manual steps', async () => {
    const run = await runCli(['register', '--terraform-output', '-'], { server, stdin: JSON.stringify(terraformOutput(fixture('gcp-key'), fixture('oci-key'))) });
    expect(run.code).toBe(0);
    expect([...server.integrations.keys()].sort()).toEqual([`acme-gcp/${fixture('gcp-key').integrationId}`, `${fixture('oci-key').org.slug}/${fixture('oci-key').integrationId}`].sort());
    expect(run.stdout).toContain('manual step gcp-enable-billing-export: Turn on the billing export');
    expectNoSecret(run);
  });

  test('faults on the way: retried, and each registration takes effect exactly once', async () => {
    server.inject({ kind: 'lost-answer' }, 1, { path: /\/integrations\/[^/]+$/ })
      .inject({ kind: 'status', status: 429, retryAfter: '0' }, 1, { path: /\/recommendations$/ })
      .inject({ kind: 'drop' }, 1, { path: /^\/v1\/orgs\/[^/]+$/ });
    const dir = tempFiles({ 'b.json': fixture('azure-secret') });
    const run = await runCli(['register', '--bundle', 'b.json'], { server, cwd: dir });
    expect(run.code).toBe(0);
    expect(server.appliedCounts()).toEqual({ putOrg: 1, putIntegration: 1, putRecommendations: 1 });
    expect(server.requests.length).toBe(6);
  });

  test('--org and --financial-structure: the CSV is checked, then uploaded to the org', async () => {
    const dir = tempFiles({ 'outputs.json': cdkOutputs(), 'fs.csv': VALID_FS });
    const run = await runCli(['register', '--cdk-outputs', 'outputs.json', '--org', 'acme-retail', '--financial-structure', 'fs.csv', '--json'], { server, cwd: dir });
    expect(run.code).toBe(0);
    expect(server.financialStructures.get('acme-retail')).toBe(VALID_FS);
    const out = JSON.parse(run.stdout);
    expect(out.results[0]).toEqual(expect.objectContaining({ org: 'acme-retail', integrationId: 'aws-123456789012' }));
    expect(out.results[0].steps.map((s: any) => s.operation)).toEqual(['putOrg', 'putIntegration', 'putRecommendations', 'putFinancialStructure']);
  });

  test('a wrong bundle is reported with every problem and its field before any call (exit 2)', async () => {
    const bad = fixture('gcp-key');
    bad.costOrchestrator.projectId = 'X';
    delete bad.costOrchestrator.tables;
    const run = await runCli(['register', '--terraform-output', '-'], { server, stdin: JSON.stringify(terraformOutput(fixture('oci-key'), bad)) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("terraform output 'finops_bundle_1' is not a valid finops-integrations/bundle/v1 document");
    expect(run.stderr).toContain('/costOrchestrator/projectId: must match pattern');
    expect(run.stderr).toContain('/costOrchestrator/tables: is required');
    expect(server.requests).toEqual([]);
    expectNoSecret(run);
  });

  test('a Financial Structure with bad rows is refused with row numbers before any call (exit 2)', async () => {
    const csv = `${VALID_FS}gcp,account,acme-billing,,Retail,,\r\naws,account,12,,,CC-1,not-an-email\r\n`;
    const dir = tempFiles({ 'b.json': fixture('aws-role'), 'fs.csv': csv });
    const run = await runCli(['register', '--bundle', 'b.json', '--financial-structure', 'fs.csv'], { server, cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("row 3, cost_center: 'cost_center' is empty");
    expect(run.stderr).toContain("row 3, scope_type: 'account' is not a gcp scope type (use project)");
    expect(run.stderr).toContain("row 4, scope_id: '12' is not a 12-digit account ID");
    expect(run.stderr).toContain("row 4, owner_email: 'not-an-email' is not an email address");
    expect(server.requests).toEqual([]);
  });

  test('a 4xx fails at once with the platform\'s message (exit 1)', async () => {
    server.inject({ kind: 'status', status: 403, code: 'forbidden', message: 'token lacks the integrations:write scope' });
    const dir = tempFiles({ 'b.json': fixture('gcp-key') });
    const run = await runCli(['register', '--bundle', 'b.json'], { server, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('PUT /v1/orgs/acme-gcp: 403 forbidden: token lacks the integrations:write scope');
    expect(server.requests).toHaveLength(1);
    expectNoSecret(run);
  });

  test('a platform that keeps failing: exit 1, and no secret even when it echoes the body', async () => {
    server.inject({ kind: 'status', status: 500, message: `cannot parse ${GCP_KEY}` }, 10);
    const dir = tempFiles({ 'b.json': fixture('gcp-key') });
    const run = await runCli(['register', '--bundle', 'b.json'], { server, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/gave up after 4 attempts/);
    expectNoSecret(run);
  });

  test('a secret that cannot be read: exit 1 with the SDK\'s reason, nothing sent to the platform', async () => {
    const b = fixture('aws-user');
    b.costOrchestrator.secretAccessKeySecretArn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:missing-AbCdEf';
    const dir = tempFiles({ 'outputs.json': cdkOutputs(b) });
    const run = await runCli(['register', '--cdk-outputs', 'outputs.json'], { server, cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('could not read the access key secret arn:aws:secretsmanager:us-east-1:123456789012:secret:missing-AbCdEf: ResourceNotFoundException');
    expect(server.requests).toEqual([]);
  });

  test('--dry-run prints the calls with secrets redacted and sends nothing', async () => {
    const dir = tempFiles({ 'outputs.json': cdkOutputs(), 'b.json': fixture('gcp-key') });
    const aws = await runCli(['register', '--cdk-outputs', 'outputs.json', '--dry-run'], { server, cwd: dir, env: { FINOPS_PLATFORM_URL: undefined } });
    const gcp = await runCli(['register', '--bundle', 'b.json', '--dry-run', '--json'], { server, cwd: dir });
    expect([aws.code, gcp.code]).toEqual([0, 0]);
    expect(aws.stdout).toContain('PUT /v1/orgs/acme-aws/integrations/aws-123456789012');
    expect(aws.stdout).toContain('"secretAccessKey": "***REDACTED***"');
    const plan = JSON.parse(gcp.stdout);
    expect(plan.calls.map((c: any) => `${c.method} ${c.path}`)).toEqual([
      'PUT /v1/orgs/acme-gcp', 'PUT /v1/orgs/acme-gcp/integrations/gcp-012345-6789AB-CDEF01', 'PUT /v1/orgs/acme-gcp/integrations/gcp-012345-6789AB-CDEF01/recommendations',
    ]);
    expect(plan.calls[1].body.costOrchestrator.serviceAccountKey).toBe('***REDACTED***');
    expect(server.requests).toEqual([]);
    expect(sent).toEqual([]);
    expectNoSecret(aws);
    expectNoSecret(gcp);
  });
});

describe('finops-integrations deregister', () => {
  test('deletes each integration; one already absent counts as done', async () => {
    const dir = tempFiles({ 'b.json': fixture('oci-key') });
    expect((await runCli(['register', '--bundle', 'b.json'], { server, cwd: dir })).code).toBe(0);
    const first = await runCli(['deregister', '--bundle', 'b.json'], { server, cwd: dir });
    const second = await runCli(['deregister', '--bundle', 'b.json'], { server, cwd: dir });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(first.stdout).toMatch(/^deregistered oci-.* \(deleteIntegration deleted\)\n$/);
    expect(second.stdout).toMatch(/\(deleteIntegration absent\)\n$/);
    expect(server.integrations.size).toBe(0);
  });

  test('--org with --integration-id: no bundle needed (the cdktf destroy step runs this)', async () => {
    const dir = tempFiles({ 'b.json': fixture('gcp-key') });
    await runCli(['register', '--bundle', 'b.json'], { server, cwd: dir });
    const run = await runCli(['deregister', '--org', 'acme-gcp', '--integration-id', 'gcp-012345-6789AB-CDEF01'], { server });
    expect(run).toEqual({ code: 0, stdout: 'deregistered gcp-012345-6789AB-CDEF01 in org acme-gcp (deleteIntegration deleted)\n', stderr: expect.stringContaining('deregister') });
    expect(server.integrations.size).toBe(0);
    const bad = await runCli(['deregister', '--integration-id', 'gcp-012345-6789AB-CDEF01'], { server });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--integration-id needs --org <slug>');
  });

  test('needs no secret: an AWS bundle naming its key by ARN reads nothing', async () => {
    const dir = tempFiles({ 'outputs.json': cdkOutputs() });
    const run = await runCli(['deregister', '--cdk-outputs', 'outputs.json'], { server, cwd: dir });
    expect(run.code).toBe(0);
    expect(sent).toEqual([]);
  });
});

describe('finops-integrations validate', () => {
  test('a valid bundle: exit 0, and no network (no platform set)', async () => {
    const dir = tempFiles({ 'b.json': fixture('aws-role') });
    const run = await runCli(['validate', '--bundle', 'b.json'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: 'valid: b.json (aws aws-123456789012)\n', stderr: '' });
  });

  test('an invalid bundle: exit 2 with every problem; --json gives them as data', async () => {
    const b = fixture('azure-secret');
    b.costOrchestrator.tenantId = 'nope';
    b.extra = 1;
    const dir = tempFiles({ 'b.json': b });
    const run = await runCli(['validate', '--bundle', 'b.json', '--json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).bundles[0].problems).toEqual(expect.arrayContaining([
      { pointer: '/costOrchestrator/tenantId', message: expect.stringMatching(/must match pattern/) },
      { pointer: '/extra', message: 'is not a field of this object' },
    ]));
  });
});

describe('finops-integrations financial-structure template', () => {
  test('pre-fills every scope the bundles name; the result checks once filled in', async () => {
    const dir = tempFiles({ 'b.json': fixture('gcp-key') });
    const run = await runCli(['financial-structure', 'template', '--provider', 'gcp', '--bundle', 'b.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('provider,scope_type,scope_id,scope_name,business_unit,cost_center,owner_email\r\ngcp,project,acme-billing,,,,\r\n');
    const filled = run.stdout.replace('gcp,project,acme-billing,,,,', 'gcp,project,acme-billing,Billing,"Retail, EU",CC-7,a@b.example');
    const check = await runCli(['validate', '--bundle', 'b.json', '--financial-structure', 'fs.csv'], { cwd: tempFiles({ 'b.json': fixture('gcp-key'), 'fs.csv': filled }) });
    expect(check.code).toBe(0);
    const unfilled = await runCli(['validate', '--bundle', 'b.json', '--financial-structure', 'fs.csv'], { cwd: tempFiles({ 'b.json': fixture('gcp-key'), 'fs.csv': run.stdout }) });
    expect(unfilled.code).toBe(2);
    expect(unfilled.stderr).toContain("row 2, business_unit: 'business_unit' is empty");
  });

  test('without a bundle: the header only; a wrong provider is a usage error', async () => {
    expect((await runCli(['financial-structure', 'template', '--provider', 'oci'])).stdout).toBe('provider,scope_type,scope_id,scope_name,business_unit,cost_center,owner_email\r\n');
    const bad = await runCli(['financial-structure', 'template', '--provider', 'ibm']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--provider must be one of aws, gcp, azure, oci; got 'ibm'");
  });
});

describe('usage', () => {
  test.each([
    [['register'], /give exactly one of --bundle/],
    [['register', '--bundle', 'a.json', '--cdk-outputs', 'b.json'], /give exactly one of/],
    [['register', '--bundle', 'nope.json'], /cannot read the bundle 'nope.json': ENOENT/],
    [['register', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['launch'], /unknown command 'launch'/],
    [[], /Usage: finops-integrations <command>/],
  ])('%j: exit 2', async (argv, message) => {
    const run = await runCli(argv, { server });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  test('the platform comes from FINOPS_PLATFORM_URL and FINOPS_PLATFORM_TOKEN; a missing or http:// one is exit 2', async () => {
    const dir = tempFiles({ 'b.json': fixture('gcp-key') });
    const noUrl = await runCli(['register', '--bundle', 'b.json'], { cwd: dir, env: { FINOPS_PLATFORM_TOKEN: 'x' } });
    const noToken = await runCli(['register', '--bundle', 'b.json'], { cwd: dir, env: { FINOPS_PLATFORM_URL: 'https://p.example' } });
    const http = await runCli(['register', '--bundle', 'b.json'], { cwd: dir, env: { FINOPS_PLATFORM_URL: 'http://p.example', FINOPS_PLATFORM_TOKEN: 'x' } });
    expect([noUrl.code, noToken.code, http.code]).toEqual([2, 2, 2]);
    expect(noUrl.stderr).toContain('FINOPS_PLATFORM_URL is not set');
    expect(noToken.stderr).toContain('FINOPS_PLATFORM_TOKEN is not set');
    expect(http.stderr).toContain('must use https://');
  });

  test('--help shows every command with an example, and each command\'s help has one', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['register', 'deregister', 'validate', 'financial-structure']) {
      expect(help.stdout.split('Examples:\n')[1]).toMatch(new RegExp(`^  (.* \\| )?finops-integrations ${c} `, 'm'));
      const sub = await runCli([c, '--help']);
      expect(sub.code).toBe(0);
      expect(sub.stdout.split(/Examples?:\n/)[1]).toMatch(new RegExp(`^  (.* \\| )?finops-integrations ${c} `, 'm'));
    }
  });
});
