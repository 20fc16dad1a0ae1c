import { IConstruct } from 'constructs';
import { checkPlatformUrl } from './platform-url';
import { propError } from '../core/errors';
import { checkPattern } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';
import { validateBundle } from '../core/validate-bundle';

/**
 * Synth-time checks shared by the CDK and the cdktf `PlatformRegistration` (framework-free, so
 * that neither construct file loads the other framework).
 */

/** What a bundle known at synth time says: its org and integration id. */
export interface KnownBundle {
  readonly org: string;
  readonly integrationId: string;
}

/** Check `platformUrl` (https, or http to loopback) unless it is a token. */
export function checkPlatformUrlProp(scope: IConstruct, url: string): void {
  if (isUnresolved(url)) return;
  try {
    checkPlatformUrl(url);
  } catch (e) {
    throw propError(scope, 'platformUrl', (e as Error).message.replace(/^the platform URL /, '').replace(/; got .*$/, ''), url.replace(/\/\/[^/@]*@/, '//***@'));
  }
}

/** Check `org` against the org slug rule. */
export function checkOrgProp(scope: IConstruct, org: string | undefined): void {
  checkPattern(scope, 'org', org, /^[a-z0-9][a-z0-9-]{0,62}$/, "1 to 63 lowercase letters, digits and '-', starting with a letter or digit");
}

/**
 * When the whole bundle is known at synth time, validate it (every problem, with its field) and
 * return its org and integration id; when it holds tokens, return undefined (checked at deploy).
 * A bundle's secrets never appear in the error: only field pointers and rules do.
 */
export function checkBundleProp(scope: IConstruct, bundle: string, org?: string): KnownBundle | undefined {
  if (isUnresolved(bundle)) return undefined;
  let parsed: { org?: { slug?: string }; integrationId?: string };
  try {
    parsed = JSON.parse(bundle);
  } catch {
    throw propError(scope, 'bundle', 'must be the JSON text of a finops-integrations/bundle/v1 document (e.g. the integration construct\'s `bundle`)', 'text that is not JSON');
  }
  const result = validateBundle(parsed);
  if (!result.valid) {
    throw propError(scope, 'bundle', `must be a valid finops-integrations/bundle/v1 document: ${result.problems.map((p) => `${p.pointer || '(document)'} ${p.message}`).join('; ')}`, 'an invalid bundle');
  }
  return { org: org ?? parsed.org!.slug!, integrationId: parsed.integrationId! };
}
