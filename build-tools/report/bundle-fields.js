// The bundle's fields as rows (path, value), secrets masked by the library's own redactBundle (the
// schemas' `writeOnly: true`, schemas/bundle/v1/), from the compiled lib/ that the examples use too.
const { BundleSchema } = require('../../lib/core/integration-id');
const { REDACTED, redactBundle } = require('../../lib/core/redact-bundle');

/** True when `value` is a bundle (v1): an object whose `schema` names it. */
function isBundle(value) {
  return value !== null && typeof value === 'object' && value.schema === BundleSchema.V1;
}

/**
 * The bundle's leaves as `{ field, value }` rows (`costOrchestrator.exports[0].name`), in document
 * order; a value is a literal or a framework expression (already text). The manual steps are left
 * out: the report lists them on their own.
 */
function bundleFields(bundle) {
  const rows = [];
  const walk = (value, at) => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${at}[${i}]`));
    // An item of a list (an export, a prefix) on one row: `name: x, type: y`.
    if (at.endsWith(']') && value !== null && typeof value === 'object' && Object.values(value).every((v) => v === null || typeof v !== 'object')) {
      return rows.push({ field: at, value: Object.entries(value).map(([k, v]) => `${k}: ${v}`).join(', ') });
    }
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) if (!(at === '' && k === 'manualSteps')) walk(v, at ? `${at}.${k}` : k);
      return;
    }
    rows.push({ field: at, value: typeof value === 'string' ? value : JSON.stringify(value) });
  };
  walk(redactBundle(bundle), '');
  return rows;
}

module.exports = { REDACTED, bundleFields, isBundle };
