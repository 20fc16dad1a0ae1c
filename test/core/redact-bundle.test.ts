import * as fs from 'fs';
import * as path from 'path';
import { fixture, VALID_FIXTURES } from './fixtures';
import { BundleRedactor, redactBundle, REDACTED, validateBundle } from '../../src/core';

/** Every value at a writeOnly field, found by walking the schema files independently of redactBundle. */
function secretPaths(): Record<string, string[][]> {
  const dir = path.join(__dirname, '..', '..', 'schemas', 'bundle', 'v1');
  const out: Record<string, string[][]> = {};
  for (const provider of ['aws', 'gcp', 'azure', 'oci']) {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, `${provider}.schema.json`), 'utf8'));
    const paths: string[][] = [];
    const walk = (node: any, at: string[]) => {
      for (const [k, v] of Object.entries<any>(node.properties ?? {})) {
        if (v.writeOnly) paths.push([...at, k]);
        walk(v, [...at, k]);
      }
    };
    walk(schema, []);
    out[provider] = paths;
  }
  return out;
}

const get = (o: any, p: string[]) => p.reduce((a, k) => (a === undefined ? a : a[k]), o);

describe('redactBundle', () => {
  const secrets = secretPaths();

  test('the schemas mark the secret fields that DESIGN.md lists', () => {
    expect(secrets.aws).toEqual([['costOrchestrator', 'secretAccessKey']]);
    expect(secrets.gcp).toEqual([['costOrchestrator', 'serviceAccountKey']]);
    expect(secrets.azure).toEqual([
      ['costOrchestrator', 'clientSecret'],
      ['costOrchestrator', 'storage', 'sasToken'],
      ['costOrchestrator', 'storage', 'connectionString'],
    ]);
    expect(secrets.oci).toEqual([['costOrchestrator', 'privateKey']]);
  });

  test.each(VALID_FIXTURES)('%s: masks exactly the writeOnly fields and keeps the rest', (name) => {
    const bundle = fixture(name);
    const redacted = redactBundle(bundle) as any;
    const paths = secrets[bundle.provider];
    const secretValues: string[] = [];
    for (const p of paths) {
      const value = get(bundle, p);
      if (value === undefined) continue;
      secretValues.push(value);
      expect(get(redacted, p)).toBe(REDACTED);
    }
    // Nothing else changed: put the secrets back and compare.
    const restored = JSON.parse(JSON.stringify(redacted));
    for (const p of paths) {
      if (get(bundle, p) === undefined) continue;
      get(restored, p.slice(0, -1))[p[p.length - 1]] = get(bundle, p);
    }
    expect(restored).toEqual(bundle);
    // And no secret value survives anywhere in the output.
    const text = JSON.stringify(redacted);
    for (const v of secretValues) expect(text).not.toContain(v);
    expect(bundle).toEqual(fixture(name)); // the input is not modified
  });

  test('fixtures hold secrets in every secret field, so the test above is not vacuous', () => {
    const secretCount = VALID_FIXTURES.map((n) => fixture(n))
      .reduce((n, b) => n + secrets[b.provider].filter((p) => get(b, p) !== undefined).length, 0);
    expect(secretCount).toBe(5); // gcp key, azure x3, oci key (the AWS fixtures travel by ARN)
  });

  test('masks an AWS secret access key when a bundle carries it', () => {
    const b = fixture('aws-user');
    b.costOrchestrator.secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(JSON.stringify(redactBundle(b))).not.toContain('wJalrXUtnFEMI');
  });

  test('a redacted bundle is still recognisably the same bundle', () => {
    const r = redactBundle(fixture('azure-secret')) as any;
    expect(r.costOrchestrator.storage.accountName).toBe('acmefinopsexports');
    expect(validateBundle(r).valid).toBe(true);
  });

  test('a bundle of unknown provider has every secret-named field masked', () => {
    const b = { provider: 'alibaba', costOrchestrator: { clientSecret: 'x1', nested: [{ privateKey: 'x2' }], name: 'keep' } };
    expect(redactBundle(b)).toEqual({ provider: 'alibaba', costOrchestrator: { clientSecret: REDACTED, nested: [{ privateKey: REDACTED }], name: 'keep' } });
  });

  test('the jsii front door gives the same answer', () => {
    expect(BundleRedactor.redact(fixture('oci-key'))).toEqual(redactBundle(fixture('oci-key')));
  });
});
