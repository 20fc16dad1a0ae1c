import * as fs from 'fs';
import * as path from 'path';
import { loadOpenApi, openApiAjv } from './contract-server';
import { API_V1 } from '../../src/platform/api-v1';
import { PlatformClient } from '../../src/platform/client';
import { fixture, VALID_FIXTURES } from '../core/fixtures';

/** The OpenAPI document and the client must describe the same calls. */

const doc = loadOpenApi();
const documented = Object.entries<any>(doc.paths).flatMap(([p, item]) =>
  Object.entries<any>(item).filter(([m]) => m !== 'parameters').map(([m, op]) => ({
    operationId: op.operationId as string,
    method: m.toUpperCase(),
    path: p,
    contentType: Object.keys(op.requestBody?.content ?? {})[0] as string | undefined,
    responses: Object.keys(op.responses),
  })));

describe('schemas/platform/openapi.json and PlatformClient', () => {
  test('is OpenAPI 3.1 with JSON Schema 2020-12', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test('documents exactly the operations the client makes, with the same method, path and media type', () => {
    const client = Object.values(API_V1).map((o) => ({ operationId: o.operationId, method: o.method, path: o.path, contentType: 'contentType' in o ? o.contentType : undefined }));
    const byId = (a: { operationId: string }, b: { operationId: string }) => a.operationId.localeCompare(b.operationId);
    expect(documented.map(({ responses, ...rest }) => rest).sort(byId)).toEqual(client.sort(byId));
  });

  test('PlatformClient has one method per documented operation', () => {
    for (const op of documented) expect(typeof (PlatformClient.prototype as any)[op.operationId]).toBe('function');
  });

  test('a 404 of a DELETE is documented, as the client counts it as done', () => {
    expect(documented.find((o) => o.operationId === 'deleteIntegration')!.responses).toContain('404');
    expect(API_V1.deleteIntegration.alsoDone).toEqual([404]);
  });

  test('every write requires an Idempotency-Key and every operation answers 429 and 503 with Retry-After', () => {
    for (const op of documented) {
      const item = doc.paths[op.path][op.method.toLowerCase()];
      expect([op.operationId, item.parameters.map((p: any) => p.$ref)]).toEqual([op.operationId, expect.arrayContaining(['#/components/parameters/idempotencyKey'])]);
      expect(item.responses['429'].$ref).toBe('#/components/responses/RetryLater');
      expect(item.responses['503'].$ref).toBe('#/components/responses/RetryLater');
    }
    expect(doc.components.responses.RetryLater.headers['Retry-After']).toBeDefined();
    expect(doc.components.securitySchemes.bearer).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  test('every parameter is a reference to components.parameters, and every path parameter is documented', () => {
    for (const [p, item] of Object.entries<any>(doc.paths)) {
      const refs = [...(item.parameters ?? []), ...Object.values<any>(item).flatMap((op) => op.parameters ?? [])];
      for (const r of refs) expect([p, r.$ref]).toEqual([p, expect.stringMatching(/^#\/components\/parameters\/\w+$/)]);
      const inPath = new Set(refs.map((r: any) => doc.components.parameters[r.$ref.split('/').pop()]).filter((x: any) => x.in === 'path').map((x: any) => x.name));
      for (const [, name] of p.matchAll(/\{(\w+)\}/g)) expect([p, inPath.has(name)]).toEqual([p, true]);
    }
  });

  test('the integrationId parameter accepts the integration id of every provider', () => {
    const validate = openApiAjv().compile({ $ref: 'https://finops-integrations.dev/schemas/platform/openapi.json#/components/parameters/integrationId/schema' });
    for (const name of VALID_FIXTURES) expect([name, validate(fixture(name).integrationId)]).toEqual([name, true]);
  });

  test('the integration body is the bundle schema', () => {
    const schema = doc.paths['/v1/orgs/{org}/integrations/{integrationId}'].put.requestBody.content['application/json'].schema;
    expect(schema.$ref).toBe('#/components/schemas/Bundle');
    const target = path.resolve(__dirname, '../../schemas/platform', doc.components.schemas.Bundle.$ref);
    expect(JSON.parse(fs.readFileSync(target, 'utf8')).$id).toBe('https://finops-integrations.dev/schemas/bundle/v1/bundle.schema.json');
  });

  test('every $ref resolves and every schema compiles', () => {
    const ajv = openApiAjv();
    const refs: string[] = [];
    const walk = (node: unknown, at: string) => {
      if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${at}/${i}`)); return; }
      if (node === null || typeof node !== 'object') return;
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') refs.push(v);
        else walk(v, `${at}/${k}`);
      }
    };
    walk(doc, '');
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) {
      const full = new URL(ref, 'https://finops-integrations.dev/schemas/platform/openapi.json').href;
      const [docId, pointer = ''] = full.split('#');
      const target = docId === 'https://finops-integrations.dev/schemas/platform/openapi.json' ? doc : ajv.getSchema(docId)?.schema;
      expect([ref, target !== undefined]).toEqual([ref, true]);
      let node: any = target;
      for (const part of pointer.split('/').filter(Boolean)) node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
      expect([ref, node !== undefined]).toEqual([ref, true]);
    }
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.compile({ $ref: `https://finops-integrations.dev/schemas/platform/openapi.json#/components/schemas/${name}` })).not.toThrow();
    }
  });
});
