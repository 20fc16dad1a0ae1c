import { finding, Finding, Rule } from './rule';
import { TfTemplate } from '../kit/tf-template';

/** Rules for any provider's Terraform configuration. */

/**
 * Resource attributes that hold secrets (each provider marks them `Sensitive` in its schema):
 * references to them may appear in outputs only, and those outputs must be sensitive.
 */
export const SECRET_ATTRIBUTES: readonly RegExp[] = [
  /google_service_account_key\.[\w-]+\.private_key\b/,
  /azuread_application_password\.[\w-]+\.value\b/,
  /azuread_service_principal_password\.[\w-]+\.value\b/,
  /azurerm_storage_account\.[\w-]+\.(primary|secondary)_(access_key|connection_string|blob_connection_string)\b/,
  /data\.azurerm_storage_account_blob_container_sas\.[\w-]+\.sas\b/,
  /data\.azurerm_storage_account_sas\.[\w-]+\.sas\b/,
  /tls_private_key\.[\w-]+\.private_key_(pem|openssh|pem_pkcs8)\b/,
  /aws_iam_access_key\.[\w-]+\.(secret|ses_smtp_password_v4)\b/,
];

function holdsSecret(value: unknown): boolean {
  const text = JSON.stringify(value);
  return SECRET_ATTRIBUTES.some((re) => re.test(text));
}

/** Every output that refers to a secret attribute is `sensitive` (checkov CKV_TF secrets in outputs; Terraform's own rule for sensitive values). */
export const secretOutputsAreSensitive: Rule = function secretOutputsAreSensitive(t: TfTemplate): Finding[] {
  return Object.entries(t.outputs())
    .filter(([, o]) => holdsSecret(o.value) && o.sensitive !== true)
    .map(([name]) => finding(secretOutputsAreSensitive, `output.${name}`, 'refers to a secret attribute but is not sensitive'));
};

/** `${jsondecode(jsonencode({...})).a.b}`: one field selected from an object (the bundle), the object itself never stored. */
const SELECTED_FIELD = /^\$\{jsondecode\(jsonencode\(\{[\s\S]*\}\)\)((?:\.\w+)+)\}$/;

/** True for a string that is a hash of a value, or a non-secret field selected from an object that holds a secret. */
function isAllowedSecretDerivation(v: string): boolean {
  if (/^\$\{sha256\(/.test(v)) return true;
  const m = SELECTED_FIELD.exec(v);
  return m !== null && !/key|secret|password|sas|token|connection|credential/i.test(m[1]);
}

/**
 * A resource's configuration without the places a secret may flow on purpose: a `local-exec`
 * provisioner's `environment` (handed to the process, never on its command line, which Terraform
 * prints), a `sha256(...)` of it (a hash, e.g. a `triggers_replace` of the platform registration), and
 * a non-secret field selected from the bundle (`.integrationId`, `.org.slug`).
 */
function withoutAllowedSecretFlows(config: Record<string, any>): unknown {
  const provisioner = (config.provisioner ?? []).map((p: Record<string, any>) => (p['local-exec']
    ? { ...p, 'local-exec': { ...p['local-exec'], environment: undefined } } : p));
  return JSON.parse(JSON.stringify({ ...config, provisioner }, (_k, v) => (typeof v === 'string' && isAllowedSecretDerivation(v) ? undefined : v)));
}

/**
 * Secrets flow only to outputs (and to a provisioner's environment, or hashed): no other part of a
 * resource's configuration refers to a secret attribute (ours: checkov and trivy have no such check).
 */
export const secretsOnlyInOutputs: Rule = function secretsOnlyInOutputs(t: TfTemplate): Finding[] {
  return t.resources()
    .filter((r) => holdsSecret(withoutAllowedSecretFlows(r.config)))
    .map((r) => finding(secretsOnlyInOutputs, `${r.type}.${r.id}`, 'refers to a secret attribute'));
};

/** Every provider in `required_providers` has a version constraint (trivy/tflint: pinned provider versions). */
export const providerVersionsPinned: Rule = function providerVersionsPinned(t: TfTemplate): Finding[] {
  return Object.entries(t.toJSON().terraform?.required_providers ?? {})
    .filter(([, p]) => !p.version || !/\d/.test(p.version))
    .map(([name]) => finding(providerVersionsPinned, `terraform.required_providers.${name}`, 'has no version constraint'));
};

/** Provider arguments that take a credential: a literal value there would sit in the configuration and in git. */
const PROVIDER_CREDENTIAL_ARGS = /^(access_key|secret_key|token|credentials|access_token|client_secret|client_certificate_password|client_certificate|private_key|private_key_password|password)$/;

/**
 * No provider block holds a credential (checkov CKV_AWS_41 "no hard-coded AWS access key and secret
 * key in the provider", CKV_OCI_1 "no hard-coded OCI private key in the provider", and the same for
 * every provider): credentials come from the environment where Terraform runs.
 */
export const noCredentialsInProviders: Rule = function noCredentialsInProviders(t: TfTemplate): Finding[] {
  return Object.entries(t.toJSON().provider ?? {}).flatMap(([name, blocks]) => (Array.isArray(blocks) ? blocks : [blocks])
    .flatMap((b: Record<string, unknown>, i: number) => Object.keys(b ?? {}).filter((k) => PROVIDER_CREDENTIAL_ARGS.test(k))
      .map((k) => finding(noCredentialsInProviders, `provider.${name}[${i}].${k}`, 'is a credential in the provider configuration'))));
};

/** The rules every cdktf construct of this library must pass. */
export const TERRAFORM_COMMON_RULES: readonly Rule[] = [
  secretOutputsAreSensitive, secretsOnlyInOutputs, providerVersionsPinned, noCredentialsInProviders,
];
