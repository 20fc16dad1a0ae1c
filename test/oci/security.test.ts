import { GROUP, integration, MEMBER_A, USER } from './helpers';
import { OciApiKey, OciBillingIntegrationProps } from '../../src/oci';
import { TfTemplate } from '../kit/tf-template';
import { OCI_RULES } from '../security-rules/oci';
import { runRules } from '../security-rules/rule';
import { TERRAFORM_COMMON_RULES } from '../security-rules/terraform-common';

/** The shared security rules over the synthesized Terraform of every combination of choices. */
const CASES: Array<[string, Partial<OciBillingIntegrationProps>]> = [];
for (const generate of [false, true]) {
  for (const recommendations of [false, true]) {
    for (const existing of [false, true]) {
      CASES.push([`${generate ? 'generated key' : 'public key'}, recommendations ${recommendations}, ${existing ? 'existing group and user in a domain' : 'created group and user'}`, {
        ...(generate ? { apiKey: OciApiKey.generate() } : {}),
        recommendations,
        ...(existing ? { existingGroupOcid: GROUP, groupName: 'FinOps', identityDomainName: 'Finance', userOcid: USER } : {}),
        memberUserOcids: [MEMBER_A],
        emitOutputs: true,
      }]);
    }
  }
}

describe.each(CASES)('security: %s', (_name, props) => {
  const { stack } = integration(props);
  const t = TfTemplate.fromStack(stack);

  test('no findings from the common and the OCI rules', () => {
    expect(runRules(t, [...TERRAFORM_COMMON_RULES, ...OCI_RULES])).toEqual([]);
  });

  test('statements are exactly the read-only ones; never manage or use', () => {
    const statements = t.resources('oci_identity_policy').flatMap((p) => p.config.statements as string[]);
    expect(statements.length).toBe(props.recommendations ? 3 : 2);
    for (const s of statements) expect(s).not.toMatch(/\b(manage|use|inspect)\b/);
  });

  test('a private key appears only when generated, and then only in sensitive outputs', () => {
    const outputs = t.outputs();
    const holding = Object.entries(outputs).filter(([, o]) => /private_key_pem/.test(JSON.stringify(o.value)));
    if (props.apiKey) {
      expect(holding.map(([name, o]) => [name, o.sensitive])).toEqual([['finops_oci_bundle', true]]);
    } else {
      expect(holding).toEqual([]);
      expect(JSON.stringify(t.toJSON())).not.toMatch(/PRIVATE KEY|tls_private_key/);
      expect(outputs.finops_oci_bundle.sensitive ?? false).toBe(false);
    }
  });
});
