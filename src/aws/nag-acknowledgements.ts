import { Stack, Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { ReadStatement } from './permissions';

/**
 * Acknowledgements of the cdk-nag (v3) AwsSolutions findings and the cfn-guard (AWS Control Tower
 * proactive controls, `@cdklabs/cdk-validator-cfnguard`) findings that this construct causes on
 * purpose, each with its reason, so that a stack checked with `AwsSolutionsChecks` or the
 * `CfnGuardValidator` policy validation plugin shows only its own findings. They are construct
 * metadata (`Validations.of(...).acknowledge`), read by cdk-nag and by aws-cdk-lib's policy validation.
 */

/** Acknowledge `ruleId` on `scope` with a written reason. */
export function acknowledge(scope: IConstruct, ruleId: string, reason: string): void {
  Validations.of(scope).acknowledge({ id: ruleId, reason });
}

/**
 * Acknowledge the cfn-guard rule `rule` (its name in the Control Tower guard file, e.g.
 * `s3_bucket_logging_enabled_check`) on `scope`. aws-cdk-lib matches a policy validation finding by
 * `<plugin name>::<rule name>`, the plugin being `cdk-validator-cfnguard`, on the construct or an ancestor.
 */
export function acknowledgeGuard(scope: IConstruct, rule: string, reason: string): void {
  acknowledge(scope, `${CFN_GUARD_PLUGIN}::${rule}`, reason);
}

/** The name of the cfn-guard policy validation plugin (`CfnGuardValidator.name`), the namespace of its rule IDs. */
export const CFN_GUARD_PLUGIN = 'cdk-validator-cfnguard';

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
      // Only a resource with a '*' in its text can be a wildcard: the tokens in these statements (ARNs,
      // account, partition) never resolve to one. Resolving only those is what keeps synth cheap.
      if (!resource.includes('*')) continue;
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
