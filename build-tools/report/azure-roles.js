// Names of the Azure built-in roles the constructs assign, by role definition ID (the IDs of
// src/azure/permissions.ts; test/build-tools/examples-report.test.ts fails when one is missing here).
// @see https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
module.exports = {
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
  '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1': 'Storage Blob Data Reader',
  '2414bbcf-6497-4faf-8c65-045460748405': 'EventGrid EventSubscription Reader',
};
