import * as bcmdataexports from 'aws-cdk-lib/aws-bcmdataexports';
import * as cur from 'aws-cdk-lib/aws-cur';
import { Construct } from 'constructs';
import { AwsExportConfig, AwsExportDestination, AwsExportWriters } from './export-config';
import { cur2Query, ExportQuery, focusQuery } from './export-queries';
import { checkDataExportName, checkLegacyCurName, checkLegacyCurPrefix, checkS3Prefix } from './name-rules';
import { checkEnumLike, checkOneOf } from '../core/prop-checks';

// The billing exports the integration can create (seed: "Configure Cost & Usage Report export to S3
// bucket"): a union-like class whose variants create their own resource (`_bind`).

/**
 * File format of an export's objects.
 * @see https://docs.aws.amazon.com/cur/latest/userguide/dataexports-create-standard.html
 */
export class AwsExportFormat {
  /** Apache Parquet (Data Exports: compression and format `PARQUET`; legacy CUR: `Parquet`). */
  public static readonly PARQUET = new AwsExportFormat('PARQUET');
  /** CSV compressed with GZIP (Data Exports: `TEXT_OR_CSV` + `GZIP`; legacy CUR: `textORcsv` + `GZIP`). */
  public static readonly CSV = new AwsExportFormat('CSV');

  /** A format by its bundle name (`PARQUET` or `CSV`), e.g. from configuration; checked at synth time. */
  public static of(value: string): AwsExportFormat {
    return new AwsExportFormat(value);
  }

  /** The bundle's name for the format: `PARQUET` or `CSV`. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }
}

/** How finely the export breaks down cost and usage. */
export class AwsExportTimeGranularity {
  /** One line item per hour. */
  public static readonly HOURLY = new AwsExportTimeGranularity('HOURLY');
  /** One line item per day. */
  public static readonly DAILY = new AwsExportTimeGranularity('DAILY');
  /** One line item per month. */
  public static readonly MONTHLY = new AwsExportTimeGranularity('MONTHLY');

  /** A granularity by the value AWS uses, e.g. from configuration; checked at synth time. */
  public static of(value: string): AwsExportTimeGranularity {
    return new AwsExportTimeGranularity(value);
  }

  /** The value AWS uses: `HOURLY`, `DAILY` or `MONTHLY`. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }
}

/**
 * Options every export type takes.
 *
 * `name`, `timeGranularity` and `includeResources` are fixed when AWS creates the export (the
 * create-only properties of `AWS::BCMDataExports::Export` and `AWS::CUR::ReportDefinition`). To change
 * the granularity or resource IDs of a deployed export, give it a new `name` too. `prefix` and
 * `format` can be changed in place.
 */
export interface AwsCostExportOptions {
  /**
   * Export (or report) name, unique among the integration's exports. CUR 2.0 and FOCUS (Data Exports):
   * 1 to 128 characters from letters, digits, `-` and `_`. Legacy CUR: 1 to 128 characters from
   * letters, digits and `!-_.*'()`.
   *
   * AWS cannot rename an export in place: a new name creates a new export (and deletes the old one),
   * whose files go to a new `<name>/` folder. Give a deployed export a new name to change its
   * `timeGranularity` or `includeResources`.
   * @default - `finops-cur2`, `finops-focus` or `finops-cur` by export type
   */
  readonly name?: string;

  /**
   * Folder of this export under the integration's `prefix`, without leading or trailing `/`.
   * AWS writes the objects under `<prefix>/<this>/<name>/`. Unique among the integration's exports,
   * and no export's folder may contain another's.
   * @default - `cur2`, `focus` or `cur` by export type
   */
  readonly prefix?: string;

  /**
   * How finely cost and usage are broken down.
   *
   * Fixed when the export is created (create-only: Data Exports `DataQuery/TableConfigurations`,
   * legacy CUR `TimeUnit`). Changing it makes CloudFormation replace the export under the same
   * name, which fails: the old export still holds the name. To change the granularity of a
   * deployed export, give it a new `name` in the same deploy.
   * @default AwsExportTimeGranularity.HOURLY
   */
  readonly timeGranularity?: AwsExportTimeGranularity;

