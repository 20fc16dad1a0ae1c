import { TerraformStack, Testing } from 'cdktf';
import { GROUP, integration, keyPair, MEMBER_A, MEMBER_B, template, TENANCY, USER } from './helpers';
import { validateBundle } from '../../src/core';
import { OciApiKey, OciBillingIntegration } from '../../src/oci';
import { OciProvider } from '../../src/providers/oci/provider';
import { TfTemplate, warningsOf } from '../kit/tf-template';

const ORACLE_TENANCY = 'ocid1.tenancy.oc1..aaaaaaaaned4fkpkisbwjlr56u7cj63lf3wffbilvqknstgtvzub7vhqkggq';

describe('OciBillingIntegration: group, members and user', () => {
  test('creates the group in the root compartment, a dedicated user and its membership', () => {
    const t = template();
    t.resourceCountIs('oci_identity_group', 1);
    const group = t.hasResourceProperties('oci_identity_group', { compartment_id: TENANCY, name: 'finops-usage-report-readers' });
    const user = t.hasResourceProperties('oci_identity_user', { compartment_id: TENANCY, name: 'finops-platform-reader' });
    t.hasResourceProperties('oci_identity_user_group_membership', {
      group_id: TfTemplate.ref(group, 'id'), user_id: TfTemplate.ref(user, 'id'),
    });
  });

  test('adds each member to the group, with ids that survive reordering', () => {
    const ids = (members: string[]) => template({ memberUserOcids: members }).resources('oci_identity_user_group_membership').map((r) => r.id).sort();
    const t = template({ memberUserOcids: [MEMBER_A, MEMBER_B] });
    t.resourceCountIs('oci_identity_user_group_membership', 3);
    t.hasResourceProperties('oci_identity_user_group_membership', { user_id: MEMBER_A });
    t.hasResourceProperties('oci_identity_user_group_membership', { user_id: MEMBER_B });
    expect(ids([MEMBER_B, MEMBER_A])).toEqual(ids([MEMBER_A, MEMBER_B]));
  });

  test('with userOcid: no user is created, the key and the membership go to that user', () => {
    const t = template({ userOcid: USER });
    t.resourceCountIs('oci_identity_user', 0);
    t.hasResourceProperties('oci_identity_api_key', { user_id: USER });
    t.hasResourceProperties('oci_identity_user_group_membership', { user_id: USER });
  });

  test('with existingGroupOcid: no group is created, memberships and bundle use that group', () => {
    const { stack, oci } = integration({ existingGroupOcid: GROUP, groupName: 'FinOps' });
    const t = TfTemplate.fromStack(stack);
    t.resourceCountIs('oci_identity_group', 0);
    t.hasResourceProperties('oci_identity_user_group_membership', { group_id: GROUP });
    expect(oci.group).toBeUndefined();
    expect(oci.outputs.costOrchestrator.group).toEqual({ ocid: GROUP, name: 'FinOps' });
  });
});

describe('OciBillingIntegration: policy', () => {
  test("holds exactly Oracle's two statements, in the root compartment", () => {
    const t = template();
    const policy = t.hasResourceProperties('oci_identity_policy', { compartment_id: TENANCY, name: 'finops-usage-report-read' });
    expect(policy.config.statements).toEqual([
      `define tenancy usage-report as ${ORACLE_TENANCY}`,
      'endorse group finops-usage-report-readers to read objects in tenancy usage-report',
    ]);
    // It waits for the group it names.
    const group = t.hasResourceProperties('oci_identity_group', {});
    expect(policy.config.depends_on).toEqual([`oci_identity_group.${group.id}`]);
  });

  test('with recommendations: adds read-only Cloud Advisor, nothing wider', () => {
    const { stack, oci } = integration({ recommendations: true });
    const policy = TfTemplate.fromStack(stack).hasResourceProperties('oci_identity_policy', {});
    expect(policy.config.statements).toEqual([
      `define tenancy usage-report as ${ORACLE_TENANCY}`,
      'endorse group finops-usage-report-readers to read objects in tenancy usage-report',
      'allow group finops-usage-report-readers to read optimizer-api-family in tenancy',
    ]);
    expect(oci.statements).toEqual(policy.config.statements);
    expect(oci.outputs.recommendations).toEqual({ enabled: true });
  });

  test("a group of an identity domain is named '<domain>'/'<group>'", () => {
    const policy = template({ existingGroupOcid: GROUP, groupName: 'FinOps', identityDomainName: 'Finance Domain' })
      .hasResourceProperties('oci_identity_policy', {});
    expect(policy.config.statements[1]).toBe("endorse group 'Finance Domain'/'FinOps' to read objects in tenancy usage-report");
    expect(policy.config.depends_on).toBeUndefined();
  });
});

