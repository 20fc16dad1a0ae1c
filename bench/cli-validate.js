// Times `finops-integrations validate --bundle <file>` as a whole `node` process against bare
// `node`, with the bundle validator precompiled at build time (lib/core/bundle-validator.generated.js)
// and, for comparison, compiled at run time (a copy of lib/ without that file, in bench/.tmp).
// Usage: node bench/cli-validate.js [--runs N]   (after `npx projen compile`)
const fs = require('fs');
const path = require('path');
const { ROOT: root, arg, footer, header, interleave, run, table } = require('./lib');

const runs = arg('runs', 11);
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

header(`node bench/cli-validate.js --runs ${runs}`);
console.log(`${runs} interleaved runs each, median wall time of a whole process`);
const results = interleave(cases.map(([name, argv]) => ({ name, measure: () => run([process.execPath, ...argv]) })), runs);
const bare = results[0].ms;
table(['command', 'median ms', 'minus bare node ms'], results.map((r) => [r.name, r.ms.toFixed(1), (r.ms - bare).toFixed(1)]));
footer();
fs.rmSync(copy, { recursive: true, force: true });
