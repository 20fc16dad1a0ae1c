// Times `require(<module>)` as a whole `node` process, several times each, and prints the
// median and the difference and ratio against a baseline measured in the same run.
// Usage: node bench/require-cost.js [--runs N] [module ...]
// Default: the baseline `constructs`, then the root and each entry point of this package.
const { execFileSync } = require('child_process');
const path = require('path');

const args = process.argv.slice(2);
let runs = 9;
const runsAt = args.indexOf('--runs');
if (runsAt >= 0) { runs = Number(args[runsAt + 1]); args.splice(runsAt, 2); }
const root = path.join(__dirname, '..');
const baseline = 'constructs';
const targets = args.length ? args : [
  'finops-integrations',
  ...['core', 'aws', 'gcp', 'azure', 'oci', 'platform'].map((e) => `finops-integrations/${e}`),
];

/** Median wall time in ms of `node -e "require(m)"`, after one warm-up run (file cache). */
function time(mod) {
  const script = `require(${JSON.stringify(mod)})`;
  execFileSync(process.execPath, ['-e', script], { cwd: root });
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, ['-e', script], { cwd: root });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const empty = time('path');
const base = time(baseline);
console.log(`node ${process.version}, ${runs} runs each, median wall time of a whole process`);
console.log(`| module | median ms | minus require('${baseline}') ms | ratio to '${baseline}' |`);
console.log('|---|---|---|---|');
console.log(`| (node, require('path')) | ${empty.toFixed(1)} | ${(empty - base).toFixed(1)} | ${(empty / base).toFixed(2)} |`);
console.log(`| ${baseline} (baseline) | ${base.toFixed(1)} | 0.0 | 1.00 |`);
for (const t of targets) {
  const ms = time(t);
  console.log(`| ${t} | ${ms.toFixed(1)} | ${(ms - base).toFixed(1)} | ${(ms / base).toFixed(2)} |`);
}
