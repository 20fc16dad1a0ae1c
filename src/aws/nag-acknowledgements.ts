import { Stack, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ReadStatement } from './permissions';

/**
 * Acknowledgements of the cdk-nag (v3) AwsSolutions findings that this construct causes on purpose,
 * each with its reason, so that a stack checked with `AwsSolutionsChecks` shows only its own findings.
 * They are construct metadata (`Validations.of(...).acknowledge`), read by cdk-nag and by nothing else.
 */

/** Acknowledge `ruleId` on `scope` with a written reason. */
export function acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: ruleId, reason });
}

/**
 * Acknowledge AwsSolutions-IAM5 for every resource with a `*` in `statements` (attached to `policy`).
 * cdk-nag names each finding `AwsSolutions-IAM5[Resource::<resource>]`, the resource flattened as
 * cdk-nag's `flattenCfnReference` does: `Ref` becomes `<Name>`, `Fn::GetAtt` `<Name.Attr>`, `Fn::Join` joins.
 * The reason of the bare `*` lists the actions granted on it; a pattern with a wildcard needs the
 * statement's own reason (a statement without one is a bug in this library: it throws).
 */
export function acknowledgeWildcardResources(policy: IConstruct, statements: ReadStatement[]): void {
  const stack = Stack.of(policy);
  const starActions: string[] = [];
  const reasons = new Map<string, string[]>();
  for (const { statement, wildcardReason } of statements) {
    for (const resource of statement.resources) {
      const flat = flattenCfnReference(stack.resolve(resource));
      if (flat === '*') {
        starActions.push(...statement.actions);
      } else if (flat.includes('*')) {
        if (!wildcardReason) throw new Error(`finops-integrations: statement ${statement.sid} has a wildcard resource and no reason`);
        const list = reasons.get(flat) ?? [];
        if (!list.includes(wildcardReason)) list.push(wildcardReason);
        reasons.set(flat, list);
      }
    }
  }
  if (starActions.length > 0) {
    reasons.set('*', [`These read-only actions have no resource type in the Service Authorization Reference, so IAM only accepts "*": ${starActions.join(', ')}.`]);
  }
  for (const [flat, list] of reasons) acknowledge(policy, `AwsSolutions-IAM5[Resource::${flat}]`, list.join(' '));
}

/** A resolved CloudFormation value as a flat string, as cdk-nag names it in its findings. */
export function flattenCfnReference(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\${/g, '<').replace(/}/g, '>');
  if (typeof node === 'object' && node !== null) {
    const o = node as Record<string, unknown>;
    if (o['Fn::Join']) {
      const [delimiter, items] = o['Fn::Join'] as [string, unknown[]];
      return items.map(flattenCfnReference).join(delimiter);
    }
    if (o['Fn::Sub']) return flattenCfnReference(o['Fn::Sub']);
    if (o['Fn::GetAtt']) {
      const [resource, attribute] = o['Fn::GetAtt'] as [unknown, unknown];
      return `<${flattenCfnReference(resource)}.${flattenCfnReference(attribute)}>`;
    }
    if (o['Fn::ImportValue']) return flattenCfnReference(o['Fn::ImportValue']);
    if (o.Ref) return `<${flattenCfnReference(o.Ref)}>`;
  }
  return JSON.stringify(node);
}
