import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { US_EAST_1 } from './helpers';
import { AwsBillingIntegration, AwsCostExport } from '../../src/aws';

/**
 * Data Exports export names and legacy CUR report names are unique per account, so two integrations
 * in one account must not share them; two sharing a bucket must not share a prefix either.
 */
describe('two integrations in one account', () => {
  const app = new App();
  const exports = () => [AwsCostExport.cur2(), AwsCostExport.focus(), AwsCostExport.legacyCur()];
  // Two in one stack, sharing one bucket, and a third in another stack of the same account.
  const stackA = new Stack(app, 'BillingA', { env: US_EAST_1 });
  const shared = new s3.Bucket(stackA, 'Shared', { enforceSSL: true });
  const first = new AwsBillingIntegration(stackA, 'Billing', { bucket: shared, exports: exports() });
  const second = new AwsBillingIntegration(stackA, 'BillingTwo', { bucket: shared, exports: exports() });
  const stackB = new Stack(app, 'BillingB', { env: US_EAST_1 });
  const third = new AwsBillingIntegration(stackB, 'Billing', { exports: exports() });
  const templates = [Template.fromStack(stackA), Template.fromStack(stackB)];

  test('synthesize side by side, with distinct export and report names across the account', () => {
    const exportNames = templates.flatMap((t) => Object.values(t.findResources('AWS::BCMDataExports::Export')).map((r: any) => r.Properties.Export.Name));
    const reportNames = templates.flatMap((t) => Object.values(t.findResources('AWS::CUR::ReportDefinition')).map((r: any) => r.Properties.ReportName));
    expect(exportNames).toHaveLength(6);
    expect(new Set(exportNames).size).toBe(6);
    expect(reportNames).toHaveLength(3);
    expect(new Set(reportNames).size).toBe(3);
    for (const name of [...exportNames, ...reportNames]) expect(name).toMatch(/^finops-(cur2|focus|cur)-[0-9a-f]{8}$/);
  });

  test('write under distinct prefixes, none inside another: one identity cannot read the other exports', () => {
    const prefixes = [first, second, third].map((i) => i.outputs.costOrchestrator.bucket.prefix);
    expect(new Set(prefixes).size).toBe(3);
    for (const a of prefixes) for (const b of prefixes) if (a !== b) expect(b.startsWith(`${a}/`)).toBe(false);
    const exportPrefixes = [first, second].flatMap((i) => i.outputs.costOrchestrator.exports.map((e) => e.prefix));
    expect(new Set(exportPrefixes).size).toBe(6);
  });

  test('the defaults are stable: the same construct path gives the same names in a new app', () => {
    const again = new AwsBillingIntegration(new Stack(new App(), 'BillingA', { env: US_EAST_1 }), 'Billing', { exports: exports() });
    expect(again.outputs.costOrchestrator.exports.map((e) => e.name)).toEqual(first.outputs.costOrchestrator.exports.map((e) => e.name));
  });
});
