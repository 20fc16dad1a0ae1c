import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { COMMAND_HELP, MAIN_HELP } from './help';
import { BundleInput, inputCount, readBundles, readText } from './inputs';
import { CliIo, EXIT_OK, EXIT_PLATFORM, EXIT_USAGE, UsageError } from './io';
import { REDACTED, redactBundle } from '../core/redact-bundle';
import { API_V1, fillPath } from '../platform/api-v1';
import { MissingAwsSdkError, needsAwsSecret, secretsManagerReader, SecretReader, withAwsSecret } from '../platform/aws-secret';
import type { PlatformClient } from '../platform/client';
import { checkFinancialStructure, financialStructureTemplate, FINANCIAL_STRUCTURE_PROVIDERS } from '../platform/financial-structure';
import { BundleHead, BundleInvalidError, checkedBundle, deregisterBundle, registerBundle } from '../platform/registration';
import { scrubSecrets, secretValues } from '../platform/scrub';
import { PlatformRequestError } from '../platform/transport';

/** Hooks for the tests: how a client is made and how a secret is read. */
export interface CliHooks {
  readonly makeClient?: (url: string, token: string) => PlatformClient;
  readonly readSecret?: SecretReader;
}

const OPTIONS = {
  'bundle': { type: 'string' },
  'terraform-output': { type: 'string' },
  'cdk-outputs': { type: 'string' },
  'org': { type: 'string' },
  'integration-id': { type: 'string' },
  'financial-structure': { type: 'string' },
  'provider': { type: 'string' },
  'dry-run': { type: 'boolean' },
  'json': { type: 'boolean' },
  'help': { type: 'boolean', short: 'h' },
  'version': { type: 'boolean' },
} as const;

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

/** A checked bundle and its source. */
interface Checked { readonly source: string; readonly bundle: BundleHead & Record<string, unknown> }

/** Run the CLI; resolves with the exit code. Never throws. */
export async function main(argv: string[], io: CliIo, hooks: CliHooks = {}): Promise<number> {
  const secrets: string[] = [];
  const token = io.env.FINOPS_PLATFORM_TOKEN;
  if (token) secrets.push(token);
  const fail = (code: number, message: string) => {
    io.stderr(`finops-integrations: ${scrubSecrets(message, secrets)}\n`);
    return code;
  };
  let values: Values;
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    ({ values, positionals } = parsed as { values: Values; positionals: string[] });
  } catch (e) {
    return fail(EXIT_USAGE, `${(e as Error).message}\nRun 'finops-integrations --help' for usage.`);
  }
  const command = positionals[0];
  if (values.version) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (!command || (values.help && !COMMAND_HELP[command])) {
    (values.help ? io.stdout : io.stderr)(MAIN_HELP);
    return values.help ? EXIT_OK : EXIT_USAGE;
  }
  if (values.help) {
    io.stdout(COMMAND_HELP[command]);
    return EXIT_OK;
  }
  try {
    switch (command) {
      case 'register':
      case 'deregister':
        return await registerCommand(command, values, positionals, io, hooks, secrets);
      case 'validate':
        return await validateCommand(values, positionals, io);
      case 'financial-structure':
        return await templateCommand(values, positionals, io);
      default:
        throw new UsageError(`unknown command '${command}'; the commands are register, deregister, validate and financial-structure`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof BundleInvalidError || e instanceof MissingAwsSdkError) return fail(EXIT_USAGE, e.message);
    if (e instanceof PlatformRequestError) return fail(EXIT_PLATFORM, e.message);
    return fail(EXIT_PLATFORM, (e as Error)?.message ?? String(e));
  }
}

function noPositionals(positionals: string[], count: number): void {
  if (positionals.length > count) throw new UsageError(`unexpected argument '${positionals[count]}'`);
}

