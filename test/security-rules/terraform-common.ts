import { finding, Finding, Rule } from './rule';
import { TfResource, TfTemplate } from '../kit/tf-template';

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

/** Every output that refers to a secret attribute is `sensitive` (ours, after Terraform's own rule for sensitive values: checkov has no check on outputs). */
export const secretOutputsAreSensitive: Rule = function secretOutputsAreSensitive(t: TfTemplate): Finding[] {
  return Object.entries(t.outputs())
    .filter(([, o]) => holdsSecret(o.value) && o.sensitive !== true)
    .map(([name]) => finding(secretOutputsAreSensitive, `output.${name}`, 'refers to a secret attribute but is not sensitive'));
};

/**
 * The index of the `close` bracket that matches the `open` one at `from` in `v` (brackets inside quoted
 * strings do not count), or -1.
 */
function matchingBracket(v: string, from: number, open: string, close: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < v.length; i++) {
    const c = v[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === open) {
      depth++;
    } else if (c === close && --depth === 0) {
      return i;
    }
  }
  return -1;
}

/** True when `v` is one Terraform interpolation `${...}`, nothing before or after it. */
function isOneInterpolation(v: unknown): v is string {
  return typeof v === 'string' && v.startsWith('${') && matchingBracket(v, 1, '{', '}') === v.length - 1;
}

/**
 * True when `v` is exactly `${<fn>(...)<rest>`: one interpolation whose expression is one call of
 * `fn`, followed by `rest` alone (e.g. `}` or `.org.slug}`).
 */
function isCallThen(v: unknown, fn: string, rest: string): boolean {
  if (!isOneInterpolation(v) || !v.startsWith(`\${${fn}(`)) return false;
  const end = matchingBracket(v, fn.length + 2, '(', ')');
  return end !== -1 && v.slice(end + 1) === rest;
}

/** The registration's command: the bundle piped from its environment variable to `register --bundle -`, never printed. */
const REGISTER_COMMAND = /^printf '%s' "\$FINOPS_BUNDLE" \| [^|;&`$]+ register --bundle -( --[a-z-]+ "\$FINOPS_[A-Z_]+")*$/;

/**
 * The places where the platform registration (src/platform/tf-registration.ts) lets the bundle, which
 * may hold a secret, flow on purpose, each in its exact shape, in `terraform_data` resources only:
 * - `provisioner[].local-exec.environment.FINOPS_BUNDLE`: the bundle, handed to the CLI through its
 *   environment (never its command line, which Terraform prints);
 * - `triggers_replace.bundle_sha256`: exactly `${sha256(<bundle>)}`, a hash and nothing else;
 * - `input` / `triggers_replace` `.org` and `.integration_id`: exactly `${jsondecode(<bundle>).org.slug}`
 *   and `${jsondecode(<bundle>).integrationId}`, one non-secret field of the bundle.
 * Anything else that refers to a secret attribute, there or anywhere, is a finding.
 */
function withoutAllowedSecretFlows(r: TfResource): unknown {
  if (r.type !== 'terraform_data') return r.config;
  const config = r.config as Record<string, any>;
  const provisioner = (config.provisioner ?? []).map((p: Record<string, any>) => {
    const exec = p['local-exec'];
    if (exec?.environment?.FINOPS_BUNDLE === undefined || !REGISTER_COMMAND.test(String(exec.command))) return p;
    return { ...p, 'local-exec': { ...exec, environment: { ...exec.environment, FINOPS_BUNDLE: undefined } } };
  });
  const selected = (block: Record<string, unknown> | undefined) => {
    if (!block) return block;
    const out = { ...block };
    if (isCallThen(out.org, 'jsondecode', '.org.slug}')) delete out.org;
    if (isCallThen(out.integration_id, 'jsondecode', '.integrationId}')) delete out.integration_id;
    return out;
  };
  const triggers = selected(config.triggers_replace);
  if (triggers && isCallThen(triggers.bundle_sha256, 'sha256', '}')) delete triggers.bundle_sha256;
  return { ...config, provisioner, input: selected(config.input), triggers_replace: triggers };
}

/**
 * Secrets flow only to outputs (and, in the platform registration's exact shapes above, to the CLI's
 * environment, a hash and two non-secret fields): no other part of a resource's configuration refers
 * to a secret attribute (ours: checkov and trivy have no such check).
 */
export const secretsOnlyInOutputs: Rule = function secretsOnlyInOutputs(t: TfTemplate): Finding[] {
  return t.resources()
    .filter((r) => holdsSecret(withoutAllowedSecretFlows(r)))
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
 * No provider block holds a credential (checkov CKV_AWS_41 "no hard coded AWS access key and secret
 * key in provider", which reads `access_key`/`secret_key`; CKV_OCI_1 "no hard coded OCI private key in
 * provider", which reads `private_key_password`; ours for every other provider and argument):
 * credentials come from the environment where Terraform runs.
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
