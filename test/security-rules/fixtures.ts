import { runRules, Rule } from './rule';
import { TfTemplate } from '../kit/tf-template';

/** A rule with a compliant and a non-compliant Terraform JSON fixture. */
export type RuleFixture = [rule: Rule, compliant: object, nonCompliant: object];

/** For each rule: the compliant fixture passes, and the non-compliant one fails with exactly one finding of that rule (the rule can fire). */
export function testRuleFixtures(cases: RuleFixture[]): void {
  describe.each(cases)('rule %p', (rule, compliant, nonCompliant) => {
    test('passes its compliant fixture', () => {
      expect(runRules(TfTemplate.fromJSON(compliant), [rule])).toEqual([]);
    });
    test('fails its non-compliant fixture', () => {
      const findings = runRules(TfTemplate.fromJSON(nonCompliant), [rule]);
      expect(findings).toHaveLength(1);
      expect(findings[0].rule).toBe(rule.name);
    });
  });
}
