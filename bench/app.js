// One benchmark app as a whole process: `node bench/app.js <cdktf|cdk> <case module> <export> <stacks> <outdir> [n]`.
// Loads the framework, then times (in-process) requiring the case module, building `stacks` stacks
// with one call of the export each, and synthesizing the app; prints {"ms", "loadMs", "buildMs",
// "synthMs"} on stdout (a case that requires its modules on first use pays for them in buildMs).
// With BENCH_PRINT_STACK=1 it prints the synthesized JSON of the first stack instead.
const fs = require('fs');
const path = require('path');

const [framework, caseModule, exportName, stacksArg, outdir, nArg] = process.argv.slice(2);
const stacks = Number(stacksArg);
const n = Number(nArg ?? 0);

const t0 = performance.now();
let app; let newStack;
if (framework === 'cdk') {
  const cdk = require('aws-cdk-lib');
  app = new cdk.App({ outdir });
  const env = { account: '123456789012', region: 'us-east-1' };
  newStack = (id) => new cdk.Stack(app, id, { env });
} else {
  const { App, TerraformStack } = require('cdktf');
  app = new App({ outdir });
  newStack = (id) => new TerraformStack(app, id);
}
const build = require(path.resolve(caseModule))[exportName];
if (typeof build !== 'function') throw new Error(`${caseModule} has no export ${exportName}`);
const t1 = performance.now();
for (let i = 0; i < stacks; i++) build(newStack(`S${i}`), i, n);
const t2 = performance.now();
app.synth();
const t3 = performance.now();
const ms = t3 - t0;

if (process.env.BENCH_PRINT_STACK) {
  const file = framework === 'cdk' ? path.join(outdir, 'S0.template.json') : path.join(outdir, 'stacks', 'S0', 'cdk.tf.json');
  process.stdout.write(fs.readFileSync(file, 'utf8'));
} else {
  process.stdout.write(JSON.stringify({ ms, loadMs: t1 - t0, buildMs: t2 - t1, synthMs: t3 - t2 }));
}
