import { execFileSync } from 'child_process';
import { validateBundle } from '../../src/core/validate-bundle';
import { fixture, VALID_FIXTURES } from '../core/fixtures';
import { ROOT } from '../shared-helpers';

/**
 * The validator precompiled at build time (lib/core/bundle-validator.generated.js, ajv standalone
 * code) must answer exactly as the schemas compiled at run time (what the source here uses).
 */

/** Bundles with problems of every kind: patterns, required fields, unknown fields, identity choice, enums. */
function cases(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = VALID_FIXTURES.map((n) => [n, fixture(n)]);
  const mutate = (name: string, label: string, f: (b: any) => void) => { const b = fixture(name); f(b); out.push([label, b]); };
  mutate('aws-user', 'aws both identities', (b) => { b.costOrchestrator.roleArn = 'arn:aws:iam::123456789012:role/x'; b.costOrchestrator.externalId = 'abc'; });
  mutate('aws-user', 'aws bad account and export type', (b) => { b.costOrchestrator.accountId = '1'; b.costOrchestrator.exports[0].type = 'CUR3'; });
  mutate('gcp-key', 'gcp no tables, extra field', (b) => { delete b.costOrchestrator.tables; b.costOrchestrator.extra = true; });
  mutate('azure-secret', 'azure bad guid', (b) => { b.costOrchestrator.tenantId = 'x'; });
  mutate('oci-key', 'oci bad key', (b) => { b.costOrchestrator.privateKey = 'not a key'; });
  out.push(['empty object', {}], ['not an object', 42], ['unknown provider', { schema: 'finops-integrations/bundle/v1', provider: 'ibm' }]);
  return out;
}

test('the precompiled validator gives the same problems as the schemas compiled at run time', () => {
  const all = cases();
  const precompiled = JSON.parse(execFileSync(process.execPath, ['-e', `
    const { validateBundle } = require('./lib/core/validate-bundle.js');
    const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const loaded = () => Object.keys(require.cache).some((m) => m.endsWith('bundle-validator.generated.js'));
    console.log(JSON.stringify({ results: cases.map(([, b]) => validateBundle(b)), precompiled: loaded() }));
  `], { cwd: ROOT, input: JSON.stringify(all), encoding: 'utf8' }));
  expect(precompiled.precompiled).toBe(true);
  expect(precompiled.results).toEqual(all.map(([, b]) => validateBundle(b)));
  expect(precompiled.results.filter((r: { valid: boolean }) => !r.valid)).toHaveLength(all.length - VALID_FIXTURES.length);
});
