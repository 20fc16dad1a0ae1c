import { TfTemplate } from '../kit/tf-template';

/**
 * Security rules over synthesized Terraform, as named functions (cdk-nag's layout): each returns
 * its findings, and each has a compliant and a non-compliant fixture in `<file>.test.ts` that
 * proves it can fail.
 */

/** One rule violation. */
export interface Finding {
  /** The rule's name (its function's name). */
  readonly rule: string;
  /** What is at fault: `type.id` of a resource, or `output.<name>`. */
  readonly at: string;
  /** Why, in words. */
  readonly message: string;
}

/** A rule: findings over one synthesized configuration. */
export type Rule = (t: TfTemplate) => Finding[];

/** Run `rules` over `t` and return every finding. */
export function runRules(t: TfTemplate, rules: readonly Rule[]): Finding[] {
  return rules.flatMap((rule) => rule(t));
}

/** A finding of `rule`. */
export function finding(rule: Rule, at: string, message: string): Finding {
  return { rule: rule.name, at, message };
}
