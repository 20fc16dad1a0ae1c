import { spawnSync } from 'child_process';
import { generateKeyPairSync, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SynthesizedExample, synthAllExamples } from './example-stacks';
import { fixture } from '../core/fixtures';
import { ROOT } from '../shared-helpers';

/**
 * secretlint (the recommended preset, plus Azure SAS signatures and account keys through the pattern
 * rule: test/security-rules/secretlintrc.json) over every folder the cdktf examples synthesize. With
 * `emitOutputs` the outputs hold only Terraform references, so nothing secret may be found. A fixture
 * folder, written at test time from random material (no secret-looking file is committed), proves the
 * scan catches each kind of secret this library handles.
 */
const CONFIG = path.join(__dirname, 'secretlintrc.json');

interface Report { filePath: string; messages: Array<{ ruleId: string; message: string }> }

/** Run the secretlint CLI over every file under `dir`; returns its exit code and its JSON report. */
function secretlint(dir: string): { status: number | null; reports: Report[] } {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'secretlint'),
    ['**/*', '--secretlintrc', CONFIG, '--format', 'json', '--no-color', '--no-gitignore'], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`secretlint failed (exit ${r.status}): ${r.stderr}${r.stdout}`);
  return { status: r.status, reports: JSON.parse(r.stdout || '[]') as Report[] };
}

const b64 = (n: number) => randomBytes(n).toString('base64');

/** Each kind of secret, as a file this library or its user could write. */
function writeFixtures(dir: string): Record<string, string> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const files: Record<string, string> = {
    'private-key.pem': privateKey,
    'aws-credentials.ini': `[default]\naws_access_key_id = AKIA${randomBytes(8).toString('hex').toUpperCase()}\naws_secret_access_key = ${b64(30)}\n`,
    'gcp-service-account.json': JSON.stringify({
      type: 'service_account',
      project_id: 'fake-project',
      private_key_id: randomBytes(20).toString('hex'),
      private_key: privateKey,
      client_email: 'fake@fake-project.iam.gserviceaccount.com',
      client_id: '1'.repeat(21),
    }, null, 2),
    'azure-sas.txt': `BlobEndpoint=https://fake.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&sr=c&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(b64(32))}\n`,
  };
  // `terraform output -json` of a GCP bundle: the bundle is a JSON string, and the key JSON a string inside it,
  // so the key's PEM is escaped twice (`\\\\n`), which the preset's rules do not read.
  const bundle = fixture('gcp-key') as any;
  files['terraform-output.json'] = JSON.stringify({
    finops_gcp_bundle: {
      sensitive: true,
      type: 'string',
      value: JSON.stringify({ ...bundle, costOrchestrator: { ...bundle.costOrchestrator, serviceAccountKey: files['gcp-service-account.json'] } }),
    },
  }, null, 2);
  // The google provider's google_service_account_key.private_key: the key JSON, base64-encoded.
  files['gcp-key-base64.txt'] = `${Buffer.from(files['gcp-service-account.json']).toString('base64')}\n`;
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return files;
}

describe('secretlint', () => {
  let examples: SynthesizedExample[] = [];
  let fixtures = '';
  beforeAll(() => {
    examples = synthAllExamples();
    fixtures = fs.mkdtempSync(path.join(os.tmpdir(), 'sec-fixtures-'));
  }, 600_000);
  afterAll(() => {
    for (const d of [...examples.map((e) => e.outdir), fixtures]) fs.rmSync(d, { recursive: true, force: true });
  });

  test('finds nothing in any synthesized example folder (plain and with the platform registration)', () => {
    expect(examples).toHaveLength(9); // gcp, azure, oci plain and registering; multi-cloud's three stacks
    for (const e of examples) {
      expect(fs.readdirSync(e.outdir, { recursive: true }).length).toBeGreaterThan(2);
      const { status, reports } = secretlint(e.outdir);
      expect({ example: e.name, findings: reports.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.ruleId}`)) })
        .toEqual({ example: e.name, findings: [] });
      expect(status).toBe(0);
    }
  });

  test('catches a private key PEM, an AWS secret access key, a GCP service account key (plain, inside a Terraform output string, base64) and an Azure SAS signature', () => {
    writeFixtures(fixtures);
    const { status, reports } = secretlint(fixtures);
    expect(status).toBe(1);
    const rulesByFile = Object.fromEntries(reports.map((r) => [path.basename(r.filePath), [...new Set(r.messages.map((m) => m.ruleId))].sort()]));
    expect(rulesByFile['private-key.pem']).toContain('@secretlint/secretlint-rule-privatekey');
    expect(rulesByFile['aws-credentials.ini']).toContain('@secretlint/secretlint-rule-aws');
    expect(rulesByFile['gcp-service-account.json']).toContain('@secretlint/secretlint-rule-gcp');
    expect(rulesByFile['azure-sas.txt']).toEqual(['@secretlint/secretlint-rule-pattern']);
    expect(rulesByFile['terraform-output.json']).toEqual(['@secretlint/secretlint-rule-pattern']);
    expect(rulesByFile['gcp-key-base64.txt']).toEqual(['@secretlint/secretlint-rule-pattern']);
  });

  test("the CLI's output (register --dry-run, validate) holds no secret of a bundle that does", () => {
    const files = writeFixtures(fixtures);
    const cli = fs.mkdtempSync(path.join(os.tmpdir(), 'sec-cli-'));
    try {
      // the GCP bundle with a PEM private key as its key (the schema takes any string there)
      const bundle = fixture('gcp-key') as any;
      fs.writeFileSync(path.join(cli, 'bundle.json'), JSON.stringify({ ...bundle, costOrchestrator: { ...bundle.costOrchestrator, serviceAccountKey: files['private-key.pem'] } }));
      for (const argv of [['register', '--bundle', 'bundle.json', '--dry-run'], ['validate', '--bundle', 'bundle.json'], ['register', '--bundle', 'bundle.json', '--dry-run', '--json']]) {
        const r = spawnSync(process.execPath, [path.join(ROOT, 'lib', 'cli', 'bin.js'), ...argv], {
          cwd: cli, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', FINOPS_PLATFORM_URL: 'https://finops.example.com', FINOPS_PLATFORM_TOKEN: 'scan-token' },
        });
        expect({ argv, status: r.status }).toEqual({ argv, status: 0 });
        fs.writeFileSync(path.join(cli, `${argv.join('_').replace(/-/g, '')}.out`), `${r.stdout}${r.stderr}`);
      }
      const { reports } = secretlint(cli);
      const flagged = reports.filter((r) => r.messages.length > 0).map((r) => path.basename(r.filePath));
      expect(flagged).toEqual(['bundle.json']); // the input holds the key (the scan can fire); no output does
    } finally {
      fs.rmSync(cli, { recursive: true, force: true });
    }
  });

  test('the scan reaches the stack files of a synthesized folder (a key put there is found)', () => {
    const gcp = examples.find((e) => e.name === 'gcp')!;
    const stack = JSON.parse(fs.readFileSync(gcp.stackFile, 'utf8'));
    stack.output.finops_gcp_bundle.value = JSON.parse(fs.readFileSync(path.join(fixtures, 'gcp-service-account.json'), 'utf8')).private_key;
    fs.writeFileSync(gcp.stackFile, JSON.stringify(stack, null, 2));
    const { status, reports } = secretlint(gcp.outdir);
    expect(status).toBe(1);
    expect(reports.filter((r) => r.messages.length > 0).map((r) => path.relative(gcp.outdir, r.filePath))).toEqual([path.join('stacks', 'finops-gcp', 'cdk.tf.json')]);
  });
});
