// Times the examples' synth commands, run from each example's folder, with the app's TypeScript run
// by tsx (what cdk.json and cdktf.json say) and by ts-node (what `cdk init` sets up), and prints a
// Markdown table: median wall time and peak RSS (largest process, from /usr/bin/time) of the whole
// command, after one warm-up run. Needs lib/ (`npx projen compile`).
// Usage: node bench/example-commands.js [--runs N]
const fs = require('fs');
const path = require('path');
const { arg, footer, header, median, run, table } = require('./lib');

const runs = arg('runs', 3);
const examples = path.join(__dirname, '..', 'examples');

const RUNNERS = { 'tsx': 'npx tsx main.ts', 'ts-node': 'npx ts-node --prefer-ts-exts main.ts' };
const COMMANDS = [
  { example: 'aws-cdk', cli: (app) => `npx cdk synth --quiet --app '${app}'`, shown: 'npx cdk synth' },
  { example: 'gcp', cli: (app) => `npx cdktf synth --app '${app}'`, shown: 'npx cdktf synth' },
];

/** [seconds, peak RSS in MB] of one run. */
function once(cmd, cwd) {
  const r = run(['bash', '-c', cmd], { cwd });
  return [r.ms / 1000, r.rssMb];
}

header(`node bench/example-commands.js --runs ${runs}`);
const rows = [];
for (const { example, cli, shown } of COMMANDS) {
  const cwd = path.join(examples, example);
  if (!fs.existsSync(cwd)) continue;
  for (const [runner, app] of Object.entries(RUNNERS)) {
    const cmd = cli(app);
    once(cmd, cwd); // warm-up: file cache, tsx's and ts-node's caches
    const samples = Array.from({ length: runs }, () => once(cmd, cwd));
    rows.push([example, `\`${shown}\``, `${runner} (\`${app}\`)`, median(samples.map((x) => x[0])).toFixed(1), median(samples.map((x) => x[1])).toFixed(0)]);
  }
}
table(['example', 'command', 'app runs TypeScript with', 'median s', 'peak RSS MB'], rows);
footer();
