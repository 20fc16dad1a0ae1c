import * as fs from 'fs';
import * as path from 'path';
import { JsonSchemaNode, loadBundleSchemas, resolveRef, schemaId } from '../../src/core/schemas';

/**
 * The typed bundle structs (what constructs expose as `outputs`, in every jsii language) and the
 * JSON Schemas (what the platform validates) must describe the same fields. Reads the jsii
 * assembly (.jsii, written by the test task's compile step) and walks both side by side.
 */
const assembly = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '.jsii'), 'utf8'));

interface JsiiProperty { name: string; optional?: boolean; type: { fqn?: string; collection?: { elementtype: { fqn?: string } } } }

function structProperties(fqn: string): JsiiProperty[] {
  const type = assembly.types[fqn];
  expect(type?.kind).toBe('interface');
  return [...(type.interfaces ?? []).flatMap(structProperties), ...(type.properties ?? [])];
}

/** The schema node with every $ref followed, merged into one view of its properties. */
type Located = [JsonSchemaNode, string];
interface Expanded { properties: Record<string, Located>; required: string[]; items?: Located }

function expand(node: JsonSchemaNode, baseId: string): Expanded {
  const out: Expanded = { properties: {}, required: [] };
  const visit = (n: JsonSchemaNode, id: string) => {
    if (n.$ref) { const r = resolveRef(n.$ref, id); visit(r.node, r.baseId); }
    for (const [k, v] of Object.entries(n.properties ?? {})) out.properties[k] = [v, id];
    out.required.push(...((n.required as string[] | undefined) ?? []));
    if (n.items) out.items = [n.items, id];
  };
  visit(node, baseId);
  return out;
}

function compare(fqn: string, node: JsonSchemaNode, baseId: string, at: string, seen: string[]) {
  const props = structProperties(fqn);
  const schema = expand(node, baseId);
  expect([at, props.map((p) => p.name).sort()]).toEqual([at, Object.keys(schema.properties).sort()]);
  // A field the schema requires is not optional in the struct.
  for (const p of props) {
    if (schema.required.includes(p.name)) expect([`${at}/${p.name}`, p.optional ?? false]).toEqual([`${at}/${p.name}`, false]);
  }
  for (const p of props) {
    const [child, childId] = schema.properties[p.name];
    const elementFqn = p.type.collection?.elementtype.fqn;
    if (p.type.fqn && assembly.types[p.type.fqn]) {
      seen.push(p.type.fqn);
      compare(p.type.fqn, child, childId, `${at}/${p.name}`, seen);
    } else if (elementFqn && assembly.types[elementFqn]) {
      seen.push(elementFqn);
      const items = expand(child, childId).items!;
      compare(elementFqn, items[0], items[1], `${at}/${p.name}/*`, seen);
    }
  }
}

describe('bundle structs match the JSON Schemas', () => {
  test.each([
    ['aws', 'AwsBillingBundle'],
    ['gcp', 'GcpBillingBundle'],
    ['azure', 'AzureBillingBundle'],
    ['oci', 'OciBillingBundle'],
  ])('%s: %s has exactly the schema fields, at every depth', (provider, struct) => {
    const seen: string[] = [];
    const id = schemaId(provider);
    compare(`finops-integrations.core.${struct}`, loadBundleSchemas().get(id)!, id, provider, seen);
    expect(seen.length).toBeGreaterThanOrEqual(3); // org, recommendations, costOrchestrator and more were walked
  });
});
