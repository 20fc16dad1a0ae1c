import { API_V1, ApiOperation, fillPath } from './api-v1';
import { deregisterBundle, registerBundle } from './registration';
import { secretValues } from './scrub';
import { PlatformTransport, RetryPolicy } from './transport';
import { redactBundle } from '../core/redact-bundle';

/** Where the platform is and how patiently to talk to it. */
export interface PlatformClientProps {
  /** Base URL of the platform, e.g. `https://finops.example.com`: `https://`, or `http://` to loopback only. */
  readonly url: string;
  /**
   * The platform API token, sent as `Authorization: Bearer`. It is never written to a log or an error.
   * Read it from the environment or a secret store at run time; never put it in source or a template.
   */
  readonly token: string;
  /**
   * Timeout of each attempt (connection, request and answer), in milliseconds.
   * @default 10000
   */
  readonly requestTimeoutMillis?: number;
  /**
   * Attempts per call, the first included; retries happen on 429, 5xx and network errors only.
   * @default 5
   */
  readonly maxAttempts?: number;
  /**
   * Backoff before the first retry, in milliseconds; it doubles with each retry, with jitter.
   * @default 500
   */
  readonly initialBackoffMillis?: number;
  /**
   * Cap of the backoff, in milliseconds.
   * @default 10000
   */
  readonly maxBackoffMillis?: number;
  /**
   * The longest `Retry-After` to wait, in milliseconds; a longer one fails the call.
   * @default 60000
   */
  readonly maxRetryAfterMillis?: number;
  /**
   * Budget of one call, retries and waits included, in milliseconds.
   * @default 120000
   */
  readonly totalTimeoutMillis?: number;
}

/** The body of `PUT /v1/orgs/{org}`. */
export interface PlatformOrgRequest {
  /** The cloud of the org's integrations: `aws`, `gcp`, `azure` or `oci`. */
  readonly provider: string;
  /**
   * Human-readable org name.
   * @default - the platform shows the slug
   */
  readonly displayName?: string;
}

/** The body of `PUT /v1/orgs/{org}/integrations/{integrationId}/recommendations`. */
export interface PlatformRecommendationsRequest {
  /** Whether the provider's recommendations are on. */
  readonly enabled: boolean;
  /** The cloud: `aws`, `gcp`, `azure` or `oci`. */
  readonly provider: string;
}

/** The platform's answer to one write. */
export interface PlatformAnswer {
  /** HTTP status of the final attempt (404 for a DELETE of something absent). */
  readonly httpStatus: number;
  /** The platform's id of the object, `''` when it gave none. */
  readonly id: string;
  /** The platform's status word; `absent` for a DELETE answered 404. */
  readonly status: string;
  /** Attempts the call took. */
  readonly attempts: number;
}

/** Options of `PlatformClient.register`. */
export interface PlatformRegisterOptions {
  /**
   * Org slug to register into, overriding the bundle's `org.slug`.
   * @default - the bundle's org
   */
  readonly org?: string;
  /**
   * Financial Structure spreadsheet (CSV text) to upload to the org after the integration.
   * @default - none uploaded
   */
  readonly financialStructureCsv?: string;
}

/** One step of a registration and the platform's answer. */
export interface PlatformStepResult {
  /** The API operation: `putOrg`, `putIntegration`, `putRecommendations`, `putFinancialStructure` or `deleteIntegration`. */
  readonly operation: string;
  /** The answer. */
  readonly answer: PlatformAnswer;
}

/** What a registration or deregistration did. */
export interface PlatformRegistrationOutcome {
  /** The org slug used. */
  readonly org: string;
  /** The integration id. */
  readonly integrationId: string;
  /** The provider. */
  readonly provider: string;
  /** Each call made, in order. */
  readonly steps: PlatformStepResult[];
}

/**
 * Client of the FinOps platform API v1 (`schemas/platform/openapi.json` in the package).
 *
 * Sends the token as `Authorization: Bearer`, gives every write an `Idempotency-Key` that stays
 * the same on each retry of that write, times out each attempt, and retries 429, 5xx and network
 * errors with capped exponential backoff and jitter, honouring `Retry-After`. Any other 4xx fails
 * at once with an error quoting the platform's `error.message`. Refuses plain `http://` except to
 * loopback. Never writes a secret to a log or an error.
 *
 * @example
 * const client = PlatformClient.fromEnvironment();
 * await client.register(fs.readFileSync('bundle.json', 'utf8'));
 */
