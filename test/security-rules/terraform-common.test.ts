import { RuleFixture, testRuleFixtures } from './fixtures';
import { providerVersionsPinned, secretOutputsAreSensitive, secretsOnlyInOutputs } from './terraform-common';

/** Each rule: a compliant fixture passes, a non-compliant one fails (the rule can fire). */
const CASES: RuleFixture[] = [
  [secretOutputsAreSensitive,
    { output: { key: { value: '${base64decode(google_service_account_key.k.private_key)}', sensitive: true } } },
    { output: { key: { value: '${base64decode(google_service_account_key.k.private_key)}' } } }],
  [secretOutputsAreSensitive,
    { output: { conn: { value: 'BlobEndpoint=x;SharedAccessSignature=${data.azurerm_storage_account_blob_container_sas.s.sas}', sensitive: true } } },
    { output: { conn: { value: 'BlobEndpoint=x;SharedAccessSignature=${data.azurerm_storage_account_blob_container_sas.s.sas}', sensitive: false } } }],
  [secretsOnlyInOutputs,
    { resource: { null_resource: { n: { triggers: { id: '${google_service_account_key.k.id}' } } } } },
    { resource: { null_resource: { n: { triggers: { key: '${azuread_application_password.p.value}' } } } } }],
  [providerVersionsPinned,
    { terraform: { required_providers: { oci: { source: 'oracle/oci', version: '8.28.0' } } } },
    { terraform: { required_providers: { oci: { source: 'oracle/oci' } } } }],
];

testRuleFixtures(CASES);
