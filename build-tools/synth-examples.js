// Runs the command of each row of the README's examples table ("run (from its folder)") in that
// example's folder, exactly as written (`npx cdk synth`, `npx cdktf synth`), and checks that it
// wrote a template. Every folder under examples/ must have a row. Needs lib/ (`npx projen compile`).
// Arguments: example names to run only those. Exits 1 on any failure.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
// | [`examples/aws-cdk`](examples/aws-cdk/main.ts) | what it shows | `npx cdk synth` |
const rows = [...readme.matchAll(/^\| \[`examples\/([\w-]+)`\]\([^)]*\) \|.*\| `([^`]+)` \|$/gm)].map((m) => ({ name: m[1], cmd: m[2] }));
const folders = fs.readdirSync(path.join(root, 'examples')).filter((d) => fs.statSync(path.join(root, 'examples', d)).isDirectory());
const only = process.argv.slice(2);

let failed = 0;
for (const name of folders.filter((f) => !rows.some((r) => r.name === f))) {
  console.log(`examples/${name}: no row in the README's examples table`);
  failed++;
}
for (const { name, cmd } of rows.filter((r) => only.length === 0 || only.includes(r.name))) {
  const dir = path.join(root, 'examples', name);
  const started = Date.now();
  console.log(`examples/${name}: ${cmd}`);
  const r = spawnSync('bash', ['-c', cmd], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' } });
  const written = ['cdk.out', 'cdktf.out'].map((d) => path.join(dir, d)).filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d, { recursive: true }).map((f) => path.join(d, String(f))))
    .filter((f) => (f.endsWith('.template.json') || f.endsWith('cdk.tf.json')) && fs.statSync(f).mtimeMs >= started);
  if (r.status === 0 && written.length > 0) {
    console.log(`examples/${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${written.map((f) => path.relative(root, f)).join(', ')}`);
  } else {
    console.log(`${r.stdout}\n${r.stderr}\nexamples/${name}: FAILED (exit ${r.status}, ${written.length} template(s) written)`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
