import { IConstruct } from 'constructs';
import { BillingBundleBase, ManualStep } from './bundle';
import { checkFormat } from './formats';
import { BundleSchema } from './integration-id';
import { BillingIntegrationProps } from './integration-props';
import { isUnresolved } from './tokens';

/**
 * The provider-independent part of a bundle, from the common props. Checks `orgSlug` eagerly.
 * Each cloud's construct spreads this and adds its `costOrchestrator`.
 */
export function bundleBase(
  scope: IConstruct,
  provider: string,
  integrationId: string,
  props: BillingIntegrationProps,
  manualSteps: ManualStep[] = [],
): BillingBundleBase {
  const slug = props.orgSlug ?? provider;
  checkFormat(scope, 'orgSlug', slug, 'orgSlug');
  return {
    schema: BundleSchema.V1,
    provider,
    integrationId,
    org: {
      slug,
      ...(props.orgDisplayName !== undefined && (isUnresolved(props.orgDisplayName) || props.orgDisplayName.length > 0)
        ? { displayName: props.orgDisplayName } : {}),
    },
    recommendations: { enabled: props.recommendations ?? false },
    ...(manualSteps.length > 0 ? { manualSteps } : {}),
  };
}
