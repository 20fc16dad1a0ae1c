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

/** Secrets flow only to outputs: no resource's configuration refers to a secret attribute. */
export const secretsOnlyInOutputs: Rule = function secretsOnlyInOutputs(t: TfTemplate): Finding[] {
  return t.resources()
    .filter((r) => holdsSecret(r.config))
    .map((r) => finding(secretsOnlyInOutputs, `${r.type}.${r.id}`, 'refers to a secret attribute'));
};

/** Every provider in `required_providers` has a version constraint (trivy/tflint: pinned provider versions). */
export const providerVersionsPinned: Rule = function providerVersionsPinned(t: TfTemplate): Finding[] {
  return Object.entries(t.toJSON().terraform?.required_providers ?? {})
    .filter(([, p]) => !p.version || !/\d/.test(p.version))
    .map(([name]) => finding(providerVersionsPinned, `terraform.required_providers.${name}`, 'has no version constraint'));
};

/** The rules every cdktf construct of this library must pass. */
export const TERRAFORM_COMMON_RULES: readonly Rule[] = [secretOutputsAreSensitive, secretsOnlyInOutputs, providerVersionsPinned];
