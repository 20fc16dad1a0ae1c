import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkPeers, MissingPeerError } from '../../src/private/peer-check';
import { ROOT, thrownBy } from '../shared-helpers';

const ENTRY_POINTS: Array<{ name: string; requires: string[] }> =
  JSON.parse(fs.readFileSync(path.join(ROOT, 'entry-points.json'), 'utf8')).entryPoints;

const notFound = (name: string): never => {
  throw Object.assign(new Error(`Cannot find module '${name}'`), { code: 'MODULE_NOT_FOUND' });
};

describe('checkPeers', () => {
  test('passes when every peer resolves', () => {
    expect(() => checkPeers('finops-integrations/aws', [{ name: 'aws-cdk-lib', versions: '>= 2.257' }], () => '/x')).not.toThrow();
  });

  test('fails if a peer is missing, naming it, its versions and the entry point', () => {
    const e = thrownBy(() => checkPeers('finops-integrations/aws', [{ name: 'aws-cdk-lib', versions: '>= 2.257' }], notFound));
    expect(e).toBeInstanceOf(MissingPeerError);
    expect((e as Error).message).toBe('install aws-cdk-lib (>= 2.257) to use finops-integrations/aws: npm install aws-cdk-lib');
  });

  test('fails if several peers are missing, naming only the missing ones', () => {
    const resolve = (name: string) => (name === 'constructs' ? '/x' : notFound(name));
    expect(() => checkPeers('finops-integrations/gcp', [
      { name: 'cdktf', versions: '>= 0.21, < 0.22' },
      { name: 'constructs', versions: '>= 10.5.1' },
      { name: '@cdktf/provider-google', versions: '>= 16.12.1' },
    ], resolve)).toThrow(/^install cdktf \(>= 0\.21, < 0\.22\) and @cdktf\/provider-google \(>= 16\.12\.1\) to use finops-integrations\/gcp: npm install cdktf @cdktf\/provider-google$/);
  });

  test('counts a package whose exports hide its root as installed', () => {
    const resolve = (): never => { throw Object.assign(new Error('not exported'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' }); };
    expect(() => checkPeers('finops-integrations/aws', [{ name: 'aws-cdk-lib', versions: '>= 2.257' }], resolve)).not.toThrow();
  });
});

/**
 * The compiled entry points (lib/, built by the test task's compile step), loaded in a node process where a
 * resolver stub hides the given packages, as if they were not installed.
 */
describe('compiled entry points without their peers', () => {
  const stubDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peer-stub-'));
  const stub = path.join(stubDir, 'hide-packages.js');
  fs.writeFileSync(stub, `
    const Module = require('module');
    const hidden = (process.env.HIDE_PACKAGES || '').split(',');
    const original = Module._resolveFilename;
    Module._resolveFilename = function (request, ...rest) {
      if (hidden.some((p) => request === p || request.startsWith(p + '/'))) {
        throw Object.assign(new Error("Cannot find module '" + request + "'"), { code: 'MODULE_NOT_FOUND' });
      }
      return original.call(this, request, ...rest);
    };
  `);
  afterAll(() => fs.rmSync(stubDir, { recursive: true, force: true }));

  /** The first line of what `node` prints to stderr when `code` fails, or 'ok'. */
  function run(args: string[], hide: string[]): string {
    try {
      execFileSync(process.execPath, ['--require', stub, ...args], {
        cwd: ROOT, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, HIDE_PACKAGES: hide.join(',') },
      });
      return 'ok';
    } catch (e) {
      const stderr = String((e as { stderr?: string }).stderr);
      return /^\w*Error: (.*)$/m.exec(stderr)?.[1] ?? stderr;
    }
  }

  test('require of aws without aws-cdk-lib says what to install', () => {
    expect(run(['-e', "require('finops-integrations/aws')"], ['aws-cdk-lib']))
      .toBe('install aws-cdk-lib (>= 2.257) to use finops-integrations/aws: npm install aws-cdk-lib');
  });

  test('import of aws without aws-cdk-lib says the same', () => {
    expect(run(['--input-type=module', '-e', "await import('finops-integrations/aws')"], ['aws-cdk-lib']))
      .toBe('install aws-cdk-lib (>= 2.257) to use finops-integrations/aws: npm install aws-cdk-lib');
  });

  // Every peer of every entry point, hidden one at a time: the entry point names exactly that one.
  const cases = ENTRY_POINTS.flatMap((e) => e.requires.map((peer) => [e.name, peer]));
  test.each(cases)('require of %s without %s names it', (entry, peer) => {
    expect(run(['-e', `require('finops-integrations/${entry}')`], [peer]))
      .toMatch(new RegExp(`^install ${peer.replace(/[/.]/g, '\\$&')} \\([^)]+\\) to use finops-integrations/${entry}: npm install ${peer.replace(/[/.]/g, '\\$&')}$`));
  });

  test('the root and core load with no peer at all', () => {
    const all = [...new Set(ENTRY_POINTS.flatMap((e) => e.requires))];
    expect(run(['-e', "require('finops-integrations'); require('finops-integrations/core').IntegrationId.aws('123456789012')"], all)).toBe('ok');
    expect(run(['--input-type=module', '-e', "import { core, aws } from 'finops-integrations'; core.IntegrationId.aws('123456789012')"], all)).toBe('ok');
  });
});
