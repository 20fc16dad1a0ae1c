// The contract shared by every construct, the CLI and the uploader (DESIGN D4).
// Loads no framework and no provider package: see test/core/lazy-loading.test.ts.
export * from './bundle';
export * from './aws-bundle';
export * from './gcp-bundle';
export * from './azure-bundle';
export * from './oci-bundle';
export * from './integration-id';
export * from './integration-props';
export * from './validate-bundle';
export * from './redact-bundle';
