// finops-integrations/platform: registers outputs bundles with the FinOps platform (DESIGN D7).
export * from './client';
