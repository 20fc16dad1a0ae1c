import { randomUUID } from 'crypto';
import { checkPlatformUrl } from './platform-url';
import { scrubSecrets } from './scrub';

/** How the transport retries and times out; every field is set (see `PlatformClientProps` for the defaults). */
export interface RetryPolicy {
  /** Per-attempt timeout, covering the connection, the request and the whole answer. */
  readonly requestTimeoutMillis: number;
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Backoff before the second attempt; doubles with each attempt. */
  readonly initialBackoffMillis: number;
  /** Cap of the exponential backoff. */
  readonly maxBackoffMillis: number;
  /** The longest `Retry-After` the client waits; a longer one ends the call with an error. */
  readonly maxRetryAfterMillis: number;
  /** Budget of one call, retries and waits included. */
  readonly totalTimeoutMillis: number;
}

/** One call of the platform API. */
export interface PlatformRequest {
  readonly method: 'PUT' | 'DELETE';
  /** Path below the base URL, already encoded, e.g. `/v1/orgs/acme`. */
  readonly path: string;
  /** Body text, if any. */
  readonly body?: string;
  /** `application/json` or `text/csv`. */
  readonly contentType?: string;
  /** Statuses that count as done besides 2xx (DELETE: 404). */
  readonly alsoDone?: number[];
  /** Secret values the body holds: never to appear in an error. */
  readonly secrets?: string[];
}

/** The platform's answer to a write. */
export interface TransportAnswer {
  readonly httpStatus: number;
  readonly id: string;
  readonly status: string;
  /** Attempts it took. */
  readonly attempts: number;
}

/**
 * A platform call that failed: the message names the call, the HTTP status, the platform's
 * `error.code` and `error.message`, and never a secret. Not part of the jsii API (jsii cannot
 * export subclasses of `Error`): catch it by `name` (`PlatformRequestError`) or `instanceof`.
 */
export class PlatformRequestError extends Error {
  /** The HTTP status, when the platform answered. */
  public readonly httpStatus?: number;
  /** The platform's `error.code`, when it gave one. */
  public readonly code?: string;
  /** Attempts made. */
  public readonly attempts: number;

  constructor(message: string, attempts: number, httpStatus?: number, code?: string) {
    super(message);
    this.name = 'PlatformRequestError';
    this.httpStatus = httpStatus;
    this.code = code;
    this.attempts = attempts;
  }
}

/** Injected clock, for the tests of the backoff arithmetic. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** Backoff before attempt `attempt + 1`: capped exponential with "equal jitter" (half fixed, half random). */
export function backoffMillis(attempt: number, policy: RetryPolicy, random: () => number): number {
  const cap = Math.min(policy.maxBackoffMillis, policy.initialBackoffMillis * 2 ** (attempt - 1));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 section 10.2.3);
 * undefined when absent or unreadable.
 * @see https://www.rfc-editor.org/rfc/rfc9110#name-retry-after
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const v = value.trim();
  if (/^[0-9]+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Statuses worth another attempt: 429 and every 5xx. */
function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** The platform's `{error: {code, message}}`, if the body holds one. */
function platformError(text: string): { code?: string; message?: string } {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const e = parsed?.error;
    return {
      code: typeof e?.code === 'string' ? e.code : undefined,
      message: typeof e?.message === 'string' ? e.message : undefined,
    };
  } catch {
    return {};
  }
}

/** A short, secret-free description of a network failure (fetch's own error or its cause). */
function describeNetworkError(e: unknown, timeoutMillis: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${timeoutMillis} ms`;
  const cause = err?.cause?.code ?? err?.cause?.message;
  return cause ? `network error (${cause})` : `network error (${err?.message ?? String(e)})`;
}

/**
 * The HTTP side of `PlatformClient`: Bearer token, one `Idempotency-Key` per call (the same on
 * each retry), per-attempt timeout, retries of 429, 5xx and network errors with capped
 * exponential backoff and jitter that honour `Retry-After`, no retry of other 4xx.
 */
export class PlatformTransport {
  readonly #token: string;
  private readonly baseUrl: string;

  constructor(url: string, token: string, private readonly policy: RetryPolicy, private readonly clock: Clock = SYSTEM_CLOCK) {
    this.baseUrl = checkPlatformUrl(url).replace(/\/+$/, '');
    if (typeof token !== 'string' || token.trim() === '') throw new Error('the platform token is empty: set FINOPS_PLATFORM_TOKEN or pass a token');
    this.#token = token;
  }

  /** Make one call, retrying as the policy says; resolves with the answer or rejects with a `PlatformRequestError`. */
  public async send(req: PlatformRequest): Promise<TransportAnswer> {
    const idempotencyKey = randomUUID();
    const secrets = [this.#token, ...(req.secrets ?? [])];
    const what = `${req.method} ${req.path}`;
    const fail = (message: string, attempts: number, status?: number, code?: string) =>
      new PlatformRequestError(scrubSecrets(`${what}: ${message}`, secrets), attempts, status, code);
    const deadline = this.clock.now() + this.policy.totalTimeoutMillis;
    let last = '';
    for (let attempt = 1; ; attempt++) {
      let waitMillis: number | undefined;
      try {
        const res = await fetch(this.baseUrl + req.path, {
          method: req.method,
          headers: {
            'authorization': `Bearer ${this.#token}`,
            'idempotency-key': idempotencyKey,
            'accept': 'application/json',
            ...(req.body !== undefined ? { 'content-type': req.contentType ?? 'application/json' } : {}),
          },
          body: req.body,
          redirect: 'error', // a redirect could carry the token elsewhere
          signal: AbortSignal.timeout(Math.max(1, Math.min(this.policy.requestTimeoutMillis, deadline - this.clock.now()))),
        });
        const text = await res.text();
        if (res.ok || (req.alsoDone ?? []).includes(res.status)) {
          let answer: { id?: unknown; status?: unknown } = {};
          try { answer = JSON.parse(text); } catch { /* an empty or non-JSON answer to a write that succeeded */ }
          return {
            httpStatus: res.status,
            id: typeof answer?.id === 'string' ? answer.id : '',
            status: res.ok ? (typeof answer?.status === 'string' ? answer.status : 'ok') : 'absent',
            attempts: attempt,
          };
        }
        const pe = platformError(text);
        const said = `${res.status}${pe.code ? ` ${pe.code}` : ''}: ${pe.message ?? (res.statusText || 'no error message')}`;
        if (!retryable(res.status)) throw fail(said, attempt, res.status, pe.code);
        last = said;
        const retryAfter = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
        if (retryAfter !== undefined && retryAfter > this.policy.maxRetryAfterMillis) {
          throw fail(`${said} (the platform asks to retry after ${Math.ceil(retryAfter / 1000)} s, longer than the ${this.policy.maxRetryAfterMillis / 1000} s this client waits)`, attempt, res.status, pe.code);
        }
        waitMillis = retryAfter;
      } catch (e) {
        if (e instanceof PlatformRequestError) throw e;
        last = describeNetworkError(e, this.policy.requestTimeoutMillis);
      }
      if (attempt >= this.policy.maxAttempts) throw fail(`gave up after ${attempt} attempts; last: ${last}`, attempt);
      const wait = Math.max(waitMillis ?? 0, backoffMillis(attempt, this.policy, this.clock.random));
      if (this.clock.now() + wait >= deadline) {
        throw fail(`gave up after ${attempt} attempts: the ${this.policy.totalTimeoutMillis} ms budget of the call ran out; last: ${last}`, attempt);
      }
      await this.clock.sleep(wait);
    }
  }
}
