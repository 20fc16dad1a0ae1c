import { finding, Finding, Rule } from './rule';
import { TfTemplate } from '../kit/tf-template';

/** Rules for OCI configurations (oracle/oci). */

/** Oracle's tenancy that publishes the cost and usage reports (Oracle's Cost and Usage Reports overview). */
const ORACLE_USAGE_REPORT_TENANCY = 'ocid1.tenancy.oc1..aaaaaaaaned4fkpkisbwjlr56u7cj63lf3wffbilvqknstgtvzub7vhqkggq';
/** A group subject: a name, or `'<domain>'/'<name>'`. */
const GROUP = String.raw`(?:[A-Za-z0-9._+@-]+|'[^'\r\n]+'/'[A-Za-z0-9._+@-]+')`;

/**
 * The only statements a policy of this library may hold, written out here on purpose (not
 * imported from src/oci), so that a statement added to the construct fails until it is reviewed.
 */
const ALLOWED_STATEMENTS: readonly RegExp[] = [
  new RegExp(`^define tenancy usage-report as ${ORACLE_USAGE_REPORT_TENANCY.replace(/\./g, '\\.')}$`),
  new RegExp(`^endorse group ${GROUP} to read objects in tenancy usage-report$`),
  new RegExp(`^allow group ${GROUP} to read optimizer-api-family in tenancy$`),
];

function statementsOf(t: TfTemplate): Array<{ at: string; statement: string }> {
  return t.resources('oci_identity_policy').flatMap((p) => (p.config.statements as string[]).map((statement) => ({ at: `${p.type}.${p.id}`, statement })));
}

/** Every policy statement is one of Oracle's read-only statements for the reports or Cloud Advisor, exactly. */
export const ociPolicyStatementsExact: Rule = function ociPolicyStatementsExact(t: TfTemplate): Finding[] {
  return statementsOf(t).filter((s) => !ALLOWED_STATEMENTS.some((re) => re.test(s.statement)))
    .map((s) => finding(ociPolicyStatementsExact, s.at, `holds a statement that is not allow-listed: ${s.statement}`));
};

/** No statement grants `use` or `manage`, or any resource family wider than named (ours: checkov has no check on OCI policy statements). */
export const ociNoWriteVerbs: Rule = function ociNoWriteVerbs(t: TfTemplate): Finding[] {
  return statementsOf(t).filter((s) => /\bto\s+(use|manage)\b|\ball-resources\b|\bany-resource\b/i.test(s.statement))
    .map((s) => finding(ociNoWriteVerbs, s.at, `grants more than read: ${s.statement}`));
};

/** Policies that name the usage-report tenancy live in the root compartment, as `endorse` statements must. */
export const ociEndorseInRootCompartment: Rule = function ociEndorseInRootCompartment(t: TfTemplate): Finding[] {
  return t.resources('oci_identity_policy')
    .filter((p) => (p.config.statements as string[]).some((s) => s.startsWith('endorse ')) && !/^ocid1\.tenancy\./.test(String(p.config.compartment_id)))
    .map((p) => finding(ociEndorseInRootCompartment, `${p.type}.${p.id}`, `is in compartment ${p.config.compartment_id}, not the tenancy`));
};

/**
 * No private key in the configuration: an API key's `key_value` is a PEM public key or a
 * reference to a generated key's public half, and no value anywhere spells a private key (ours;
 * related: checkov CKV_OCI_1, a `private_key_password` in the oci provider block).
 */
export const ociNoPrivateKeyInConfig: Rule = function ociNoPrivateKeyInConfig(t: TfTemplate): Finding[] {
  const out: Finding[] = [];
  for (const k of t.resources('oci_identity_api_key')) {
    const v = String(k.config.key_value);
    if (!/^-----BEGIN PUBLIC KEY-----/.test(v) && !/^\$\{tls_private_key\.[\w-]+\.public_key_pem\}$/.test(v)) {
      out.push(finding(ociNoPrivateKeyInConfig, `${k.type}.${k.id}`, 'key_value is neither a PEM public key nor a generated public key'));
    }
  }
  for (const r of t.resources()) {
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(JSON.stringify(r.config))) {
      out.push(finding(ociNoPrivateKeyInConfig, `${r.type}.${r.id}`, 'holds a PEM private key'));
    }
  }
  return out;
};

/** oracle/oci is pinned to an exact version under its own source (not hashicorp/oci). */
export const ociProviderPinned: Rule = function ociProviderPinned(t: TfTemplate): Finding[] {
  if (t.resources().every((r) => !r.type.startsWith('oci_'))) return [];
  const oci = t.toJSON().terraform?.required_providers?.oci;
  return oci?.source === 'oracle/oci' && /^\d+\.\d+\.\d+$/.test(oci.version ?? '')
    ? [] : [finding(ociProviderPinned, 'terraform.required_providers.oci', `is ${JSON.stringify(oci)}, not oracle/oci at an exact version`)];
};

/** The rules every OCI configuration of this library must pass. */
export const OCI_RULES: readonly Rule[] = [
  ociPolicyStatementsExact, ociNoWriteVerbs, ociEndorseInRootCompartment, ociNoPrivateKeyInConfig, ociProviderPinned,
];
