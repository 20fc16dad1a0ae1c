// What an AwsCostExport choice is given and hands back (internal: not exported from the entry point).
import * as bcmdataexports from 'aws-cdk-lib/aws-bcmdataexports';
import * as cur from 'aws-cdk-lib/aws-cur';

/** Where an export writes (internal). */
export interface AwsExportDestination {
  readonly bucketName: string;
  readonly bucketRegion: string;
  /** The export's full prefix, e.g. `finops/cur2`. */
  readonly prefix: string;
}

/** Which AWS billing service writes an export's objects, for the bucket policy (internal). */
export interface AwsExportWriters {
  /** AWS Data Exports (`bcm-data-exports.amazonaws.com`). */
  readonly dataExports: boolean;
  /** The legacy CUR service (`billingreports.amazonaws.com`). */
  readonly legacyCur: boolean;
}

/** The resource an export created (internal). */
export interface AwsExportConfig {
  readonly dataExport?: bcmdataexports.CfnExport;
  readonly reportDefinition?: cur.CfnReportDefinition;
}