  /**
   * File format of the exported objects. Can be changed on a deployed export (updated in place).
   * @default AwsExportFormat.PARQUET
   */
  readonly format?: AwsExportFormat;
}

/** Options of the CUR exports (CUR 2.0 and legacy CUR), which can leave resource IDs out. */
export interface AwsCurExportOptions extends AwsCostExportOptions {
  /**
   * Include the ID of each resource in its line items (CUR 2.0 `INCLUDE_RESOURCES`,
   * legacy CUR `RESOURCES` schema element).
   *
   * Fixed when the export is created (create-only: Data Exports `DataQuery/TableConfigurations`,
   * legacy CUR `AdditionalSchemaElements`). Changing it makes CloudFormation replace the export
   * under the same name, which fails: the old export still holds the name. To change it on a
   * deployed export, give the export a new `name` in the same deploy.
   * @default true
   */
  readonly includeResources?: boolean;
}

/** The kind of an export, as the bundle names it (`schemas/bundle/v1/aws.schema.json`). */
export class AwsCostExportType {
  /** Data Exports, CUR 2.0. */
  public static readonly CUR2 = new AwsCostExportType('CUR2');
  /** Data Exports, FOCUS 1.2 with AWS columns. */
  public static readonly FOCUS = new AwsCostExportType('FOCUS');
  /** Legacy Cost and Usage Report. */
  public static readonly LEGACY_CUR = new AwsCostExportType('LEGACY_CUR');

  /** `CUR2`, `FOCUS` or `LEGACY_CUR`. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }
}

/**
 * One billing export of the integration, written to the integration's bucket under its own prefix.
 * @see https://docs.aws.amazon.com/cur/latest/userguide/what-is-data-exports.html
 */
export abstract class AwsCostExport {
  /**
   * AWS Data Exports, CUR 2.0 table (`COST_AND_USAGE_REPORT`): the default and what AWS recommends.
   * @see https://docs.aws.amazon.com/cur/latest/userguide/table-dictionary-cur2.html
   */
  public static cur2(options: AwsCurExportOptions = {}): AwsCostExport {
    return new DataExport(AwsCostExportType.CUR2, 'finops-cur2', 'cur2', options, options.includeResources ?? true,
      (granularity) => cur2Query(granularity, options.includeResources ?? true));
  }

  /**
   * AWS Data Exports, FOCUS 1.2 with AWS columns table (`FOCUS_1_2_AWS`). FOCUS rows always carry resource IDs.
   * @see https://docs.aws.amazon.com/cur/latest/userguide/table-dictionary-focus-1-2-aws.html
   */
  public static focus(options: AwsCostExportOptions = {}): AwsCostExport {
    return new DataExport(AwsCostExportType.FOCUS, 'finops-focus', 'focus', options, true, focusQuery);
  }

  /**
   * The legacy Cost and Usage Report (`AWS::CUR::ReportDefinition`), for platforms that still read it.
   * @see https://docs.aws.amazon.com/cur/latest/userguide/what-is-cur.html
   */
  public static legacyCur(options: AwsCurExportOptions = {}): AwsCostExport {
    return new LegacyCurExport(AwsCostExportType.LEGACY_CUR, 'finops-cur', 'cur', options, options.includeResources ?? true);
  }

  /** The export type as the bundle names it. */
  public readonly exportType: AwsCostExportType;
  /** Export or report name. */
  public readonly name: string;
  /** Folder of this export under the integration's prefix. */
  public readonly prefix: string;
  /** How finely cost and usage are broken down. */
  public readonly timeGranularity: AwsExportTimeGranularity;
  /** File format of the exported objects. */
  public readonly format: AwsExportFormat;
  /** Whether line items carry resource IDs. */
  public readonly includeResources: boolean;

  /**
   * Which billing service writes this export (for the bucket policy).
   * @internal
   */
  public abstract readonly _writers: AwsExportWriters;

