import { AZURE_RULES, azureNoAccountKeyInOutputs, azureReadOnlyRolesById, azureSasReadListHttpsOnly, azureSecretsExpire, azureStorageHardened } from './azure';
import {
  GCP_RULES, gcpAdditiveIamOnly, gcpApisNeverDisabledOnDestroy, gcpBillingAccountReadOnly, gcpCustomRolesReadOnly, gcpNoBasicOrAdminRoles,
  gcpNoProjectWideDataAccess, gcpNoPublicPrincipals, gcpUploadedKeyIsPublic,
} from './gcp';
import { OCI_RULES, ociEndorseInRootCompartment, ociNoPrivateKeyInConfig, ociNoWriteVerbs, ociPolicyStatementsExact, ociProviderPinned } from './oci';
import { Rule } from './rule';
import { noCredentialsInProviders, providerVersionsPinned, secretOutputsAreSensitive, secretsOnlyInOutputs, TERRAFORM_COMMON_RULES } from './terraform-common';

/**
 * One rule of the index: where it applies, and the checkov/trivy/tflint check it mirrors ("ours" when none
 * does, with the closest real check as "related"). Each id was checked against checkov's own source
 * (checkov/terraform/checks/**) and trivy-checks (checks/cloud/**).
 */
export interface RuleEntry {
  readonly rule: Rule;
  readonly provider: 'any' | 'google' | 'azure' | 'oci';
  readonly mirrors: string;
}

/** Every Terraform security rule of the test kit, with the checkov/trivy check each mirrors (README "Security model" lists it). */
export const RULE_INDEX: readonly RuleEntry[] = [
  { rule: secretOutputsAreSensitive, provider: 'any', mirrors: "ours (Terraform's sensitive values; checkov has no check on outputs, its CKV_SECRET_* scan literal values)" },
  { rule: secretsOnlyInOutputs, provider: 'any', mirrors: 'ours' },
  { rule: providerVersionsPinned, provider: 'any', mirrors: 'tflint terraform_required_providers' },
  { rule: noCredentialsInProviders, provider: 'any', mirrors: 'checkov CKV_AWS_41 (aws access_key/secret_key), CKV_OCI_1 (oci private_key_password); ours for the other providers and arguments' },
  { rule: gcpNoBasicOrAdminRoles, provider: 'google', mirrors: 'checkov CKV_GCP_115/116/117 (basic roles), CKV_GCP_42 (admin roles), CKV_GCP_41 and in part CKV_GCP_44/45/49 (impersonation roles); trivy google-iam-no-privileged-service-accounts' },
  { rule: gcpCustomRolesReadOnly, provider: 'google', mirrors: 'ours (checkov has no check on custom role permissions)' },
  { rule: gcpNoProjectWideDataAccess, provider: 'google', mirrors: 'ours' },
  { rule: gcpAdditiveIamOnly, provider: 'google', mirrors: 'ours' },
  { rule: gcpApisNeverDisabledOnDestroy, provider: 'google', mirrors: 'ours' },
  { rule: gcpBillingAccountReadOnly, provider: 'google', mirrors: 'ours' },
  { rule: gcpUploadedKeyIsPublic, provider: 'google', mirrors: 'ours' },
  { rule: gcpNoPublicPrincipals, provider: 'google', mirrors: 'checkov CKV_GCP_28 (bucket IAM), CKV_GCP_100 (table IAM); related: CKV_GCP_15 and trivy google-bigquery-no-public-access (dataset access blocks)' },
  { rule: azureStorageHardened, provider: 'azure', mirrors: 'checkov CKV_AZURE_3, CKV_AZURE_44, CKV_AZURE_190, CKV2_AZURE_38, CKV2_AZURE_41; trivy azure-storage-enforce-https, azure-storage-use-secure-tls-policy, azure-storage-blobs-soft-deletion-enabled' },
  { rule: azureSasReadListHttpsOnly, provider: 'azure', mirrors: 'ours' },
  { rule: azureNoAccountKeyInOutputs, provider: 'azure', mirrors: 'ours; related: checkov CKV2_AZURE_40 (no shared key authorization)' },
  { rule: azureReadOnlyRolesById, provider: 'azure', mirrors: "ours; related: checkov CKV_AZURE_39 (custom role definitions with '*' actions)" },
  { rule: azureSecretsExpire, provider: 'azure', mirrors: 'ours; related: checkov CKV_AZURE_41, trivy azure-keyvault-ensure-secret-expiry (Key Vault secrets)' },
  { rule: ociPolicyStatementsExact, provider: 'oci', mirrors: 'ours' },
  { rule: ociNoWriteVerbs, provider: 'oci', mirrors: 'ours (checkov has no check on OCI policy statements)' },
  { rule: ociEndorseInRootCompartment, provider: 'oci', mirrors: 'ours' },
  { rule: ociNoPrivateKeyInConfig, provider: 'oci', mirrors: 'ours; related: checkov CKV_OCI_1 (private_key_password in the oci provider block)' },
  { rule: ociProviderPinned, provider: 'oci', mirrors: 'tflint terraform_required_providers (stricter: an exact version, source oracle/oci)' },
];

/** Every rule, each rule set included once. */
export const ALL_RULES: readonly Rule[] = [...TERRAFORM_COMMON_RULES, ...GCP_RULES, ...AZURE_RULES, ...OCI_RULES];
