import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { Testing } from 'cdktf';
import { BillingStack } from '../../examples/aws-cdk/billing-stack';
import { AzureBillingStack } from '../../examples/azure/billing-stack';
import { FinopsGcpStack } from '../../examples/gcp/billing-stack';
import { FinopsOciStack } from '../../examples/oci/billing-stack';
import { ROOT } from '../shared-helpers';

// The examples import the package entry points, which resolve to the compiled lib/; here they are the source.
jest.mock('finops-integrations/aws', () => jest.requireActual('../../src/aws'), { virtual: true });
jest.mock('finops-integrations/gcp', () => jest.requireActual('../../src/gcp'), { virtual: true });
jest.mock('finops-integrations/azure', () => jest.requireActual('../../src/azure'), { virtual: true });
jest.mock('finops-integrations/oci', () => jest.requireActual('../../src/oci'), { virtual: true });
jest.mock('finops-integrations/platform', () => jest.requireActual('../../src/platform'), { virtual: true });

interface StackReport {
  readonly framework: string;
  readonly resources: Array<{ type: string; count: number }>;
  readonly permissions: Array<{ title: string; columns: string[]; rows: string[][] }>;
  readonly registrations: string[];
  readonly bundle?: Array<{ field: string; value: string }>;
  readonly manualSteps: Array<{ id: string; description: string; url?: string }>;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const { readTerraform } = require('../../build-tools/report/read-terraform') as { readTerraform: (json: unknown) => StackReport };
const { readCloudFormation } = require('../../build-tools/report/read-cloudformation') as { readCloudFormation: (json: unknown) => StackReport };
const { exampleMarkdown } = require('../../build-tools/report/markdown') as { exampleMarkdown: (e: unknown) => string };
const AZURE_ROLES = require('../../build-tools/report/azure-roles') as Record<string, string>;
/* eslint-enable @typescript-eslint/no-require-imports */

/** The report's markdown for one stack, as `npx projen examples` prints it. */
function markdown(name: string, report: StackReport): string {
  return exampleMarkdown({ name: 'fixture', cmd: 'synth', stacks: [{ name, file: 'cdk.tf.json', report }] });
}
const tf = (stack: import('cdktf').TerraformStack) => readTerraform(JSON.parse(Testing.synth(stack)));
const count = (r: StackReport, type: string) => r.resources.find((x) => x.type === type)?.count;
const field = (r: StackReport, name: string) => r.bundle?.find((f) => f.field === name)?.value;
const column = (r: StackReport, title: RegExp, name: string) => {
  const t = r.permissions.find((p) => title.test(p.title));
  return t ? t.rows.map((row) => row[t.columns.indexOf(name)]) : [];
};

describe('the examples report (build-tools/report), over synthesized stacks', () => {
  test('AWS: resources by type, policy statements with actions, resources and principals, bundle with expressions', () => {
    const stack = new BillingStack(new App(), 'FinopsBillingAws', { env: { account: '123456789012', region: 'us-east-1' } });
    const r = readCloudFormation(Template.fromStack(stack).toJSON());
    expect(count(r, 'AWS::IAM::User')).toBe(1);
    expect(count(r, 'AWS::BCMDataExports::Export')).toBe(2);
    const rows = r.permissions[0].rows.map((row) => Object.fromEntries(r.permissions[0].columns.map((c, i) => [c, row[i]])));
    expect(rows).toContainEqual(expect.objectContaining({ effect: 'Allow', actions: 'iam:SimulatePrincipalPolicy', resources: expect.stringMatching(/^\$\{FinopsBillingUser\w+\.Arn\}$/) }));
    expect(rows).toContainEqual(expect.objectContaining({ policy: expect.stringMatching(/^BucketPolicy/), principal: 'Service: bcm-data-exports.amazonaws.com' }));
    expect(rows.every((x) => x.effect === 'Deny' || !/(^|, )\w+:\*/.test(x.actions))).toBe(true);
    expect(field(r, 'costOrchestrator.accountId')).toBe('123456789012');
    expect(field(r, 'costOrchestrator.principalArn')).toMatch(/^\$\{FinopsBillingUser\w+\.Arn\}$/);
    expect(r.manualSteps).toEqual([]);
  });

  test('GCP: custom roles resolved to their permissions, member and scope; the key redacted; the manual step', () => {
    const r = tf(new FinopsGcpStack(Testing.app(), 'finops-gcp'));
    expect(count(r, 'google_service_account_key')).toBe(1);
    expect(column(r, /GCP/, 'scope')).toEqual(expect.arrayContaining(['organization: org_id 123456789012', 'billing_account: billing_account_id 012345-6789AB-CDEF01', 'project: project acme-billing']));
    expect(column(r, /GCP/, 'permissions').join(', ')).toContain('billing.accounts.get');
    expect(column(r, /GCP/, 'role').every((role) => role.startsWith('custom finops_'))).toBe(true);
    expect(field(r, 'costOrchestrator.serviceAccountKey')).toBe('***REDACTED***');
    expect(field(r, 'costOrchestrator.billingAccountId')).toBe('012345-6789AB-CDEF01');
    expect(r.manualSteps.map((s) => s.id)).toEqual(['gcp-enable-billing-export']);
    expect(r.registrations).toEqual([]);
  });

  test('Azure: role assignments by role name and scope, the SAS, secrets redacted in the text too', () => {
    const r = tf(new AzureBillingStack(Testing.app(), 'finops-azure', { platformUrl: 'https://finops.example.com' }));
    const roles = column(r, /Azure/, 'role');
    expect(roles.filter((x) => x.startsWith('Reader ('))).toHaveLength(2);
    expect(roles.filter((x) => x.startsWith('EventGrid EventSubscription Reader ('))).toHaveLength(2);
    expect(roles.filter((x) => x.startsWith('Storage Blob Data Reader ('))).toHaveLength(1);
    expect(roles).toContainEqual(expect.stringMatching(/^SAS token \(list, read; HTTPS only;/));
    expect(column(r, /Azure/, 'scope')).toContain('/subscriptions/22222222-2222-4222-8222-222222222222');
    for (const secret of ['clientSecret', 'storage.sasToken', 'storage.connectionString']) expect(field(r, `costOrchestrator.${secret}`)).toBe('***REDACTED***');
    expect(r.registrations).toEqual(['https://finops.example.com']);
    const text = markdown('finops-azure', r);
    expect(text).not.toMatch(/azuread_application_password\.\w+\.value|SharedAccessSignature=/);
    expect(text).toContain('**Platform registration** on deploy');
  });

  test('OCI: policy statements verbatim, the manual step', () => {
    const r = tf(new FinopsOciStack(Testing.app(), 'finops-oci'));
    expect(column(r, /OCI/, 'statement')).toContain('endorse group finops-usage-report-readers to read objects in tenancy usage-report');
    expect(r.manualSteps.map((s) => s.id)).toEqual(['oci-provide-private-key']);
    expect(markdown('finops-oci', r)).toMatch(/^- `oci-provide-private-key`: /m);
  });

  test('a writeOnly field holding a literal secret is redacted (the value never reaches the report)', () => {
    const r = readTerraform({
      resource: {},
      output: { b: { value: { schema: 'finops-integrations/bundle/v1', provider: 'oci', costOrchestrator: { privateKey: '-----BEGIN PRIVATE KEY-----abc', region: 'us-ashburn-1' } } } },
    });
    expect(r.bundle).toEqual([
      { field: 'schema', value: 'finops-integrations/bundle/v1' },
      { field: 'provider', value: 'oci' },
      { field: 'costOrchestrator.privateKey', value: '***REDACTED***' },
      { field: 'costOrchestrator.region', value: 'us-ashburn-1' },
    ]);
  });

  test('every Azure role the constructs assign (src/azure/permissions.ts) has its name in the report', () => {
    const source = fs.readFileSync(path.join(ROOT, 'src', 'azure', 'permissions.ts'), 'utf8');
    const guids = [...source.matchAll(/^export const \w+ = '([0-9a-f-]{36})';/gm)].map((m) => m[1]);
    expect(guids.length).toBeGreaterThan(0);
    expect(guids.filter((g) => !AZURE_ROLES[g])).toEqual([]);
  });
});

describe('examples/multi-cloud', () => {
  test('synthesizes offline, without a token, one stack per cloud, each registering its bundle', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'multi-cloud-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir };
      for (const k of Object.keys(env)) if (k.startsWith('FINOPS_')) delete env[k];
      execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['main.ts'], { cwd: path.join(ROOT, 'examples', 'multi-cloud'), env, stdio: 'pipe' });
      const stacks = fs.readdirSync(path.join(outdir, 'stacks')).sort();
      expect(stacks).toEqual(['finops-azure', 'finops-gcp', 'finops-oci']);
      for (const s of stacks) {
        const r = readTerraform(JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', s, 'cdk.tf.json'), 'utf8')));
        expect([s, r.registrations]).toEqual([s, ['https://finops.example.com']]);
        expect([s, field(r, 'provider')]).toEqual([s, s.replace('finops-', '')]);
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  }, 120_000);
});
