/**
 * The calls of platform API v1, as `PlatformClient` makes them. `schemas/platform/openapi.json`
 * is their normative form; test/platform/openapi.test.ts keeps the two in step.
 */
export interface ApiOperation {
  /** The OpenAPI `operationId`. */
  readonly operationId: string;
  readonly method: 'PUT' | 'DELETE';
  /** OpenAPI path template, e.g. `/v1/orgs/{org}`. */
  readonly path: string;
  /** Request body media type; undefined for no body. */
  readonly contentType?: string;
  /** Statuses other than 2xx that mean done. */
  readonly alsoDone?: number[];
}

export const API_V1 = {
  putOrg: { operationId: 'putOrg', method: 'PUT', path: '/v1/orgs/{org}', contentType: 'application/json' },
  putIntegration: { operationId: 'putIntegration', method: 'PUT', path: '/v1/orgs/{org}/integrations/{integrationId}', contentType: 'application/json' },
  putRecommendations: { operationId: 'putRecommendations', method: 'PUT', path: '/v1/orgs/{org}/integrations/{integrationId}/recommendations', contentType: 'application/json' },
  putFinancialStructure: { operationId: 'putFinancialStructure', method: 'PUT', path: '/v1/orgs/{org}/financial-structure', contentType: 'text/csv' },
  deleteIntegration: { operationId: 'deleteIntegration', method: 'DELETE', path: '/v1/orgs/{org}/integrations/{integrationId}', alsoDone: [404] },
} as const satisfies Record<string, ApiOperation>;

/** Fill a path template; each parameter is URI-encoded, and must be non-empty. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    if (typeof v !== 'string' || v === '') throw new Error(`the platform call ${template} needs a non-empty '${name}'; got ${JSON.stringify(v)}`);
    return encodeURIComponent(v);
  });
}
