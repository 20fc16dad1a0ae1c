import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixture } from '../core/fixtures';
import { ROOT } from '../shared-helpers';
import { tempFiles } from './cli-helpers';
import { ContractServer } from './contract-server';

/**
 * The compiled command (lib/cli/bin.js, the package's `bin`, built by the test task's compile
 * step) as a user runs it: a separate node process, the platform from the environment.
 */

const BIN = path.join(ROOT, 'lib', 'cli', 'bin.js');

function run(argv: string[], env: Record<string, string> = {}, cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...argv], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

jest.setTimeout(30_000); // separate node processes on a busy machine

let server: ContractServer;
beforeAll(async () => { server = await ContractServer.start(); });
afterAll(async () => { await server.close(); });

describe('the finops-integrations command', () => {
  test('is the package bin and starts with a node shebang', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.bin).toEqual({ 'finops-integrations': 'lib/cli/bin.js' });
    expect(fs.readFileSync(BIN, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('register: exit 0 against the platform, nothing secret printed', async () => {
    const dir = tempFiles({ 'b.json': fixture('gcp-key') });
    const r = await run(['register', '--bundle', 'b.json'], { FINOPS_PLATFORM_URL: server.url, FINOPS_PLATFORM_TOKEN: server.token }, dir);
    expect(r).toEqual(expect.objectContaining({ code: 0 }));
    expect(r.stderr.trim().split('\n')).toHaveLength(3);
    expect(server.integrations.has('acme-gcp/gcp-012345-6789AB-CDEF01')).toBe(true);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(new RegExp(`${server.token}|PRIVATE KEY`));
  });

  test('exit 1 on a platform failure, 2 on bad input', async () => {
    const dir = tempFiles({ 'b.json': fixture('gcp-key'), 'bad.json': { schema: 'finops-integrations/bundle/v1', provider: 'gcp' } });
    server.inject({ kind: 'status', status: 409, code: 'conflict', message: 'org is being deleted' });
    const platform = await run(['register', '--bundle', 'b.json'], { FINOPS_PLATFORM_URL: server.url, FINOPS_PLATFORM_TOKEN: server.token }, dir);
    const input = await run(['register', '--bundle', 'bad.json'], { FINOPS_PLATFORM_URL: server.url, FINOPS_PLATFORM_TOKEN: server.token }, dir);
    expect([platform.code, input.code]).toEqual([1, 2]);
    expect(platform.stderr).toContain('409 conflict: org is being deleted');
    expect(input.stderr).toContain('/integrationId: is required');
  });

  test('validate loads the precompiled validator: no ajv compiler, no AWS SDK, no framework', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'finops-bin-')), 'modules.json');
    const hook = path.join(path.dirname(out), 'hook.js');
    fs.writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache))));`);
    const dir = tempFiles({ 'b.json': fixture('aws-user') });
    const r = await new Promise<number>((resolve) => execFile(process.execPath, ['-r', hook, BIN, 'validate', '--bundle', 'b.json'], { cwd: dir }, (e) => resolve(e ? 1 : 0)));
    expect(r).toBe(0);
    const loaded = JSON.parse(fs.readFileSync(out, 'utf8')) as string[];
    expect(loaded.some((m) => m.endsWith(path.join('lib', 'core', 'bundle-validator.generated.js')))).toBe(true);
    expect(loaded.filter((m) => /node_modules[\\/](ajv[\\/]dist[\\/](2020|core|compile)|@aws-sdk|aws-cdk-lib|cdktf|csv-parse)/.test(m))).toEqual([]);
  });

  test('--help and --version', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: finops-integrations <command>');
    const version = await run(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
