import { RuleFixture, testRuleFixtures } from './fixtures';
import { noCredentialsInProviders, providerVersionsPinned, secretOutputsAreSensitive, secretsOnlyInOutputs } from './terraform-common';

/** A secret attribute, as a Terraform reference. */
const KEY = '${google_service_account_key.k.private_key}';
/** A bundle expression holding that secret, as cdktf writes the bundle (a jsonencode of an object). */
const BUNDLE_EXPR = 'jsonencode({"org" = {"slug" = "acme"}, "integrationId" = "gcp-acme", "costOrchestrator" = {"serviceAccountKey" = base64decode(google_service_account_key.k.private_key)}})';

/** The platform registration's terraform_data, in the shape src/platform/tf-registration.ts synthesizes, with `edit` applied. */
function withRegistration(edit: (d: any) => void): any {
  const d: any = {
    triggers_replace: { bundle_sha256: `\${sha256(${BUNDLE_EXPR})}`, org: `\${jsondecode(${BUNDLE_EXPR}).org.slug}`, platform_url: 'https://finops.example.com' },
    input: { org: `\${jsondecode(${BUNDLE_EXPR}).org.slug}`, integration_id: `\${jsondecode(${BUNDLE_EXPR}).integrationId}` },
    provisioner: [{
      'local-exec': {
        command: 'printf \'%s\' "$FINOPS_BUNDLE" | npx --no-install finops-integrations register --bundle - --org "$FINOPS_ORG"',
        environment: { FINOPS_BUNDLE: `\${${BUNDLE_EXPR}}`, FINOPS_PLATFORM_URL: 'https://finops.example.com', FINOPS_ORG: 'acme' },
      },
    }],
  };
  edit(d);
  return { resource: { terraform_data: { r: d } } };
}
const REGISTRATION = withRegistration(() => undefined);

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
  // The platform registration's exact shapes pass (src/platform/tf-registration.ts); each fixture below
  // moves a secret one step outside them, and fails.
  [secretsOnlyInOutputs, REGISTRATION, { resource: { terraform_data: { d: { provisioner: [{ 'local-exec': { command: `echo ${KEY}` } }] } } } }],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.provisioner[0]['local-exec'].environment.OTHER = KEY; })],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.provisioner[0]['local-exec'].command = 'echo "$FINOPS_BUNDLE"'; })],
  [secretsOnlyInOutputs, REGISTRATION, { resource: { null_resource: { d: withRegistration(() => undefined).resource.terraform_data.r } } }],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.triggers_replace.bundle_sha256 = `\${sha256(${BUNDLE_EXPR})}${KEY}`; })],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.triggers_replace.bundle_sha256 = `\${sha256(${BUNDLE_EXPR}) != "" ? ${KEY.slice(2, -1)} : ""}`; })],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.triggers_replace.key_sha256 = `\${sha256(${KEY.slice(2, -1)})}`; })],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.input = { org: `\${jsondecode(${BUNDLE_EXPR}).costOrchestrator.serviceAccountKey}` }; })],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.input = { key: `\${jsondecode(${BUNDLE_EXPR}).org.slug}` }; })],
  [secretsOnlyInOutputs, REGISTRATION, withRegistration((d) => { d.input = { org: `\${jsondecode(${BUNDLE_EXPR}).org.slug}${KEY}` }; })],
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
