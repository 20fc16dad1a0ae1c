import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The cfn-lint step of `npx projen test` (build-tools/cfn-lint-templates.js) lints every template the AWS
// tests write. This checks that the step can fail: a template with a wrong property is a finding.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lint } = require('../../build-tools/cfn-lint-templates.js') as { lint: (files: string[]) => { available: boolean; status: number; output: string } };

const available = lint([]).available;
const describeIfCfnLint = available ? describe : describe.skip;
if (!available) console.warn('cfn-lint is not installed (pip install cfn-lint): its tests are skipped');

describeIfCfnLint('cfn-lint over the templates', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-lint-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, template: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(template));
    return file;
  };

  test('reports a template whose export has a misspelled property', () => {
    const bad = write('bad.json', { Resources: { R: { Type: 'AWS::CUR::ReportDefinition', Properties: {
      ReportName: 'r', TimeUnit: 'HOURLY', Format: 'Parquet', Compression: 'Parquet', S3Bucket: 'acme-billing', S3Prefix: 'finops', S3Region: 'us-east-1',
      RefreshClosedReports: true, ReportVersioning: 'OVERWRITE_REPORT', AdditionalSchemaElement: ['RESOURCES'],
    } } } });
    const result = lint([bad]);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/AdditionalSchemaElement/);
  });

  test('passes the same template spelled right', () => {
    const good = write('good.json', { Resources: { R: { Type: 'AWS::CUR::ReportDefinition', Properties: {
      ReportName: 'r', TimeUnit: 'HOURLY', Format: 'Parquet', Compression: 'Parquet', S3Bucket: 'acme-billing', S3Prefix: 'finops', S3Region: 'us-east-1',
      RefreshClosedReports: true, ReportVersioning: 'OVERWRITE_REPORT', AdditionalSchemaElements: ['RESOURCES'],
    } } } });
    expect(lint([good])).toEqual(expect.objectContaining({ status: 0, output: '' }));
  });
});
