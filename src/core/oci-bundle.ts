import { BillingBundleBase } from './bundle';

/** The IAM group whose members may read the usage reports. */
export interface OciBundleGroup {
  /** Group OCID. */
  readonly ocid: string;
  /** Group name. */
  readonly name: string;
}

/** Where Oracle publishes the cost and usage reports. */
export interface OciBundleReports {
  /** Object Storage namespace: `bling`. */
  readonly namespace: string;
  /** Bucket: the tenancy OCID. */
  readonly bucket: string;
  /** Report prefixes, e.g. `reports/cost-csv`, `FOCUS Reports`. */
  readonly prefixes: string[];
}

/** OCI Cost Orchestrator fields. */
export interface OciCostOrchestrator {
  /** Tenancy OCID. */
  readonly tenancyOcid: string;
  /** OCID of the user that owns the API key. */
  readonly userOcid: string;
  /** API key fingerprint. */
  readonly fingerprint: string;
  /** Home region, e.g. `us-ashburn-1`. */
  readonly region: string;
  /**
   * PEM private key of the API key. Secret.
   * @default - the CLI reads it from a file
   */
  readonly privateKey?: string;
  /** The group allowed to read usage reports. */
  readonly group: OciBundleGroup;
  /** Report location. */
  readonly reports: OciBundleReports;
}

/** The outputs bundle for OCI (`provider: 'oci'`). */
export interface OciBillingBundle extends BillingBundleBase {
  /** What the platform needs to read the usage reports. */
  readonly costOrchestrator: OciCostOrchestrator;
}
