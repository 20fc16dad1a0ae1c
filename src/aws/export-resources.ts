import * as bcmdataexports from 'aws-cdk-lib/aws-bcmdataexports';
import * as cur from 'aws-cdk-lib/aws-cur';
import { Construct } from 'constructs';
import { AwsCostExport, AwsCostExportType, AwsExportFormat } from './cost-export';
import { cur2Query, focusQuery } from './export-queries';

/** Where an export writes. */
export interface ExportDestination {
  readonly bucketName: string;
  readonly bucketRegion: string;
  /** The export's full prefix, e.g. `finops/cur2`. */
  readonly prefix: string;
}

/**
 * The Data Exports resource (`AWS::BCMDataExports::Export`) of a CUR 2.0 or FOCUS export
 * (seed: "Configure Cost & Usage Report export to S3 bucket"). Values per FACTS.md 1a.
 */
export function createDataExport(scope: Construct, id: string, exp: AwsCostExport, dest: ExportDestination): bcmdataexports.CfnExport {
  const granularity = exp.timeGranularity.value;
  const query = exp.exportType === AwsCostExportType.FOCUS ? focusQuery(granularity) : cur2Query(granularity, exp.includeResources);
  const parquet = exp.format === AwsExportFormat.PARQUET;
  return new bcmdataexports.CfnExport(scope, id, {
    export: {
      name: exp.name,
      description: `${exp.exportType} export for the FinOps platform (finops-integrations)`,
      dataQuery: query,
      destinationConfigurations: {
        s3Destination: {
          s3Bucket: dest.bucketName,
          s3Prefix: dest.prefix,
          s3Region: dest.bucketRegion,
          s3OutputConfigurations: {
            // PARQUET pairs with PARQUET; TEXT_OR_CSV with GZIP (that pairing: UNVERIFIED, FACTS.md 1a).
            compression: parquet ? 'PARQUET' : 'GZIP',
            format: parquet ? 'PARQUET' : 'TEXT_OR_CSV',
            outputType: 'CUSTOM',
            // One current copy of each billing period, rewritten as AWS refreshes it.
            overwrite: 'OVERWRITE_REPORT',
          },
        },
      },
      refreshCadence: { frequency: 'SYNCHRONOUS' },
    },
  });
}

/** The legacy report (`AWS::CUR::ReportDefinition`). Values per FACTS.md 1b. */
export function createReportDefinition(scope: Construct, id: string, exp: AwsCostExport, dest: ExportDestination): cur.CfnReportDefinition {
  const parquet = exp.format === AwsExportFormat.PARQUET;
  return new cur.CfnReportDefinition(scope, id, {
    reportName: exp.name,
    timeUnit: exp.timeGranularity.value,
    // Parquet pairs only with Parquet compression; textORcsv with GZIP (or ZIP).
    format: parquet ? 'Parquet' : 'textORcsv',
    compression: parquet ? 'Parquet' : 'GZIP',
    additionalSchemaElements: exp.includeResources ? ['RESOURCES'] : [],
    s3Bucket: dest.bucketName,
    s3Prefix: dest.prefix,
    s3Region: dest.bucketRegion,
    // Late refunds and credits update closed months too, as CUR 2.0 does.
    refreshClosedReports: true,
    reportVersioning: 'OVERWRITE_REPORT',
  });
}
