import { importsOf, modulesLoadedBy } from '../shared-helpers';

/** DESIGN D1/D2 for the AWS entry point: aws-cdk-lib only, no cdktf, and light to load. */


describe('imports of src/aws', () => {
  const imports = importsOf('src/aws');

  test('only aws-cdk-lib (root or a module path), constructs, its own files and core', () => {
    expect(imports.length).toBeGreaterThan(0);
    for (const [file, from] of imports) {
      expect([file, from]).toEqual([file, expect.stringMatching(/^(aws-cdk-lib(\/aws-[a-z0-9-]+)?|constructs|\.\/[a-z0-9-]+|\.\.\/core\/[a-z0-9-]+)$/)]);
    }
  });

  test('never cdktf nor any @cdktf package', () => {
    for (const [file, from] of imports) expect([file, from]).not.toEqual([file, expect.stringMatching(/^(cdktf|@cdktf\/)/)]);
  });
});

describe('loading finops-integrations/aws (compiled lib/, built by the compile step)', () => {
  test('exports the construct and loads no cdktf, no provider package and no ajv', () => {
    const loaded = modulesLoadedBy(`
      const aws = require('finops-integrations/aws');
      if (typeof aws.AwsBillingIntegration !== 'function') throw new Error('lib/ is stale: run npx projen compile');
    `);
    expect(loaded.some((m) => /node_modules[\\/]aws-cdk-lib[\\/]/.test(m))).toBe(true);
    expect(loaded.filter((m) => /node_modules[\\/](cdktf|@cdktf[\\/][^\\/]+|ajv)[\\/]/.test(m))).toEqual([]);
  });
});
