// Each entry point is a jsii submodule and a package.json `exports` subpath (DESIGN D2).
// build-tools/lazy-root-index.js rewrites the compiled form so that each loads on first use.
export * as core from './core';
export * as aws from './aws';
export * as gcp from './gcp';
export * as azure from './azure';
export * as oci from './oci';
export * as platform from './platform';
