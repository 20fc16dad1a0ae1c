import { createHash } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { loadBundleSchemas } from '../../src/core/schemas';

/**
 * A FinOps platform for the tests: implements API v1 from `schemas/platform/openapi.json` on
 * 127.0.0.1 only, validates every request against that document and the bundle schemas, keeps
 * state, honours `Idempotency-Key` (a repeated key gets the first answer and changes nothing),
 * and injects faults on demand.
 */

const OPENAPI_FILE = path.join(__dirname, '..', '..', 'schemas', 'platform', 'openapi.json');
/** The id under which the OpenAPI document is loaded, so that its relative `$ref`s reach the bundle schemas' `$id`s. */
const OPENAPI_ID = 'https://finops-integrations.dev/schemas/platform/openapi.json';

/** A fault the server injects into the next matching request. */
export type Fault =
  | { kind: 'status'; status: number; retryAfter?: string; code?: string; message?: string }
  | { kind: 'drop' } // the connection is destroyed before anything is applied
  | { kind: 'slow'; delayMillis: number } // the write is applied and the answer comes after delayMillis
  | { kind: 'lost-answer' }; // the write is applied, then the connection is destroyed without an answer

/** Which requests a fault applies to. */
export interface FaultMatch {
  readonly method?: string;
  /** A regular expression over the request path. */
  readonly path?: RegExp;
}

/** One request as the server saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly operationId?: string;
  readonly idempotencyKey?: string;
  readonly authorization?: string;
  readonly contentType?: string;
  readonly body: string;
  /** The status answered, or `dropped`. */
  outcome?: number | 'dropped';
  /** True when a repeated Idempotency-Key was answered from memory. */
  replayed?: boolean;
}

/** A write that changed the state. */
export interface AppliedWrite {
  readonly operationId: string;
  readonly path: string;
  readonly body: string;
}

interface Operation {
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  readonly regex: RegExp;
  readonly params: string[];
  readonly contentType?: string;
  readonly validateBody?: ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
  /** Validators of the path parameters, from the document's parameter schemas. */
  readonly validateParams: Record<string, (data: unknown) => boolean>;
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> };

export class ContractServer {
  /** Start a server on 127.0.0.1 with a random port that accepts `token`. */
  public static async start(token = 'contract-test-token-0123456789'): Promise<ContractServer> {
    const s = new ContractServer(token);
    await new Promise<void>((resolve) => s.server.listen(0, '127.0.0.1', resolve));
    return s;
  }

  /** Every request, in order. */
  public readonly requests: SeenRequest[] = [];
  /** Every write that changed the state, in order (replays excluded). */
  public readonly applied: AppliedWrite[] = [];
  /** State: orgs by slug, integrations by `org/id`, recommendations by `org/id`, financial structures by org. */
  public readonly orgs = new Map<string, { provider: string; displayName?: string }>();
  public readonly integrations = new Map<string, unknown>();
  public readonly recommendations = new Map<string, { enabled: boolean; provider: string }>();
  public readonly financialStructures = new Map<string, string>();

  private readonly server: http.Server;
  private readonly operations: Operation[];
  private readonly faults: Array<{ fault: Fault; match: FaultMatch }> = [];
  private readonly idempotency = new Map<string, { fingerprint: string; answer: Answer }>();

  private constructor(public readonly token: string) {
    this.operations = loadOperations();
    this.server = http.createServer((req, res) => { void this.handle(req, res); });
  }

