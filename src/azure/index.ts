// finops-integrations/azure: the Azure billing integration (cdktf, @cdktf/provider-azurerm,
// @cdktf/provider-azuread, @cdktf/provider-time). Deep imports only. Exports the public API only.
export * from './billing-integration';
export * from './platform-access';
export * from './export-scope';
