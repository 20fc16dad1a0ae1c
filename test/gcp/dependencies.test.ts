import { ORG, synthIntegration } from './helpers';
import { GcpBillingIntegrationProps, GcpPlatformAccess } from '../../src/gcp';
import { TfTemplate } from '../kit/tf-template';

/**
 * The `depends_on` edges that Terraform cannot infer: a resource must wait for the API it is
 * created through, enabled in the same apply. Each resource's edges are asserted exactly, so
 * dropping one (or adding one) fails here.
 */

/** The services a resource's `depends_on` points at (by the `google_project_service` it names). */
function dependsOnServices(t: TfTemplate, dependsOn: string[] | undefined): string[] {
  return (dependsOn ?? []).map((ref) => {
    const m = /^google_project_service\.([\w-]+)$/.exec(ref);
    if (!m) return `<not an API: ${ref}>`;
    return t.resources('google_project_service').find((s) => s.id === m[1])!.config.service as string;
  }).sort();
}

/** What each resource type must wait for. */
const EXPECTED: Record<string, string[]> = {
  google_bigquery_dataset: ['bigquery.googleapis.com'],
  google_service_account: ['iam.googleapis.com'],
  google_project_iam_custom_role: ['iam.googleapis.com'],
  google_organization_iam_custom_role: ['iam.googleapis.com'],
  google_project_iam_member: ['cloudresourcemanager.googleapis.com'],
  google_organization_iam_member: ['cloudresourcemanager.googleapis.com'],
  google_folder_iam_member: ['cloudresourcemanager.googleapis.com'],
  google_billing_account_iam_member: ['cloudbilling.googleapis.com'],
  // These wait through references instead: the key on the service account, the dataset and table
  // bindings on the dataset, the APIs on nothing.
  google_service_account_key: [],
  google_bigquery_dataset_iam_member: [],
  google_bigquery_table_iam_member: [],
  google_project_service: [],
};

const CASES: Array<[string, Partial<GcpBillingIntegrationProps>]> = [
  ['key, organization, recommendations, table', { organizationId: ORG, recommendations: true, tableId: 'cloud_pricing_export' }],
  ['key, project only, recommendations, projectIds', { recommendations: true, projectIds: ['acme-shop'] }],
  ['external principal, organization narrowed to folders', { organizationId: ORG, recommendations: true, folderIds: ['111111111111'], access: GcpPlatformAccess.externalPrincipal('group:finops@platform.example') }],
];

describe.each(CASES)('depends_on: %s', (_name, props) => {
  const { template } = synthIntegration(props);

  test('every resource waits for exactly the API it is created through', () => {
    const seen = new Set<string>();
    for (const r of template.resources()) {
      expect([r.type, r.id, r.type in EXPECTED]).toEqual([r.type, r.id, true]);
      expect([r.type, r.id, dependsOnServices(template, r.config.depends_on)]).toEqual([r.type, r.id, EXPECTED[r.type]]);
      seen.add(r.type);
    }
    expect(seen.size).toBeGreaterThan(6);
  });
});

