import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

// The cfn-lint step of `npx projen test` (build-tools/cfn-lint-templates.js) lints every template the AWS
// tests write. This checks that the step can fail: a template with a wrong property is a finding.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { available, lint } = require('../../build-tools/cfn-lint-templates.js') as {
  available: () => boolean;
  lint: (files: string[]) => { available: boolean; status: number; output: string };
};

const describeIfCfnLint = available() ? describe : describe.skip;
if (!available()) console.warn('cfn-lint is not installed (pip install cfn-lint): its tests are skipped');

describeIfCfnLint('cfn-lint over the templates', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cfn-lint-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, template: unknown) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify(template));
    return file;
  };

  // One cfn-lint run for both (each run costs seconds of Python startup).
  test('reports the template with a misspelled property, and passes the same template spelled right', () => {
    const properties = {
      ReportName: 'r',
      TimeUnit: 'HOURLY',
      Format: 'Parquet',
      Compression: 'Parquet',
      S3Bucket: 'acme-billing',
      S3Prefix: 'finops',
      S3Region: 'us-east-1',
      RefreshClosedReports: true,
      ReportVersioning: 'OVERWRITE_REPORT',
    };
    const bad = write('bad.json', { Resources: { R: { Type: 'AWS::CUR::ReportDefinition', Properties: { ...properties, AdditionalSchemaElement: ['RESOURCES'] } } } });
    const good = write('good.json', { Resources: { R: { Type: 'AWS::CUR::ReportDefinition', Properties: { ...properties, AdditionalSchemaElements: ['RESOURCES'] } } } });
    const result = lint([bad, good]);
    expect(result.status).not.toBe(0);
    const findings = result.output.split('\n');
    expect(findings.filter((f) => f.startsWith(bad)).join('\n')).toMatch(/AdditionalSchemaElement/);
    expect(findings.filter((f) => f.startsWith(good))).toEqual([]);
  });
});
