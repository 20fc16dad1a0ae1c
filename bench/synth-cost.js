// Times the synthesis of a cdktf stack as a whole `node` process, several runs each, and prints
// the median wall time and the peak memory (maxRSS): our GcpBillingIntegration (deep imports,
// DESIGN D3) against the same kind of stack written with a provider *root* import, in one run.
// Usage: node bench/synth-cost.js [--runs N]   (build first: npx projen compile)
const fs = require('fs');
const path = require('path');
const { arg, footer, header, interleave, run, table, tmpDir } = require('./lib');

const runs = arg('runs', 5);
const tmp = tmpDir('synth-cost');

const epilogue = `
  app.synth();`;

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

header(`node bench/synth-cost.js --runs ${runs}`);
console.log(`${runs} interleaved runs each: median wall time of a whole synth process, median peak RSS (/usr/bin/time)`);
const results = interleave(Object.entries(cases).map(([name, script]) => ({ name, measure: () => run([process.execPath, '-e', script]) })), runs);
const base = results[2].ms;
table(['stack', 'median s', 'peak RSS MB', 'ratio to deep imports'],
  results.map((r) => [r.name, (r.ms / 1000).toFixed(2), r.rssMb.toFixed(0), (r.ms / base).toFixed(2)]));
footer();
fs.rmSync(tmp, { recursive: true, force: true });
