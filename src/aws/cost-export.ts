/**
 * The billing exports the integration can create (seed: "Configure Cost & Usage Report export to S3 bucket").
 * Choices are enum-like classes (jsii): `AwsCostExport.cur2()`, `.focus()`, `.legacyCur()`.
 */

/** File format of an export's objects. */
export class AwsExportFormat {
  /** Apache Parquet (Data Exports: compression and format `PARQUET`; legacy CUR: `Parquet`). */
  public static readonly PARQUET = new AwsExportFormat('PARQUET');
  /** CSV compressed with GZIP (Data Exports: `TEXT_OR_CSV` + `GZIP`; legacy CUR: `textORcsv` + `GZIP`). */
  public static readonly CSV = new AwsExportFormat('CSV');

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

/** One billing export of the integration, written to the integration's bucket under its own prefix. */
export class AwsCostExport {
  /**
   * AWS Data Exports, CUR 2.0 table (`COST_AND_USAGE_REPORT`): the default and what AWS recommends.
   */
  public static cur2(options: AwsCurExportOptions = {}): AwsCostExport {
    return new AwsCostExport(AwsCostExportType.CUR2, 'finops-cur2', 'cur2', options, options.includeResources ?? true);
  }

  /**
   * AWS Data Exports, FOCUS 1.2 with AWS columns table (`FOCUS_1_2_AWS`). FOCUS rows always carry resource IDs.
   */
  public static focus(options: AwsCostExportOptions = {}): AwsCostExport {
    return new AwsCostExport(AwsCostExportType.FOCUS, 'finops-focus', 'focus', options, true);
  }

  /**
   * The legacy Cost and Usage Report (`AWS::CUR::ReportDefinition`), for platforms that still read it.
   */
  public static legacyCur(options: AwsCurExportOptions = {}): AwsCostExport {
    return new AwsCostExport(AwsCostExportType.LEGACY_CUR, 'finops-cur', 'cur', options, options.includeResources ?? true);
  }

  /** The export type as the bundle names it: `CUR2`, `FOCUS` or `LEGACY_CUR`. */
  public readonly exportType: string;
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

  private constructor(type: string, defaultName: string, defaultPrefix: string, options: AwsCostExportOptions, includeResources: boolean) {
    this.exportType = type;
    this.name = options.name ?? defaultName;
    this.prefix = options.prefix ?? defaultPrefix;
    this.timeGranularity = options.timeGranularity ?? AwsExportTimeGranularity.HOURLY;
    this.format = options.format ?? AwsExportFormat.PARQUET;
    this.includeResources = includeResources;
  }
}

/** The export type values of the bundle (`schemas/bundle/v1/aws.schema.json`). */
export class AwsCostExportType {
  /** Data Exports, CUR 2.0. */
  public static readonly CUR2 = 'CUR2';
  /** Data Exports, FOCUS. */
  public static readonly FOCUS = 'FOCUS';
  /** Legacy Cost and Usage Report. */
  public static readonly LEGACY_CUR = 'LEGACY_CUR';

  private constructor() {}
}
