/**
 * Where the billing export dataset lives. Choose a multi-region (`US`, `EU`) to get the previous
 * month's data backfilled; with a single region the export holds data only from the day it is
 * turned on (Google Cloud billing docs, "Export Cloud Billing data to BigQuery", limitations).
 * The location of a dataset cannot be changed after it is created.
 */
export class BigQueryLocation {
  /** The `US` multi-region (recommended: previous month backfilled). */
  public static readonly US = new BigQueryLocation('US', true);
  /** The `EU` multi-region (recommended: previous month backfilled). */
  public static readonly EU = new BigQueryLocation('EU', true);

  /** Montréal. */
  public static readonly NORTHAMERICA_NORTHEAST1 = new BigQueryLocation('northamerica-northeast1', true);
  /** São Paulo. */
  public static readonly SOUTHAMERICA_EAST1 = new BigQueryLocation('southamerica-east1', true);
  /** Iowa. */
  public static readonly US_CENTRAL1 = new BigQueryLocation('us-central1', true);
  /** South Carolina. */
  public static readonly US_EAST1 = new BigQueryLocation('us-east1', true);
  /** Northern Virginia. */
  public static readonly US_EAST4 = new BigQueryLocation('us-east4', true);
  /** Oregon. */
  public static readonly US_WEST1 = new BigQueryLocation('us-west1', true);
  /** Los Angeles. */
  public static readonly US_WEST2 = new BigQueryLocation('us-west2', true);
  /** Salt Lake City. */
  public static readonly US_WEST3 = new BigQueryLocation('us-west3', true);
  /** Las Vegas. */
  public static readonly US_WEST4 = new BigQueryLocation('us-west4', true);

  /** Taiwan. */
  public static readonly ASIA_EAST1 = new BigQueryLocation('asia-east1', true);
  /** Hong Kong. */
  public static readonly ASIA_EAST2 = new BigQueryLocation('asia-east2', true);
  /** Tokyo. */
  public static readonly ASIA_NORTHEAST1 = new BigQueryLocation('asia-northeast1', true);
  /** Osaka. */
  public static readonly ASIA_NORTHEAST2 = new BigQueryLocation('asia-northeast2', true);
  /** Seoul. */
  public static readonly ASIA_NORTHEAST3 = new BigQueryLocation('asia-northeast3', true);
  /** Mumbai. */
  public static readonly ASIA_SOUTH1 = new BigQueryLocation('asia-south1', true);
  /** Singapore. */
  public static readonly ASIA_SOUTHEAST1 = new BigQueryLocation('asia-southeast1', true);
  /** Jakarta. */
  public static readonly ASIA_SOUTHEAST2 = new BigQueryLocation('asia-southeast2', true);
  /** Sydney. */
  public static readonly AUSTRALIA_SOUTHEAST1 = new BigQueryLocation('australia-southeast1', true);

  /** Warsaw. */
  public static readonly EUROPE_CENTRAL2 = new BigQueryLocation('europe-central2', true);
  /** Finland. */
  public static readonly EUROPE_NORTH1 = new BigQueryLocation('europe-north1', true);
  /** Belgium. */
  public static readonly EUROPE_WEST1 = new BigQueryLocation('europe-west1', true);
  /** London. */
  public static readonly EUROPE_WEST2 = new BigQueryLocation('europe-west2', true);
  /** Frankfurt. */
  public static readonly EUROPE_WEST3 = new BigQueryLocation('europe-west3', true);
  /** Netherlands. */
  public static readonly EUROPE_WEST4 = new BigQueryLocation('europe-west4', true);
  /** Zurich. */
  public static readonly EUROPE_WEST6 = new BigQueryLocation('europe-west6', true);

  /** Doha. */
  public static readonly ME_CENTRAL1 = new BigQueryLocation('me-central1', true);
  /** Dammam. */
  public static readonly ME_CENTRAL2 = new BigQueryLocation('me-central2', true);
  /** Tel Aviv. */
  public static readonly ME_WEST1 = new BigQueryLocation('me-west1', true);

  /**
   * A location by name, e.g. from configuration. The construct checks at synth time that it is
   * one the billing export supports (`US`, `EU`, or a supported region such as `europe-west1`).
   */
  public static of(name: string): BigQueryLocation {
    return new BigQueryLocation(name, true);
  }

  /**
   * A location the billing export supports but this library does not list yet (Google adds
   * regions). Only its syntax is checked, and the construct adds a synth warning: if the export
   * does not support it, the console refuses the export settings with "Invalid dataset region".
   */
  public static unchecked(name: string): BigQueryLocation {
    return new BigQueryLocation(name, false);
  }

  /** The location name as BigQuery spells it: `US`, `EU`, or a region such as `europe-west1`. */
  public readonly name: string;

  /** Whether the construct checks the name against the locations the billing export supports. */
  public readonly checked: boolean;

  private constructor(name: string, checked: boolean) {
    this.name = name;
    this.checked = checked;
  }

  /** True for the `US` and `EU` multi-regions. */
  public get isMultiRegion(): boolean {
    return this.name === 'US' || this.name === 'EU';
  }
}
