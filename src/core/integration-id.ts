import { FinopsValidationError } from './errors';
import { FormatName, matchesFormat } from './formats';
import { isUnresolved } from './tokens';

/**
 * The stable integration id rule, one per provider: `<provider>-<the id that names the billing scope>`.
 * It is the path segment of `PUT /v1/orgs/{org}/integrations/{integrationId}`, so it must not
 * change when a stack is redeployed: it is derived from the billing scope, never from a resource name.
 */
export class IntegrationId {
  /** `aws-<payer account id>`, e.g. `aws-123456789012`. */
  public static aws(payerAccountId: string): string {
    return IntegrationId.build('aws', 'payerAccountId', payerAccountId, 'awsAccountId');
  }

  /** `gcp-<billing account id>`, e.g. `gcp-012345-6789AB-CDEF01`. */
  public static gcp(billingAccountId: string): string {
    return IntegrationId.build('gcp', 'billingAccountId', billingAccountId, 'gcpBillingAccountId');
  }

  /** `azure-<subscription id, lowercase>`. */
  public static azure(subscriptionId: string): string {
    const id = isUnresolved(subscriptionId) ? subscriptionId : subscriptionId.toLowerCase();
    return IntegrationId.build('azure', 'subscriptionId', id, 'guid');
  }

  /** `oci-<tenancy OCID>`. */
  public static oci(tenancyOcid: string): string {
    return IntegrationId.build('oci', 'tenancyOcid', tenancyOcid, 'ociTenancyOcid');
  }

  private static build(provider: string, prop: string, value: string, formatName: FormatName): string {
    if (!isUnresolved(value) && !matchesFormat(formatName, value)) {
      throw new FinopsValidationError(`IntegrationId.${provider}`, prop, 'must be a valid id (see schemas/bundle/v1/common.schema.json)', value);
    }
    return `${provider}-${value}`;
  }

  private constructor() {}
}

/** The bundle schema version string. */
export class BundleSchema {
  /** `finops-integrations/bundle/v1`. */
  public static readonly V1 = 'finops-integrations/bundle/v1';

  private constructor() {}
}
