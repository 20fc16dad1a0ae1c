/**
 * The Financial Structure spreadsheet: the platform maps each billing scope (AWS account, GCP
 * project, Azure subscription, OCI compartment) to a business unit, a cost center and an owner.
 * `template` writes the CSV with the scopes a bundle knows; `checkFinancialStructure` checks an
 * edited one before upload, naming the row of each problem.
 */

/** The columns, in order; the required ones must be filled in on every row. */
export const FINANCIAL_STRUCTURE_COLUMNS = ['provider', 'scope_type', 'scope_id', 'scope_name', 'business_unit', 'cost_center', 'owner_email'] as const;
const REQUIRED = new Set(['provider', 'scope_type', 'scope_id', 'business_unit', 'cost_center']);

/** The scope types of each provider and the form of their ids. */
const SCOPES: Record<string, Record<string, { pattern: RegExp; form: string }>> = {
  aws: { account: { pattern: /^[0-9]{12}$/, form: 'a 12-digit account ID' } },
  gcp: { project: { pattern: /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, form: 'a project ID (6 to 30 lowercase letters, digits and \'-\')' } },
  azure: { subscription: { pattern: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, form: 'a subscription GUID' } },
  oci: { compartment: { pattern: /^ocid1\.(compartment|tenancy)\.oc[0-9]+\.\.[a-z0-9]{20,}$/, form: 'a compartment or tenancy OCID' } },
};

/** The providers the Financial Structure knows. */
export const FINANCIAL_STRUCTURE_PROVIDERS = Object.keys(SCOPES);

/** One scope row of the template. */
interface ScopeRow { readonly provider: string; readonly scopeType: string; readonly scopeId: string; readonly scopeName?: string }

/** The scopes a (valid) bundle names: the rows the template is pre-filled with. */
export function scopesOfBundle(bundle: unknown): ScopeRow[] {
  const b = bundle as { provider?: string; costOrchestrator?: Record<string, unknown> } | null;
  const c = (b?.costOrchestrator ?? {}) as { [k: string]: string | undefined } & { dataset?: { projectId?: string } };
  switch (b?.provider) {
    case 'aws':
      return [{ provider: 'aws', scopeType: 'account', scopeId: c.accountId ?? '', scopeName: 'management (payer) account' }];
    case 'gcp': {
      const ids = [...new Set([c.projectId, c.dataset?.projectId].filter((x): x is string => typeof x === 'string'))];
      return ids.map((scopeId) => ({ provider: 'gcp', scopeType: 'project', scopeId }));
    }
    case 'azure':
      return [{ provider: 'azure', scopeType: 'subscription', scopeId: c.subscriptionId ?? '' }];
    case 'oci':
      return [{ provider: 'oci', scopeType: 'compartment', scopeId: c.tenancyOcid ?? '', scopeName: 'root compartment (tenancy)' }];
    default:
      return [];
  }
}

/** A CSV field, quoted when it must be (RFC 4180). */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The template CSV for `provider`, pre-filled with the scopes of `bundles` (of that provider). */
export function financialStructureTemplate(provider: string, bundles: unknown[] = []): string {
  if (!SCOPES[provider]) throw new Error(`unknown provider '${provider}': use one of ${FINANCIAL_STRUCTURE_PROVIDERS.join(', ')}`);
  const rows = bundles.flatMap(scopesOfBundle).filter((r) => r.provider === provider);
  const lines = [FINANCIAL_STRUCTURE_COLUMNS.join(',')];
  for (const r of rows) lines.push([r.provider, r.scopeType, r.scopeId, r.scopeName ?? '', '', '', ''].map(field).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** One problem of a Financial Structure file; `row` is the spreadsheet row (the header is row 1). */
export interface FinancialStructureProblem { readonly row: number; readonly column?: string; readonly message: string }

/** Check a Financial Structure CSV: the header, then every row; returns every problem with its row number. */
export function checkFinancialStructure(csv: string): FinancialStructureProblem[] {
  // Loaded here: only a Financial Structure check needs the CSV parser.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parse } = require('csv-parse/sync') as typeof import('csv-parse/sync');
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(csv, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return [{ row: err.lines ?? 1, message: `not readable as CSV: ${err.message}` }];
  }
  if (records.length === 0) return [{ row: 1, message: `the file is empty: the first row must be the header ${FINANCIAL_STRUCTURE_COLUMNS.join(',')}` }];
  const problems: FinancialStructureProblem[] = [];
  const header = records[0].record.map((h) => h.toLowerCase());
  const known = new Set<string>(FINANCIAL_STRUCTURE_COLUMNS);
  for (const h of header) if (!known.has(h)) problems.push({ row: 1, column: h, message: `'${h}' is not a column of the Financial Structure (columns: ${FINANCIAL_STRUCTURE_COLUMNS.join(', ')})` });
  for (const c of REQUIRED) if (!header.includes(c)) problems.push({ row: 1, column: c, message: `the column '${c}' is missing` });
  header.forEach((h, i) => { if (header.indexOf(h) !== i) problems.push({ row: 1, column: h, message: `the column '${h}' appears twice` }); });
  if (problems.length > 0) return problems;
  if (records.length === 1) return [{ row: 2, message: 'no scope rows: add one row per account, project, subscription or compartment' }];
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    const row = info.lines;
    if (record.length !== header.length) {
      problems.push({ row, message: `has ${record.length} fields; the header has ${header.length}` });
      continue;
    }
    const v = Object.fromEntries(header.map((h, i) => [h, record[i]]));
    for (const c of REQUIRED) if (!v[c]) problems.push({ row, column: c, message: `'${c}' is empty` });
    const types = SCOPES[v.provider];
    if (v.provider && !types) problems.push({ row, column: 'provider', message: `'${v.provider}' is not one of ${FINANCIAL_STRUCTURE_PROVIDERS.join(', ')}` });
    const scope = types?.[v.scope_type];
    if (types && v.scope_type && !scope) problems.push({ row, column: 'scope_type', message: `'${v.scope_type}' is not a ${v.provider} scope type (use ${Object.keys(types).join(', ')})` });
    if (scope && v.scope_id && !scope.pattern.test(v.scope_id)) problems.push({ row, column: 'scope_id', message: `'${v.scope_id}' is not ${scope.form}` });
    if (v.owner_email && !/^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$/.test(v.owner_email)) problems.push({ row, column: 'owner_email', message: `'${v.owner_email}' is not an email address` });
    const key = `${v.provider}/${v.scope_type}/${v.scope_id}`;
    if (v.scope_id && seen.has(key)) problems.push({ row, column: 'scope_id', message: `repeats the scope of row ${seen.get(key)}` });
    else if (v.scope_id) seen.set(key, row);
  }
  return problems;
}
