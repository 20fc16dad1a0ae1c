import { Testing, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * The shared test kit over synthesized Terraform JSON, in the manner of aws-cdk-lib's
 * `assertions.Template`: every cdktf construct's tests read their stacks through it.
 */

/** A Terraform JSON configuration as cdktf synthesizes it. */
export interface TfJson {
  readonly resource?: Record<string, Record<string, any>>;
  readonly data?: Record<string, Record<string, any>>;
  readonly output?: Record<string, { value: unknown; sensitive?: boolean; description?: string }>;
  readonly provider?: Record<string, any>;
  readonly terraform?: { required_providers?: Record<string, { source?: string; version?: string }> };
}

/** A resource (or data source) of the configuration: its logical id and its configuration. */
export interface TfResource {
  readonly type: string;
  readonly id: string;
  readonly config: Record<string, any>;
}

/** True when `actual` holds everything in `expected` (objects: a deep subset; arrays: equal length, each a subset; asymmetric matchers allowed). */
export function isSubset(actual: unknown, expected: unknown): boolean {
  if (expected !== null && typeof expected === 'object' && typeof (expected as any).asymmetricMatch === 'function') {
    return (expected as any).asymmetricMatch(actual);
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => isSubset(actual[i], e));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => isSubset((actual as Record<string, unknown>)[k], v));
  }
  return actual === expected;
}

export class TfTemplate {
  /** Synthesize `stack` and read it. */
  public static fromStack(stack: TerraformStack): TfTemplate {
    return new TfTemplate(JSON.parse(Testing.synth(stack)) as TfJson);
  }

  /** Read a configuration already synthesized (e.g. `cdktf.out/stacks/<name>/cdk.tf.json`, or a fixture). */
  public static fromJSON(json: TfJson): TfTemplate {
    return new TfTemplate(json);
  }

  /** The `${type.id.attr}` expression that refers to a resource's attribute. */
  public static ref(resource: TfResource, attribute: string): string {
    return `\${${resource.type}.${resource.id}.${attribute}}`;
  }

  private constructor(private readonly json: TfJson) {}

  /** The parsed configuration. */
  public toJSON(): TfJson {
    return this.json;
  }

  /** Every resource of `type` (or of every type), in synthesis order. */
  public resources(type?: string): TfResource[] {
    return Object.entries(this.json.resource ?? {})
      .filter(([t]) => type === undefined || t === type)
      .flatMap(([t, byId]) => Object.entries(byId).map(([id, config]) => ({ type: t, id, config })));
  }

  /** Every data source of `type`. */
  public dataSources(type: string): TfResource[] {
    return Object.entries(this.json.data?.[type] ?? {}).map(([id, config]) => ({ type, id, config }));
  }

  /** The resources of `type` whose configuration holds `props` (a deep subset). */
  public findResources(type: string, props: Record<string, unknown> = {}): TfResource[] {
    return this.resources(type).filter((r) => isSubset(r.config, props));
  }

  /** Fails unless there are exactly `count` resources of `type`. */
  public resourceCountIs(type: string, count: number): void {
    const found = this.resources(type).length;
    if (found !== count) throw new Error(`expected ${count} resource(s) of type ${type}, found ${found}`);
  }

  /** Fails unless some resource of `type` holds `props`. Returns the first match. */
  public hasResourceProperties(type: string, props: Record<string, unknown>): TfResource {
    const found = this.findResources(type, props);
    if (found.length === 0) {
      const have = this.resources(type).map((r) => `${r.id}: ${JSON.stringify(r.config)}`).join('\n');
      throw new Error(`no ${type} holds ${JSON.stringify(props)}; there are:\n${have || '(none)'}`);
    }
    return found[0];
  }

  /** Every output, by name. */
  public outputs(): Record<string, { value: unknown; sensitive?: boolean; description?: string }> {
    return this.json.output ?? {};
  }

  /** Fails unless the output `name` exists (and, when given, has that `sensitive` flag). Returns it. */
  public hasOutput(name: string, expected: { sensitive?: boolean } = {}): { value: unknown; sensitive?: boolean } {
    const out = this.outputs()[name];
    if (!out) throw new Error(`no output '${name}'; outputs: ${Object.keys(this.outputs()).join(', ') || '(none)'}`);
    if (expected.sensitive !== undefined && (out.sensitive ?? false) !== expected.sensitive) {
      throw new Error(`output '${name}' has sensitive=${out.sensitive ?? false}, expected ${expected.sensitive}`);
    }
    return out;
  }
}

/** Warnings added to `scope` or below it (cdktf `Annotations.addWarning`). */
export function warningsOf(scope: IConstruct): string[] {
  return scope.node.findAll().flatMap((c) => c.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data)));
}
