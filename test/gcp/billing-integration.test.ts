import { BigqueryDataset } from '@cdktf/provider-google/lib/bigquery-dataset';
import { BigqueryDatasetIamMember } from '@cdktf/provider-google/lib/bigquery-dataset-iam-member';
import { BigqueryTableIamMember } from '@cdktf/provider-google/lib/bigquery-table-iam-member';
import { OrganizationIamCustomRole } from '@cdktf/provider-google/lib/organization-iam-custom-role';
import { OrganizationIamMember } from '@cdktf/provider-google/lib/organization-iam-member';
import { ProjectIamCustomRole } from '@cdktf/provider-google/lib/project-iam-custom-role';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { ProjectService } from '@cdktf/provider-google/lib/project-service';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountKey } from '@cdktf/provider-google/lib/service-account-key';
import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { BILLING_ACCOUNT, ORG, PROJECT, refOf, resolveIn, resourcesOf, synthIntegration, warningsOf } from './helpers';
import { validateBundle } from '../../src/core';
import { BigQueryLocation, GcpBillingIntegration, GcpPlatformAccess } from '../../src/gcp';

const PLATFORM_SA = 'serviceAccount:reader@platform-prod.iam.gserviceaccount.com';

describe('APIs (seed: "Enable necessary APIs (BigQuery, IAM, Resource Manager)")', () => {
  test('enables BigQuery, IAM, Resource Manager and BigQuery Data Transfer, never disabled on destroy', () => {
    const { json, synth } = synthIntegration();
    for (const service of ['bigquery.googleapis.com', 'iam.googleapis.com', 'cloudresourcemanager.googleapis.com', 'bigquerydatatransfer.googleapis.com']) {
      expect(json).toHaveResourceWithProperties(ProjectService, { project: PROJECT, service, disable_on_destroy: false });
    }
    expect(resourcesOf(synth, 'google_project_service').map(([, r]) => r.service)).not.toContain('recommender.googleapis.com');
  });

  test('enables the Recommender API only with recommendations: true', () => {
    const { json, integration } = synthIntegration({ recommendations: true });
    expect(json).toHaveResourceWithProperties(ProjectService, { service: 'recommender.googleapis.com', disable_on_destroy: false });
    expect(integration.recommenderApi).toBeDefined();
    expect(synthIntegration().integration.recommenderApi).toBeUndefined();
  });
});

describe('dataset (seed: "Export billing table to BigQuery")', () => {
  test('defaults: billing_export in US, deletion protection, contents kept, no table expiration, no access blocks', () => {
    const { json, synth } = synthIntegration();
    expect(json).toHaveResourceWithProperties(BigqueryDataset, {
      project: PROJECT,
      dataset_id: 'billing_export',
      location: 'US',
      delete_contents_on_destroy: false,
      lifecycle: { prevent_destroy: true },
    });
    const [[, dataset]] = resourcesOf(synth, 'google_bigquery_dataset');
    expect(dataset.default_table_expiration_ms).toBeUndefined();
    expect(dataset.default_partition_expiration_ms).toBeUndefined();
    expect(dataset.access).toBeUndefined();
    expect(dataset.default_encryption_configuration).toBeUndefined();
  });

  test('takes dataset id, location and labels', () => {
    const { json } = synthIntegration({
      datasetId: 'finops_billing',
      location: BigQueryLocation.EUROPE_WEST1,
      datasetLabels: { 'team': 'finops', 'cost-center': 'cc_42' },
    });
    expect(json).toHaveResourceWithProperties(BigqueryDataset, {
      dataset_id: 'finops_billing',
      location: 'europe-west1',
      labels: { 'team': 'finops', 'cost-center': 'cc_42' },
    });
  });

  test('BigQueryLocation.of accepts a supported location by name', () => {
    const { json } = synthIntegration({ location: BigQueryLocation.of('EU') });
    expect(json).toHaveResourceWithProperties(BigqueryDataset, { location: 'EU' });
  });

  test('deletionProtection: false drops prevent_destroy but still keeps the contents', () => {
    const { synth } = synthIntegration({ deletionProtection: false });
    const [[, dataset]] = resourcesOf(synth, 'google_bigquery_dataset');
    expect(dataset.lifecycle).toBeUndefined();
    expect(dataset.delete_contents_on_destroy).toBe(false);
  });

  test('BigQueryLocation.of passes a region the list does not know, with a warning', () => {
    const { integration, json } = synthIntegration({ location: BigQueryLocation.of('europe-west8') });
    expect(warningsOf(integration)).toEqual([expect.stringMatching(/'europe-west8' is not in the list .*Invalid dataset region/)]);
    expect(json).toHaveResourceWithProperties(BigqueryDataset, { location: 'europe-west8' });
    expect(integration.outputs.costOrchestrator.dataset.location).toBe('europe-west8');
  });

  test('a supported location gives no warning', () => {
    const { integration } = synthIntegration({ location: BigQueryLocation.of('us-central1') });
    expect(warningsOf(integration)).toEqual([]);
  });

  test('multi-regions are flagged as such', () => {
    expect(BigQueryLocation.US.isMultiRegion).toBe(true);
    expect(BigQueryLocation.EU.isMultiRegion).toBe(true);
    expect(BigQueryLocation.EUROPE_WEST1.isMultiRegion).toBe(false);
  });
});

