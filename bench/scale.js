// Scale curves: synth time and peak memory of each cloud's construct at several sizes, every size
// of a cloud interleaved with the others (small, large, small, large ...) in the same minutes.
// GCP: one integration binding N projects (`projectIds`). Azure: one integration exporting N
// subscriptions (`exportScopes`). OCI: N tenancies, one integration per tenancy, one stack each.
// AWS: N integrations, one stack each (aws-cdk-lib template validation off, as in synth-ratio.js).
// Prints per size: process wall time, in-process time (framework require to end of synth), peak RSS,
// and per unit; and between consecutive sizes the ratio of the per-unit figures (at most 1: no
// worse than linear). Usage: node bench/scale.js [--runs N] [--only gcp,azure,oci,aws]   (needs lib/)
const fs = require('fs');
const path = require('path');
const { arg, footer, header, interleave, median, progress, runNode, table, tmpDir } = require('./lib');

const runs = arg('runs', 3);
const only = arg('only', 'gcp,azure,oci,aws').split(',');
const tmp = tmpDir('scale');
const app = path.join(__dirname, 'app.js');
const tfCases = path.join(__dirname, 'cases', 'cdktf.js');
const awsCases = path.join(__dirname, 'cases', 'aws.js');

const CURVES = [
  { cloud: 'gcp', label: 'GCP: one GcpBillingIntegration binding N projects (projectIds)', unit: 'project', sizes: [100, 1000],
    argv: (n) => ['cdktf', tfCases, 'gcpProjects', '1', n] },
  { cloud: 'azure', label: 'Azure: one AzureBillingIntegration exporting N subscriptions (exportScopes)', unit: 'subscription', sizes: [100, 500, 1000],
    argv: (n) => ['cdktf', tfCases, 'azureSubscriptions', '1', n] },
  { cloud: 'oci', label: 'OCI: N tenancies, one OciBillingIntegration per tenancy, one stack each', unit: 'tenancy', sizes: [10, 100],
    argv: (n) => ['cdktf', tfCases, 'oci', n, 0] },
  { cloud: 'aws', label: 'AWS: N AwsBillingIntegrations, one stack each', unit: 'integration', sizes: [10, 100],
    argv: (n) => ['cdk', awsCases, 'construct', n, 0] },
].filter((c) => only.includes(c.cloud));

let outCount = 0;
const cases = CURVES.flatMap((curve) => curve.sizes.map((n) => ({
  curve, n,
  measure() {
    const [framework, module, exportName, stacks, size] = curve.argv(n);
    const out = path.join(tmp, String(outCount++));
    const r = runNode(app, [framework, module, exportName, String(stacks), out, String(size)], { env: { CDK_VALIDATION: 'false' } });
    fs.rmSync(out, { recursive: true, force: true });
    return { ...r, inMs: JSON.parse(r.stdout).ms };
  },
})));

header(`node bench/scale.js --runs ${runs}${only.length < 4 ? ` --only ${only.join(',')}` : ''}`);
console.log(`Median of ${runs} interleaved runs after a warm-up round; each run is one process.`);
const results = interleave(cases, runs, { onRound: (i, n) => progress(`scale: round ${i}/${n}`) });
const f = (x, d = 0) => x.toFixed(d);
for (const curve of CURVES) {
  console.log(`\n${curve.label}\n`);
  const rows = results.filter((r) => r.curve === curve).map((r) => ({ n: r.n, ms: r.ms, inMs: median(r.samples.map((s) => s.inMs)), mb: r.rssMb }));
  table(['N', 'process ms', 'require+build+synth ms', 'peak RSS MB', `ms per ${curve.unit}`, `MB per ${curve.unit}`,
    'per-unit time vs previous size', 'per-unit RSS vs previous size', `marginal ms per ${curve.unit} from previous size`],
  rows.map((r, i) => {
    const prev = rows[i - 1];
    const perUnit = (x, n) => x / n;
    return [r.n, f(r.ms), f(r.inMs), f(r.mb), f(perUnit(r.inMs, r.n), 2), f(perUnit(r.mb, r.n), 3),
      prev ? f(perUnit(r.inMs, r.n) / perUnit(prev.inMs, prev.n), 2) : '', prev ? f(perUnit(r.mb, r.n) / perUnit(prev.mb, prev.n), 2) : '',
      prev ? f((r.inMs - prev.inMs) / (r.n - prev.n), 2) : ''];
  }));
}
footer();
fs.rmSync(tmp, { recursive: true, force: true });
