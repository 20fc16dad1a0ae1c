import { REDACTED } from '../core/redact-bundle';

/** Replace every occurrence of each secret (of 4 characters or more) in `text` with the redaction mark. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) {
    if (typeof s === 'string' && s.length >= 4) out = out.split(s).join(REDACTED);
  }
  return out;
}

/**
 * The secret values of `original`: every string that `redacted` (its `redactBundle` copy) masks.
 * Used to keep them out of error messages even if the platform echoes them back.
 */
export function secretValues(original: unknown, redacted: unknown): string[] {
  if (redacted === REDACTED && typeof original === 'string') return [original];
  if (Array.isArray(original) && Array.isArray(redacted)) return original.flatMap((o, i) => secretValues(o, redacted[i]));
  if (original !== null && typeof original === 'object' && redacted !== null && typeof redacted === 'object') {
    return Object.entries(original).flatMap(([k, v]) => secretValues(v, (redacted as Record<string, unknown>)[k]));
  }
  return [];
}
