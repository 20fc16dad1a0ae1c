import { execFileSync } from 'child_process';
import { modulesLoadedBy, ROOT } from '../shared-helpers';

/**
 * finops-integrations/platform holds a CDK construct and a cdktf construct: loading the entry point
 * or the client loads neither framework, and each construct loads only its own
 * (build-tools/lazy-submodule-index.js). Runs the compiled package in a fresh node process.
 */

const CDK = /node_modules[\\/]aws-cdk-lib[\\/]/;
const CDKTF = /node_modules[\\/]cdktf[\\/]/;
const SDK = /node_modules[\\/]@aws-sdk[\\/]/;

describe('finops-integrations/platform loading', () => {
  test('the entry point and PlatformClient load no framework and no AWS SDK', () => {
    const loaded = modulesLoadedBy("const p = require('finops-integrations/platform'); new p.PlatformClient({ url: 'https://p.example', token: 't0ken' })");
    expect(loaded.filter((m) => CDK.test(m) || CDKTF.test(m) || SDK.test(m))).toEqual([]);
  });

  test('the cdktf construct loads cdktf and not aws-cdk-lib', () => {
    const loaded = modulesLoadedBy("require('finops-integrations/platform').TerraformPlatformRegistration");
    expect(loaded.some((m) => CDKTF.test(m))).toBe(true);
    expect(loaded.filter((m) => CDK.test(m))).toEqual([]);
  });

  test('the CDK construct loads aws-cdk-lib and not cdktf', () => {
    const loaded = modulesLoadedBy("require('finops-integrations/platform').PlatformRegistration");
    expect(loaded.some((m) => CDK.test(m))).toBe(true);
    expect(loaded.filter((m) => CDKTF.test(m))).toEqual([]);
  });

  test('every name of the entry point is there', () => {
    const names = JSON.parse(execFileSync(process.execPath, ['-e', "console.log(JSON.stringify(Object.keys(require('finops-integrations/platform'))))"], { cwd: ROOT, encoding: 'utf8' }));
    expect(names).toEqual(expect.arrayContaining(['PlatformClient', 'PlatformRegistration', 'TerraformPlatformRegistration']));
  });
});