/** Validate every bundle; throw one error listing the problems of all of them. */
function checkAll(inputs: BundleInput[], org?: string): Checked[] {
  const checked: Checked[] = [];
  const errors: string[] = [];
  for (const i of inputs) {
    try {
      checked.push({ source: i.source, bundle: checkedBundle(i.bundle, org, i.source) });
    } catch (e) {
      if (!(e instanceof BundleInvalidError)) throw e;
      errors.push(e.message);
    }
  }
  if (errors.length > 0) throw new UsageError(errors.join('\n'));
  const ids = new Map<string, string>();
  for (const c of checked) {
    const key = `${c.bundle.org.slug}/${c.bundle.integrationId}`;
    if (ids.has(key)) throw new UsageError(`${c.source} and ${ids.get(key)} are the same integration (${key})`);
    ids.set(key, c.source);
  }
  return checked;
}

async function readFinancialStructure(file: string | undefined, io: CliIo): Promise<string | undefined> {
  if (file === undefined) return undefined;
  const csv = await readText(file, io, 'the Financial Structure');
  const problems = checkFinancialStructure(csv);
  if (problems.length > 0) {
    throw new UsageError(`the Financial Structure '${file}' has problems:\n${problems.map((p) => `  row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`).join('\n')}`);
  }
  return csv;
}

async function registerCommand(command: 'register' | 'deregister', v: Values, positionals: string[], io: CliIo, hooks: CliHooks, secrets: string[]): Promise<number> {
  noPositionals(positionals, 1);
  if (command === 'deregister' && v['financial-structure'] !== undefined) throw new UsageError('--financial-structure is an option of register, not deregister');
  if (v['integration-id'] !== undefined) {
    if (command !== 'deregister') throw new UsageError('--integration-id is an option of deregister (register needs the whole bundle)');
    return deregisterById(v, io, hooks);
  }
  // Everything that can be wrong with the input is reported before any call.
  const checked = checkAll(await readBundles({ bundle: v.bundle, terraformOutput: v['terraform-output'], cdkOutputs: v['cdk-outputs'] }, io), v.org);
  for (const c of checked) secrets.push(...secretValues(c.bundle, redactBundle(c.bundle)));
  const csv = await readFinancialStructure(v['financial-structure'], io);
  const csvFor = firstPerOrg(checked, csv);

  if (v['dry-run']) {
    const plan = checked.flatMap((c, i) => plannedCalls(command, c.bundle, csvFor[i]));
    if (v.json) io.stdout(`${JSON.stringify({ dryRun: true, calls: plan }, null, 2)}\n`);
    else for (const p of plan) io.stdout(`${p.method} ${p.path}${p.body === undefined ? '' : `\n${typeof p.body === 'string' ? p.body : JSON.stringify(p.body, null, 2)}`}\n`);
    io.stderr(`finops-integrations: dry run: ${plan.length} call(s) not sent\n`);
    return EXIT_OK;
  }

  const client = platformClient(io, hooks);
  const reader = hooks.readSecret ?? secretsManagerReader();
  const results = [];
  for (const [i, c] of checked.entries()) {
    const say = (_: string, description: string) => io.stderr(`finops-integrations: ${c.source}: ${description}\n`);
    let bundle: unknown = c.bundle;
    if (command === 'register' && needsAwsSecret(bundle)) {
      say('readSecret', `read the access key from ${(c.bundle.costOrchestrator as { secretAccessKeySecretArn: string }).secretAccessKeySecretArn}`);
      bundle = await withAwsSecret(bundle, reader);
      secrets.push(...secretValues(bundle, redactBundle(bundle)));
    }
    const options = { org: v.org, financialStructureCsv: csvFor[i] };
    const outcome = command === 'register' ? await registerBundle(client, bundle, options, say) : await deregisterBundle(client, bundle, options, say);
    results.push({ source: c.source, ...outcome, manualSteps: command === 'register' ? c.bundle.manualSteps ?? [] : [] });
  }
  if (v.json) {
    io.stdout(`${JSON.stringify({ command, results }, null, 2)}\n`);
  } else {
    for (const r of results) {
      const steps = r.steps.map((s) => `${s.operation} ${s.answer.status}`).join(', ');
      io.stdout(`${command === 'register' ? 'registered' : 'deregistered'} ${r.integrationId} in org ${r.org} (${steps})\n`);
      for (const m of r.manualSteps as Array<{ id: string; description: string; url?: string }>) {
        io.stdout(`  manual step ${m.id}: ${m.description}${m.url ? ` ${m.url}` : ''}\n`);
      }
    }
  }
  return EXIT_OK;
}

