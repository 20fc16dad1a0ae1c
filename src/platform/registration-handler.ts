/**
 * The Lambda handler of the CDK `PlatformRegistration` custom resource. Bundled with esbuild at
 * the library's build (build-tools/bundle-handler.js) into assets/platform-registration/, so that
 * users need neither esbuild nor Docker at synth.
 *
 * Create/Update register the bundle (PUT), Delete deregisters it (DELETE; 404 counts as done, and
 * so does the Delete that follows a failed Create). The platform token and any secret the bundle
 * names by ARN are read from Secrets Manager here, at run time. The handler answers CloudFormation
 * itself, within the function's time, and never logs a secret.
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html
 */
import { secretsManagerReader, SecretReader, withAwsSecret } from './aws-secret';
import { PlatformClient } from './client';
import { checkedBundle, registerBundle } from './registration';
import { scrubSecrets, secretValues } from './scrub';
import { redactBundle } from '../core/redact-bundle';

/** The resource properties the construct sets (all strings, as CloudFormation passes them). */
export interface RegistrationProperties {
  readonly Bundle: string;
  readonly PlatformUrl: string;
  readonly TokenSecretArn: string;
  readonly Org?: string;
  readonly FinancialStructureCsv?: string;
}

/** A CloudFormation custom resource request. */
export interface CustomResourceEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: RegistrationProperties & { ServiceToken?: string };
}

/** The part of the Lambda context the handler reads. */
export interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

/** The physical id of a Create that failed: its Delete (on rollback) has nothing to undo. */
const FAILED_CREATE = 'failed-create:';
/** Time kept back to answer CloudFormation before the function times out. */
const ANSWER_MARGIN_MILLIS = 15_000;

/** Hooks for the tests. */
export interface HandlerHooks {
  readonly readSecret?: SecretReader;
  readonly log?: (line: string) => void;
  /** Client settings other than url, token and the total budget (tests use short backoffs). */
  readonly client?: { requestTimeoutMillis?: number; initialBackoffMillis?: number; maxBackoffMillis?: number; maxAttempts?: number };
}

/** The platform token stored in a secret: the whole SecretString, or its `token` field when it is JSON. */
export function tokenFromSecret(text: string): string {
  try {
    const parsed = JSON.parse(text) as { token?: unknown };
    if (parsed && typeof parsed === 'object' && typeof parsed.token === 'string') return parsed.token;
  } catch { /* a plain string */ }
  return text.trim();
}

export async function handler(event: CustomResourceEvent, context: LambdaContext, hooks: HandlerHooks = {}): Promise<void> {
  const log = hooks.log ?? ((line: string) => console.log(line));
  const secrets: string[] = [];
  const p = event.ResourceProperties;
  log(`${event.RequestType} ${event.LogicalResourceId} (physical id ${event.PhysicalResourceId ?? 'none yet'})`);
  let physicalId = event.PhysicalResourceId ?? `${FAILED_CREATE}${event.RequestId}`;
  let data: Record<string, string> = {};
  try {
    if (event.RequestType === 'Delete' && physicalId.startsWith(FAILED_CREATE)) {
      log('the Create failed: nothing to deregister');
    } else {
      const read = hooks.readSecret ?? secretsManagerReader();
      const token = tokenFromSecret(await read(p.TokenSecretArn));
      secrets.push(token);
      const client = new PlatformClient({
        url: p.PlatformUrl,
        token,
        ...hooks.client,
        totalTimeoutMillis: Math.max(1_000, context.getRemainingTimeInMillis() - ANSWER_MARGIN_MILLIS),
      });
      const say = (_: string, description: string) => log(description);
      if (event.RequestType === 'Delete') {
        // The physical id is `<org>/<integrationId>`: what to delete, whatever the properties say now.
        const [org, integrationId] = physicalId.split('/');
        say('deleteIntegration', `deregister integration '${integrationId}' from org '${org}'`);
        const answer = await client.deleteIntegration(org, integrationId);
        log(`done: ${answer.status}`);
      } else {
        let bundle: unknown = checkedBundle(JSON.parse(p.Bundle), p.Org || undefined, 'the Bundle property');
        bundle = await withAwsSecret(bundle, read);
        secrets.push(...secretValues(bundle, redactBundle(bundle)));
        const options = { org: p.Org || undefined, financialStructureCsv: p.FinancialStructureCsv || undefined };
        const outcome = await registerBundle(client, bundle, options, say);
        log(`done: ${outcome.steps.map((s) => `${s.operation} ${s.answer.status}`).join(', ')}`);
        physicalId = `${outcome.org}/${outcome.integrationId}`;
        data = { Org: outcome.org, IntegrationId: outcome.integrationId };
        // Deregistering after a failed Update is CloudFormation's job: it sends a Delete for the old id
        // when the id changed, and rolls back to the old properties otherwise.
        if (event.RequestType === 'Update' && event.PhysicalResourceId && event.PhysicalResourceId !== physicalId) {
          log(`the integration moved from ${event.PhysicalResourceId}: CloudFormation deletes the old one next`);
        }
      }
    }
    await respond(event, 'SUCCESS', physicalId, data, undefined, log);
  } catch (e) {
    const reason = scrubSecrets((e as Error)?.message ?? String(e), secrets);
    log(`failed: ${reason}`);
    await respond(event, 'FAILED', physicalId, {}, reason, log);
  }
}

/** Answer CloudFormation at the pre-signed ResponseURL, retrying network errors a few times. */
async function respond(event: CustomResourceEvent, status: 'SUCCESS' | 'FAILED', physicalId: string, data: Record<string, string>, reason: string | undefined, log: (l: string) => void): Promise<void> {
  const body = JSON.stringify({
    Status: status,
    Reason: (reason ?? 'done').slice(0, 3000),
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    NoEcho: false,
    Data: data,
  });
  for (let attempt = 1; ; attempt++) {
    try {
      // The pre-signed S3 URL is signed without a Content-Type.
      const res = await fetch(event.ResponseURL, { method: 'PUT', body, headers: { 'content-type': '' }, signal: AbortSignal.timeout(10_000) });
      if (res.ok) return;
      throw new Error(`HTTP ${res.status}`);
    } catch (e) {
      log(`answering CloudFormation failed (attempt ${attempt}): ${(e as Error).message}`);
      if (attempt >= 3) throw e;
      await new Promise((r) => setTimeout(r, 1_000 * attempt));
    }
  }
}
