import { BUNDLE_PROVIDERS, JsonSchemaNode, loadBundleSchemas, resolveRef, schemaId } from './schemas';

/** What a secret value is replaced with. */
export const REDACTED = '***REDACTED***';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every schema node that applies to the same data as `node`: the node itself, its `$ref` target and its `allOf` parts. */
function expand(node: JsonSchemaNode, baseId: string): Array<{ node: JsonSchemaNode; baseId: string }> {
  const out = [{ node, baseId }];
  if (node.$ref) {
    const r = resolveRef(node.$ref, baseId);
    out.push(...expand(r.node, r.baseId));
  }
  for (const part of node.allOf ?? []) out.push(...expand(part, baseId));
  return out;
}

/** Copy `data`, replacing every value whose schema says `writeOnly: true`. */
function redactBySchema(data: Json, node: JsonSchemaNode, baseId: string): Json {
  const nodes = expand(node, baseId);
  if (data !== null && data !== undefined && nodes.some((n) => n.node.writeOnly === true)) return REDACTED;
  if (Array.isArray(data)) {
    const items = nodes.find((n) => n.node.items);
    return data.map((d) => (items ? redactBySchema(d, items.node.items!, items.baseId) : d));
  }
  if (data !== null && typeof data === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [key, value] of Object.entries(data)) {
      const prop = nodes.find((n) => n.node.properties?.[key]);
      out[key] = prop ? redactBySchema(value, prop.node.properties![key], prop.baseId) : value;
    }
    return out;
  }
  return data;
}

/** Names of every writeOnly property in any provider schema: the fallback for unknown providers. */
function secretNames(): Set<string> {
  const names = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (node === null || typeof node !== 'object') return;
    const props = (node as JsonSchemaNode).properties;
    for (const [name, schema] of Object.entries(props ?? {})) if (schema.writeOnly) names.add(name);
    Object.values(node).forEach(walk);
  };
  loadBundleSchemas().forEach(walk);
  return names;
}

/** Fallback: mask any field named like a secret field, at any depth. */
function redactByName(data: Json, names: Set<string>): Json {
  if (Array.isArray(data)) return data.map((d) => redactByName(d, names));
  if (data === null || typeof data !== 'object') return data;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(data)) {
    out[key] = names.has(key) && value !== null ? REDACTED : redactByName(value, names);
  }
  return out;
}

/**
 * Return a copy of `json` with every secret field (`writeOnly: true` in the v1 schema) replaced
 * by `***REDACTED***`; other fields are untouched. A bundle whose provider is unknown has every
 * field named like a secret field masked, so nothing leaks from a malformed bundle either.
 */
export function redactBundle(json: unknown): unknown {
  const data = json as Json;
  const provider = data !== null && typeof data === 'object' && !Array.isArray(data) ? data.provider : undefined;
  if (typeof provider === 'string' && (BUNDLE_PROVIDERS as readonly string[]).includes(provider)) {
    const id = schemaId(provider);
    return redactBySchema(data, loadBundleSchemas().get(id)!, id);
  }
  return redactByName(data, secretNames());
}

/** Bundle redaction for every jsii language. */
export class BundleRedactor {
  /** Copy a parsed bundle with every secret (writeOnly) field masked. */
  public static redact(json: unknown): unknown {
    return redactBundle(json);
  }

  private constructor() {}
}
