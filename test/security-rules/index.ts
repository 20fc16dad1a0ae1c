import { AZURE_RULES, azureNoAccountKeyInOutputs, azureReadOnlyRolesById, azureSasReadListHttpsOnly, azureSecretsExpire, azureStorageHardened } from './azure';
import {
  GCP_RULES, gcpAdditiveIamOnly, gcpApisNeverDisabledOnDestroy, gcpBillingAccountReadOnly, gcpCustomRolesReadOnly, gcpNoBasicOrAdminRoles,
  gcpNoProjectWideDataAccess, gcpNoPublicPrincipals, gcpUploadedKeyIsPublic,
} from './gcp';
import { OCI_RULES, ociEndorseInRootCompartment, ociNoPrivateKeyInConfig, ociNoWriteVerbs, ociPolicyStatementsExact, ociProviderPinned } from './oci';
import { Rule } from './rule';
import { noCredentialsInProviders, providerVersionsPinned, secretOutputsAreSensitive, secretsOnlyInOutputs, TERRAFORM_COMMON_RULES } from './terraform-common';

/** One rule of the index: where it applies, and the checkov/trivy check it mirrors ("ours" when none does). */
export interface RuleEntry {
  readonly rule: Rule;
  readonly provider: 'any' | 'google' | 'azure' | 'oci';
  readonly mirrors: string;
}

/** Every Terraform security rule of the test kit, with the checkov/trivy check each mirrors (README "Security model" lists it). */
export const RULE_INDEX: readonly RuleEntry[] = [
  { rule: secretOutputsAreSensitive, provider: 'any', mirrors: 'checkov CKV_SECRET (secrets) / Terraform sensitive outputs' },
  { rule: secretsOnlyInOutputs, provider: 'any', mirrors: 'ours' },
  { rule: providerVersionsPinned, provider: 'any', mirrors: 'tflint terraform_required_providers' },
  { rule: noCredentialsInProviders, provider: 'any', mirrors: 'checkov CKV_AWS_41, CKV_OCI_1' },
  { rule: gcpNoBasicOrAdminRoles, provider: 'google', mirrors: 'checkov CKV_GCP_41/42/49; trivy google-iam-no-*-level-default-*' },
  { rule: gcpCustomRolesReadOnly, provider: 'google', mirrors: 'ours (CKV_GCP_49 in spirit)' },
  { rule: gcpNoProjectWideDataAccess, provider: 'google', mirrors: 'ours' },
  { rule: gcpAdditiveIamOnly, provider: 'google', mirrors: 'ours' },
  { rule: gcpApisNeverDisabledOnDestroy, provider: 'google', mirrors: 'ours' },
  { rule: gcpBillingAccountReadOnly, provider: 'google', mirrors: 'ours' },
  { rule: gcpUploadedKeyIsPublic, provider: 'google', mirrors: 'ours' },
  { rule: gcpNoPublicPrincipals, provider: 'google', mirrors: 'checkov CKV_GCP_15, CKV_GCP_28; trivy google-bigquery-no-public-access' },
  { rule: azureStorageHardened, provider: 'azure', mirrors: 'checkov CKV_AZURE_3, CKV_AZURE_44, CKV_AZURE_190' },
  { rule: azureSasReadListHttpsOnly, provider: 'azure', mirrors: 'ours' },
  { rule: azureNoAccountKeyInOutputs, provider: 'azure', mirrors: 'ours (CKV2_AZURE_40 shared key access in spirit)' },
  { rule: azureReadOnlyRolesById, provider: 'azure', mirrors: 'checkov CKV_AZURE_39' },
  { rule: azureSecretsExpire, provider: 'azure', mirrors: 'checkov CKV_AZURE_41 (for Entra ID passwords)' },
  { rule: ociPolicyStatementsExact, provider: 'oci', mirrors: 'ours' },
  { rule: ociNoWriteVerbs, provider: 'oci', mirrors: 'ours (checkov CKV_OCI IAM checks in spirit)' },
  { rule: ociEndorseInRootCompartment, provider: 'oci', mirrors: 'ours' },
  { rule: ociNoPrivateKeyInConfig, provider: 'oci', mirrors: 'checkov CKV_OCI_1 in spirit' },
  { rule: ociProviderPinned, provider: 'oci', mirrors: 'tflint terraform_required_providers' },
];

/** Every rule, each rule set included once. */
export const ALL_RULES: readonly Rule[] = [...TERRAFORM_COMMON_RULES, ...GCP_RULES, ...AZURE_RULES, ...OCI_RULES];
