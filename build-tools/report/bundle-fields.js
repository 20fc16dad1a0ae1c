// The bundle's fields as rows (path, value), secrets masked. Which fields are secret comes from the
// bundle schemas (`writeOnly: true`, schemas/bundle/v1/), as in src/core/redact-bundle.ts: the report
// reads the schemas, never the library.
const fs = require('fs');
const path = require('path');

const SCHEMAS = path.join(__dirname, '..', '..', 'schemas', 'bundle', 'v1');
const REDACTED = '***REDACTED***';
const BUNDLE_SCHEMA = 'finops-integrations/bundle/v1';

/** Names of the writeOnly properties of every bundle schema (masked at any depth: never too few). */
function secretFieldNames() {
  const names = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [name, schema] of Object.entries(node.properties ?? {})) if (schema && schema.writeOnly === true) names.add(name);
    Object.values(node).forEach(walk);
  };
  for (const f of fs.readdirSync(SCHEMAS).filter((n) => n.endsWith('.schema.json'))) walk(JSON.parse(fs.readFileSync(path.join(SCHEMAS, f), 'utf8')));
  return names;
}

/** True when `value` is a bundle (v1): an object whose `schema` names it. */
function isBundle(value) {
  return value !== null && typeof value === 'object' && value.schema === BUNDLE_SCHEMA;
}

/**
 * The bundle's leaves as `{ field, value }` rows (`costOrchestrator.exports[0].name`), in document
 * order; a value is a literal or a framework expression (already text). The manual steps are left
 * out: the report lists them on their own.
 */
function bundleFields(bundle) {
  const secrets = secretFieldNames();
  const rows = [];
  const walk = (value, at) => {
    const key = at.match(/([A-Za-z0-9_]+)$/)?.[1];
    if (at && secrets.has(key) && value !== null && value !== undefined) return rows.push({ field: at, value: REDACTED });
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${at}[${i}]`));
    // An item of a list (an export, a prefix) on one row: `name: x, type: y`.
    if (at.endsWith(']') && value !== null && typeof value === 'object' && Object.values(value).every((v) => v === null || typeof v !== 'object')) {
      return rows.push({ field: at, value: Object.entries(value).map(([k, v]) => `${k}: ${secrets.has(k) ? REDACTED : v}`).join(', ') });
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!(at === '' && k === 'manualSteps')) walk(v, at ? `${at}.${k}` : k);
      return;
    }
    rows.push({ field: at, value: typeof value === 'string' ? value : JSON.stringify(value) });
  };
  walk(bundle, '');
  return rows;
}

module.exports = { REDACTED, bundleFields, isBundle, secretFieldNames };
