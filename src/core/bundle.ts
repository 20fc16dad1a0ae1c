/**
 * The parts of the outputs bundle that every provider shares.
 * The JSON Schema under `schemas/bundle/v1/` is the normative form; these structs mirror it.
 */

/** The platform org that holds a provider's integrations (one org per provider). */
export interface BundleOrg {
  /** Org slug on the platform: 1 to 63 lowercase letters, digits and '-'. */
  readonly slug: string;
  /**
   * Human-readable org name.
   * @default - the platform shows the slug
   */
  readonly displayName?: string;
}

/** Whether the platform turns on the provider's recommendations. */
export interface BundleRecommendations {
  /** True when the identity was given the read-only recommendation permissions. */
  readonly enabled: boolean;
}

/** A step that no API can do, reported instead of hidden. */
export interface ManualStep {
  /** Stable id of the step, e.g. `gcp-enable-billing-export`. */
  readonly id: string;
  /** What to do, in one or two sentences. */
  readonly description: string;
  /**
   * Console link where the step is done.
   * @default - no link
   */
  readonly url?: string;
}

/** Fields every provider's bundle has. */
export interface BillingBundleBase {
  /** The schema version: always `finops-integrations/bundle/v1`. */
  readonly schema: string;
  /** The cloud: `aws`, `gcp`, `azure` or `oci`. */
  readonly provider: string;
  /** Stable id of this integration on the platform; built by `IntegrationId`. */
  readonly integrationId: string;
  /** The platform org for this provider. */
  readonly org: BundleOrg;
  /** Whether provider recommendations are to be turned on. */
  readonly recommendations: BundleRecommendations;
  /**
   * Steps no API can do.
   * @default - none
   */
  readonly manualSteps?: ManualStep[];
}