export class PlatformClient {
  /** A client for `FINOPS_PLATFORM_URL` with the token `FINOPS_PLATFORM_TOKEN`. */
  public static fromEnvironment(): PlatformClient {
    const url = process.env.FINOPS_PLATFORM_URL;
    const token = process.env.FINOPS_PLATFORM_TOKEN;
    if (!url) throw new Error('FINOPS_PLATFORM_URL is not set: set it to the platform\'s base URL, e.g. https://finops.example.com');
    if (!token) throw new Error('FINOPS_PLATFORM_TOKEN is not set: set it to the platform API token');
    return new PlatformClient({ url, token });
  }

  private readonly transport: PlatformTransport;

  constructor(props: PlatformClientProps) {
    const policy: RetryPolicy = {
      requestTimeoutMillis: positive('requestTimeoutMillis', props.requestTimeoutMillis, 10_000),
      maxAttempts: positive('maxAttempts', props.maxAttempts, 5),
      initialBackoffMillis: positive('initialBackoffMillis', props.initialBackoffMillis, 500),
      maxBackoffMillis: positive('maxBackoffMillis', props.maxBackoffMillis, 10_000),
      maxRetryAfterMillis: positive('maxRetryAfterMillis', props.maxRetryAfterMillis, 60_000),
      totalTimeoutMillis: positive('totalTimeoutMillis', props.totalTimeoutMillis, 120_000),
    };
    this.transport = new PlatformTransport(props.url, props.token, policy);
  }

  /** `PUT /v1/orgs/{org}`: ensure the org for a provider exists. */
  public async putOrg(org: string, request: PlatformOrgRequest): Promise<PlatformAnswer> {
    const body: PlatformOrgRequest = { provider: request.provider, ...(request.displayName ? { displayName: request.displayName } : {}) };
    return this.call(API_V1.putOrg, { org }, JSON.stringify(body));
  }

  /**
   * `PUT /v1/orgs/{org}/integrations/{integrationId}`: register or update the Cost Orchestrator
   * integration. `bundleJson` is the outputs bundle (JSON text) with its secrets.
   */
  public async putIntegration(org: string, integrationId: string, bundleJson: string): Promise<PlatformAnswer> {
    return this.call(API_V1.putIntegration, { org, integrationId }, bundleJson, secretsOf(bundleJson));
  }

  /** `PUT /v1/orgs/{org}/integrations/{integrationId}/recommendations`: turn recommendations on or off. */
  public async putRecommendations(org: string, integrationId: string, request: PlatformRecommendationsRequest): Promise<PlatformAnswer> {
    return this.call(API_V1.putRecommendations, { org, integrationId }, JSON.stringify({ enabled: request.enabled, provider: request.provider }));
  }

  /** `PUT /v1/orgs/{org}/financial-structure`: upload the Financial Structure spreadsheet (CSV text). */
  public async putFinancialStructure(org: string, csv: string): Promise<PlatformAnswer> {
    return this.call(API_V1.putFinancialStructure, { org }, csv);
  }

  /** `DELETE /v1/orgs/{org}/integrations/{integrationId}`: deregister; an integration already absent (404) counts as done. */
  public async deleteIntegration(org: string, integrationId: string): Promise<PlatformAnswer> {
    return this.call(API_V1.deleteIntegration, { org, integrationId });
  }

  /**
   * Register a bundle (JSON text): validate it, then ensure its org, put the integration, set its
   * recommendations and, if given, upload the Financial Structure. Each step is idempotent, so
   * running it again after a failure is safe.
   */
  public async register(bundleJson: string, options: PlatformRegisterOptions = {}): Promise<PlatformRegistrationOutcome> {
    return registerBundle(this, parseJson(bundleJson), options);
  }

  /** Deregister a bundle (JSON text): delete its integration; one already absent counts as done. */
  public async deregister(bundleJson: string, options: PlatformRegisterOptions = {}): Promise<PlatformRegistrationOutcome> {
    return deregisterBundle(this, parseJson(bundleJson), options);
  }

  private async call(op: ApiOperation, params: Record<string, string>, body?: string, secrets?: string[]): Promise<PlatformAnswer> {
    const a = await this.transport.send({
      method: op.method,
      path: fillPath(op.path, params),
      body,
      contentType: op.contentType,
      alsoDone: op.alsoDone ? [...op.alsoDone] : undefined,
      secrets,
    });
    return { httpStatus: a.httpStatus, id: a.id, status: a.status, attempts: a.attempts };
  }
}

function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`PlatformClient: '${name}' must be a positive number; got ${JSON.stringify(value)}`);
  }
  return value;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`the bundle is not JSON: ${(e as Error).message}`);
  }
}

/** Every string value of a secret field of the bundle text, to keep out of error messages. */
function secretsOf(bundleJson: string): string[] {
  try {
    const parsed = JSON.parse(bundleJson);
    return secretValues(parsed, redactBundle(parsed));
  } catch {
    return [];
  }
}
