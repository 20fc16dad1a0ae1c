// The README's main command (`npx projen examples`, after the compile): runs the command of each row
// of the README's examples table ("run (from its folder)") in that example's folder, exactly as written
// (`npx cdk synth`, `npx cdktf synth`), reads what it synthesized, and prints per example the resources
// by type, the permissions granted, the bundle's fields (secrets redacted) and the manual steps left.
// The same report, for every example, is written to examples/REPORT.md (deterministic: no times).
// Every folder under examples/ must have a row. Needs lib/ (`npx projen compile`).
//
//   node build-tools/synth-examples.js            # all examples; writes examples/REPORT.md
//   node build-tools/synth-examples.js --check    # all examples; fails when examples/REPORT.md differs (CI)
//   node build-tools/synth-examples.js gcp oci    # only these; prints, writes nothing
//
// FINOPS_* variables (and OCI_API_PUBLIC_KEY_FILE) are removed from the examples' environment: the
// report shows the documented defaults, whatever your shell holds. Exits 1 on any failure.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { readCloudFormation } = require('./report/read-cloudformation');
const { readTerraform } = require('./report/read-terraform');
const { exampleMarkdown, reportMarkdown } = require('./report/markdown');

const root = path.join(__dirname, '..');
const REPORT = path.join(root, 'examples', 'REPORT.md');

/** The examples table of the README: `| [`examples/aws-cdk`](examples/aws-cdk/main.ts) | what it shows | `npx cdk synth` |`. */
function tableRows() {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  return [...readme.matchAll(/^\| \[`examples\/([\w-]+)`\]\([^)]*\) \|.*\| `([^`]+)` \|$/gm)].map((m) => ({ name: m[1], cmd: m[2] }));
}

/** The templates `dir` holds that were written since `since`, relative to it, sorted. */
function writtenTemplates(dir, since) {
  const fresh = (f) => fs.existsSync(path.join(dir, f)) && fs.statSync(path.join(dir, f)).mtimeMs >= since;
  const list = (d) => (fs.existsSync(path.join(dir, d)) ? fs.readdirSync(path.join(dir, d)) : []);
  const cfn = list('cdk.out').filter((f) => f.endsWith('.template.json')).map((f) => `cdk.out/${f}`);
  const tf = list('cdktf.out/stacks').map((s) => `cdktf.out/stacks/${s}/cdk.tf.json`);
  return [...cfn, ...tf].filter(fresh).sort();
}

/** One stack's report from its synthesized file. */
function readStack(dir, file) {
  const json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  return file.endsWith('.template.json')
    ? { name: path.basename(file, '.template.json'), file, report: readCloudFormation(json) }
    : { name: path.basename(path.dirname(file)), file, report: readTerraform(json) };
}

/** Runs `cmd` in `dir` with `env`, printing a line every 15 s while it runs; resolves to { status, output }. */
function run(cmd, dir, env, label) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('bash', ['-c', cmd], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    const tick = setInterval(() => console.log(`${label}: still synthesizing, ${Math.round((Date.now() - started) / 1000)} s`), 15_000);
    child.on('close', (status) => { clearInterval(tick); resolve({ status, output }); });
  });
}

async function main() {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const only = args.filter((a) => !a.startsWith('--'));
  const rows = tableRows();
  const folders = fs.readdirSync(path.join(root, 'examples')).filter((d) => fs.statSync(path.join(root, 'examples', d)).isDirectory());
  let failed = 0;
  for (const name of folders.filter((f) => !rows.some((r) => r.name === f))) {
    console.log(`examples/${name}: no row in the README's examples table`);
    failed++;
  }
  for (const name of only.filter((o) => !rows.some((r) => r.name === o))) {
    console.log(`examples/${name}: no such example in the README's examples table`);
    failed++;
  }
  const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' };
  for (const k of Object.keys(env)) if (k.startsWith('FINOPS_') || k === 'OCI_API_PUBLIC_KEY_FILE') delete env[k];

  const selected = rows.filter((r) => only.length === 0 || only.includes(r.name));
  const done = [];
  const allStarted = Date.now();
  for (const [i, row] of selected.entries()) {
    const label = `[${i + 1}/${selected.length}] examples/${row.name}`;
    const dir = path.join(root, 'examples', row.name);
    const started = Date.now();
    console.log(`${label}: synth: ${row.cmd}`);
    const r = await run(row.cmd, dir, env, label);
    const files = writtenTemplates(dir, started);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    if (r.status !== 0 || files.length === 0) {
      console.log(`${r.output}\n${label}: FAILED after ${secs} s (exit ${r.status}, ${files.length} template(s) written)`);
      failed++;
      continue;
    }
    console.log(`${label}: synthesized in ${secs} s; report: reading ${files.join(', ')}`);
    try {
      const example = { ...row, stacks: files.map((f) => readStack(dir, f)) };
      done.push(example);
      console.log(`\n${exampleMarkdown(example)}`);
    } catch (e) {
      console.log(`${label}: FAILED to read what it synthesized: ${e.stack}`);
      failed++;
    }
  }
  console.log(`examples: ${done.length} of ${selected.length} synthesized in ${((Date.now() - allStarted) / 1000).toFixed(1)} s`);

  if (only.length > 0) {
    console.log('examples/REPORT.md: not written (only some examples ran)');
  } else if (failed > 0) {
    console.log('examples/REPORT.md: not written (an example failed)');
  } else {
    const text = reportMarkdown(done);
    const current = fs.existsSync(REPORT) ? fs.readFileSync(REPORT, 'utf8') : '';
    if (check) {
      if (current === text) {
        console.log('examples/REPORT.md: up to date');
      } else {
        const a = current.split('\n');
        const b = text.split('\n');
        const line = a.findIndex((l, n) => l !== b[n]);
        console.log(`examples/REPORT.md: OUT OF DATE from line ${line + 1} (now: ${JSON.stringify(b[line] ?? '<end>')}; file: ${JSON.stringify(a[line] ?? '<end>')}). Run \`npx projen examples\` and commit it.`);
        failed++;
      }
    } else {
      fs.writeFileSync(REPORT, text);
      console.log(`examples/REPORT.md: ${current === text ? 'unchanged' : 'written'}`);
    }
  }
  process.exit(failed ? 1 : 0);
}

main();
