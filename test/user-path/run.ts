/**
 * The newcomer's path, proven on the packed package: `npx projen test:user-path` (CI runs it after
 * `npx projen test`; it needs lib/, which the test task builds).
 *
 * 1. `npm pack` the package.
 * 2. For each cloud below, in a new temporary folder, follow the guide's "## Quick start" exactly as
 *    written: its shell blocks run in order with bash, and each TypeScript block is saved under the
 *    name the prose gives it. The only change: `finops-integrations` in an `npm install` line becomes
 *    the packed tarball. Every other package comes from the npm registry, at the versions the guide
 *    names, so a release that breaks a documented command (TypeScript 7 broke ts-node) fails here.
 * 3. Check the synthesized output for the cloud's main resources and a bundle output, and that the
 *    app can `import` the package root as an ES module.
 * 4. In one more folder, install the tarball alone (no peer) and check that every entry point either
 *    loads or names the peers to install.
 *
 * The clouds run at the same time, with npm's cache shared between them (and with `npm ci`).
 * Adding a cloud is one entry in CLOUDS.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { quickStart, ROOT } from '../docs/markdown-blocks';

interface CloudPath {
  /** The guide whose Quick start is followed, relative to the root. */
  readonly guide: string;
  /** Resource types the synthesized output must hold (CloudFormation or Terraform types). */
  readonly resources: string[];
}

const CLOUDS: Record<string, CloudPath> = {
  aws: {
    guide: 'docs/aws.md',
    resources: ['AWS::S3::Bucket', 'AWS::S3::BucketPolicy', 'AWS::IAM::User', 'AWS::IAM::AccessKey',
      'AWS::SecretsManager::Secret', 'AWS::BCMDataExports::Export', 'AWS::IAM::ManagedPolicy'],
  },
  gcp: {
    guide: 'docs/gcp.md',
    resources: ['google_project_service', 'google_bigquery_dataset', 'google_service_account', 'google_service_account_key',
      'google_organization_iam_custom_role', 'google_project_iam_custom_role', 'google_bigquery_dataset_iam_member'],
  },
  azure: {
    guide: 'docs/azure.md',
    resources: ['azuread_application', 'azuread_service_principal', 'azuread_application_password', 'azurerm_storage_account',
      'azurerm_storage_container', 'azurerm_role_assignment', 'azurerm_subscription_cost_management_export'],
  },
  oci: {
    guide: 'docs/oci.md',
    resources: ['oci_identity_group', 'oci_identity_user', 'oci_identity_user_group_membership', 'oci_identity_policy', 'oci_identity_api_key'],
  },
};

const PACKAGE = 'finops-integrations';
const ENTRY_POINTS: Array<{ name: string; requires: string[] }> =
  JSON.parse(fs.readFileSync(path.join(ROOT, 'entry-points.json'), 'utf8')).entryPoints;

interface Result { readonly name: string; readonly ok: boolean; readonly seconds: number; readonly log: string }

/** Runs a command; resolves with its exit code and combined output (never rejects). */
function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const timer = setTimeout(() => child.kill('SIGTERM'), 10 * 60_000);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code: code ?? 1, out }); });
  });
}

/** The environment of a user's shell: none of the npm variables of the task that runs this script. */
function userEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_(package|lifecycle)_|^INIT_CWD$/.test(k)));
}

/** The Quick start as one bash script, with the tarball in place of the package in `npm install` lines. */
function quickStartScript(guide: string, tarball: string): string {
  let replaced = 0;
  const parts = quickStart(guide).map((step) => {
    if ('save' in step) return `cat > '${step.save}' <<'FINOPS_QUICK_START_EOF'\n${step.code}FINOPS_QUICK_START_EOF\n`;
    return step.run.replace(/^(\s*npm (?:install|i|add)\b.*)$/gm, (line) =>
      line.replace(new RegExp(`(?<=\\s)${PACKAGE}(?=\\s|$)`), () => { replaced++; return tarball; }));
  });
  if (replaced !== 1) throw new Error(`${guide}: the Quick start must install ${PACKAGE} in exactly one npm install line; found ${replaced}`);
  return ['set -euo pipefail', ...parts].join('\n');
}

/** Every synthesized template under `dir` (not in node_modules): resource types and output names. */
function synthesized(dir: string): { files: string[]; resources: Set<string>; outputs: string[] } {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => !f.split(path.sep).includes('node_modules') && (f.endsWith('.template.json') || f.endsWith('cdk.tf.json')));
  const resources = new Set<string>();
  const outputs: string[] = [];
  for (const f of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (f.endsWith('.template.json')) {
      for (const r of Object.values<{ Type: string }>(doc.Resources ?? {})) resources.add(r.Type);
      outputs.push(...Object.keys(doc.Outputs ?? {}));
    } else {
      for (const type of Object.keys(doc.resource ?? {})) resources.add(type);
      outputs.push(...Object.keys(doc.output ?? {}));
    }
  }
  return { files, resources, outputs };
}

