// Times `require(<module>)` as a whole `node` process, several times each (interleaved), and prints
// the median and the difference and ratio against a baseline measured in the same run.
// Usage: node bench/require-cost.js [--runs N] [module ...]
// Default: the baseline `constructs`, then the root and each entry point of this package.
const { arg, footer, header, interleave, run, table } = require('./lib');

const runs = arg('runs', 9);
const argv = process.argv.slice(2);
const named = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--runs');
const baseline = 'constructs';
const targets = named.length ? named : [
  'finops-integrations',
  ...['core', 'aws', 'gcp', 'azure', 'oci', 'platform'].map((e) => `finops-integrations/${e}`),
];

const requireCase = (mod, name = mod) => ({ name, measure: () => run([process.execPath, '-e', `require(${JSON.stringify(mod)})`]) });
header(`node bench/require-cost.js --runs ${runs}${named.length ? ` ${named.join(' ')}` : ''}`);
console.log(`median wall time of a whole process, ${runs} interleaved runs each`);
const results = interleave([requireCase('path', "(node, require('path'))"), requireCase(baseline, `${baseline} (baseline)`), ...targets.map((t) => requireCase(t))], runs);
const base = results[1].ms;
table(['module', 'median ms', `minus require('${baseline}') ms`, `ratio to '${baseline}'`, 'peak RSS MB'],
  results.map((r) => [r.name, r.ms.toFixed(1), (r.ms - base).toFixed(1), (r.ms / base).toFixed(2), r.rssMb.toFixed(0)]));
footer();
