import * as fs from 'fs';
import * as path from 'path';

/** A JSON Schema document or sub-schema, as parsed from the shipped files. */
export interface JsonSchemaNode {
  readonly $id?: string;
  readonly $ref?: string;
  readonly $defs?: Record<string, JsonSchemaNode>;
  readonly properties?: Record<string, JsonSchemaNode>;
  readonly items?: JsonSchemaNode;
  readonly allOf?: JsonSchemaNode[];
  readonly pattern?: string;
  readonly description?: string;
  readonly writeOnly?: boolean;
  readonly [key: string]: unknown;
}

/** The providers the v1 bundle knows. */
export const BUNDLE_PROVIDERS = ['aws', 'gcp', 'azure', 'oci'] as const;

/** The files of the v1 bundle schema, in dependency order. */
const SCHEMA_FILES = ['common', ...BUNDLE_PROVIDERS, 'bundle'];

/** Folder of the shipped schemas: `schemas/bundle/v1` at the package root (same depth from src/ and lib/). */
export const SCHEMA_DIR = path.join(__dirname, '..', '..', 'schemas', 'bundle', 'v1');

let cache: Map<string, JsonSchemaNode> | undefined;

/** Every v1 schema document, keyed by its `$id`. Read once, on first use. */
export function loadBundleSchemas(): Map<string, JsonSchemaNode> {
  if (!cache) {
    cache = new Map();
    for (const name of SCHEMA_FILES) {
      const doc = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.schema.json`), 'utf8')) as JsonSchemaNode;
      cache.set(doc.$id!, doc);
    }
  }
  return cache;
}

/** The `$id` of a v1 schema file by its short name (`common`, `aws`, ..., `bundle`). */
export function schemaId(name: string): string {
  return `https://finops-integrations.dev/schemas/bundle/v1/${name}.schema.json`;
}

/** Resolve a `$ref` against the document it appears in; supports `file.json`, `#/$defs/x` and both. */
export function resolveRef(ref: string, baseId: string): { node: JsonSchemaNode; baseId: string } {
  const url = new URL(ref, baseId);
  const docId = `${url.origin}${url.pathname}`;
  const doc = loadBundleSchemas().get(docId);
  if (!doc) throw new Error(`schema reference '${ref}' from ${baseId} names no shipped schema`);
  let node: JsonSchemaNode = doc;
  const pointer = decodeURIComponent(url.hash.replace(/^#/, ''));
  for (const part of pointer.split('/').filter(Boolean)) {
    node = (node as Record<string, JsonSchemaNode>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (!node) throw new Error(`schema reference '${ref}' from ${baseId} points at nothing`);
  }
  return { node, baseId: docId };
}
