import { ContractServer } from './contract-server';
import { PlatformClient, PlatformClientProps } from '../../src/platform/client';
import { PlatformRequestError } from '../../src/platform/transport';
import { fixture } from '../core/fixtures';

/** PlatformClient against the contract server: retries, idempotency, fail-fast 4xx, no secret in errors. */

const FAST: Partial<PlatformClientProps> = {
  requestTimeoutMillis: 300, initialBackoffMillis: 10, maxBackoffMillis: 40, maxAttempts: 4, totalTimeoutMillis: 5_000,
};
const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'; // 40 characters, the AWS documentation's example

jest.setTimeout(20_000); // real sockets and retries on a busy machine

let server: ContractServer;
beforeEach(async () => { server = await ContractServer.start(); });
afterEach(async () => { await server.close(); });

function client(extra: Partial<PlatformClientProps> = {}): PlatformClient {
  return new PlatformClient({ url: server.url, token: server.token, ...FAST, ...extra });
}

/** An AWS bundle holding the secret access key itself, as the CLI sends it after reading Secrets Manager. */
function awsBundleWithSecret(): any {
  const b = fixture('aws-user');
  delete b.costOrchestrator.secretAccessKeySecretArn;
  b.costOrchestrator.secretAccessKey = SECRET_KEY;
  return b;
}

async function rejection(p: Promise<unknown>): Promise<PlatformRequestError> {
  try {
    await p;
  } catch (e) {
    return e as PlatformRequestError;
  }
  throw new Error('expected the call to fail, and it succeeded');
}