  /** Base URL, e.g. `http://127.0.0.1:43125`. */
  public get url(): string {
    const a = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${a.port}`;
  }

  /** Inject `fault` into the next `times` requests that match. */
  public inject(fault: Fault, times = 1, match: FaultMatch = {}): this {
    for (let i = 0; i < times; i++) this.faults.push({ fault, match });
    return this;
  }

  /** How many times each operation changed the state, e.g. `{ putOrg: 1, putIntegration: 1 }`. */
  public appliedCounts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const a of this.applied) out[a.operationId] = (out[a.operationId] ?? 0) + 1;
    return out;
  }

  public async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFault(method: string, p: string): Fault | undefined {
    const i = this.faults.findIndex(({ match }) => (!match.method || match.method === method) && (!match.path || match.path.test(p)));
    return i < 0 ? undefined : this.faults.splice(i, 1)[0].fault;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const seen: SeenRequest = {
      method: req.method ?? '',
      path: url.pathname,
      idempotencyKey: header(req, 'idempotency-key'),
      authorization: header(req, 'authorization'),
      contentType: header(req, 'content-type'),
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(seen);
    const fault = this.takeFault(seen.method, seen.path);
    if (fault?.kind === 'drop') {
      seen.outcome = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      const headers = fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : undefined;
      this.send(res, seen, { status: fault.status, headers, body: error(fault.code ?? 'injected', fault.message ?? `injected ${fault.status}`) });
      return;
    }
    const answer = this.process(seen);
    if (fault?.kind === 'lost-answer') {
      seen.outcome = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.delayMillis));
    if (res.destroyed || req.socket.destroyed) { seen.outcome = 'dropped'; return; }
    this.send(res, seen, answer);
  }

  private send(res: http.ServerResponse, seen: SeenRequest, a: Answer): void {
    seen.outcome = a.status;
    res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
    res.end(JSON.stringify(a.body));
  }

  /** Check the request against the OpenAPI document and apply it (once per Idempotency-Key). */
  private process(seen: SeenRequest): Answer {
    const op = this.operations.find((o) => o.method === seen.method && o.regex.test(seen.path));
    if (!op) return { status: 404, body: error('not_found', `no operation ${seen.method} ${seen.path} in API v1`) };
    (seen as { operationId?: string }).operationId = op.operationId;
    if (seen.authorization !== `Bearer ${this.token}`) return { status: 401, body: error('unauthorized', 'the token is missing or wrong') };
    const key = seen.idempotencyKey;
    if (!key || key.length < 16 || key.length > 128) return { status: 400, body: error('idempotency_key_required', 'every write needs an Idempotency-Key of 16 to 128 characters') };
    const fingerprint = createHash('sha256').update(`${seen.method} ${seen.path}\n${seen.body}`).digest('hex');
    const earlier = this.idempotency.get(key);
    if (earlier) {
      seen.replayed = true;
      if (earlier.fingerprint !== fingerprint) return { status: 422, body: error('idempotency_key_reused', 'this Idempotency-Key was used for a different request') };
      return earlier.answer;
    }
    const answer = this.apply(op, seen);
    // Only completed answers are remembered, as a real platform does; errors of validation are too.
    this.idempotency.set(key, { fingerprint, answer });
    return answer;
  }

  private apply(op: Operation, seen: SeenRequest): Answer {
    const params = Object.fromEntries(op.params.map((name, i) => [name, decodeURIComponent(op.regex.exec(seen.path)![i + 1])]));
    for (const [name, value] of Object.entries(params)) {
      if (!op.validateParams[name](value)) return { status: 400, body: error('invalid_parameter', `path parameter ${name} '${value}' does not match its schema`) };
    }
    let data: unknown;
    if (op.contentType) {
      if ((seen.contentType ?? '').split(';')[0].trim() !== op.contentType) {
        return { status: 415, body: error('unsupported_media_type', `${op.operationId} takes ${op.contentType}; got ${seen.contentType}`) };
      }
      if (op.contentType === 'application/json') {
        try { data = JSON.parse(seen.body); } catch { return { status: 400, body: error('invalid_json', 'the body is not JSON') }; }
      } else {
        data = seen.body;
      }
      if (op.validateBody && !op.validateBody(data)) {
        const problems = (op.validateBody.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
        return { status: 400, body: { error: { code: 'invalid_body', message: `the body does not match ${op.operationId}: ${problems.slice(0, 5).join('; ')}`, details: problems } } };
      }
    } else if (seen.body !== '') {
      return { status: 400, body: error('unexpected_body', `${op.operationId} takes no body`) };
    }
    const ref = `${params.org}/${params.integrationId}`;
    const record = () => this.applied.push({ operationId: op.operationId, path: seen.path, body: seen.body });
    switch (op.operationId) {
      case 'putOrg': {
        const existed = this.orgs.has(params.org);
        const body = data as { provider: string; displayName?: string };
        if (existed && this.orgs.get(params.org)!.provider !== body.provider) {
          return { status: 409, body: error('org_provider_conflict', `org '${params.org}' holds ${this.orgs.get(params.org)!.provider} integrations, not ${body.provider}`) };
        }
        this.orgs.set(params.org, body);
        record();
        return { status: existed ? 200 : 201, body: { id: params.org, status: existed ? 'updated' : 'created' } };
      }
      case 'putIntegration': {
        const b = data as { integrationId: string; org: { slug: string }; provider: string };
        if (!this.orgs.has(params.org)) return { status: 404, body: error('org_not_found', `org '${params.org}' does not exist`) };
        if (b.integrationId !== params.integrationId || b.org.slug !== params.org) {
          return { status: 422, body: error('path_mismatch', `the bundle is for ${b.org.slug}/${b.integrationId}, the path names ${ref}`) };
        }
        if (this.orgs.get(params.org)!.provider !== b.provider) {
          return { status: 422, body: error('provider_mismatch', `org '${params.org}' holds ${this.orgs.get(params.org)!.provider} integrations; the bundle is ${b.provider}`) };
        }
        const existed = this.integrations.has(ref);
        this.integrations.set(ref, data);
        record();
        return { status: existed ? 200 : 201, body: { id: params.integrationId, status: existed ? 'updated' : 'created' } };
      }
      case 'putRecommendations': {
        if (!this.integrations.has(ref)) return { status: 404, body: error('integration_not_found', `integration '${ref}' does not exist`) };
        this.recommendations.set(ref, data as { enabled: boolean; provider: string });
        record();
        return { status: 200, body: { id: params.integrationId, status: (data as { enabled: boolean }).enabled ? 'enabled' : 'disabled' } };
      }
      case 'putFinancialStructure': {
        if (!this.orgs.has(params.org)) return { status: 404, body: error('org_not_found', `org '${params.org}' does not exist`) };
        this.financialStructures.set(params.org, data as string);
        record();
        return { status: 200, body: { id: params.org, status: 'uploaded' } };
      }
      case 'deleteIntegration': {
        if (!this.integrations.has(ref)) return { status: 404, body: error('integration_not_found', `integration '${ref}' does not exist`) };
        this.integrations.delete(ref);
        this.recommendations.delete(ref);
        record();
        return { status: 200, body: { id: params.integrationId, status: 'deleted' } };
      }
      default:
        return { status: 501, body: error('not_implemented', `${op.operationId} is in the document but not in this server`) };
    }
  }
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function error(code: string, message: string): unknown {
  return { error: { code, message } };
}

/** The OpenAPI document, parsed. */
export function loadOpenApi(): any {
  return JSON.parse(fs.readFileSync(OPENAPI_FILE, 'utf8'));
}

/** An ajv that knows the bundle schemas and the OpenAPI document (by `OPENAPI_ID`). */
export function openApiAjv(): Ajv2020 {
  // strict: false because the OpenAPI document carries keywords that are not JSON Schema (paths, info...).
  const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
  for (const doc of loadBundleSchemas().values()) ajv.addSchema(doc);
  ajv.addSchema({ ...loadOpenApi(), $id: OPENAPI_ID });
  return ajv;
}

/** Every operation of the OpenAPI document with its path regex and body validator. */
function loadOperations(): Operation[] {
  const doc = loadOpenApi();
  const ajv = openApiAjv();
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries<any>(doc.paths)) {
    const params = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
    const regex = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/]+)')}$`);
    // Parameters are references to components.parameters (test/platform/openapi.test.ts keeps it so).
    const resolve = (p: any) => ({ ...doc.components.parameters[p.$ref.split('/').pop()], component: p.$ref.split('/').pop() });
    const pathParams = (item.parameters ?? []).map(resolve);
    for (const [method, op] of Object.entries<any>(item)) {
      if (method === 'parameters') continue;
      const all = [...pathParams, ...(op.parameters ?? []).map(resolve)].filter((p: any) => p.in === 'path');
      const validateParams = Object.fromEntries(params.map((name) => {
        const p = all.find((q: any) => q.name === name);
        if (!p) throw new Error(`${template}: path parameter ${name} is not documented`);
        return [name, ajv.compile({ $ref: `${OPENAPI_ID}#/components/parameters/${p.component}/schema` })];
      }));
      const content = op.requestBody?.content ?? {};
      const contentType = Object.keys(content)[0];
      const pointer = contentType ? `#/paths/${template.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}/requestBody/content/${contentType.replace(/\//g, '~1')}/schema` : undefined;
      ops.push({
        operationId: op.operationId,
        method: method.toUpperCase(),
        template,
        regex,
        params,
        contentType,
        validateParams,
        validateBody: pointer ? ajv.compile({ $ref: `${OPENAPI_ID}${pointer}` }) as Operation['validateBody'] : undefined,
      });
    }
  }
  return ops;
}
