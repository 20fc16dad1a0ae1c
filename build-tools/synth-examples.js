// Synthesizes every app under examples/: a CDK app (cdk.json) with the aws-cdk CLI, a cdktf app
// (cdktf.json) by running its "app" command, as `cdktf synth` does. Both run offline with the
// placeholder IDs the examples carry. Prints where each wrote its output; exits 1 on any failure.
const { execSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const examplesDir = path.join(__dirname, '..', 'examples');
const only = process.argv.slice(2);
const apps = fs.existsSync(examplesDir)
  ? fs.readdirSync(examplesDir).filter((d) => fs.statSync(path.join(examplesDir, d)).isDirectory())
  : [];
let failed = 0;
for (const name of apps.filter((a) => only.length === 0 || only.includes(a))) {
  const dir = path.join(examplesDir, name);
  let cmd;
  let out;
  const env = { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' };
  if (fs.existsSync(path.join(dir, 'cdk.json'))) {
    out = path.join(dir, 'cdk.out');
    cmd = `npx cdk synth --quiet --output ${JSON.stringify(out)}`;
  } else if (fs.existsSync(path.join(dir, 'cdktf.json'))) {
    out = path.join(dir, 'cdktf.out');
    cmd = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.json'), 'utf8')).app;
    env.CDKTF_OUTDIR = out; // where cdktf's App writes, as `cdktf synth` tells it
  } else {
    continue;
  }
  const started = Date.now();
  process.stdout.write(`synth ${name}: ${cmd}\n`);
  try {
    execSync(cmd, { cwd: dir, stdio: 'inherit', env });
    process.stdout.write(`synth ${name}: ok in ${((Date.now() - started) / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), out)}\n`);
  } catch {
    process.stdout.write(`synth ${name}: FAILED\n`);
    failed++;
  }
}
if (apps.length === 0) console.log('no examples yet: the library was built');
process.exit(failed ? 1 : 0);