/** `deregister --org <slug> --integration-id <id>`: what the cdktf construct's destroy step runs (it keeps no bundle). */
async function deregisterById(v: Values, io: CliIo, hooks: CliHooks): Promise<number> {
  const id = v['integration-id']!;
  if (inputCount({ bundle: v.bundle, terraformOutput: v['terraform-output'], cdkOutputs: v['cdk-outputs'] }) > 0) {
    throw new UsageError('give either --integration-id with --org, or a bundle input, not both');
  }
  if (!v.org || !/^[a-z0-9][a-z0-9-]{0,62}$/.test(v.org)) throw new UsageError(`--integration-id needs --org <slug> (1 to 63 lowercase letters, digits and '-'); got ${v.org === undefined ? 'nothing' : `'${v.org}'`}`);
  if (!/^(aws|gcp|azure|oci)-[A-Za-z0-9.-]{1,200}$/.test(id)) throw new UsageError(`--integration-id must be '<provider>-<scope id>', e.g. 'aws-123456789012'; got '${id}'`);
  const callPath = fillPath(API_V1.deleteIntegration.path, { org: v.org, integrationId: id });
  if (v['dry-run']) {
    io.stdout(v.json ? `${JSON.stringify({ dryRun: true, calls: [{ method: 'DELETE', path: callPath }] }, null, 2)}\n` : `DELETE ${callPath}\n`);
    return EXIT_OK;
  }
  const client = platformClient(io, hooks);
  io.stderr(`finops-integrations: deregister integration '${id}' from org '${v.org}'\n`);
  const answer = await client.deleteIntegration(v.org, id);
  const outcome = { org: v.org, integrationId: id, steps: [{ operation: 'deleteIntegration', answer }] };
  io.stdout(v.json ? `${JSON.stringify({ command: 'deregister', results: [outcome] }, null, 2)}\n` : `deregistered ${id} in org ${v.org} (deleteIntegration ${answer.status})\n`);
  return EXIT_OK;
}