describe('PlatformClient', () => {
  test('register: the org, the integration and the recommendations, each applied once, with the bearer token', async () => {
    const outcome = await client().register(JSON.stringify(awsBundleWithSecret()));
    expect(outcome.steps.map((s) => [s.operation, s.answer.httpStatus])).toEqual([['putOrg', 201], ['putIntegration', 201], ['putRecommendations', 200]]);
    expect(server.appliedCounts()).toEqual({ putOrg: 1, putIntegration: 1, putRecommendations: 1 });
    expect(server.integrations.get('acme-aws/aws-123456789012')).toEqual(awsBundleWithSecret());
    expect(server.requests.every((r) => r.authorization === `Bearer ${server.token}`)).toBe(true);
    expect(new Set(server.requests.map((r) => r.idempotencyKey)).size).toBe(3);
  });

  test('register again updates; deregister deletes, and a second deregister (404) counts as done', async () => {
    const c = client();
    const text = JSON.stringify(fixture('gcp-key'));
    await c.register(text);
    const again = await c.register(text);
    expect(again.steps[1].answer).toEqual(expect.objectContaining({ httpStatus: 200, status: 'updated' }));
    expect((await c.deregister(text)).steps[0].answer).toEqual(expect.objectContaining({ httpStatus: 200, status: 'deleted' }));
    expect((await c.deregister(text)).steps[0].answer).toEqual(expect.objectContaining({ httpStatus: 404, status: 'absent' }));
    expect(server.integrations.size).toBe(0);
  });

  test('--org override and the Financial Structure upload', async () => {
    const outcome = await client().register(JSON.stringify(fixture('azure-secret')), { org: 'other-org', financialStructureCsv: 'scope_type,scope_id\nsubscription,x\n' });
    expect(outcome.org).toBe('other-org');
    expect(server.financialStructures.get('other-org')).toBe('scope_type,scope_id\nsubscription,x\n');
    expect([...server.integrations.keys()]).toEqual([`other-org/${fixture('azure-secret').integrationId}`]);
  });

  test.each([
    ['500', { kind: 'status', status: 500 }],
    ['503 with Retry-After', { kind: 'status', status: 503, retryAfter: '0' }],
    ['429 with Retry-After', { kind: 'status', status: 429, retryAfter: '1' }],
    ['a dropped connection', { kind: 'drop' }],
    ['an answer slower than the timeout', { kind: 'slow', delayMillis: 600 }],
    ['an answer lost after the write was applied', { kind: 'lost-answer' }],
  ] as const)('retries after %s, with the same Idempotency-Key, and the write takes effect once', async (_, fault) => {
    server.inject(fault, 2, { path: /\/integrations\/[^/]+$/ });
    await client().register(JSON.stringify(awsBundleWithSecret()));
    expect(server.appliedCounts()).toEqual({ putOrg: 1, putIntegration: 1, putRecommendations: 1 });
    const puts = server.requests.filter((r) => r.operationId === 'putIntegration' || /\/integrations\/[^/]+$/.test(r.path));
    expect(puts).toHaveLength(3);
    expect(new Set(puts.map((r) => r.idempotencyKey)).size).toBe(1);
  });

  test('honours Retry-After: waits at least that long', async () => {
    server.inject({ kind: 'status', status: 429, retryAfter: '1' }, 1, { path: /^\/v1\/orgs\/[^/]+$/ });
    const started = Date.now();
    await client().putOrg('acme-aws', { provider: 'aws' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  test('a Retry-After longer than the client waits fails at once, naming it', async () => {
    server.inject({ kind: 'status', status: 503, retryAfter: '3600' });
    const e = await rejection(client().putOrg('acme-aws', { provider: 'aws' }));
    expect(e.message).toMatch(/PUT \/v1\/orgs\/acme-aws: 503 injected: .* retry after 3600 s/);
    expect(server.requests).toHaveLength(1);
  });

  test('gives up after maxAttempts, saying what happened last', async () => {
    server.inject({ kind: 'status', status: 502, message: 'bad gateway upstream' }, 10);
    const e = await rejection(client().putOrg('acme-aws', { provider: 'aws' }));
    expect(e.message).toBe('PUT /v1/orgs/acme-aws: gave up after 4 attempts; last: 502 injected: bad gateway upstream');
    expect(server.requests).toHaveLength(4);
  });

  test('a timeout on every attempt ends within the budget', async () => {
    server.inject({ kind: 'slow', delayMillis: 1_000 }, 10);
    const started = Date.now();
    const e = await rejection(client({ requestTimeoutMillis: 100, maxAttempts: 3 }).putOrg('acme-aws', { provider: 'aws' }));
    expect(e.message).toMatch(/gave up after 3 attempts; last: no answer within 100 ms/);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  test('a 4xx fails at once with the platform\'s error.message, and is not retried', async () => {
    server.inject({ kind: 'status', status: 403, code: 'forbidden', message: 'token lacks the integrations:write scope' });
    const e = await rejection(client().putOrg('acme-aws', { provider: 'aws' }));
    expect(e.message).toBe('PUT /v1/orgs/acme-aws: 403 forbidden: token lacks the integrations:write scope');
    expect(e.httpStatus).toBe(403);
    expect(server.requests).toHaveLength(1);
  });

  test('a body the platform rejects (validated against the OpenAPI document) fails fast with its message', async () => {
    const e = await rejection(client().putOrg('acme-aws', { provider: 'ibm' }));
    expect(e.message).toMatch(/^PUT \/v1\/orgs\/acme-aws: 400 invalid_body: the body does not match putOrg: \/provider must be equal to one of the allowed values/);
    expect(server.requests).toHaveLength(1);
  });

  test('a wrong token is a 401 that quotes the platform and never shows either token', async () => {
    const e = await rejection(client({ token: 'wrong-token-abcdef' }).putOrg('acme-aws', { provider: 'aws' }));
    expect(e.message).toBe('PUT /v1/orgs/acme-aws: 401 unauthorized: the token is missing or wrong');
    expect(`${e.message}${e.stack}${JSON.stringify(e)}`).not.toMatch(/wrong-token-abcdef|contract-test-token/);
  });

  test('no secret in an error even when the platform echoes it back', async () => {
    server.inject({ kind: 'status', status: 422, message: `rejected key ${SECRET_KEY} with token ${server.token}` });
    const e = await rejection(client().putIntegration('acme-aws', 'aws-123456789012', JSON.stringify(awsBundleWithSecret())));
    const everything = `${e.message}\n${e.stack}\n${JSON.stringify(e)}\n${String(e)}`;
    expect(everything).not.toContain(SECRET_KEY);
    expect(everything).not.toContain(server.token);
    expect(e.message).toContain('***REDACTED***');
  });

  test('register: no bundle secret in the error of any step, even one whose body holds none', async () => {
    server.inject({ kind: 'status', status: 400, message: `org rejected; bundle was ${SECRET_KEY}` });
    const e = await rejection(client().register(JSON.stringify(awsBundleWithSecret())));
    expect(e.message).toBe('PUT /v1/orgs/acme-aws: 400 injected: org rejected; bundle was ***REDACTED***');
    expect(`${e.stack}`).not.toContain(SECRET_KEY);
  });

  test('the client object does not show the token when printed or serialized', () => {
    const c = client();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const shown = `${require('util').inspect(c, { depth: 10, showHidden: true })}${JSON.stringify(c)}`;
    expect(shown).not.toContain(server.token);
  });

  test('a bundle that fails the schema is refused before any call, with every problem', async () => {
    const b = fixture('aws-user');
    b.costOrchestrator.accountId = '12';
    delete b.org;
    await expect(client().register(JSON.stringify(b))).rejects.toThrow(/\/org: is required[\s\S]*\/costOrchestrator\/accountId: must match pattern/);
    expect(server.requests).toHaveLength(0);
  });

  test.each([
    ['http://platform.example.com', /must use https:\/\/ \(http:\/\/ is allowed only to localhost/],
    ['ftp://127.0.0.1', /must use https:\/\//],
    ['https://user:hunter2@platform.example.com', /must not hold a user name or password; got 'https:\/\/\*\*\*@platform.example.com\/'/],
    ['platform.example.com', /must be an absolute https:\/\/ URL/],
  ])('refuses the URL %s', (url, message) => {
    expect(() => new PlatformClient({ url, token: 't0ken' })).toThrow(message);
    expect(() => new PlatformClient({ url, token: 't0ken' })).not.toThrow(/hunter2/);
  });

  test.each(['http://localhost:8080', 'http://127.0.0.1', 'http://[::1]:9000', 'https://platform.example.com/base'])('accepts %s', (url) => {
    expect(() => new PlatformClient({ url, token: 't0ken' })).not.toThrow();
  });

  test('fromEnvironment names the missing variable', () => {
    const saved = { ...process.env };
    try {
      delete process.env.FINOPS_PLATFORM_URL;
      expect(() => PlatformClient.fromEnvironment()).toThrow(/FINOPS_PLATFORM_URL is not set/);
      process.env.FINOPS_PLATFORM_URL = 'https://platform.example.com';
      delete process.env.FINOPS_PLATFORM_TOKEN;
      expect(() => PlatformClient.fromEnvironment()).toThrow(/FINOPS_PLATFORM_TOKEN is not set/);
    } finally {
      process.env = saved;
    }
  });
});
