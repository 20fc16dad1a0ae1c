// Times the examples' synth commands, run from each example's folder, with the app's TypeScript run
// by tsx (what cdk.json and cdktf.json say) and by ts-node (what `cdk init` sets up), and prints a
// Markdown table: median wall time and peak RSS (largest process, from /usr/bin/time) of the whole
// command, after one warm-up run. Needs lib/ (`npx projen compile`).
// Usage: node bench/example-commands.js [--runs N]
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 3;
const examples = path.join(__dirname, '..', 'examples');

const RUNNERS = { 'tsx': 'npx tsx main.ts', 'ts-node': 'npx ts-node --prefer-ts-exts main.ts' };
const COMMANDS = [
  { example: 'aws-cdk', cli: (app) => `npx cdk synth --quiet --app '${app}'`, shown: 'npx cdk synth' },
  { example: 'gcp', cli: (app) => `npx cdktf synth --app '${app}'`, shown: 'npx cdktf synth' },
];

/** [seconds, peak RSS in MB] of one run. */
function once(cmd, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', 'bash', '-c', cmd], { cwd, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} failed in ${cwd}:\n${r.stdout}\n${r.stderr}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return [seconds, kb / 1024];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`| example | command | app runs TypeScript with | median s | peak RSS MB |`);
console.log(`|---|---|---|---|---|`);
for (const { example, cli, shown } of COMMANDS) {
  const cwd = path.join(examples, example);
  if (!fs.existsSync(cwd)) continue;
  for (const [runner, app] of Object.entries(RUNNERS)) {
    const cmd = cli(app);
    once(cmd, cwd); // warm-up: file cache, tsx's and ts-node's caches
    const samples = Array.from({ length: runs }, () => once(cmd, cwd));
    const s = median(samples.map((x) => x[0]));
    const mb = median(samples.map((x) => x[1]));
    console.log(`| ${example} | \`${shown}\` | ${runner} (\`${app}\`) | ${s.toFixed(1)} | ${mb.toFixed(0)} |`);
  }
}