/** The client for FINOPS_PLATFORM_URL and FINOPS_PLATFORM_TOKEN. */
function platformClient(io: CliIo, hooks: CliHooks): PlatformClient {
  const url = io.env.FINOPS_PLATFORM_URL;
  const token = io.env.FINOPS_PLATFORM_TOKEN;
  if (!url) throw new UsageError('FINOPS_PLATFORM_URL is not set: set it to the platform\'s base URL, e.g. https://finops.example.com');
  if (!token) throw new UsageError('FINOPS_PLATFORM_TOKEN is not set: set it to the platform API token');
  try {
    return hooks.makeClient ? hooks.makeClient(url, token) : newClient(url, token);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** The Financial Structure goes to each org once: to the first bundle of that org. */
function firstPerOrg(checked: Checked[], csv: string | undefined): Array<string | undefined> {
  const seen = new Set<string>();
  return checked.map((c) => {
    if (csv === undefined || seen.has(c.bundle.org.slug)) return undefined;
    seen.add(c.bundle.org.slug);
    return csv;
  });
}

/** The calls `register` or `deregister` would make for one bundle, secrets redacted. */
interface PlannedCall { readonly method: string; readonly path: string; readonly body?: unknown }

function plannedCalls(command: string, b: BundleHead & Record<string, unknown>, csv?: string): PlannedCall[] {
  const org = b.org.slug;
  const params = { org, integrationId: b.integrationId };
  if (command === 'deregister') return [{ method: 'DELETE', path: fillPath(API_V1.deleteIntegration.path, params) }];
  let body = redactBundle(b) as Record<string, unknown> & { costOrchestrator: Record<string, unknown> };
  if (needsAwsSecret(b)) {
    // What is sent: the key itself, read from the secret at registration (shown redacted).
    const { secretAccessKeySecretArn: _, ...rest } = body.costOrchestrator;
    body = { ...body, costOrchestrator: { ...rest, secretAccessKey: REDACTED } };
  }
  return [
    { method: 'PUT', path: fillPath(API_V1.putOrg.path, params), body: { provider: b.provider, ...(b.org.displayName ? { displayName: b.org.displayName } : {}) } },
    { method: 'PUT', path: fillPath(API_V1.putIntegration.path, params), body },
    { method: 'PUT', path: fillPath(API_V1.putRecommendations.path, params), body: { enabled: b.recommendations.enabled, provider: b.provider } },
    ...(csv !== undefined ? [{ method: 'PUT', path: fillPath(API_V1.putFinancialStructure.path, params), body: csv }] : []),
  ];
}

async function validateCommand(v: Values, positionals: string[], io: CliIo): Promise<number> {
  noPositionals(positionals, 1);
  const inputs = await readBundles({ bundle: v.bundle, terraformOutput: v['terraform-output'], cdkOutputs: v['cdk-outputs'] }, io);
  const results = inputs.map((i) => {
    try {
      const b = checkedBundle(i.bundle, v.org, i.source);
      const problems: Array<{ pointer: string; message: string }> = [];
      return { source: i.source, valid: true, provider: b.provider, integrationId: b.integrationId, problems };
    } catch (e) {
      if (!(e instanceof BundleInvalidError)) throw e;
      return { source: i.source, valid: false, problems: [...e.problems], message: e.message };
    }
  });
  let fsProblems: ReturnType<typeof checkFinancialStructure> = [];
  if (v['financial-structure'] !== undefined) fsProblems = checkFinancialStructure(await readText(v['financial-structure'], io, 'the Financial Structure'));
  const valid = results.every((r) => r.valid) && fsProblems.length === 0;
  if (v.json) {
    io.stdout(`${JSON.stringify({ valid, bundles: results.map(({ message, ...r }) => r), ...(v['financial-structure'] !== undefined ? { financialStructure: fsProblems } : {}) }, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (r.valid) io.stdout(`valid: ${r.source} (${r.provider} ${r.integrationId})\n`);
      else io.stderr(`${r.message}\n`);
    }
    if (v['financial-structure'] !== undefined) {
      if (fsProblems.length === 0) io.stdout(`valid: Financial Structure ${v['financial-structure']}\n`);
      else io.stderr(`the Financial Structure '${v['financial-structure']}' has problems:\n${fsProblems.map((p) => `  row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`).join('\n')}\n`);
    }
  }
  return valid ? EXIT_OK : EXIT_USAGE;
}

async function templateCommand(v: Values, positionals: string[], io: CliIo): Promise<number> {
  if (positionals[1] !== 'template') throw new UsageError('usage: finops-integrations financial-structure template --provider <aws|gcp|azure|oci> [--bundle <file>]');
  noPositionals(positionals, 2);
  if (!v.provider || !FINANCIAL_STRUCTURE_PROVIDERS.includes(v.provider)) {
    throw new UsageError(`--provider must be one of ${FINANCIAL_STRUCTURE_PROVIDERS.join(', ')}; got ${v.provider === undefined ? 'nothing' : `'${v.provider}'`}`);
  }
  const o = { bundle: v.bundle, terraformOutput: v['terraform-output'], cdkOutputs: v['cdk-outputs'] };
  const bundles = inputCount(o) === 0 ? [] : checkAll(await readBundles(o, io)).map((c) => c.bundle);
  const other = bundles.filter((b) => b.provider !== v.provider);
  if (other.length > 0 && other.length === bundles.length) throw new UsageError(`no bundle of provider '${v.provider}' in the input (it holds ${[...new Set(other.map((b) => b.provider))].join(', ')})`);
  io.stdout(financialStructureTemplate(v.provider, bundles));
  return EXIT_OK;
}

function newClient(url: string, token: string): PlatformClient {
  // Loaded only here: validate and the template need no HTTP client.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PlatformClient: Client } = require('../platform/client') as typeof import('../platform/client');
  return new Client({ url, token });
}

function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
}
