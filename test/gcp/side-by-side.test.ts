import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { ORG, PROJECT, resolveIn } from './helpers';
import { GcpBillingIntegration, GcpBillingIntegrationProps } from '../../src/gcp';
import { TfTemplate } from '../kit/tf-template';

/**
 * Two integrations (two billing accounts) in one organization and one project, all defaults: role
 * IDs (unique per organization and per project), service account IDs and dataset IDs (unique per
 * project) are derived from the billing account, so they never collide.
 */

const ROLE_ID = /^[a-zA-Z0-9_.]{3,64}$/;
const SERVICE_ACCOUNT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

function twoIntegrations(extra: Partial<GcpBillingIntegrationProps>): TfTemplate {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  new GcpBillingIntegration(stack, 'Prod', { projectId: PROJECT, billingAccountId: '012345-6789AB-CDEF01', ...extra });
  new GcpBillingIntegration(stack, 'Lab', { projectId: PROJECT, billingAccountId: 'ABCDEF-012345-6789AB', ...extra });
  return TfTemplate.fromStack(stack);
}

const uniqueIn = (values: string[]) => expect(new Set(values).size).toBe(values.length);

describe.each([
  ['an organization, recommendations and the billing-account binding', { organizationId: ORG, recommendations: true }],
  ['one project, no organization', { recommendations: true, projectIds: ['acme-shop'] }],
])('two integrations side by side with default IDs: %s', (_name, extra) => {
  const template = twoIntegrations(extra);

  test('custom role IDs differ within each organization and each project, and each is a valid role ID', () => {
    const byScope = new Map<string, string[]>();
    for (const r of [...template.resources('google_organization_iam_custom_role'), ...template.resources('google_project_iam_custom_role')]) {
      const scope = r.config.org_id !== undefined ? `organizations/${r.config.org_id}` : `projects/${r.config.project}`;
      byScope.set(scope, [...(byScope.get(scope) ?? []), r.config.role_id]);
      expect(r.config.role_id).toMatch(ROLE_ID);
    }
    expect(byScope.size).toBeGreaterThan(0);
    for (const ids of byScope.values()) uniqueIn(ids);
    // Both integrations' roles are there: each billing account contributes its own.
    expect([...byScope.values()].flat().filter((id) => id.includes('012345_6789AB_CDEF01')).length)
      .toBe([...byScope.values()].flat().filter((id) => id.includes('ABCDEF_012345_6789AB')).length);
  });

  test('service account IDs and dataset IDs differ, and are valid', () => {
    const accounts = template.resources('google_service_account').map((r) => r.config.account_id).sort();
    expect(accounts).toEqual(['finops-012345-6789ab-cdef01', 'finops-abcdef-012345-6789ab']);
    for (const a of accounts) expect(a).toMatch(SERVICE_ACCOUNT_ID);
    expect(template.resources('google_bigquery_dataset').map((r) => r.config.dataset_id).sort())
      .toEqual(['billing_export_012345_6789AB_CDEF01', 'billing_export_ABCDEF_012345_6789AB']);
  });
});

test('a billing account given as a token: the default IDs are rewritten by Terraform', () => {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'Stack');
  const account = new TerraformVariable(stack, 'billing_account', { type: 'string' });
  const integration = new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: account.stringValue });
  const template = TfTemplate.fromStack(stack);
  expect(template.resources('google_service_account')[0].config.account_id).toBe('finops-${lower(var.billing_account)}');
  expect(template.resources('google_bigquery_dataset')[0].config.dataset_id).toBe('billing_export_${replace(var.billing_account, "-", "_")}');
  expect(template.findResources('google_project_iam_custom_role').map((r) => r.config.role_id))
    .toContain('finops_${replace(var.billing_account, "-", "_")}_BigQueryRead');
  expect(resolveIn(stack, integration.outputs.costOrchestrator.dataset.datasetId)).toBe('billing_export_${replace(var.billing_account, "-", "_")}');
});
