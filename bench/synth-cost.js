// Times the synthesis of a cdktf stack as a whole `node` process, several runs each, and prints
// the median wall time and the peak memory (maxRSS): our GcpBillingIntegration (deep imports,
// DESIGN D3) against the same kind of stack written with a provider *root* import, in one run.
// Usage: node bench/synth-cost.js [--runs N]   (build first: npx projen compile)
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const args = process.argv.slice(2);
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const root = path.join(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'synth-bench-'));

const epilogue = `
  app.synth();
  const ru = process.resourceUsage();
  process.stdout.write(JSON.stringify({ maxRssMb: ru.maxRSS / 1024 }));`;

const cases = {
  'GcpBillingIntegration (finops-integrations/gcp, deep imports)': `
  const { App, TerraformStack } = require('cdktf');
  const { GoogleProvider } = require('@cdktf/provider-google/lib/provider');
  const { GcpBillingIntegration } = require('finops-integrations/gcp');
  const app = new App({ outdir: ${JSON.stringify(path.join(tmp, 'a'))} });
  const stack = new TerraformStack(app, 's');
  new GoogleProvider(stack, 'google', {});
  new GcpBillingIntegration(stack, 'Billing', { projectId: 'acme-billing', billingAccountId: '012345-6789AB-CDEF01', organizationId: '123456789012', recommendations: true, emitOutputs: true });
  ${epilogue}`,
  'three google resources, root import of @cdktf/provider-google': `
  const { App, TerraformStack } = require('cdktf');
  const google = require('@cdktf/provider-google');
  const app = new App({ outdir: ${JSON.stringify(path.join(tmp, 'b'))} });
  const stack = new TerraformStack(app, 's');
  new google.provider.GoogleProvider(stack, 'google', {});
  new google.bigqueryDataset.BigqueryDataset(stack, 'd', { datasetId: 'billing_export', project: 'acme-billing' });
  new google.serviceAccount.ServiceAccount(stack, 'sa', { accountId: 'finops-reader', project: 'acme-billing' });
  new google.projectService.ProjectService(stack, 'api', { service: 'bigquery.googleapis.com', project: 'acme-billing' });
  ${epilogue}`,
  'three google resources, deep imports': `
  const { App, TerraformStack } = require('cdktf');
  const { GoogleProvider } = require('@cdktf/provider-google/lib/provider');
  const { BigqueryDataset } = require('@cdktf/provider-google/lib/bigquery-dataset');
  const { ServiceAccount } = require('@cdktf/provider-google/lib/service-account');
  const { ProjectService } = require('@cdktf/provider-google/lib/project-service');
  const app = new App({ outdir: ${JSON.stringify(path.join(tmp, 'c'))} });
  const stack = new TerraformStack(app, 's');
  new GoogleProvider(stack, 'google', {});
  new BigqueryDataset(stack, 'd', { datasetId: 'billing_export', project: 'acme-billing' });
  new ServiceAccount(stack, 'sa', { accountId: 'finops-reader', project: 'acme-billing' });
  new ProjectService(stack, 'api', { service: 'bigquery.googleapis.com', project: 'acme-billing' });
  ${epilogue}`,
};

function measure(script) {
  const once = () => {
    const t0 = process.hrtime.bigint();
    const out = execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' });
    return { ms: Number(process.hrtime.bigint() - t0) / 1e6, ...JSON.parse(out.trim().split('\n').pop()) };
  };
  once(); // warm the file cache
  const samples = Array.from({ length: runs }, once).sort((a, b) => a.ms - b.ms);
  const mid = samples[Math.floor(samples.length / 2)];
  return { ms: mid.ms, maxRssMb: Math.max(...samples.map((s) => s.maxRssMb)) };
}

console.log(`node ${process.version}, ${os.cpus().length} cores, ${runs} runs each: median wall time of a whole synth process, peak RSS`);
console.log('| stack | median s | peak RSS MB | ratio to deep imports |');
console.log('|---|---|---|---|');
const results = Object.entries(cases).map(([name, script]) => [name, measure(script)]);
const base = results[2][1].ms;
for (const [name, r] of results) {
  console.log(`| ${name} | ${(r.ms / 1000).toFixed(2)} | ${r.maxRssMb.toFixed(0)} | ${(r.ms / base).toFixed(2)} |`);
}
fs.rmSync(tmp, { recursive: true, force: true });