describe('identity (seed: "Create service account and generate JSON key")', () => {
  test('key mode (default): a service account and a Google credentials JSON key', () => {
    const { json, integration, stack, synth } = synthIntegration();
    expect(json).toHaveResourceWithProperties(ServiceAccount, { project: PROJECT, account_id: 'finops-billing-reader' });
    expect(json).toHaveResourceWithProperties(ServiceAccountKey, { private_key_type: 'TYPE_GOOGLE_CREDENTIALS_FILE', key_algorithm: 'KEY_ALG_RSA_2048' });
    expect(integration.serviceAccount).toBeDefined();
    expect(integration.serviceAccountKey).toBeDefined();
    expect(resolveIn(stack, integration.member)).toBe(refOf('google_service_account', resourcesOf(synth, 'google_service_account')[0][0], 'member'));
  });

  test('serviceAccountId names the service account', () => {
    const { json } = synthIntegration({ access: GcpPlatformAccess.serviceAccountKey({ serviceAccountId: 'billing-platform' }) });
    expect(json).toHaveResourceWithProperties(ServiceAccount, { account_id: 'billing-platform' });
  });

  test('external principal mode: no service account, no key; every binding goes to the principal', () => {
    const { synth, integration } = synthIntegration({ access: GcpPlatformAccess.externalPrincipal(PLATFORM_SA), organizationId: ORG, tableId: 'cloud_pricing_export', recommendations: true });
    expect(synth.resource.google_service_account).toBeUndefined();
    expect(synth.resource.google_service_account_key).toBeUndefined();
    expect(integration.serviceAccount).toBeUndefined();
    expect(integration.serviceAccountKey).toBeUndefined();
    const bindings = ['google_organization_iam_member', 'google_project_iam_member', 'google_bigquery_dataset_iam_member', 'google_bigquery_table_iam_member']
      .flatMap((t) => resourcesOf(synth, t));
    expect(bindings).toHaveLength(5);
    for (const [, binding] of bindings) expect(binding.member).toBe(PLATFORM_SA);
  });

  describe('workload identity federation members (principal:// and principalSet://)', () => {
    const POOL_SET = 'principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p/*';
    const POOL_SUBJECT = 'principal://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p/subject/platform';
    const bindingsOf = (synth: any) => ({
      organization: resourcesOf(synth, 'google_organization_iam_member').map(([, r]) => r.member),
      project: resourcesOf(synth, 'google_project_iam_member').map(([, r]) => r.member),
      dataset: resourcesOf(synth, 'google_bigquery_dataset_iam_member').map(([, r]) => r.member),
      table: resourcesOf(synth, 'google_bigquery_table_iam_member').map(([, r]) => r.member),
    });

    test.each([POOL_SET, POOL_SUBJECT])('%s: the dataset binding gets iamMember:<member>, every other binding the member as is', (principal) => {
      const { synth, integration } = synthIntegration({
        access: GcpPlatformAccess.externalPrincipal(principal), organizationId: ORG, tableId: 'cloud_pricing_export', recommendations: true,
      });
      expect(bindingsOf(synth)).toEqual({
        organization: [principal, principal],
        project: [principal],
        dataset: [`iamMember:${principal}`],
        table: [principal],
      });
      // The construct's member and the bundle keep the principal itself.
      expect(integration.member).toBe(principal);
      expect(integration.outputs.costOrchestrator.externalPrincipal).toBe(principal);
    });

    test('other member types reach the dataset binding unchanged', () => {
      for (const member of [PLATFORM_SA, 'user:finops@platform.example', 'group:finops@platform.example', 'domain:platform.example']) {
        const { synth } = synthIntegration({ access: GcpPlatformAccess.externalPrincipal(member) });
        expect(bindingsOf(synth).dataset).toEqual([member]);
      }
    });

    test('key mode: the service account member reaches the dataset binding as a plain reference', () => {
      const { synth } = synthIntegration();
      expect(bindingsOf(synth).dataset).toEqual([refOf('google_service_account', resourcesOf(synth, 'google_service_account')[0][0], 'member')]);
    });

    test('a member given as a token: Terraform decides at apply (startswith), the other bindings take it as is', () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, 'Stack');
      const member = new TerraformVariable(stack, 'member', { type: 'string' });
      new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, access: GcpPlatformAccess.externalPrincipal(member.stringValue) });
      const bindings = bindingsOf(JSON.parse(Testing.synth(stack)));
      expect(bindings.dataset).toEqual([
        '${(startswith(var.member, "principal:") || startswith(var.member, "principalSet:")) ? "iamMember:${var.member}" : var.member}',
      ]);
      expect(bindings.project).toEqual(['${var.member}', '${var.member}']);
    });

    test('a federated member with a token after its type is decided at synth', () => {
      const app = Testing.app();
      const stack = new TerraformStack(app, 'Stack');
      const pool = new TerraformVariable(stack, 'pool_number', { type: 'string' });
      const principal = `principalSet://iam.googleapis.com/projects/${pool.stringValue}/locations/global/workloadIdentityPools/p/*`;
      new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, access: GcpPlatformAccess.externalPrincipal(principal) });
      expect(bindingsOf(JSON.parse(Testing.synth(stack))).dataset)
        .toEqual(['iamMember:principalSet://iam.googleapis.com/projects/${var.pool_number}/locations/global/workloadIdentityPools/p/*']);
    });
  });

});

