import { ORG, synthIntegration } from './helpers';
import { GcpBillingIntegrationProps, GcpPlatformAccess } from '../../src/gcp';
import { GCP_RULES } from '../security-rules/gcp';
import { runRules } from '../security-rules/rule';
import { TERRAFORM_COMMON_RULES } from '../security-rules/terraform-common';

/**
 * The shared security rules (test/security-rules) over the synthesized Terraform JSON, for every
 * combination of identity mode, organization, recommendations, table binding and outputs.
 */

/**
 * Every permission any custom role may hold, written out here on purpose (not imported from
 * src/gcp) so that a permission added to the construct fails this test until it is reviewed.
 */
const ALLOWED_PERMISSIONS = new Set([
  // viewer ("Project Viewer")
  'resourcemanager.organizations.get', 'resourcemanager.folders.get', 'resourcemanager.folders.list',
  'resourcemanager.projects.get', 'resourcemanager.projects.list',
  // jobs ("BigQuery User"): query jobs, and BigQuery Storage Read API sessions (no readsessions.update)
  'bigquery.jobs.create', 'bigquery.readsessions.create', 'bigquery.readsessions.getData',
  // reader ("BigQuery Viewer")
  'bigquery.datasets.get', 'bigquery.tables.list', 'bigquery.tables.get', 'bigquery.tables.getData',
  // recommendations
  'recommender.locations.get', 'recommender.locations.list',
  ...[
    'computeInstanceMachineTypeRecommendations', 'computeInstanceIdleResourceRecommendations', 'computeDiskIdleResourceRecommendations',
    'computeAddressIdleResourceRecommendations', 'computeImageIdleResourceRecommendations',
    'computeInstanceGroupManagerMachineTypeRecommendations', 'cloudsqlIdleInstanceRecommendations', 'usageCommitmentRecommendations',
    'spendBasedCommitmentRecommendations', 'cloudCostGeneralRecommendations', 'costInsights', 'commitmentUtilizationInsights',
  ].flatMap((t) => [`recommender.${t}.get`, `recommender.${t}.list`]),
]);

const PLATFORM_SA = 'serviceAccount:reader@platform-prod.iam.gserviceaccount.com';

const CASES: Array<[string, Partial<GcpBillingIntegrationProps>]> = [];
for (const external of [false, true]) {
  for (const org of [false, true]) {
    for (const recommendations of [false, true]) {
      for (const table of [false, true]) {
        const props: Partial<GcpBillingIntegrationProps> = {
          ...(external ? { access: GcpPlatformAccess.externalPrincipal(PLATFORM_SA) } : {}),
          ...(org ? { organizationId: ORG } : {}),
          recommendations,
          ...(table ? { tableId: 'gcp_billing_export_resource_v1_012345_6789AB_CDEF01' } : {}),
          emitOutputs: true,
        };
        CASES.push([`${external ? 'external principal' : 'key'}, ${org ? 'organization' : 'project only'}, recommendations ${recommendations}, table ${table}`, props]);
      }
    }
  }
}

describe.each(CASES)('security: %s', (_name, props) => {
  const { template } = synthIntegration(props);

  test('passes every shared Terraform and GCP security rule', () => {
    expect(template.resources().length).toBeGreaterThan(10);
    expect(runRules(template, [...TERRAFORM_COMMON_RULES, ...GCP_RULES])).toEqual([]);
  });

  test('custom roles hold only allow-listed permissions', () => {
    const roles = ['google_organization_iam_custom_role', 'google_project_iam_custom_role'].flatMap((t) => template.resources(t));
    expect(roles.length).toBeGreaterThan(0);
    for (const r of roles) {
      for (const p of r.config.permissions as string[]) {
        expect([r.config.role_id, p, ALLOWED_PERMISSIONS.has(p)]).toEqual([r.config.role_id, p, true]);
      }
    }
  });

  test('table data is granted on the dataset (and the table), and nowhere else', () => {
    expect(template.resources('google_bigquery_dataset_iam_member')).toHaveLength(1);
  });
});

describe('security: the key', () => {
  test('exists in key mode only, and is then in a sensitive output only', () => {
    const key = synthIntegration({ emitOutputs: true }).template;
    const holders = Object.entries(key.outputs()).filter(([, o]) => /google_service_account_key\.[\w]+\.private_key/.test(JSON.stringify(o.value)));
    expect(holders.map(([name, o]) => [name, o.sensitive])).toEqual([['finops_gcp_bundle', true]]);
    const external = synthIntegration({ access: GcpPlatformAccess.externalPrincipal(PLATFORM_SA), emitOutputs: true }).json;
    expect(external).not.toMatch(/private_key|google_service_account_key/);
  });
});