describe('OciBillingIntegration: API key', () => {
  test('publicKey(pem): registers the public key; no private key anywhere; a manual step to hand it over', () => {
    const { stack, oci } = integration();
    const t = TfTemplate.fromStack(stack);
    t.hasResourceProperties('oci_identity_api_key', { key_value: keyPair().publicKey.trim() });
    t.resourceCountIs('tls_private_key', 0);
    expect(JSON.stringify(t.toJSON())).not.toMatch(/PRIVATE KEY/);
    expect(oci.outputs.costOrchestrator.privateKey).toBeUndefined();
    expect(oci.manualSteps.map((s) => s.id)).toEqual(['oci-provide-private-key']);
    expect(oci.outputs.manualSteps).toEqual(oci.manualSteps);
    expect(warningsOf(oci)).toEqual([]);
  });

  test('generate(): a tls_private_key, its public key registered, the private key in the bundle, a warning', () => {
    const { stack, oci } = integration({ apiKey: OciApiKey.generate({ rsaBits: 4096 }) });
    const t = TfTemplate.fromStack(stack);
    const key = t.hasResourceProperties('tls_private_key', { algorithm: 'RSA', rsa_bits: 4096 });
    t.hasResourceProperties('oci_identity_api_key', { key_value: TfTemplate.ref(key, 'public_key_pem') });
    expect(Testing.synth(stack)).not.toMatch(/private_key_pem/); // no output without emitOutputs
    expect(oci.privateKey).toBeDefined();
    expect(oci.outputs.costOrchestrator.privateKey).toMatch(/^\$\{TfToken\[/); // its value: see the emitOutputs test
    expect(oci.manualSteps).toEqual([]);
    expect(warningsOf(oci).join('\n')).toMatch(/private key .* stored in plain text in Terraform state/);
  });
});

describe('OciBillingIntegration: required providers', () => {
  test('pins oracle/oci at the generated version without any provider block', () => {
    expect(template().toJSON().terraform?.required_providers?.oci).toEqual({ source: 'oracle/oci', version: '8.28.0' });
  });

  test('with the generated OciProvider configured too, one entry', () => {
    const stack = new TerraformStack(Testing.app(), 'stack');
    new OciProvider(stack, 'oci', { region: 'us-ashburn-1' });
    new OciBillingIntegration(stack, 'Billing', { tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', apiKey: OciApiKey.publicKey(keyPair().publicKey) });
    const json = TfTemplate.fromStack(stack).toJSON();
    expect(json.terraform?.required_providers).toEqual({ oci: { source: 'oracle/oci', version: '8.28.0' } });
  });

  test('generate() pins hashicorp/tls at the version of the installed bindings', () => {
    const rp = template({ apiKey: OciApiKey.generate() }).toJSON().terraform?.required_providers;
    expect(rp?.tls).toEqual({ source: 'hashicorp/tls', version: '4.1.0' });
  });
});

describe('OciBillingIntegration: outputs', () => {
  test('the bundle: user OCID, tenancy OCID, fingerprint, home region, group, reports with FOCUS; valid against the schema', () => {
    const { oci } = integration({ orgSlug: 'acme-oci' });
    const co = oci.outputs.costOrchestrator;
    expect(co.tenancyOcid).toBe(TENANCY);
    expect(co.userOcid).toMatch(/^\$\{TfToken\[/);
    expect(co.fingerprint).toMatch(/^\$\{TfToken\[/);
    expect(co.region).toBe('us-ashburn-1');
    expect(co.reports).toEqual({ namespace: 'bling', bucket: TENANCY, prefixes: ['reports/cost-csv', 'FOCUS Reports'] });
    expect(oci.outputs.integrationId).toBe(`oci-${TENANCY}`);
    expect(oci.outputs.org).toEqual({ slug: 'acme-oci' });
    // With the tokens replaced by values of the right shape, the bundle is valid.
    const resolved = {
      ...oci.outputs,
      costOrchestrator: {
        ...co,
        userOcid: USER,
        fingerprint: '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0',
        group: { ...co.group, ocid: GROUP },
      },
    };
    expect(validateBundle(resolved).problems).toEqual([]);
  });

  test('emitOutputs, public key: the whole bundle and one output per field, none sensitive (no secret)', () => {
    const t = template({ emitOutputs: true });
    t.hasOutput('finops_oci_bundle', { sensitive: false });
    for (const name of ['tenancy_ocid', 'user_ocid', 'fingerprint', 'region', 'group_ocid', 'group_name', 'reports_namespace', 'reports_bucket']) {
      t.hasOutput(`finops_oci_${name}`, { sensitive: false });
    }
    expect(Object.keys(t.outputs()).some((n) => /private/.test(n))).toBe(false);
  });

  test('emitOutputs, generated key: the bundle output is sensitive and no field output holds the private key', () => {
    const t = template({ apiKey: OciApiKey.generate(), emitOutputs: true });
    const bundle = t.hasOutput('finops_oci_bundle', { sensitive: true });
    expect(JSON.stringify(bundle.value)).toMatch(/tls_private_key\.[\w-]+\.private_key_pem/);
    for (const [name, out] of Object.entries(t.outputs())) {
      if (name !== 'finops_oci_bundle') expect([name, JSON.stringify(out.value)]).not.toEqual([name, expect.stringMatching(/private_key/)]);
    }
  });

  test('every resource is a public attribute', () => {
    const { oci } = integration({ apiKey: OciApiKey.generate(), memberUserOcids: [MEMBER_A] });
    expect(oci.group?.terraformResourceType).toBe('oci_identity_group');
    expect(oci.user?.terraformResourceType).toBe('oci_identity_user');
    expect(oci.memberships.map((m) => m.terraformResourceType)).toEqual(['oci_identity_user_group_membership', 'oci_identity_user_group_membership']);
    expect(oci.policy.node.id).toBe('Resource');
    expect(oci.apiKey.terraformResourceType).toBe('oci_identity_api_key');
    expect(oci.privateKey?.terraformResourceType).toBe('tls_private_key');
    expect(oci.bundle).toMatch(/^\$\{TfToken\[/);
  });
});