describe('custom roles and bindings (seed: "Create custom roles", "Assign roles at organization, project, and table levels")', () => {
  test('with an organization: viewer role at organization level, none at project level', () => {
    const { json, synth, integration } = synthIntegration({ organizationId: ORG });
    expect(json).toHaveResourceWithProperties(OrganizationIamCustomRole, {
      org_id: ORG,
      role_id: 'finopsHierarchyRead',
      permissions: ['resourcemanager.organizations.get', 'resourcemanager.folders.get', 'resourcemanager.folders.list',
        'resourcemanager.projects.get', 'resourcemanager.projects.list'],
    });
    const [[roleId]] = resourcesOf(synth, 'google_organization_iam_custom_role');
    expect(json).toHaveResourceWithProperties(OrganizationIamMember, {
      org_id: ORG,
      role: refOf('google_organization_iam_custom_role', roleId, 'name'),
      member: refOf('google_service_account', resourcesOf(synth, 'google_service_account')[0][0], 'member'),
    });
    expect(integration.viewer.scope).toBe(`organizations/${ORG}`);
    expect(resourcesOf(synth, 'google_project_iam_custom_role').map(([, r]) => r.role_id)).not.toContain('finopsHierarchyRead');
  });

  test('without an organization: viewer role at project level, nothing at organization level', () => {
    const { json, synth, integration } = synthIntegration();
    expect(json).toHaveResourceWithProperties(ProjectIamCustomRole, {
      project: PROJECT,
      role_id: 'finopsHierarchyRead',
      permissions: ['resourcemanager.projects.get'],
    });
    const viewerId = resourcesOf(synth, 'google_project_iam_custom_role').find(([, r]) => r.role_id === 'finopsHierarchyRead')![0];
    expect(json).toHaveResourceWithProperties(ProjectIamMember, { project: PROJECT, role: refOf('google_project_iam_custom_role', viewerId, 'name') });
    expect(synth.resource.google_organization_iam_custom_role).toBeUndefined();
    expect(synth.resource.google_organization_iam_member).toBeUndefined();
    expect(integration.viewer.scope).toBe(`projects/${PROJECT}`);
  });

  test('BigQuery jobs role bound on the project', () => {
    const { json, synth } = synthIntegration();
    expect(json).toHaveResourceWithProperties(ProjectIamCustomRole, {
      role_id: 'finopsBigQueryJobs',
      // Query jobs, and the BigQuery Storage Read API that client libraries use for large results.
      permissions: ['bigquery.jobs.create', 'bigquery.readsessions.create', 'bigquery.readsessions.getData'],
    });
    const jobsId = resourcesOf(synth, 'google_project_iam_custom_role').find(([, r]) => r.role_id === 'finopsBigQueryJobs')![0];
    expect(json).toHaveResourceWithProperties(ProjectIamMember, { project: PROJECT, role: refOf('google_project_iam_custom_role', jobsId, 'name') });
  });

  test('BigQuery read role bound on the dataset; on the table only with tableId', () => {
    const noTable = synthIntegration();
    expect(noTable.json).toHaveResourceWithProperties(ProjectIamCustomRole, {
      role_id: 'finopsBigQueryRead',
      permissions: ['bigquery.datasets.get', 'bigquery.tables.list', 'bigquery.tables.get', 'bigquery.tables.getData'],
    });
    const readId = resourcesOf(noTable.synth, 'google_project_iam_custom_role').find(([, r]) => r.role_id === 'finopsBigQueryRead')![0];
    const datasetId = resourcesOf(noTable.synth, 'google_bigquery_dataset')[0][0];
    expect(noTable.json).toHaveResourceWithProperties(BigqueryDatasetIamMember, {
      project: PROJECT,
      dataset_id: refOf('google_bigquery_dataset', datasetId, 'dataset_id'),
      role: refOf('google_project_iam_custom_role', readId, 'name'),
    });
    expect(noTable.synth.resource.google_bigquery_table_iam_member).toBeUndefined();
    expect(noTable.integration.tableReadBinding).toBeUndefined();

    const table = 'gcp_billing_export_resource_v1_012345_6789AB_CDEF01';
    const withTable = synthIntegration({ tableId: table });
    expect(withTable.json).toHaveResourceWithProperties(BigqueryTableIamMember, {
      project: PROJECT,
      table_id: table,
      role: refOf('google_project_iam_custom_role', readId, 'name'),
    });
    expect(withTable.integration.tableReadBinding).toBeDefined();
  });

  test('roleIdPrefix renames every custom role', () => {
    const { synth } = synthIntegration({ roleIdPrefix: 'acme_finops.', organizationId: ORG, recommendations: true });
    const ids = ['google_project_iam_custom_role', 'google_organization_iam_custom_role'].flatMap((t) => resourcesOf(synth, t)).map(([, r]) => r.role_id).sort();
    expect(ids).toEqual(['acme_finops.BigQueryJobs', 'acme_finops.BigQueryRead', 'acme_finops.HierarchyRead', 'acme_finops.RecommenderRead']);
  });

  test('every custom role and binding is a public attribute (escape hatch)', () => {
    const { integration } = synthIntegration({ organizationId: ORG, recommendations: true, tableId: 'cloud_pricing_export', emitOutputs: true });
    for (const attr of ['bigQueryApi', 'iamApi', 'resourceManagerApi', 'dataTransferApi', 'recommenderApi', 'dataset', 'serviceAccount',
      'serviceAccountKey', 'viewer', 'bigQueryJobs', 'bigQueryReadRole', 'datasetReadBinding', 'tableReadBinding', 'recommender', 'bundleOutput'] as const) {
      expect([attr, integration[attr]]).toEqual([attr, expect.anything()]);
    }
    // Each grant's role and binding are the resources in the stack, at the documented scope.
    for (const grant of [integration.viewer, integration.recommender!]) {
      expect(grant.scope).toBe(`organizations/${ORG}`);
      expect(grant.role.terraformResourceType).toBe('google_organization_iam_custom_role');
      expect(grant.binding.terraformResourceType).toBe('google_organization_iam_member');
    }
    expect(integration.bigQueryJobs.binding.terraformResourceType).toBe('google_project_iam_member');
  });
});

