import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from './shared-helpers';

/**
 * Every entry point loads through `require` and through `import` (Node's ESM loader), with the same
 * names, and the root stays lazy under both. Runs the compiled package (lib/, built by the test task's
 * compile step) in fresh node processes, where `finops-integrations/...` resolves by self-reference.
 */
const ENTRY_POINTS: Array<{ name: string; requires: string[] }> =
  JSON.parse(fs.readFileSync(path.join(ROOT, 'entry-points.json'), 'utf8')).entryPoints;

/** Runs an ES module at the root and returns its last line of output, parsed. */
function esm(code: string): any {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function cjs(code: string): any {
  const out = execFileSync(process.execPath, ['-e', code], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe.each(ENTRY_POINTS.map((e) => [e.name]))('finops-integrations/%s', (name) => {
  const spec = `finops-integrations/${name}`;

  test('import gives the same named exports as require, and the same objects', () => {
    const required: string[] = cjs(`console.log(JSON.stringify(Object.keys(require('${spec}')).sort()))`);
    const imported = esm(`
      import * as m from '${spec}';
      import { createRequire } from 'node:module';
      const r = createRequire(import.meta.url)('${spec}');
      const names = Object.keys(m).filter((k) => k !== 'default' && k !== '__esModule' && k !== 'module.exports').sort();
      console.log(JSON.stringify({ names, same: names.every((k) => m[k] === r[k]) }));
    `);
    expect(imported).toEqual({ names: required.filter((k) => k !== '__esModule'), same: true });
  });

  test('the root exposes it under both, as the same objects', () => {
    const viaRequire = cjs(`
      const m = require('finops-integrations').${name};
      console.log(JSON.stringify(Object.keys(m).every((k) => m[k] === require('${spec}')[k])));
    `);
    const viaImport = esm(`
      import { ${name} } from 'finops-integrations';
      import root from 'finops-integrations';
      import * as direct from '${spec}';
      const keys = Object.keys(direct).filter((k) => k !== 'default' && k !== 'module.exports');
      console.log(JSON.stringify(keys.every((k) => ${name}[k] === direct[k] && root.${name}[k] === direct[k])));
    `);
    expect([viaRequire, viaImport]).toEqual([true, true]);
  });
});

describe('the ESM root', () => {
  test('import { gcp } loads no entry point until one of its members is read', () => {
    const loaded = esm(`
      import { createRequire } from 'node:module';
      import { core, aws, gcp } from 'finops-integrations';
      const cache = () => Object.keys(createRequire(import.meta.url).cache);
      const before = cache().filter((f) => /[\\\\/]lib[\\\\/](core|aws|gcp)[\\\\/]/.test(f));
      const id = core.IntegrationId.aws('123456789012');
      const after = cache().filter((f) => /[\\\\/]lib[\\\\/](core|aws|gcp)[\\\\/]/.test(f)).map((f) => f.split(/[\\\\/]lib[\\\\/]/)[1].split(/[\\\\/]/)[0]);
      console.log(JSON.stringify({ before, id, after: [...new Set(after)] }));
    `);
    expect(loaded).toEqual({ before: [], id: 'aws-123456789012', after: ['core'] });
  });

  test('a class read through the root namespace is the class itself, static members included', () => {
    const result = esm(`
      import { gcp } from 'finops-integrations';
      import { BigQueryLocation } from 'finops-integrations/gcp';
      console.log(JSON.stringify([gcp.BigQueryLocation === BigQueryLocation, 'BigQueryLocation' in gcp, gcp.BigQueryLocation.EU.value]));
    `);
    expect(result).toEqual([true, true, 'EU']);
  });
});
