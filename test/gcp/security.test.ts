import { ORG, resourcesOf, Synth, synthIntegration } from './helpers';
import { GcpBillingIntegrationProps, GcpPlatformAccess } from '../../src/gcp';

/**
 * Security rules checked over the synthesized Terraform JSON, for every combination of identity
 * mode, organization, recommendations, table binding and outputs (in the spirit of cdk-nag).
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

const BINDING_TYPES = ['google_organization_iam_member', 'google_project_iam_member', 'google_bigquery_dataset_iam_member', 'google_bigquery_table_iam_member'];
const ROLE_TYPES = ['google_organization_iam_custom_role', 'google_project_iam_custom_role'];

/** The custom role a binding's `role` refers to, by its `${type.id.name}` reference. */
function roleOf(synth: Synth, role: string): any {
  const m = /^\$\{(google_(?:organization|project)_iam_custom_role)\.([A-Za-z0-9_]+)\.name\}$/.exec(role);
  return m ? synth.resource[m[1]]?.[m[2]] : undefined;
}

describe.each(CASES)('security: %s', (_name, props) => {
  const { synth, json } = synthIntegration(props);
  const bindings = BINDING_TYPES.flatMap((type) => resourcesOf(synth, type).map(([id, r]) => ({ type, id, ...r })));
  const roles = ROLE_TYPES.flatMap((type) => resourcesOf(synth, type).map(([id, r]) => ({ type, id, ...r })));

  test('no basic, predefined or admin role is granted: every binding uses a custom role created here', () => {
    expect(bindings.length).toBeGreaterThan(0);
    for (const b of bindings) {
      expect([b.id, b.role]).not.toEqual([b.id, expect.stringMatching(/^roles\//)]);
      expect([b.id, b.role]).not.toEqual([b.id, expect.stringMatching(/admin|owner|editor/i)]);
      expect([b.id, roleOf(synth, b.role)]).toEqual([b.id, expect.anything()]);
    }
    expect(json).not.toMatch(/"roles\/(owner|editor|viewer)"/);
  });

  test('custom roles hold only allow-listed permissions, and no IAM-policy permission', () => {
    expect(roles.length).toBeGreaterThan(0);
    for (const r of roles) {
      for (const p of r.permissions as string[]) {
        expect([r.role_id, p, ALLOWED_PERMISSIONS.has(p)]).toEqual([r.role_id, p, true]);
        expect(p).not.toMatch(/IamPolicy|\.(set|update|delete|undelete)[A-Z]?/);
      }
    }
  });

  test('the data reader is never project-wide or organization-wide', () => {
    for (const b of bindings) {
      const perms: string[] = roleOf(synth, b.role).permissions;
      if (perms.some((p) => p === 'bigquery.tables.getData' || p === 'bigquery.tables.list')) {
        expect([b.id, b.type]).toEqual([b.id, expect.stringMatching(/^google_bigquery_(dataset|table)_iam_member$/)]);
      }
    }
    expect(bindings.filter((b) => b.type.startsWith('google_bigquery_')).length).toBeGreaterThan(0);
  });

  test('IAM is additive only: no authoritative bindings or policies, no dataset access blocks', () => {
    for (const type of Object.keys(synth.resource)) expect(type).not.toMatch(/_iam_(binding|policy)$|^google_bigquery_dataset_access$/);
    for (const [, dataset] of resourcesOf(synth, 'google_bigquery_dataset')) expect(dataset.access).toBeUndefined();
  });

  test('APIs are never disabled on destroy', () => {
    const services = resourcesOf(synth, 'google_project_service');
    expect(services.length).toBeGreaterThanOrEqual(4);
    for (const [id, s] of services) expect([id, s.disable_on_destroy]).toEqual([id, false]);
  });

  test('the key reaches outputs only as a sensitive output', () => {
    const outputs = Object.entries(synth.output ?? {});
    expect(outputs.length).toBeGreaterThan(0);
    for (const [id, o] of outputs) expect([id, o.sensitive]).toEqual([id, true]);
    // Nothing but an output refers to the key material.
    for (const [type, byId] of Object.entries(synth.resource)) {
      expect([type, JSON.stringify(byId)]).not.toEqual([type, expect.stringMatching(/\.private_key[)}]/)]);
    }
  });
});

describe('security: the key', () => {
  test('exists in key mode only, and is then in a sensitive output', () => {
    const key = synthIntegration({ emitOutputs: true }).synth;
    expect(JSON.stringify(key.output)).toMatch(/base64decode\(google_service_account_key\.[A-Za-z0-9_]+\.private_key\)/);
    const external = synthIntegration({ access: GcpPlatformAccess.externalPrincipal(PLATFORM_SA), emitOutputs: true }).synth;
    expect(JSON.stringify(external)).not.toMatch(/private_key|google_service_account_key/);
  });
});