describe('recommendations (seed: "integrate the Recommendations")', () => {
  test('off by default: no recommender role', () => {
    const { synth, integration } = synthIntegration({ organizationId: ORG });
    const roles = ['google_project_iam_custom_role', 'google_organization_iam_custom_role'].flatMap((t) => resourcesOf(synth, t));
    expect(roles.map(([, r]) => r.role_id)).not.toContain('finopsRecommenderRead');
    expect(integration.outputs.recommendations.enabled).toBe(false);
  });

  test('with an organization: read-only recommender role bound at organization level', () => {
    const { json, synth, integration } = synthIntegration({ organizationId: ORG, recommendations: true });
    const [roleId, role] = resourcesOf(synth, 'google_organization_iam_custom_role').find(([, r]) => r.role_id === 'finopsRecommenderRead')!;
    expect(role.permissions).toEqual(expect.arrayContaining(['recommender.locations.list', 'recommender.costInsights.list', 'recommender.computeInstanceIdleResourceRecommendations.get']));
    expect(role.permissions.every((p: string) => /^recommender\.[A-Za-z]+\.(get|list)$/.test(p))).toBe(true);
    expect(json).toHaveResourceWithProperties(OrganizationIamMember, { org_id: ORG, role: refOf('google_organization_iam_custom_role', roleId, 'name') });
    expect(integration.recommender!.scope).toBe(`organizations/${ORG}`);
    expect(integration.outputs.recommendations.enabled).toBe(true);
  });

  test('without an organization: the same role at project level', () => {
    const { json, synth, integration } = synthIntegration({ recommendations: true });
    const [roleId, role] = resourcesOf(synth, 'google_project_iam_custom_role').find(([, r]) => r.role_id === 'finopsRecommenderRead')!;
    expect(role.permissions.every((p: string) => /^recommender\.[A-Za-z]+\.(get|list)$/.test(p))).toBe(true);
    expect(json).toHaveResourceWithProperties(ProjectIamMember, { project: PROJECT, role: refOf('google_project_iam_custom_role', roleId, 'name') });
    expect(integration.recommender!.scope).toBe(`projects/${PROJECT}`);
  });
});

