/**
 * Where the billing export dataset lives. Choose a multi-region (`US`, `EU`) to get the previous
 * month's data backfilled; with a single region the export holds data only from the day it is
 * turned on (Google Cloud billing docs, "Export Cloud Billing data to BigQuery", limitations).
 * The location of a dataset cannot be changed after it is created.
 * @see https://cloud.google.com/billing/docs/how-to/export-data-bigquery-setup
 */
export class BigQueryLocation {
  /** The `US` multi-region (recommended: previous month backfilled). */
  public static readonly US = new BigQueryLocation('US');
  /** The `EU` multi-region (recommended: previous month backfilled). */
  public static readonly EU = new BigQueryLocation('EU');

  /** Montréal. */
  public static readonly NORTHAMERICA_NORTHEAST1 = new BigQueryLocation('northamerica-northeast1');
  /** São Paulo. */
  public static readonly SOUTHAMERICA_EAST1 = new BigQueryLocation('southamerica-east1');
  /** Iowa. */
  public static readonly US_CENTRAL1 = new BigQueryLocation('us-central1');
  /** South Carolina. */
  public static readonly US_EAST1 = new BigQueryLocation('us-east1');
  /** Northern Virginia. */
  public static readonly US_EAST4 = new BigQueryLocation('us-east4');
  /** Oregon. */
  public static readonly US_WEST1 = new BigQueryLocation('us-west1');
  /** Los Angeles. */
  public static readonly US_WEST2 = new BigQueryLocation('us-west2');
  /** Salt Lake City. */
  public static readonly US_WEST3 = new BigQueryLocation('us-west3');
  /** Las Vegas. */
  public static readonly US_WEST4 = new BigQueryLocation('us-west4');

  /** Taiwan. */
  public static readonly ASIA_EAST1 = new BigQueryLocation('asia-east1');
  /** Hong Kong. */
  public static readonly ASIA_EAST2 = new BigQueryLocation('asia-east2');
  /** Tokyo. */
  public static readonly ASIA_NORTHEAST1 = new BigQueryLocation('asia-northeast1');
  /** Osaka. */
  public static readonly ASIA_NORTHEAST2 = new BigQueryLocation('asia-northeast2');
  /** Seoul. */
  public static readonly ASIA_NORTHEAST3 = new BigQueryLocation('asia-northeast3');
  /** Mumbai. */
  public static readonly ASIA_SOUTH1 = new BigQueryLocation('asia-south1');
  /** Singapore. */
  public static readonly ASIA_SOUTHEAST1 = new BigQueryLocation('asia-southeast1');
  /** Jakarta. */
  public static readonly ASIA_SOUTHEAST2 = new BigQueryLocation('asia-southeast2');
  /** Sydney. */
  public static readonly AUSTRALIA_SOUTHEAST1 = new BigQueryLocation('australia-southeast1');

  /** Warsaw. */
  public static readonly EUROPE_CENTRAL2 = new BigQueryLocation('europe-central2');
  /** Finland. */
  public static readonly EUROPE_NORTH1 = new BigQueryLocation('europe-north1');
  /** Belgium. */
  public static readonly EUROPE_WEST1 = new BigQueryLocation('europe-west1');
  /** London. */
  public static readonly EUROPE_WEST2 = new BigQueryLocation('europe-west2');
  /** Frankfurt. */
  public static readonly EUROPE_WEST3 = new BigQueryLocation('europe-west3');
  /** Netherlands. */
  public static readonly EUROPE_WEST4 = new BigQueryLocation('europe-west4');
  /** Zurich. */
  public static readonly EUROPE_WEST6 = new BigQueryLocation('europe-west6');

  /** Doha. */
  public static readonly ME_CENTRAL1 = new BigQueryLocation('me-central1');
  /** Dammam. */
  public static readonly ME_CENTRAL2 = new BigQueryLocation('me-central2');
  /** Tel Aviv. */
  public static readonly ME_WEST1 = new BigQueryLocation('me-west1');

  /**
   * A location by name, e.g. from configuration, or one Google added after this library's list.
   * The construct checks its syntax at synth time; a location that is not in the list of dataset
   * locations the billing export supports gets a synth warning (if the export does not support it,
   * the console refuses the export settings with "Invalid dataset region").
   * @see https://cloud.google.com/billing/docs/how-to/export-data-bigquery-setup
   */
  public static of(value: string): BigQueryLocation {
    return new BigQueryLocation(value);
  }

  /** The location as BigQuery spells it: `US`, `EU`, or a region such as `europe-west1`. */
  public readonly value: string;

  private constructor(value: string) {
    this.value = value;
  }

  /** True for the `US` and `EU` multi-regions. */
  public get isMultiRegion(): boolean {
    return this.value === 'US' || this.value === 'EU';
  }
}
