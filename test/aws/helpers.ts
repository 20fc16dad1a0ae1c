import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, StackProps, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { AwsBillingIntegration, AwsBillingIntegrationProps } from '../../src/aws';

/** Where every template an AWS test builds goes, for cfn-lint (build-tools/cfn-lint-templates.js, after jest in `npx projen test`). */
export const CFN_TEMPLATES_DIR = path.join(__dirname, '..', '.cfn-templates');

/** Write a template for cfn-lint, named by its content (the same template is written once). */
export function recordTemplate(template: unknown): void {
  const text = JSON.stringify(template, undefined, 1);
  fs.mkdirSync(CFN_TEMPLATES_DIR, { recursive: true });
  fs.writeFileSync(path.join(CFN_TEMPLATES_DIR, `${createHash('sha1').update(text).digest('hex').slice(0, 16)}.json`), text);
}

// Every AWS test file imports these helpers: from here on, each Template.fromStack also records its template.
const fromStack = Template.fromStack.bind(Template);
(Template as any).fromStack = (stack: Stack, options?: any): Template => {
  const template = fromStack(stack, options);
  recordTemplate(template.toJSON());
  return template;
};

/** Placeholder IDs, as in the example. */
export const ACCOUNT = '123456789012';
export const PLATFORM_ACCOUNT = '210987654321';
export const US_EAST_1 = { account: ACCOUNT, region: 'us-east-1' };

/** A fresh app and stack (us-east-1 of the placeholder account unless `env` says otherwise). */
export function newStack(stackProps: StackProps = { env: US_EAST_1 }): { app: App; stack: Stack } {
  const app = new App();
  return { app, stack: new Stack(app, 'Stack', stackProps) };
}

/** An integration with id `Billing` in a fresh stack, and its template. */
export function synth(props: AwsBillingIntegrationProps = {}, stackProps?: StackProps) {
  const { app, stack } = newStack(stackProps);
  const integration = new AwsBillingIntegration(stack, 'Billing', props);
  return { app, stack, integration, template: Template.fromStack(stack) };
}

/** Every IAM policy statement of the template (identity policies, managed or inline), with its resource's logical id. */
export function identityStatements(template: Template): Array<{ logicalId: string; statement: any }> {
  const out: Array<{ logicalId: string; statement: any }> = [];
  for (const type of ['AWS::IAM::ManagedPolicy', 'AWS::IAM::Policy']) {
    for (const [logicalId, res] of Object.entries(template.findResources(type))) {
      for (const statement of (res as any).Properties.PolicyDocument.Statement) out.push({ logicalId, statement });
    }
  }
  return out;
}

/** A value as a list. */
export function asList<T>(v: T | T[]): T[] {
  return Array.isArray(v) ? v : [v];
}

/** The AwsSolutions violations cdk-nag v3 reports for `scope` (its documented entry point for tests). */
export function nagViolations(scope: IConstruct): Array<{ rule: string; paths: string[] }> {
  const report = new AwsSolutionsChecks().validateScope(scope);
  return report.violations.map((v) => ({ rule: v.ruleName, paths: v.violatingResources.map((r) => r.constructPath ?? r.resourceLogicalId ?? '?') }));
}

/**
 * Every cdk-nag acknowledgement recorded in the tree under `scope`: path, rule id and reason. Those of
 * other policy validation plugins (`<plugin>::<rule>`, e.g. cfn-guard's) are left out: test/aws/cfn-guard.test.ts checks them.
 */
export function acknowledgements(scope: IConstruct): Array<{ path: string; id: string; reason: string }> {
  const out: Array<{ path: string; id: string; reason: string }> = [];
  const visit = (c: IConstruct) => {
    for (const m of c.node.metadata) {
      if (m.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(m.data as Record<string, string>)) {
        if (/^[a-z0-9-]+::/.test(id.replace(/^annotation::/i, ''))) continue;
        out.push({ path: c.node.path, id: id.replace(/^annotation::/i, ''), reason });
      }
    }
    c.node.children.forEach(visit);
  };
  visit(scope);
  return out;
}

/**
 * Evaluate the intrinsic functions of a template value with made-up deploy-time values, so that a
 * test can check what CloudFormation would produce (e.g. the Bundle output against the JSON Schema).
 */
export function evaluate(template: any, value: any): any {
  const resources = template.Resources;
  const ref = (name: string): string => {
    const pseudo: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::Region': 'us-east-1', 'AWS::AccountId': ACCOUNT, 'AWS::URLSuffix': 'amazonaws.com' };
    if (pseudo[name]) return pseudo[name];
    const type = resources[name]?.Type;
    switch (type) {
      case 'AWS::S3::Bucket': return 'finops-bucket-abc123';
      case 'AWS::IAM::User': return 'finops-user';
      case 'AWS::IAM::Role': return 'finops-role';
      case 'AWS::IAM::AccessKey': return 'AKIAIOSFODNN7EXAMPLE';
      case 'AWS::SecretsManager::Secret': return `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:finops-AbCdEf`;
      default: throw new Error(`no made-up value for Ref ${name} (${type})`);
    }
  };
  const getAtt = (name: string, attr: string): string => {
    const type = resources[name]?.Type;
    if (type === 'AWS::IAM::User' && attr === 'Arn') return `arn:aws:iam::${ACCOUNT}:user/finops-user`;
    if (type === 'AWS::IAM::Role' && attr === 'Arn') return `arn:aws:iam::${ACCOUNT}:role/finops-role`;
    if (type === 'AWS::S3::Bucket' && attr === 'Arn') return 'arn:aws:s3:::finops-bucket-abc123';
    if (type === 'AWS::BCMDataExports::Export' && attr === 'ExportArn') return `arn:aws:bcm-data-exports:us-east-1:${ACCOUNT}:export/${name}-0a1b2c3d`;
    throw new Error(`no made-up value for GetAtt ${name}.${attr} (${type})`);
  };
  const visit = (v: any): any => {
    if (Array.isArray(v)) return v.map(visit);
    if (v && typeof v === 'object') {
      if ('Ref' in v) return ref(v.Ref);
      if ('Fn::GetAtt' in v) return getAtt(v['Fn::GetAtt'][0], v['Fn::GetAtt'][1]);
      if ('Fn::Join' in v) return (visit(v['Fn::Join'][1]) as string[]).join(v['Fn::Join'][0]);
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
    }
    return v;
  };
  return visit(value);
}

/** The value of the output whose logical id starts with `prefix`. */
export function output(template: Template, prefix: string): any {
  const outputs = template.toJSON().Outputs ?? {};
  const key = Object.keys(outputs).find((k) => k.startsWith(prefix));
  if (!key) throw new Error(`no output ${prefix}*; outputs: ${Object.keys(outputs).join(', ')}`);
  return outputs[key].Value;
}