  protected constructor(type: AwsCostExportType, defaultName: string, defaultPrefix: string,
    options: AwsCostExportOptions, includeResources: boolean) {
    this.exportType = type;
    this.name = options.name ?? defaultName;
    this.prefix = options.prefix ?? defaultPrefix;
    this.timeGranularity = options.timeGranularity ?? AwsExportTimeGranularity.HOURLY;
    this.format = options.format ?? AwsExportFormat.PARQUET;
    this.includeResources = includeResources;
  }

  /**
   * Check this export's options; `path` is its prop path (`exports[1]`), `fullPrefix` its whole prefix.
   * @internal
   */
  public _validate(scope: Construct, path: string, fullPrefix: string): void {
    checkEnumLike(scope, `${path}.timeGranularity`, this.timeGranularity, 'AwsExportTimeGranularity.DAILY');
    checkOneOf(scope, `${path}.timeGranularity`, this.timeGranularity.value, ['HOURLY', 'DAILY', 'MONTHLY']);
    checkEnumLike(scope, `${path}.format`, this.format, 'AwsExportFormat.PARQUET');
    checkOneOf(scope, `${path}.format`, this.format.value, ['PARQUET', 'CSV']);
    checkS3Prefix(scope, `${path}.prefix`, this.prefix, false);
    checkS3Prefix(scope, `${path}.prefix`, fullPrefix, false); // the whole prefix, e.g. its length
  }

  /**
   * Create the export's resource in `scope`, writing to `destination`.
   * @internal
   */
  public abstract _bind(scope: Construct, id: string, destination: AwsExportDestination): AwsExportConfig;

  /** True when the objects are Parquet (else gzipped CSV). */
  protected get parquet(): boolean {
    return this.format.value === 'PARQUET';
  }
}

// CUR 2.0 and FOCUS: `AWS::BCMDataExports::Export`. Values per FACTS.md 1a.
class DataExport extends AwsCostExport {
  public readonly _writers = { dataExports: true, legacyCur: false };

  constructor(type: AwsCostExportType, defaultName: string, defaultPrefix: string, options: AwsCostExportOptions, includeResources: boolean,
    private readonly query: (granularity: string) => ExportQuery) {
    super(type, defaultName, defaultPrefix, options, includeResources);
  }

  public _validate(scope: Construct, path: string, fullPrefix: string): void {
    super._validate(scope, path, fullPrefix);
    checkDataExportName(scope, `${path}.name`, this.name);
  }

  public _bind(scope: Construct, id: string, dest: AwsExportDestination): AwsExportConfig {
    const parquet = this.parquet;
    const dataExport = new bcmdataexports.CfnExport(scope, id, {
      export: {
        name: this.name,
        description: `${this.exportType.value} export for the FinOps platform (finops-integrations)`,
        dataQuery: this.query(this.timeGranularity.value),
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
    return { dataExport };
  }
}

// The legacy report: `AWS::CUR::ReportDefinition`. Values per FACTS.md 1b.
class LegacyCurExport extends AwsCostExport {
  public readonly _writers = { dataExports: false, legacyCur: true };

  public _validate(scope: Construct, path: string, fullPrefix: string): void {
    super._validate(scope, path, fullPrefix);
    checkLegacyCurName(scope, `${path}.name`, this.name);
    checkLegacyCurPrefix(scope, `${path}.prefix`, fullPrefix);
  }

  public _bind(scope: Construct, id: string, dest: AwsExportDestination): AwsExportConfig {
    const parquet = this.parquet;
    const reportDefinition = new cur.CfnReportDefinition(scope, id, {
      reportName: this.name,
      timeUnit: this.timeGranularity.value,
      // Parquet pairs only with Parquet compression; textORcsv with GZIP (or ZIP).
      format: parquet ? 'Parquet' : 'textORcsv',
      compression: parquet ? 'Parquet' : 'GZIP',
      additionalSchemaElements: this.includeResources ? ['RESOURCES'] : [],
      s3Bucket: dest.bucketName,
      s3Prefix: dest.prefix,
      s3Region: dest.bucketRegion,
      // Late refunds and credits update closed months too, as CUR 2.0 does.
      refreshClosedReports: true,
      reportVersioning: 'OVERWRITE_REPORT',
    });
    return { reportDefinition };
  }
}
