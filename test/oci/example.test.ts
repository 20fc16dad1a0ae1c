import { Testing } from 'cdktf';
import { FinopsOciStack, MEMBER_OCIDS, TENANCY_OCID } from '../../examples/oci/billing-stack';
import { TfTemplate } from '../kit/tf-template';
import { OCI_RULES } from '../security-rules/oci';
import { runRules } from '../security-rules/rule';
import { TERRAFORM_COMMON_RULES } from '../security-rules/terraform-common';

// The example imports the package entry point, which resolves to the compiled lib/; here it is the source.
jest.mock('finops-integrations/oci', () => jest.requireActual('../../src/oci'), { virtual: true });

/** The scenario of examples/oci/main.ts, synthesized as `cdktf synth` does (offline, placeholder IDs). */
describe('examples/oci', () => {
  const stack = new FinopsOciStack(Testing.app(), 'finops-oci');
  const t = TfTemplate.fromStack(stack);

  test('maps every seed OCI step to a resource or output', () => {
    // "Create the group and add the responsible members"
    t.resourceCountIs('oci_identity_group', 1);
    t.resourceCountIs('oci_identity_user_group_membership', 1 + MEMBER_OCIDS.length);
    // "Configure a policy with a statement allowing the group to read usage reports in the Tenancy"
    t.hasResourceProperties('oci_identity_policy', { compartment_id: TENANCY_OCID });
    // "Add an API Key" (public key only) and "Record the User OCID, Tenancy OCID, Fingerprint, and Region"
    t.resourceCountIs('oci_identity_api_key', 1);
    for (const field of ['user_ocid', 'tenancy_ocid', 'fingerprint', 'region']) t.hasOutput(`finops_oci_${field}`, { sensitive: false });
    // "Integrate by providing the collected identifiers": the bundle output
    t.hasOutput('finops_oci_bundle', { sensitive: false });
    // The provider block pins oracle/oci.
    expect(t.toJSON().provider?.oci).toEqual([{ region: 'us-ashburn-1' }]);
    expect(t.toJSON().terraform?.required_providers?.oci).toEqual({ source: 'oracle/oci', version: '8.28.0' });
  });

  test('passes the security rules', () => {
    expect(runRules(t, [...TERRAFORM_COMMON_RULES, ...OCI_RULES])).toEqual([]);
  });
});