async function cloudPath(cloud: string, spec: CloudPath, tarball: string, tmp: string): Promise<Result> {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(tmp, `${cloud}-`));
  const log: string[] = [`--- ${cloud}: ${spec.guide} Quick start in ${dir}`];
  const done = (ok: boolean): Result => ({ name: `${cloud} (${spec.guide})`, ok, seconds: (Date.now() - started) / 1000, log: log.join('\n') });
  const script = quickStartScript(spec.guide, tarball);
  log.push(script);
  const r = await run('bash', ['-c', script], dir, userEnv());
  log.push(r.out);
  if (r.code !== 0) return done(false);

  const { files, resources, outputs } = synthesized(dir);
  const missing = spec.resources.filter((t) => !resources.has(t));
  log.push(`synthesized: ${files.join(', ') || 'nothing'}`);
  log.push(`resource types: ${[...resources].sort().join(', ')}`);
  if (files.length === 0 || missing.length > 0) {
    log.push(`FAIL: missing resource types: ${missing.join(', ') || '(no template)'}`);
    return done(false);
  }
  if (!outputs.some((o) => /bundle/i.test(o))) {
    log.push(`FAIL: no bundle output among ${outputs.join(', ')}`);
    return done(false);
  }
  // The app the guide made can import the root as an ES module, and the cloud's construct through it.
  const appDir = path.dirname(path.join(dir, files[0])).split(path.sep).slice(0, -1).join(path.sep);
  const appRoot = [appDir, ...fs.readdirSync(dir).map((d) => path.join(dir, d)), dir].find((d) => fs.existsSync(path.join(d, 'node_modules', PACKAGE)));
  const esm = await run(process.execPath, ['--input-type=module', '-e',
    `import { ${cloud} } from '${PACKAGE}'; import * as direct from '${PACKAGE}/${cloud}';
     const names = Object.keys(direct).filter((k) => k !== 'default' && k !== 'module.exports');
     if (names.length === 0 || !names.every((k) => ${cloud}[k] === direct[k])) process.exit(1);
     console.log('esm: ' + names.length + ' names');`], appRoot ?? dir, userEnv());
  log.push(`${esm.out.trim()}${esm.code === 0 ? '' : ' FAIL: import of the root as an ES module'}`);
  return done(esm.code === 0);
}

/** With the tarball alone, each entry point loads, or names exactly the peers that are not installed. */
async function missingPeers(tarball: string, tmp: string): Promise<Result> {
  const started = Date.now();
  const dir = fs.mkdtempSync(path.join(tmp, 'no-peers-'));
  const log: string[] = [`--- no peers: ${dir}`];
  const done = (ok: boolean): Result => ({ name: 'entry points without peers', ok, seconds: (Date.now() - started) / 1000, log: log.join('\n') });
  const install = await run('bash', ['-c', `set -euo pipefail; npm init -y >/dev/null; npm install '${tarball}'`], dir, userEnv());
  log.push(install.out);
  if (install.code !== 0) return done(false);
  let ok = true;
  for (const entry of ENTRY_POINTS) {
    const spec = `${PACKAGE}/${entry.name}`;
    const absent = entry.requires.filter((p) => !fs.existsSync(path.join(dir, 'node_modules', p, 'package.json')));
    for (const [how, args] of [['require', ['-e', `require('${spec}')`]], ['import', ['--input-type=module', '-e', `await import('${spec}')`]]] as const) {
      const r = await run(process.execPath, [...args], dir, userEnv());
      const message = /^\w*Error: (.*)$/m.exec(r.out)?.[1] ?? '';
      const expected = absent.length === 0 ? '' : `install ${absent.join(' and ')} to use ${spec}`;
      const good = absent.length === 0 ? r.code === 0
        : r.code !== 0 && absent.every((p) => message.includes(`${p} (`)) && message.startsWith('install ') && message.includes(` to use ${spec}: npm install ${absent.join(' ')}`);
      log.push(`${how} ${spec}: ${r.code === 0 ? 'loads' : message}${good ? '' : `  FAIL (expected ${expected || 'to load'})`}`);
      ok &&= good;
    }
  }
  return done(ok);
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'lib', 'index.mjs'))) throw new Error('lib/ is not built: run `npx projen compile` first');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'user-path-'));
  const started = Date.now();
  try {
    const pack = await run('npm', ['pack', '--json', '--pack-destination', tmp], ROOT);
    if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.out}`);
    const packed = JSON.parse(pack.out.slice(pack.out.indexOf('[')))[0];
    const tarball = path.join(tmp, packed.filename);
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    for (const f of ['lib/index.js', 'lib/index.mjs', 'schemas/bundle/v1/bundle.schema.json', '.jsii']) {
      if (!files.includes(f)) throw new Error(`the tarball lacks ${f}`);
    }
    console.log(`packed ${packed.filename} (${files.length} files); following ${Object.keys(CLOUDS).join(', ')} at once`);

    const results = await Promise.all([
      ...Object.entries(CLOUDS).map(([cloud, spec]) => cloudPath(cloud, spec, tarball, tmp)),
      missingPeers(tarball, tmp),
    ]);
    for (const r of results) if (!r.ok || process.env.USER_PATH_VERBOSE) console.log(r.log);
    for (const r of results) console.log(`user path ${r.name}: ${r.ok ? 'ok' : 'FAILED'} in ${r.seconds.toFixed(0)} s`);
    console.log(`user path: ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
    if (results.some((r) => !r.ok)) process.exitCode = 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