describe('outputs bundle (seed: "Integrate using service account email and JSON key")', () => {
  /** The bundle with its deploy-time tokens replaced by what Terraform would put there. */
  const resolved = (bundle: unknown) => JSON.parse(JSON.stringify(bundle), (key, value) => {
    if (typeof value !== 'string' || !value.includes('${TfToken[')) return value;
    if (key === 'serviceAccountEmail') return `finops-billing-reader@${PROJECT}.iam.gserviceaccount.com`;
    if (key === 'serviceAccountKey') return '{"type":"service_account"}';
    throw new Error(`unexpected token in bundle field '${key}'`);
  });

  test('key mode: email and decoded key, dataset, tables, manual step; valid against the v1 schema', () => {
    const { integration, synth, stack } = synthIntegration({ organizationId: ORG, orgSlug: 'acme-gcp', recommendations: true });
    const o = integration.outputs;
    expect(o.schema).toBe('finops-integrations/bundle/v1');
    expect(o.provider).toBe('gcp');
    expect(o.integrationId).toBe(`gcp-${BILLING_ACCOUNT}`);
    expect(o.org).toEqual({ slug: 'acme-gcp' });
    expect(o.costOrchestrator).toMatchObject({
      projectId: PROJECT,
      organizationId: ORG,
      billingAccountId: BILLING_ACCOUNT,
      dataset: { projectId: PROJECT, datasetId: 'billing_export', location: 'US' },
      tables: {
        standard: 'gcp_billing_export_v1_012345_6789AB_CDEF01',
        detailed: 'gcp_billing_export_resource_v1_012345_6789AB_CDEF01',
        pricing: 'cloud_pricing_export',
      },
    });
    expect(o.costOrchestrator.externalPrincipal).toBeUndefined();
    // The key is the provider's base64 private_key, decoded (FACTS 2c).
    const [[saId]] = resourcesOf(synth, 'google_service_account');
    const [[keyId]] = resourcesOf(synth, 'google_service_account_key');
    expect(resolveIn(stack, o.costOrchestrator.serviceAccountEmail)).toBe(refOf('google_service_account', saId, 'email'));
    expect(resolveIn(stack, o.costOrchestrator.serviceAccountKey)).toBe(`\${base64decode(google_service_account_key.${keyId}.private_key)}`);
    expect(validateBundle(resolved(o))).toEqual({ valid: true, problems: [] });
  });

  test('external principal mode: the principal, no email and no key; valid against the v1 schema', () => {
    const { integration } = synthIntegration({ access: GcpPlatformAccess.externalPrincipal(PLATFORM_SA) });
    const c = integration.outputs.costOrchestrator;
    expect(c.externalPrincipal).toBe(PLATFORM_SA);
    expect(c.serviceAccountEmail).toBeUndefined();
    expect(c.serviceAccountKey).toBeUndefined();
    expect(c.organizationId).toBeUndefined();
    expect(validateBundle(resolved(integration.outputs))).toEqual({ valid: true, problems: [] });
  });

  test('manual step: the billing export, with the console link for this billing account', () => {
    const { integration } = synthIntegration({ datasetId: 'finops_billing' });
    expect(integration.manualSteps).toEqual([{
      id: 'gcp-enable-billing-export',
      description: expect.stringMatching(/billing account 012345-6789AB-CDEF01 \(no API can do this\).*Standard usage cost, Detailed usage cost and Pricing.*project acme-billing and dataset finops_billing/),
      url: 'https://console.cloud.google.com/billing/012345-6789AB-CDEF01/export',
    }]);
    expect(integration.outputs.manualSteps).toEqual(integration.manualSteps);
  });

  test('manual step: prerequisites of the Pricing export, and the generic console page as fallback', () => {
    const { description } = synthIntegration().integration.manualSteps[0];
    // The Pricing export uses the billing account linked to the dataset's project (Google's setup page).
    expect(description).toMatch(/project acme-billing has billing enabled and is linked to billing account 012345-6789AB-CDEF01/);
    expect(description).toMatch(/Pricing export, Billing Account Administrator on the billing account, and BigQuery Admin plus resourcemanager\.projects\.update .*on the project/);
    expect(description).toMatch(/Billing Account Costs Manager on the billing account and BigQuery User on the project/);
    // The per-account link is UNVERIFIED: the text names the page that prompts for the account.
    expect(description).toContain('(or https://console.cloud.google.com/billing/export and choose billing account 012345-6789AB-CDEF01)');
  });

  test('a billing account given as a token: table names use Terraform replace(), nothing is validated early', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    const account = new TerraformVariable(stack, 'billing_account', { type: 'string' });
    const integration = new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: account.stringValue });
    expect(resolveIn(stack, integration.outputs.costOrchestrator.tables.standard)).toBe('gcp_billing_export_v1_${replace(var.billing_account, "-", "_")}');
    expect(resolveIn(stack, integration.manualSteps[0].url)).toBe('https://console.cloud.google.com/billing/${var.billing_account}/export');
  });

  test('no Terraform output unless emitOutputs', () => {
    const { synth, integration } = synthIntegration();
    expect(synth.output).toBeUndefined();
    expect(integration.bundleOutput).toBeUndefined();
  });

  test('emitOutputs (key mode): the whole bundle under its stable name, sensitive; one output per non-secret field', () => {
    const { template, integration } = synthIntegration({ emitOutputs: true, organizationId: ORG });
    const bundle = template.hasOutput('finops_gcp_bundle', { sensitive: true });
    expect(bundle.value).toMatchObject({ schema: 'finops-integrations/bundle/v1', provider: 'gcp', costOrchestrator: { projectId: PROJECT } });
    expect((bundle.value as any).costOrchestrator.serviceAccountKey).toMatch(/^\$\{base64decode\(google_service_account_key\.[A-Za-z0-9_]+\.private_key\)\}$/);
    expect(Object.keys(template.outputs()).sort()).toEqual([
      'finops_gcp_billing_account_id', 'finops_gcp_bundle', 'finops_gcp_dataset_dataset_id', 'finops_gcp_dataset_location', 'finops_gcp_dataset_project_id',
      'finops_gcp_organization_id', 'finops_gcp_project_id', 'finops_gcp_service_account_email', 'finops_gcp_tables_detailed',
      'finops_gcp_tables_pricing', 'finops_gcp_tables_standard',
    ]);
    expect(template.hasOutput('finops_gcp_project_id', { sensitive: false }).value).toBe(PROJECT);
    expect(integration.bundleOutput).toBeDefined();
  });

  test('emitOutputs (external principal): the bundle holds no secret, so its output is not sensitive', () => {
    const { template } = synthIntegration({ emitOutputs: true, access: GcpPlatformAccess.externalPrincipal(PLATFORM_SA) });
    template.hasOutput('finops_gcp_bundle', { sensitive: false });
    expect(template.hasOutput('finops_gcp_external_principal').value).toBe(PLATFORM_SA);
  });

  test('bundle is the outputs struct as a JSON document rendered by Terraform', () => {
    const { integration, stack } = synthIntegration();
    expect(resolveIn(stack, integration.bundle)).toMatch(/^\$\{jsonencode\(\{.*"provider" = "gcp".*\}\)\}$/s);
  });

  test('bundleOutputName renames the outputs; two integrations with the same name fail with a clear error', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    new GcpBillingIntegration(stack, 'Prod', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, emitOutputs: true, bundleOutputName: 'prod_gcp_bundle' });
    expect(Object.keys(JSON.parse(Testing.synth(stack)).output)).toEqual(expect.arrayContaining(['prod_gcp_bundle', 'prod_gcp_project_id']));
    expect(() => new GcpBillingIntegration(stack, 'Lab', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, emitOutputs: true, bundleOutputName: 'prod_gcp_bundle' }))
      .toThrow(/^Stack\/Lab: 'bundleOutputName' must give output names unused in the stack \(another integration emits 'prod_gcp_bundle'\).*; got 'prod_gcp_bundle'$/);
  });
});

describe('in a stack', () => {
  test('creates no provider: the stack configures it', () => {
    const { synth } = synthIntegration({ organizationId: ORG, recommendations: true });
    expect(synth.provider).toBeUndefined();
  });

  test('synthesizes with cdktf validations on, once the stack has a Google provider', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    new GoogleProvider(stack, 'google', { project: PROJECT });
    new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, organizationId: ORG, emitOutputs: true });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('two integrations side by side, told apart by roleIdPrefix and serviceAccountId', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    new GcpBillingIntegration(stack, 'Prod', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, datasetId: 'billing_prod' });
    new GcpBillingIntegration(stack, 'Lab', {
      projectId: PROJECT,
      billingAccountId: 'ABCDEF-012345-6789AB',
      datasetId: 'billing_lab',
      roleIdPrefix: 'finopsLab',
      access: GcpPlatformAccess.serviceAccountKey({ serviceAccountId: 'finops-lab-reader' }),
    });
    const synth = JSON.parse(Testing.synth(stack));
    const roleIds = resourcesOf(synth, 'google_project_iam_custom_role').map(([, r]) => r.role_id);
    expect(new Set(roleIds).size).toBe(roleIds.length);
  });
});
