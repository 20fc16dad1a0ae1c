import * as fs from 'fs';
import * as path from 'path';
import { synth } from './helpers';
import { AwsCostExport } from '../../src/aws';

/**
 * Golden test of the Data Exports queries against the column lists AWS publishes (test/aws/fixtures/):
 * a misspelled column fails here, not at deploy time (the Data Exports API rejects a query naming an
 * unknown column).
 */

/** The published columns of a table, from its fixture file. */
function published(file: string): string[] {
  return fs.readFileSync(path.join(__dirname, 'fixtures', file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The columns a `SELECT a, b FROM T` statement selects, and its table. */
function parseQuery(query: string): { columns: string[]; table: string } {
  const m = /^SELECT (.+) FROM ([A-Z0-9_]+)$/.exec(query);
  if (!m) throw new Error(`not a SELECT ... FROM statement: ${query.slice(0, 80)}`);
  return { columns: m[1].split(',').map((c) => c.trim()), table: m[2] };
}

/** Columns of `columns` that the published list does not have. */
function unknownColumns(columns: string[], list: string[]): string[] {
  return columns.filter((c) => !list.includes(c));
}

/** The query statement of each Data Exports export of a synthesized integration, by table. */
function queries(exports: AwsCostExport[]): Record<string, string[]> {
  const { template } = synth({ exports });
  const out: Record<string, string[]> = {};
  for (const r of Object.values(template.findResources('AWS::BCMDataExports::Export')) as any[]) {
    const { columns, table } = parseQuery(r.Properties.Export.DataQuery.QueryStatement);
    out[table] = columns;
  }
  return out;
}

const CUR2 = published('cur2-columns.txt');
const FOCUS = published('focus-1-2-aws-columns.txt');

describe('Data Exports queries against the published column lists', () => {
  test('the fixtures are the published lists: FOCUS 1.2 with AWS columns has 60 columns, CUR 2.0 has no duplicates', () => {
    expect(FOCUS).toHaveLength(60);
    expect(new Set(FOCUS).size).toBe(60);
    expect(new Set(CUR2).size).toBe(CUR2.length);
  });

  test('CUR 2.0 with resource IDs selects only published columns, line_item_resource_id among them', () => {
    const q = queries([AwsCostExport.cur2()]);
    expect(unknownColumns(q.COST_AND_USAGE_REPORT, CUR2)).toEqual([]);
    expect(q.COST_AND_USAGE_REPORT).toContain('line_item_resource_id');
    expect(new Set(q.COST_AND_USAGE_REPORT).size).toBe(q.COST_AND_USAGE_REPORT.length);
  });

  test('CUR 2.0 without resource IDs selects only published columns, not line_item_resource_id', () => {
    const q = queries([AwsCostExport.cur2({ includeResources: false })]);
    expect(unknownColumns(q.COST_AND_USAGE_REPORT, CUR2)).toEqual([]);
    expect(q.COST_AND_USAGE_REPORT).not.toContain('line_item_resource_id');
  });

  test('FOCUS selects exactly the published FOCUS 1.2 with AWS columns', () => {
    const q = queries([AwsCostExport.focus()]);
    expect([...q.FOCUS_1_2_AWS].sort()).toEqual([...FOCUS].sort());
  });

  test('a misspelled column is caught (the check is not vacuous)', () => {
    const { columns } = parseQuery('SELECT bill_bill_type, line_item_usage_acount_id, tags FROM COST_AND_USAGE_REPORT');
    expect(unknownColumns(columns, CUR2)).toEqual(['line_item_usage_acount_id']);
    expect(unknownColumns(['BilledCost', 'BillingPeriodStrat'], FOCUS)).toEqual(['BillingPeriodStrat']);
  });
});
