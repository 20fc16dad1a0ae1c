// Times `finops-integrations validate --bundle <file>` as a whole `node` process against bare
// `node`, with the bundle validator precompiled at build time (lib/core/bundle-validator.generated.js)
// and, for comparison, compiled at run time (a copy of lib/ without that file, in bench/.tmp).
// Usage: node bench/cli-validate.js [--runs N]   (after `npx projen compile`)
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 11;
const root = path.join(__dirname, '..');
const bundle = path.join(root, 'test', 'core', 'fixtures', 'gcp-key.json');

// A copy of the package without the precompiled validator: validate-bundle.js falls back to ajv at run time.
const copy = path.join(__dirname, '.tmp', 'runtime-compile');
fs.rmSync(copy, { recursive: true, force: true });
fs.mkdirSync(copy, { recursive: true });
fs.cpSync(path.join(root, 'lib'), path.join(copy, 'lib'), { recursive: true });
fs.cpSync(path.join(root, 'schemas'), path.join(copy, 'schemas'), { recursive: true });
fs.copyFileSync(path.join(root, 'package.json'), path.join(copy, 'package.json'));
fs.rmSync(path.join(copy, 'lib', 'core', 'bundle-validator.generated.js'));

const cases = [
  ['bare node (node -e 0)', ['-e', '0']],
  ['validate, precompiled validator', [path.join(root, 'lib', 'cli', 'bin.js'), 'validate', '--bundle', bundle]],
  ['validate, schemas compiled at run time', [path.join(copy, 'lib', 'cli', 'bin.js'), 'validate', '--bundle', bundle]],
];

/** Median wall time in ms of each case; runs are interleaved so that load on the machine hits all alike. */
const samples = cases.map(() => []);
for (const [, argv] of cases) execFileSync(process.execPath, argv, { cwd: root }); // warm-up (file cache)
for (let i = 0; i < runs; i++) {
  cases.forEach(([, argv], c) => {
    const t0 = process.hrtime.bigint();
    execFileSync(process.execPath, argv, { cwd: root });
    samples[c].push(Number(process.hrtime.bigint() - t0) / 1e6);
  });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = median(samples[0]);
console.log(`node ${process.version}, ${runs} runs each, median wall time of a whole process`);
console.log('| command | median ms | minus bare node ms |');
console.log('|---|---|---|');
cases.forEach(([name], c) => {
  const m = median(samples[c]);
  console.log(`| ${name} | ${m.toFixed(1)} | ${(m - bare).toFixed(1)} |`);
});
fs.rmSync(copy, { recursive: true, force: true });
