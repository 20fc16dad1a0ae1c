import { execFileSync } from 'child_process';
import * as path from 'path';
import { modulesLoadedBy, ROOT } from '../shared-helpers';

/**
 * DESIGN D2/D3: loading the root or `core` must pull in no framework and no provider package.
 * Runs the compiled package (lib/, built by the test task's compile step) in a fresh node process
 * and lists every module file it loaded.
 */


const FORBIDDEN = /node_modules[\\/](aws-cdk-lib|cdktf|@cdktf[\\/]provider-[^\\/]+|ajv)[\\/]/;

describe('lazy loading', () => {
  test.each([
    ["require('finops-integrations')"],
    ["require('finops-integrations/core')"],
    ["Object.keys(require('finops-integrations'))"],
  ])('%s loads no provider package, no aws-cdk-lib, no cdktf and no ajv', (script) => {
    const loaded = modulesLoadedBy(script);
    expect(loaded.some((m) => m.includes(`${path.sep}lib${path.sep}`))).toBe(true); // it did load our package
    expect(loaded.filter((m) => FORBIDDEN.test(m))).toEqual([]);
  });

  test('the root index loads a submodule only when it is used', () => {
    const untouched = modulesLoadedBy("require('finops-integrations')");
    expect(untouched.filter((m) => m.includes(`${path.sep}lib${path.sep}core${path.sep}`))).toEqual([]);
    const used = modulesLoadedBy("require('finops-integrations').core.IntegrationId.aws('123456789012')");
    expect(used.some((m) => m.endsWith(path.join('lib', 'core', 'integration-id.js')))).toBe(true);
    expect(used.filter((m) => FORBIDDEN.test(m))).toEqual([]);
  });

  test('the root exposes every entry point, and each subpath resolves to its submodule', () => {
    const out = execFileSync(process.execPath, ['-e', `
      const root = require('finops-integrations');
      const names = require('./entry-points.json').entryPoints.map((e) => e.name);
      console.log(JSON.stringify(names.map((n) => [n, n in root, root[n] === require('finops-integrations/' + n)])));
    `], { cwd: ROOT, encoding: 'utf8' });
    for (const [name, present, same] of JSON.parse(out)) {
      expect([name, present, same]).toEqual([name, true, true]);
    }
  });

  test('validating a bundle loads ajv then, not before', () => {
    const loaded = modulesLoadedBy("require('finops-integrations/core').validateBundle({})");
    expect(loaded.some((m) => /node_modules[\\/]ajv[\\/]/.test(m))).toBe(true);
  });
});
