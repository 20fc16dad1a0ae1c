import { Testing, TerraformStack } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';
import { AzureBillingIntegration, AzureBillingIntegrationProps } from '../../src/azure';

Testing.setupJest();

/** Placeholder IDs used across the Azure tests. */
export const TENANT = '00000000-0000-4000-8000-000000000001';
export const SUBSCRIPTION = '11111111-1111-4111-8111-111111111111';
export const OTHER_SUBSCRIPTION = '22222222-2222-4222-8222-222222222222';

/** The props every test starts from: a new storage account in the integration's subscription. */
export const BASE_PROPS: AzureBillingIntegrationProps = {
  tenantId: TENANT,
  subscriptionId: SUBSCRIPTION,
  storageAccountName: 'acmefinopsexports',
  resourceGroupName: 'finops',
  location: 'westeurope',
};

/** Props with a few replaced; a key set to `undefined` removes it. */
function withProps(props: Partial<AzureBillingIntegrationProps>): AzureBillingIntegrationProps {
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

/** One integration in a fresh stack and its synthesized Terraform JSON. */
export function synthIntegration(props: Partial<AzureBillingIntegrationProps> = {}) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  const integration = new AzureBillingIntegration(stack, 'Billing', withProps(props));
  const json = Testing.synth(stack);
  return { app, stack, integration, json, synth: JSON.parse(json) as { resource: Record<string, Record<string, any>>; data?: Record<string, Record<string, any>>; output?: Record<string, any> } };
}
