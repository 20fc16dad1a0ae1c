// Internal helpers for the cdktf constructs (GCP, later Azure and OCI). Not an entry point:
// nothing here is exported from src/index.ts, and nothing here may appear in a public API.
export * from './annotations';
export * from './functions';
export * from './outputs';
