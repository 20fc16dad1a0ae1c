import type { PlatformAnswer, PlatformClient, PlatformRegisterOptions, PlatformRegistrationOutcome, PlatformStepResult } from './client';
import { scrubSecrets, secretValues } from './scrub';
import { PlatformRequestError } from './transport';
import { redactBundle } from '../core/redact-bundle';
import { validateBundle } from '../core/validate-bundle';

/**
 * A bundle that fails the v1 schema: the message lists every problem with its JSON pointer.
 * Not part of the jsii API (jsii cannot export subclasses of `Error`).
 */
export class BundleInvalidError extends Error {
  constructor(public readonly problems: ReadonlyArray<{ pointer: string; message: string }>, source = 'the bundle') {
    super(`${source} is not a valid finops-integrations/bundle/v1 document:\n${problems.map((p) => `  ${p.pointer || '(the document)'}: ${p.message}`).join('\n')}`);
    this.name = 'BundleInvalidError';
  }
}

/** The fields of a valid bundle that registration reads. */
export interface BundleHead {
  readonly provider: string;
  readonly integrationId: string;
  readonly org: { readonly slug: string; readonly displayName?: string };
  readonly recommendations: { readonly enabled: boolean };
}

/** Called before each platform call: the operation and a one-line description without secrets. */
export type StepListener = (operation: string, description: string) => void;

/** Validate `bundle` (throwing `BundleInvalidError` with every problem) and apply the `org` override. */
export function checkedBundle(bundle: unknown, org?: string, source?: string): BundleHead & Record<string, unknown> {
  const result = validateBundle(bundle);
  if (!result.valid) throw new BundleInvalidError(result.problems, source);
  const b = bundle as BundleHead & Record<string, unknown>;
  if (org === undefined || org === b.org.slug) return b;
  const withOrg = { ...b, org: { ...b.org, slug: org } };
  const again = validateBundle(withOrg);
  if (!again.valid) throw new BundleInvalidError(again.problems.map((p) => ({ ...p, message: `${p.message} (from --org)` })), source);
  return withOrg;
}

/** The seed's last steps for one bundle: the org, the Cost Orchestrator integration, recommendations, the Financial Structure. */
export async function registerBundle(
  client: PlatformClient, bundle: unknown, options: PlatformRegisterOptions = {}, onStep?: StepListener,
): Promise<PlatformRegistrationOutcome> {
  const b = checkedBundle(bundle, options.org);
  const org = b.org.slug;
  const steps: PlatformStepResult[] = [];
  // Any call may fail with a message the platform wrote: keep the bundle's secrets out of it.
  const secrets = secretValues(b, redactBundle(b));
  const step = async (operation: string, description: string, call: () => Promise<PlatformAnswer>) => {
    onStep?.(operation, description);
    try {
      steps.push({ operation, answer: await call() });
    } catch (e) {
      if (e instanceof PlatformRequestError) throw new PlatformRequestError(scrubSecrets(e.message, secrets), e.attempts, e.httpStatus, e.code);
      throw e;
    }
  };
  await step('putOrg', `ensure org '${org}' (${b.provider})`,
    () => client.putOrg(org, { provider: b.provider, displayName: b.org.displayName }));
  await step('putIntegration', `register integration '${b.integrationId}' in org '${org}'`,
    () => client.putIntegration(org, b.integrationId, JSON.stringify(b)));
  await step('putRecommendations', `turn recommendations ${b.recommendations.enabled ? 'on' : 'off'} for '${b.integrationId}'`,
    () => client.putRecommendations(org, b.integrationId, { enabled: b.recommendations.enabled, provider: b.provider }));
  if (options.financialStructureCsv !== undefined) {
    const csv = options.financialStructureCsv;
    await step('putFinancialStructure', `upload the Financial Structure to org '${org}'`, () => client.putFinancialStructure(org, csv));
  }
  return { org, integrationId: b.integrationId, provider: b.provider, steps };
}

/** Deregister one bundle's integration; one already absent counts as done. */
export async function deregisterBundle(
  client: PlatformClient, bundle: unknown, options: PlatformRegisterOptions = {}, onStep?: StepListener,
): Promise<PlatformRegistrationOutcome> {
  const b = checkedBundle(bundle, options.org);
  const org = b.org.slug;
  onStep?.('deleteIntegration', `deregister integration '${b.integrationId}' from org '${org}'`);
  const answer = await client.deleteIntegration(org, b.integrationId);
  return { org, integrationId: b.integrationId, provider: b.provider, steps: [{ operation: 'deleteIntegration', answer }] };
}
