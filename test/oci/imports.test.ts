import { importsOf, modulesLoadedBy } from '../shared-helpers';

/** Deep imports only, and the OCI entry point loads no provider package it does not use. */
describe('imports of src/oci', () => {
  const imports = importsOf('src/oci');

  test('provider classes come from their files (the tls provider only as a type; it is loaded on generate())', () => {
    for (const [file, from] of imports.filter(([, f]) => f.startsWith('@cdktf/'))) {
      expect([file, from]).toEqual([file, expect.stringMatching(/^@cdktf\/provider-tls\/lib\/[a-z0-9-]+$/)]);
    }
  });

  test('no aws-cdk-lib, no prebuilt provider other than tls', () => {
    for (const [file, from] of imports) expect([file, from]).not.toEqual([file, expect.stringMatching(/^(aws-cdk-lib|@cdktf\/provider-(?!tls\/))/)]);
  });
});

describe('loading finops-integrations/oci (compiled lib/, built by the compile step)', () => {
  test('loads the generated bindings and cdktf, and no prebuilt provider package (tls included) until a key is generated', () => {
    const loaded = modulesLoadedBy(`
      const oci = require('finops-integrations/oci');
      if (typeof oci.OciBillingIntegration !== 'function') throw new Error('lib/ is stale: run npx projen compile');
    `);
    expect(loaded.some((m) => /lib[\\/]providers[\\/]oci[\\/]identity-policy[\\/]index\.js$/.test(m))).toBe(true);
    expect(loaded.filter((m) => /node_modules[\\/](aws-cdk-lib|@cdktf[\\/]provider-[^\\/]+)[\\/]/.test(m))).toEqual([]);
  });
});
