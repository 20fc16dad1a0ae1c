// finops-integrations/azure: AzureBillingIntegration (cdktf) and its choices.
export * from './billing-integration';
export { AzurePlatformAccess, AzureClientSecretOptions, AzureFederatedCredentialOptions } from './platform-access';
export { AzureExportScope } from './export-scope';
