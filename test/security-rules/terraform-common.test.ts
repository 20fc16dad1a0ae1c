import { RuleFixture, testRuleFixtures } from './fixtures';
import { noCredentialsInProviders, providerVersionsPinned, secretOutputsAreSensitive, secretsOnlyInOutputs } from './terraform-common';

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
  [secretsOnlyInOutputs,
    { resource: { terraform_data: { d: { triggers_replace: { h: '${sha256(google_service_account_key.k.private_key)}' }, provisioner: [{ 'local-exec': { command: 'register', environment: { B: '${google_service_account_key.k.private_key}' } } }] } } } },
    { resource: { terraform_data: { d: { provisioner: [{ 'local-exec': { command: 'echo ${google_service_account_key.k.private_key}' } }] } } } }],
  [secretsOnlyInOutputs,
    { resource: { terraform_data: { d: { input: { org: '${jsondecode(jsonencode({"k" = google_service_account_key.k.private_key, "org" = {"slug" = "a"}})).org.slug}' } } } } },
    { resource: { terraform_data: { d: { input: { key: '${jsondecode(jsonencode({"k" = {"privateKey" = google_service_account_key.k.private_key}})).k.privateKey}' } } } } }],
  [providerVersionsPinned,
    { terraform: { required_providers: { oci: { source: 'oracle/oci', version: '8.28.0' } } } },
    { terraform: { required_providers: { oci: { source: 'oracle/oci' } } } }],
  [noCredentialsInProviders,
    { provider: { google: [{ project: 'acme' }], azurerm: [{ features: [{}], subscription_id: 'x' }] } },
    { provider: { google: [{ project: 'acme', credentials: '${file("key.json")}' }] } }],
  [noCredentialsInProviders,
    { provider: { oci: [{ region: 'eu-frankfurt-1' }] } },
    { provider: { oci: [{ region: 'eu-frankfurt-1', private_key: 'not-a-key' }] } }],
];

testRuleFixtures(CASES);
