import { Testing, TerraformStack } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';
import { AzureBillingIntegration, AzureBillingIntegrationProps } from '../../src/azure';
import { TfResource, TfTemplate } from '../kit/tf-template';

Testing.setupJest();

/** Placeholder IDs used across the Azure tests. */
export const TENANT = '00000000-0000-4000-8000-000000000001';
export const SUBSCRIPTION = '11111111-1111-4111-8111-111111111111';
export const OTHER_SUBSCRIPTION = '22222222-2222-4222-8222-222222222222';

/** Built-in role GUIDs, written out here (not imported from src) so that a changed role fails the tests. */
export const ROLE = {
  eventGridEventSubscriptionReader: '2414bbcf-6497-4faf-8c65-045460748405',
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
};

/** `/subscriptions/<sub>/providers/Microsoft.Authorization/roleDefinitions/<guid>`. */
export function roleDefinition(subscriptionId: string, guid: string): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

/** The props every test starts from: a new storage account in the integration's subscription. */
export const BASE_PROPS: AzureBillingIntegrationProps = {
  tenantId: TENANT,
  subscriptionId: SUBSCRIPTION,
  storageAccountName: 'acmefinopsexports',
  resourceGroupName: 'finops',
  location: 'westeurope',
};

/** Props with a few replaced; a key set to `undefined` removes it. */
export function withProps(props: Partial<AzureBillingIntegrationProps>): AzureBillingIntegrationProps {
  const merged: Record<string, unknown> = { ...BASE_PROPS, ...props };
  for (const [k, v] of Object.entries(props)) if (v === undefined) delete merged[k];
  return merged as unknown as AzureBillingIntegrationProps;
}

/** A construct built in a fresh stack, for "fails if" tests. */
export function build(props: Partial<AzureBillingIntegrationProps> = {}): AzureBillingIntegration {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  return new AzureBillingIntegration(stack, 'Billing', withProps(props));
}

/** One integration in a fresh stack, read through the shared kit. */
export function synthIntegration(props: Partial<AzureBillingIntegrationProps> = {}) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  const integration = new AzureBillingIntegration(stack, 'Billing', withProps(props));
  const t = TfTemplate.fromStack(stack);
  return { stack, integration, t };
}

/** The `${type.id.attr}` expression of the only resource of `type`. */
export function refOfOnly(t: TfTemplate, type: string, attribute: string): string {
  const all = t.resources(type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return TfTemplate.ref(all[0], attribute);
}

/** The role assignments of `guid`, by scope. */
export function assignmentsOf(t: TfTemplate, guid: string): TfResource[] {
  return t.resources('azurerm_role_assignment').filter((r) => String(r.config.role_definition_id).endsWith(`/${guid}`));
}
