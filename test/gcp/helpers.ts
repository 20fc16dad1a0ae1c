import { Testing, TerraformOutput, TerraformStack } from 'cdktf';
import 'cdktf/lib/testing/adapters/jest';
import { GcpBillingIntegration, GcpBillingIntegrationProps } from '../../src/gcp';
import { TfTemplate } from '../kit/tf-template';
export { warningsOf } from '../kit/tf-template';

Testing.setupJest();

/** Placeholder IDs used across the GCP tests. */
export const PROJECT = 'acme-billing';
export const BILLING_ACCOUNT = '012345-6789AB-CDEF01';
export const ORG = '123456789012';

/** Synthesized Terraform JSON, parsed. */
export interface Synth {
  readonly resource: Record<string, Record<string, any>>;
  readonly output?: Record<string, any>;
  readonly provider?: Record<string, any>;
}

/** One integration in a fresh stack, its synthesized JSON (string and parsed). */
export function synthIntegration(props: Partial<GcpBillingIntegrationProps> = {}) {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  const integration = new GcpBillingIntegration(stack, 'Billing', {
    projectId: PROJECT,
    billingAccountId: BILLING_ACCOUNT,
    ...props,
  });
  const json = Testing.synth(stack);
  const synth = JSON.parse(json) as Synth;
  return { app, stack, integration, json, synth, template: TfTemplate.fromJSON(synth) };
}

/** A construct built in a fresh stack, for "fails if" tests. */
export function build(props: Partial<GcpBillingIntegrationProps> = {}): GcpBillingIntegration {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  return new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, ...props });
}

/** Every resource of a Terraform type, as [logical id, config] pairs. */
export function resourcesOf(synth: Synth, type: string): Array<[string, any]> {
  return Object.entries(synth.resource[type] ?? {});
}

/** The logical id of a construct's resource as it appears in `${type.id.attr}` references. */
export function refOf(type: string, logicalId: string, attribute: string): string {
  return `\${${type}.${logicalId}.${attribute}}`;
}

let resolveCount = 0;
/** What Terraform JSON `value` synthesizes to in `stack` (tokens rendered as `${...}` expressions). */
export function resolveIn(stack: TerraformStack, value: unknown): any {
  const id = `resolve_${resolveCount++}`;
  new TerraformOutput(stack, id, { value, sensitive: true });
  return JSON.parse(Testing.synth(stack)).output[id].value;
}
