import { execFile } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { synth as awsSynth } from './aws/helpers';
import { build as azureBuild } from './azure/helpers';
import { fixture } from './core/fixtures';
import { build as gcpBuild, ORG } from './gcp/helpers';
import { GROUP, integration as ociIntegration, MEMBER_A, USER } from './oci/helpers';
import { ROOT } from './shared-helpers';
import { AwsCostExport } from '../src/aws';
import { describeValue } from '../src/core/errors';
import { validateBundle } from '../src/core/validate-bundle';
import { BigQueryLocation, GcpPlatformAccess } from '../src/gcp';
import { OciApiKey } from '../src/oci';

/**
 * The bad-input catalog: one table of invalid inputs across the constructs (AWS, GCP, Azure, OCI),
 * the CLI and the bundle validator. Each row names the prop or field (full path) that must appear in
 * the error, and the bad value that must appear with it.
 */

/** A construct row: building it must throw `<path>: '<prop>' ...; got <value>`. */
type ConstructRow = [label: string, build: () => unknown, prop: string, got: unknown];

const CONSTRUCT_ROWS: ConstructRow[] = [
  // GCP
  ['gcp projectId', () => gcpBuild({ projectId: 'Acme_Billing' }), 'projectId', 'Acme_Billing'],
  ['gcp projectId too short', () => gcpBuild({ projectId: 'acme' }), 'projectId', 'acme'],
  ['gcp billingAccountId', () => gcpBuild({ billingAccountId: '0123456789AB' }), 'billingAccountId', '0123456789AB'],
  ['gcp billingAccountId lowercase', () => gcpBuild({ billingAccountId: '012345-6789ab-cdef01' }), 'billingAccountId', '012345-6789ab-cdef01'],
  ['gcp billingAccountId prefixed', () => gcpBuild({ billingAccountId: 'billingAccounts/012345-6789AB-CDEF01' }), 'billingAccountId', 'billingAccounts/012345-6789AB-CDEF01'],
  ['gcp organizationId', () => gcpBuild({ organizationId: 'organizations/123456789012' }), 'organizationId', 'organizations/123456789012'],
  ['gcp datasetId', () => gcpBuild({ datasetId: 'billing-export' }), 'datasetId', 'billing-export'],
  ['gcp tableId', () => gcpBuild({ tableId: 'a.b.c' }), 'tableId', 'a.b.c'],
  ['gcp location', () => gcpBuild({ location: BigQueryLocation.of('Europe West') }), 'location', 'Europe West'],
  ['gcp location not a class value', () => gcpBuild({ location: 'EU' as any }), 'location', 'EU'],
  ['gcp externalPrincipal', () => gcpBuild({ access: GcpPlatformAccess.externalPrincipal('allUsers') }), 'access', 'allUsers'],
  ['gcp serviceAccountId', () => gcpBuild({ access: GcpPlatformAccess.serviceAccountKey({ serviceAccountId: 'FinOpsReader' }) }), 'access.serviceAccountId', 'FinOpsReader'],
  ['gcp rotationDays', () => gcpBuild({ access: GcpPlatformAccess.serviceAccountKey({ rotationDays: 0 }) }), 'access.rotationDays', 0],
  ['gcp certificatePem', () => gcpBuild({ access: GcpPlatformAccess.serviceAccountPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n') }), 'access.certificatePem', '-----BEGIN PUBLIC KEY-----'],
  ['gcp roleIdPrefix', () => gcpBuild({ roleIdPrefix: 'finops-' }), 'roleIdPrefix', 'finops-'],
  ['gcp datasetLabels key', () => gcpBuild({ datasetLabels: { Team: 'finops' } }), 'datasetLabels.Team', 'Team'],
  ['gcp billingAccountOrganizationId', () => gcpBuild({ billingAccountOrganizationId: 'organizations/1' }), 'billingAccountOrganizationId', 'organizations/1'],
  ['gcp projectIds[1]', () => gcpBuild({ projectIds: ['acme-shop', 'Acme_Data'] }), 'projectIds[1]', 'Acme_Data'],
  ['gcp projectIds repeated', () => gcpBuild({ projectIds: ['acme-shop', 'acme-shop'] }), 'projectIds', ['acme-shop', 'acme-shop']],
  ['gcp folderIds[0]', () => gcpBuild({ organizationId: ORG, folderIds: ['folders/1'] }), 'folderIds[0]', 'folders/1'],
  ['gcp folderIds without organization', () => gcpBuild({ folderIds: ['111111111111'] }), 'folderIds', ['111111111111']],
  // Azure
  ['azure storageAccountName too long', () => azureBuild({ storageAccountName: 'acmefinopsexportsstorage01' }), 'storageAccountName', 'acmefinopsexportsstorage01'],
  ['azure storageAccountName dash', () => azureBuild({ storageAccountName: 'acme-finops' }), 'storageAccountName', 'acme-finops'],
  ['azure containerName', () => azureBuild({ containerName: 'CostExports' }), 'containerName', 'CostExports'],
  ['azure resourceGroupName', () => azureBuild({ resourceGroupName: 'finops.' }), 'resourceGroupName', 'finops.'],
  ['azure rootFolderPath', () => azureBuild({ rootFolderPath: '/finops' }), 'rootFolderPath', '/finops'],
  ['azure applicationDisplayName', () => azureBuild({ applicationDisplayName: '' }), 'applicationDisplayName', ''],
  ['azure rotationDays', () => azureBuild({ rotationDays: 0 }), 'rotationDays', 0],
  ['azure allowedIpRanges empty', () => azureBuild({ allowedIpRanges: [] }), 'allowedIpRanges', []],
  ['azure exportScopes empty', () => azureBuild({ exportScopes: [] }), 'exportScopes', []],
  ['azure orgSlug', () => azureBuild({ orgSlug: 'Acme' }), 'orgSlug', 'Acme'],
  // OCI
  ['oci userOcid is a group', () => ociIntegration({ userOcid: GROUP }), 'userOcid', GROUP],
  ['oci homeRegion', () => ociIntegration({ homeRegion: 'Ashburn' }), 'homeRegion', 'Ashburn'],
  ['oci groupName', () => ociIntegration({ groupName: 'FinOps readers' }), 'groupName', 'FinOps readers'],
  ['oci integrationUserName', () => ociIntegration({ integrationUserName: 'finops bot' }), 'integrationUserName', 'finops bot'],
  ['oci integrationUserEmail', () => ociIntegration({ integrationUserEmail: 'not-an-email' }), 'integrationUserEmail', 'not-an-email'],
  ['oci policyName', () => ociIntegration({ policyName: 'finops policy' }), 'policyName', 'finops policy'],
  ['oci memberUserOcids repeated', () => ociIntegration({ memberUserOcids: [MEMBER_A, MEMBER_A] }), 'memberUserOcids[1]', MEMBER_A],
  ['oci memberUserOcids repeats userOcid', () => ociIntegration({ userOcid: USER, memberUserOcids: [USER] }), 'memberUserOcids[0]', USER],
  ['oci apiKey.rsaBits', () => ociIntegration({ apiKey: OciApiKey.generate({ rsaBits: 1024 }) }), 'apiKey.rsaBits', '1024'],
  ['oci apiKey.publicKey not PEM', () => ociIntegration({ apiKey: OciApiKey.publicKey('ssh-rsa AAAAB3Nza') }), 'apiKey.publicKey', undefined],
  ['oci orgSlug', () => ociIntegration({ orgSlug: 'Acme OCI' }), 'orgSlug', 'Acme OCI'],
  // AWS
  ['aws access not a class value', () => awsSynth({ access: 'role' as any }), 'access', 'role'],
  ['aws exports[0] not a class value', () => awsSynth({ exports: ['CUR2' as any] }), 'exports[0]', 'CUR2'],
  ['aws exports[0].format', () => awsSynth({ exports: [AwsCostExport.cur2({ format: 'PARQUET' as any })] }), 'exports[0].format', 'PARQUET'],
  ['aws bundleOutputName', () => awsSynth({ emitOutputs: true, bundleOutputName: 'finops_aws_bundle' }), 'bundleOutputName', 'finops_aws_bundle'],
];

describe.each(CONSTRUCT_ROWS)('construct: %s', (_label, build, prop, got) => {
  test('throws at synth naming the construct path, the full prop path and the value', () => {
    let error: Error | undefined;
    try {
      build();
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).toBe('FinopsValidationError');
    expect(error!.message).toMatch(/^Stack\/Billing: |^stack\/Billing: /);
    expect(error!.message).toContain(`'${prop}' `);
    if (got !== undefined) expect(error!.message).toContain(`got ${describeValue(got)}`);
  });
});

/**
 * A CLI row: the compiled CLI (`node lib/cli/bin.js`) run with these arguments over these files must
 * exit 2 with a message naming the field (and the bad value, where given), no stack trace, and send
 * nothing: FINOPS_PLATFORM_URL points at a loopback listener that counts connections.
 */
type CliRow = [label: string, argv: string[], files: Record<string, unknown>, field: string, got: string | undefined];

const BUNDLE = fixture('gcp-key') as Record<string, unknown>;
const CLI_ROWS: CliRow[] = [
  ['bundle without integrationId', ['register', '--bundle', 'b.json'], { 'b.json': { ...BUNDLE, integrationId: undefined } }, '/integrationId', undefined],
  ['bundle with an unknown provider', ['register', '--bundle', 'b.json'], { 'b.json': { ...BUNDLE, provider: 'ibm' } }, '/provider', '"ibm"'],
  ['bundle with a bad org slug', ['register', '--bundle', 'b.json'], { 'b.json': { ...BUNDLE, org: { slug: 'Acme Corp' } } }, '/org/slug', '"Acme Corp"'],
  ['bundle of another schema version', ['register', '--bundle', 'b.json'], { 'b.json': { ...BUNDLE, schema: 'finops-integrations/bundle/v9' } }, '/schema', '"finops-integrations/bundle/v9"'],
  ['bundle with an unknown field', ['register', '--bundle', 'b.json'], { 'b.json': { ...BUNDLE, extra: 1 } }, '/extra', undefined],
  ['bundle that is not JSON', ['register', '--bundle', 'b.json'], { 'b.json': '{not json' }, 'b.json', undefined],
  ['bundle file missing', ['register', '--bundle', 'missing.json'], {}, 'missing.json', undefined],
  ['--org with a bad slug', ['register', '--bundle', 'b.json', '--org', 'Bad_Slug'], { 'b.json': BUNDLE }, '/org/slug', '--org'],
  ['Financial Structure without its columns', ['register', '--bundle', 'b.json', '--financial-structure', 'fs.csv'], { 'b.json': BUNDLE, 'fs.csv': 'provider,scope_type\ngcp,planet\n' }, 'scope_id', 'fs.csv'],
  ['financial-structure template for an unknown provider', ['financial-structure', 'template', '--provider', 'ibm'], {}, '--provider', "'ibm'"],
  ['an unknown option', ['register', '--frobnicate'], {}, '--frobnicate', undefined],
  ['deregister --integration-id without --org', ['deregister', '--integration-id', 'x'], {}, '--org', 'got nothing'],
  ['Terraform output that is not JSON', ['register', '--terraform-output', 'o.json'], { 'o.json': '{not json' }, 'o.json', undefined],
  ['CDK outputs file missing', ['register', '--cdk-outputs', 'missing.json'], {}, 'missing.json', undefined],
];

describe('the CLI', () => {
  let server: http.Server;
  let connections = 0;
  let url = '';
  beforeAll(async () => {
    // answers every request 401, which the client does not retry
    server = http.createServer((_req, res) => res.writeHead(401, { 'content-type': 'application/json' }).end('{"code":"unauthorized","message":"no"}'));
    server.on('connection', () => { connections++; });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });
  afterAll(async () => { await new Promise((resolve) => server.close(resolve)); });

  /** Run the compiled CLI in a folder holding `files`. */
  async function run(argv: string[], files: Record<string, unknown>): Promise<{ code: number; stderr: string }> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'finops-catalog-'));
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
    try {
      return await new Promise((resolve) => {
        execFile(process.execPath, [path.join(ROOT, 'lib', 'cli', 'bin.js'), ...argv], {
          cwd: dir, env: { PATH: process.env.PATH ?? '', FINOPS_PLATFORM_URL: url, FINOPS_PLATFORM_TOKEN: 'catalog-token' }, timeout: 30_000,
        }, (error, _stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stderr }));
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  test('control: a valid bundle does reach the listener (so a count of zero below means nothing was sent)', async () => {
    const before = connections;
    const r = await run(['register', '--bundle', 'b.json'], { 'b.json': BUNDLE });
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 1, stderr: expect.any(String) });
    expect(connections).toBeGreaterThan(before);
  }, 60_000);

  test.each(CLI_ROWS)('%s: exit 2, names the field, no stack trace, nothing sent', async (_label, argv, files, field, got) => {
    const before = connections;
    const r = await run(argv, files);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(field);
    if (got !== undefined) expect(r.stderr).toContain(got);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    expect(r.stderr).not.toContain('catalog-token');
    expect(connections).toBe(before);
  }, 30_000);
});

/**
 * A validator row: `validateBundle` must report a problem at this JSON pointer whose message matches,
 * ending with `; got <value>` when the message is about the value (the value as JSON; a secret as
 * `***REDACTED***`). `secret`, when given, is a text that must appear in no problem.
 */
type ValidatorRow = [label: string, bundle: unknown, pointer: string, message: RegExp, got: string | undefined, secret?: string];

const AWS_USER = fixture('aws-user') as Record<string, any>;
const OCI_KEY = fixture('oci-key') as Record<string, any>;
const PASTED_KEY = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----\n';
const VALIDATOR_ROWS: ValidatorRow[] = [
  ['not an object', 'bundle', '', /^must be object/, '"bundle"'],
  ['schema missing', { ...BUNDLE, schema: undefined }, '/schema', /is required/, undefined],
  ['schema of another version', { ...BUNDLE, schema: 'finops-integrations/bundle/v2' }, '/schema', /^must be "finops-integrations\/bundle\/v1"/, '"finops-integrations/bundle/v2"'],
  ['provider unknown', { ...BUNDLE, provider: 'ibm' }, '/provider', /^must be one of "aws", "gcp", "azure", "oci"/, '"ibm"'],
  ['integrationId missing', { ...BUNDLE, integrationId: undefined }, '/integrationId', /is required/, undefined],
  ['org slug with a space', { ...BUNDLE, org: { slug: 'Acme Corp' } }, '/org/slug', /^must match pattern/, '"Acme Corp"'],
  ['org missing', { ...BUNDLE, org: undefined }, '/org', /is required/, undefined],
  ['an unknown top-level field', { ...BUNDLE, extra: true }, '/extra', /is not a field of this object/, undefined],
  ['recommendations.enabled not a boolean', { ...BUNDLE, recommendations: { enabled: 'yes' } }, '/recommendations/enabled', /^must be boolean/, '"yes"'],
  ['aws export of an unknown type', { ...AWS_USER, costOrchestrator: { ...AWS_USER.costOrchestrator, exports: [{ ...AWS_USER.costOrchestrator.exports[0], type: 'CUR3' }] } },
    '/costOrchestrator/exports/0/type', /^must be one of "CUR2", "LEGACY_CUR", "FOCUS"/, '"CUR3"'],
  ['aws accountId too short', { ...AWS_USER, costOrchestrator: { ...AWS_USER.costOrchestrator, accountId: '12345' } }, '/costOrchestrator/accountId', /^must match pattern/, '"12345"'],
  // Secrets: a writeOnly field, or a key pasted where it does not belong, is quoted as ***REDACTED***.
  ['aws secretAccessKey of the wrong length (writeOnly)', { ...AWS_USER, costOrchestrator: { ...AWS_USER.costOrchestrator, secretAccessKeySecretArn: undefined, secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE' } },
    '/costOrchestrator/secretAccessKey', /^must NOT have fewer than 40 characters/, '***REDACTED***', 'wJalrXUtnFEMI'],
  ['oci privateKey that is a public key (writeOnly)', { ...OCI_KEY, costOrchestrator: { ...OCI_KEY.costOrchestrator, privateKey: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----\n' } },
    '/costOrchestrator/privateKey', /^must match pattern/, '***REDACTED***', 'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A'],
  ['a private key pasted as the org slug', { ...BUNDLE, org: { slug: PASTED_KEY } }, '/org/slug', /^must match pattern/, '***REDACTED***', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'],
];

describe.each(VALIDATOR_ROWS)('validateBundle: %s', (_label, bundle, pointer, message, gotValue, secret) => {
  test('reports the problem at its JSON pointer, with the value it got', () => {
    const result = validateBundle(JSON.parse(JSON.stringify(bundle)));
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual(expect.arrayContaining([{ pointer, message: expect.stringMatching(message) }]));
    const problem = result.problems.find((p) => p.pointer === pointer && message.test(p.message))!;
    if (gotValue !== undefined) expect(problem.message.endsWith(`; got ${gotValue}`)).toBe(true);
    else expect(problem.message).not.toContain('; got ');
    if (secret !== undefined) expect(JSON.stringify(result.problems)).not.toContain(secret);
  });
});

test('the catalog has at least 60 entries', () => {
  expect(CONSTRUCT_ROWS.length + CLI_ROWS.length + VALIDATOR_ROWS.length).toBeGreaterThanOrEqual(60);
});
