import { Match } from 'aws-cdk-lib/assertions';
import { synth } from './helpers';
import { AwsCostExport, AwsCostExportType, AwsExportFormat, AwsExportTimeGranularity } from '../../src/aws';

describe('AwsCostExport', () => {
  test('factory defaults, as synthesized: hourly Parquet with resource IDs, a name and a folder per type', () => {
    const { template, integration } = synth({ exports: [AwsCostExport.cur2(), AwsCostExport.focus(), AwsCostExport.legacyCur()] });
    const parquet = { Compression: 'PARQUET', Format: 'PARQUET', OutputType: 'CUSTOM', Overwrite: 'OVERWRITE_REPORT' };
    template.hasResourceProperties('AWS::BCMDataExports::Export', {
      Export: Match.objectLike({
        Name: 'finops-cur2',
        DataQuery: Match.objectLike({ TableConfigurations: { COST_AND_USAGE_REPORT: Match.objectLike({ TIME_GRANULARITY: 'HOURLY', INCLUDE_RESOURCES: 'TRUE' }) } }),
        DestinationConfigurations: { S3Destination: Match.objectLike({ S3Prefix: 'finops/cur2', S3OutputConfigurations: parquet }) },
      }),
    });
    template.hasResourceProperties('AWS::BCMDataExports::Export', {
      Export: Match.objectLike({
        Name: 'finops-focus',
        DataQuery: Match.objectLike({ TableConfigurations: { FOCUS_1_2_AWS: { TIME_GRANULARITY: 'HOURLY' } } }),
        DestinationConfigurations: { S3Destination: Match.objectLike({ S3Prefix: 'finops/focus', S3OutputConfigurations: parquet }) },
      }),
    });
    template.hasResourceProperties('AWS::CUR::ReportDefinition', {
      ReportName: 'finops-cur', S3Prefix: 'finops/cur', TimeUnit: 'HOURLY', Format: 'Parquet', Compression: 'Parquet', AdditionalSchemaElements: ['RESOURCES'],
    });
    // The bundle names each export by its type, as the schema's enum does.
    expect(integration.outputs.costOrchestrator.exports.map((e) => e.type)).toEqual(['CUR2', 'FOCUS', 'LEGACY_CUR']);
  });

  test('enum-like values compare by value: of() gives the same value as the constant', () => {
    const { template } = synth({ exports: [AwsCostExport.cur2({ timeGranularity: AwsExportTimeGranularity.of('DAILY'), format: AwsExportFormat.of('CSV') })] });
    template.hasResourceProperties('AWS::BCMDataExports::Export', {
      Export: Match.objectLike({
        DataQuery: Match.objectLike({ TableConfigurations: { COST_AND_USAGE_REPORT: Match.objectLike({ TIME_GRANULARITY: 'DAILY' }) } }),
        DestinationConfigurations: { S3Destination: Match.objectLike({ S3OutputConfigurations: Match.objectLike({ Format: 'TEXT_OR_CSV', Compression: 'GZIP' }) }) },
      }),
    });
    expect(AwsCostExportType.FOCUS.value).toBe('FOCUS');
  });

  test('fails if of() is given a value AWS does not take', () => {
    expect(() => synth({ exports: [AwsCostExport.cur2({ timeGranularity: AwsExportTimeGranularity.of('WEEKLY') })] }))
      .toThrow(/'exports\[0\]\.timeGranularity' must be one of 'HOURLY', 'DAILY', 'MONTHLY'; got 'WEEKLY'$/);
  });

  test('fails if a plain-JavaScript user passes a raw string where an enum-like value belongs', () => {
    expect(() => synth({ exports: [AwsCostExport.cur2({ format: 'PARQUET' as any })] }))
      .toThrow(/'exports\[0\]\.format' must be a value of the enum-like class, e\.g\. AwsExportFormat\.PARQUET; got 'PARQUET'$/);
    expect(() => synth({ exports: ['CUR2' as any] }))
      .toThrow(/'exports\[0\]' must be built by its class's factory methods, e\.g\. AwsCostExport\.cur2\(\); got 'CUR2'$/);
    expect(() => synth({ access: 'role' as any })).toThrow(/'access' must be built by its class's factory methods/);
  });
});

describe('CUR 2.0 export options', () => {
  test('daily, CSV, without resource IDs: GZIP + TEXT_OR_CSV, INCLUDE_RESOURCES FALSE, no resource column', () => {
    const { template } = synth({
      exports: [AwsCostExport.cur2({ name: 'daily', prefix: 'cur2-daily', timeGranularity: AwsExportTimeGranularity.DAILY, format: AwsExportFormat.CSV, includeResources: false })],
    });
    template.hasResourceProperties('AWS::BCMDataExports::Export', {
      Export: Match.objectLike({
        Name: 'daily',
        DataQuery: {
          QueryStatement: Match.stringLikeRegexp('^SELECT bill_bill_type, .* FROM COST_AND_USAGE_REPORT$'),
          TableConfigurations: { COST_AND_USAGE_REPORT: Match.objectLike({ TIME_GRANULARITY: 'DAILY', INCLUDE_RESOURCES: 'FALSE' }) },
        },
        DestinationConfigurations: {
          S3Destination: Match.objectLike({ S3Prefix: 'finops/cur2-daily', S3OutputConfigurations: Match.objectLike({ Compression: 'GZIP', Format: 'TEXT_OR_CSV' }) }),
        },
      }),
    });
    const query = (Object.values(template.findResources('AWS::BCMDataExports::Export'))[0] as any).Properties.Export.DataQuery.QueryStatement as string;
    expect(query).not.toContain('line_item_resource_id');
    expect(query).toContain('line_item_usage_account_id');
  });
});

describe('FOCUS export', () => {
  test('queries FOCUS_1_2_AWS with its required table configuration', () => {
    const { template } = synth({ exports: [AwsCostExport.focus({ timeGranularity: AwsExportTimeGranularity.MONTHLY })] });
    template.hasResourceProperties('AWS::BCMDataExports::Export', {
      Export: Match.objectLike({
        Name: 'finops-focus',
        DataQuery: {
          QueryStatement: Match.stringLikeRegexp('^SELECT AvailabilityZone, BilledCost, .*ResourceId.*x_ServiceCode FROM FOCUS_1_2_AWS$'),
          TableConfigurations: { FOCUS_1_2_AWS: { TIME_GRANULARITY: 'MONTHLY' } },
        },
        DestinationConfigurations: { S3Destination: Match.objectLike({ S3Prefix: 'finops/focus' }) },
      }),
    });
    template.resourceCountIs('AWS::CUR::ReportDefinition', 0);
  });
});

describe('legacy CUR', () => {
  test('a Parquet report: Parquet compression, resource IDs, refreshed closed months, overwritten in place', () => {
    const { template } = synth({ exports: [AwsCostExport.legacyCur()] });
    template.hasResource('AWS::CUR::ReportDefinition', {
      DependsOn: [Match.stringLikeRegexp('^BillingBucketPolicy')],
      Properties: {
        ReportName: 'finops-cur',
        TimeUnit: 'HOURLY',
        Format: 'Parquet',
        Compression: 'Parquet',
        AdditionalSchemaElements: ['RESOURCES'],
        S3Bucket: { Ref: Match.stringLikeRegexp('^BillingBucket') },
        S3Prefix: 'finops/cur',
        S3Region: 'us-east-1',
        RefreshClosedReports: true,
        ReportVersioning: 'OVERWRITE_REPORT',
      },
    });
    template.resourceCountIs('AWS::BCMDataExports::Export', 0);
  });

  test('a CSV report without resource IDs: textORcsv with GZIP, no schema elements', () => {
    const report = AwsCostExport.legacyCur({ format: AwsExportFormat.CSV, includeResources: false, timeGranularity: AwsExportTimeGranularity.DAILY });
    const { template } = synth({ exports: [report] });
    template.hasResourceProperties('AWS::CUR::ReportDefinition', { Format: 'textORcsv', Compression: 'GZIP', AdditionalSchemaElements: [], TimeUnit: 'DAILY' });
  });
});

test('three exports in one bucket: each under its own prefix, each resource exposed in order', () => {
  const { template, integration } = synth({ prefix: 'billing/aws', exports: [AwsCostExport.focus(), AwsCostExport.legacyCur(), AwsCostExport.cur2()] });
  template.resourceCountIs('AWS::S3::Bucket', 1);
  template.resourceCountIs('AWS::BCMDataExports::Export', 2);
  template.resourceCountIs('AWS::CUR::ReportDefinition', 1);
  expect(integration.dataExports.map((e) => (e.export as any).name)).toEqual(['finops-focus', 'finops-cur2']);
  expect(integration.reportDefinitions.map((r) => r.reportName)).toEqual(['finops-cur']);
  expect(integration.outputs.costOrchestrator.exports.map((e) => [e.type, e.prefix])).toEqual([
    ['FOCUS', 'billing/aws/focus'], ['LEGACY_CUR', 'billing/aws/cur'], ['CUR2', 'billing/aws/cur2'],
  ]);
});

test("an empty common prefix puts each export's folder at the bucket root", () => {
  const { integration } = synth({ prefix: '' });
  expect(integration.outputs.costOrchestrator.exports[0].prefix).toBe('cur2');
});

describe('create-only properties (name, time granularity, resource IDs)', () => {
  const logicalIds = (exp: AwsCostExport) => {
    const { stack, integration } = synth({ exports: [exp] });
    return [...integration.dataExports, ...integration.reportDefinitions].map((r) => stack.getLogicalId(r));
  };

  test.each([
    ['CUR 2.0', (o: any) => AwsCostExport.cur2(o)],
    ['FOCUS', (o: any) => AwsCostExport.focus(o)],
    ['legacy CUR', (o: any) => AwsCostExport.legacyCur(o)],
  ])('%s: a new name is a new resource (created beside the old one), the same name keeps the resource', (_, make) => {
    const daily = { timeGranularity: AwsExportTimeGranularity.DAILY };
    // Same name, new granularity: the same logical ID, so CloudFormation would replace it under a taken name.
    expect(logicalIds(make({ name: 'billing' }))).toEqual(logicalIds(make({ name: 'billing', ...daily })));
    // New name: a new logical ID, so CloudFormation creates the new export, then deletes the old one.
    expect(logicalIds(make({ name: 'billing-daily', ...daily }))).not.toEqual(logicalIds(make({ name: 'billing' })));
  });
});
