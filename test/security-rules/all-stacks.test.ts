import * as fs from 'fs';
import * as path from 'path';
import { SynthesizedExample, synthAllExamples } from './example-stacks';
import { ALL_RULES, RULE_INDEX } from './index';
import { runRules } from './rule';
import { TfTemplate } from '../kit/tf-template';

/**
 * Every rule set over every cdktf stack the examples synthesize (as `cdktf synth` runs them), and the
 * rule index: every rule listed once, with the check it mirrors and a non-compliant fixture.
 */
let examples: SynthesizedExample[] = [];
beforeAll(() => {
  examples = synthAllExamples();
}, 600_000);
afterAll(() => {
  for (const e of examples) fs.rmSync(e.outdir, { recursive: true, force: true });
});

test('every example stack passes every rule set', () => {
  expect(examples.map((e) => e.name)).toHaveLength(9); // gcp, azure, oci plain and registering; multi-cloud's three stacks
  for (const e of examples) {
    const t = TfTemplate.fromJSON(JSON.parse(fs.readFileSync(e.stackFile, 'utf8')));
    expect(t.resources().length).toBeGreaterThan(5);
    expect({ example: e.name, findings: runRules(t, ALL_RULES) }).toEqual({ example: e.name, findings: [] });
  }
});

test('the rules fire on an example stack made non-compliant (the run above could fail)', () => {
  const gcp = examples.find((e) => e.name === 'gcp')!;
  const json = JSON.parse(fs.readFileSync(gcp.stackFile, 'utf8'));
  for (const o of Object.values<any>(json.output)) delete o.sensitive;
  json.resource.google_project_service = Object.fromEntries(Object.entries<any>(json.resource.google_project_service ?? {})
    .map(([id, s]) => [id, { ...s, disable_on_destroy: true }]));
  const rules = new Set(runRules(TfTemplate.fromJSON(json), ALL_RULES).map((f) => f.rule));
  expect(rules).toEqual(new Set(['secretOutputsAreSensitive', 'gcpApisNeverDisabledOnDestroy']));
});

describe('the rule index', () => {
  test('at least 20 rules, each listed once, and exactly the rules the rule sets run', () => {
    const names = RULE_INDEX.map((e) => e.rule.name);
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(ALL_RULES.map((r) => r.name).sort());
  });

  test.each(RULE_INDEX.map((e) => [e.rule.name, e]))('%s names its mirror and has a non-compliant fixture in its test file', (name, entry) => {
    expect(entry.mirrors).toMatch(/^(ours|checkov CKV|trivy|tflint)/);
    const fixtures = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.ts') && f !== path.basename(__filename))
      .map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8')).join('\n');
    // a RuleFixture row, run by testRuleFixtures, starts with `[<rule>,`
    expect(fixtures).toMatch(new RegExp(`\\[${name},`));
  });
});
