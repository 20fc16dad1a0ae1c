// Synth cost of each integration construct against the same resources declared directly, every case
// in one run, interleaved (A B C ... A B C ...) so that load on the machine hits all alike.
// AWS: AwsBillingIntegration against the same 7 resources written with L2 and with L1 classes
// (bench/cases/aws.js). GCP, Azure, OCI: the construct against bench/direct/<cloud>.js (the same
// resources with the provider classes imported from their files); before measuring, the script
// checks that each direct stack synthesizes to the same Terraform JSON as the construct.
// Each sample is one `node` process building an app of --stacks stacks (one integration each) and
// synthesizing it: wall time of the process, time from the framework's require() to the end of
// synth (in-process), and peak RSS (/usr/bin/time). aws-cdk-lib's template validation is off in
// every case (CDK_VALIDATION=false): it costs the same for each and would hide the difference.
// Usage: node bench/synth-ratio.js [--runs N] [--stacks N] [--only aws,gcp,azure,oci]   (needs lib/: npx projen compile)
const fs = require('fs');
const path = require('path');
const { arg, footer, header, interleave, progress, runNode, table, tmpDir } = require('./lib');

const runs = arg('runs', 5);
const stacks = arg('stacks', 20);
const only = arg('only', 'aws,gcp,azure,oci').split(',');
const tmp = tmpDir('synth-ratio');
const app = path.join(__dirname, 'app.js');
const awsCases = path.join(__dirname, 'cases', 'aws.js');
const tfCases = path.join(__dirname, 'cases', 'cdktf.js');
const direct = (cloud) => path.join(__dirname, 'direct', `${cloud}.js`);

let outCount = 0;
/** A benchmark case: one app process per sample. */
const appCase = (cloud, name, framework, module, exportName, baseline) => ({
  cloud, name, baseline, framework, module, exportName,
  measure() {
    const out = path.join(tmp, String(outCount++));
    const r = runNode(app, [framework, module, exportName, String(stacks), out], { env: { CDK_VALIDATION: 'false' } });
    fs.rmSync(out, { recursive: true, force: true });
    return { ...r, inMs: JSON.parse(r.stdout).ms };
  },
});

/** The synthesized JSON of one stack of a case, without cdktf's metadata. */
function stackJson(c) {
  const out = path.join(tmp, 'check');
  const r = runNode(app, [c.framework, c.module, c.exportName, '1', out], { env: { BENCH_PRINT_STACK: '1', CDK_VALIDATION: 'false' } });
  fs.rmSync(out, { recursive: true, force: true });
  return JSON.stringify(JSON.parse(r.stdout), (k, v) => (k === '//' ? undefined : v));
}

const cases = [];
if (only.includes('aws')) {
  cases.push(
    appCase('AWS', 'AwsBillingIntegration (finops-integrations/aws)', 'cdk', awsCases, 'construct', false),
    appCase('AWS', 'the same 7 resources, L2 classes', 'cdk', awsCases, 'l2', false),
    appCase('AWS', 'the same 7 resources, L1 classes', 'cdk', awsCases, 'l1', true),
  );
}
for (const [cloud, label, name] of [['gcp', 'GCP', 'GcpBillingIntegration'], ['azure', 'Azure', 'AzureBillingIntegration'], ['oci', 'OCI', 'OciBillingIntegration']]) {
  if (!only.includes(cloud)) continue;
  const construct = appCase(label, `${name} (finops-integrations/${cloud})`, 'cdktf', tfCases, cloud, false);
  const hand = appCase(label, 'the same resources, provider classes by deep import', 'cdktf', direct(cloud), cloud, true);
  if (stackJson(construct) !== stackJson(hand)) {
    throw new Error(`bench/direct/${cloud}.js no longer synthesizes to what ${name} does: regenerate it with node bench/make-direct.js ${cloud}`);
  }
  cases.push(construct, hand);
}

const command = `node bench/synth-ratio.js --runs ${runs} --stacks ${stacks}${only.length < 4 ? ` --only ${only.join(',')}` : ''}`;
header(command);
console.log(`Each sample: one process building and synthesizing an app of ${stacks} stacks, one integration each; median of ${runs} interleaved runs after a warm-up round.`);
console.log('Direct stacks checked: each synthesizes to the same Terraform JSON as its construct.');
const results = interleave(cases, runs, { onRound: (i, n) => progress(`synth-ratio: round ${i}/${n}`) });
const f = (x, d = 0) => x.toFixed(d);
const rows = [];
for (const cloud of [...new Set(results.map((r) => r.cloud))]) {
  const group = results.filter((r) => r.cloud === cloud);
  const base = group.find((r) => r.baseline);
  const inMs = (r) => [...r.samples.map((s) => s.inMs)].sort((a, b) => a - b)[Math.floor(r.samples.length / 2)];
  for (const r of group) {
    rows.push([cloud, r.name, f(r.ms), f(inMs(r)), f(inMs(r) / stacks, 1), f(r.rssMb),
      f(r.ms / base.ms, 2), f(inMs(r) / inMs(base), 2), f(r.rssMb / base.rssMb, 2)]);
  }
  // AWS: the construct against L2 as well.
  const l2 = group.find((r) => r.exportName === 'l2');
  if (l2) {
    const c = group.find((r) => r.exportName === 'construct');
    rows.push([cloud, 'AwsBillingIntegration against L2', '', '', '', '', f(c.ms / l2.ms, 2), f(inMs(c) / inMs(l2), 2), f(c.rssMb / l2.rssMb, 2)]);
  }
}
table(['cloud', 'app', 'process ms', 'require+build+synth ms', 'ms per stack', 'peak RSS MB', 'ratio: process', 'ratio: require+build+synth', 'ratio: peak RSS'], rows);
footer();
fs.rmSync(tmp, { recursive: true, force: true });
