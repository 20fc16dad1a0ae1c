// finops-integrations/platform: registers outputs bundles with the FinOps platform (DESIGN D7).
// build-tools/lazy-submodule-index.js rewrites the compiled form: the client loads eagerly, each
// construct loads its framework (aws-cdk-lib or cdktf) only when it is first used.
export * from './client';
export * from './tf-registration-props';
export { TerraformPlatformRegistration } from './tf-registration';
export * from './cdk-registration-props';
export { PlatformRegistration } from './cdk-registration';
