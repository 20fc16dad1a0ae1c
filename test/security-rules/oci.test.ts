import { RuleFixture, testRuleFixtures } from './fixtures';
import { ociEndorseInRootCompartment, ociNoPrivateKeyInConfig, ociNoWriteVerbs, ociPolicyStatementsExact, ociProviderPinned } from './oci';

const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaaexampletenancyexampletenancyexample';
const DEFINE = 'define tenancy usage-report as ocid1.tenancy.oc1..aaaaaaaaned4fkpkisbwjlr56u7cj63lf3wffbilvqknstgtvzub7vhqkggq';
const policy = (statements: string[], compartment = TENANCY) => ({
  resource: { oci_identity_policy: { p: { compartment_id: compartment, statements } } },
});
const PINNED = { terraform: { required_providers: { oci: { source: 'oracle/oci', version: '8.28.0' } } } };

/** Each rule: a compliant fixture passes, a non-compliant one fails (the rule can fire). */
const CASES: RuleFixture[] = [
  [ociPolicyStatementsExact,
    policy([DEFINE, "endorse group 'Fin'/'readers' to read objects in tenancy usage-report", 'allow group readers to read optimizer-api-family in tenancy']),
    policy([DEFINE, 'endorse group readers to read all-resources in tenancy usage-report'])],
  [ociPolicyStatementsExact,
    policy([DEFINE]),
    policy(['define tenancy usage-report as ocid1.tenancy.oc1..aaaaaaaasomeoneelsesomeoneelsesomeoneelse'])],
  [ociNoWriteVerbs,
    policy([DEFINE, 'endorse group readers to read objects in tenancy usage-report']),
    policy(['allow group readers to manage optimizer-api-family in tenancy'])],
  [ociEndorseInRootCompartment,
    policy([DEFINE, 'endorse group readers to read objects in tenancy usage-report']),
    policy([DEFINE, 'endorse group readers to read objects in tenancy usage-report'], 'ocid1.compartment.oc1..aaaaaaaaexamplecompartmentexample')],
  [ociNoPrivateKeyInConfig,
    { resource: { oci_identity_api_key: { k: { user_id: 'u', key_value: '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----' } } } },
    { resource: { oci_identity_api_key: { k: { user_id: 'u', key_value: '${tls_private_key.k.private_key_pem}' } } } }],
  [ociNoPrivateKeyInConfig,
    { resource: { oci_identity_api_key: { k: { user_id: 'u', key_value: '${tls_private_key.k.public_key_pem}' } } } },
    { resource: { terraform_data: { d: { input: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----' } } } }],
  [ociProviderPinned,
    { ...policy([DEFINE]), ...PINNED },
    { ...policy([DEFINE]), terraform: { required_providers: { oci: { source: 'hashicorp/oci' } } } }],
];

testRuleFixtures(CASES);
