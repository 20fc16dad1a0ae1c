import * as fs from 'fs';
import * as path from 'path';
import { importsOf, modulesLoadedBy, ROOT } from '../shared-helpers';

/**
 * DESIGN D3 (deep imports only) and D1 (cdktf code kept thin) for the GCP entry point.
 */


describe('imports of src/gcp and src/private', () => {
  const imports = [...importsOf('src/gcp'), ...importsOf('src/private')];

  test('provider classes come from their files, never from the provider root', () => {
    const provider = imports.filter(([, from]) => from.startsWith('@cdktf/'));
    expect(provider.length).toBeGreaterThan(0);
    for (const [file, from] of provider) expect([file, from]).toEqual([file, expect.stringMatching(/^@cdktf\/provider-google\/lib\/[a-z0-9-]+$/)]);
  });

  test('no aws-cdk-lib, no other provider package', () => {
    for (const [file, from] of imports) expect([file, from]).not.toEqual([file, expect.stringMatching(/^(aws-cdk-lib|@cdktf\/provider-(?!google\/))/)]);
  });

  test('src/private is not an entry point: src/index.ts does not export it', () => {
    expect(fs.readFileSync(path.join(ROOT, 'src', 'index.ts'), 'utf8')).not.toMatch(/'\.\/private'/);
  });
});

describe('loading finops-integrations/gcp (compiled lib/, built by the compile step)', () => {
  test('loads only the provider files it uses, and no aws-cdk-lib', () => {
    const loaded = modulesLoadedBy(`
      const gcp = require('finops-integrations/gcp');
      if (typeof gcp.GcpBillingIntegration !== 'function') throw new Error('lib/ is stale: run npx projen compile');
    `);
    const providerFiles = loaded.filter((m) => /node_modules[\\/]@cdktf[\\/]provider-google[\\/]/.test(m));
    expect(providerFiles.length).toBeGreaterThan(0);
    expect(providerFiles.filter((m) => /provider-google[\\/]lib[\\/]index\.js$/.test(m))).toEqual([]);
    expect(loaded.filter((m) => /node_modules[\\/](aws-cdk-lib|@cdktf[\\/]provider-(?!google)[^\\/]+)[\\/]/.test(m))).toEqual([]);
  });
});
