// Names of the Azure built-in roles the constructs assign, keyed by the role definition IDs the library
// itself uses (src/azure/permissions.ts, compiled to lib/; test/examples/report.test.ts fails when an ID
// there has no name here).
// @see https://learn.microsoft.com/azure/role-based-access-control/built-in-roles
const { EVENTGRID_EVENTSUBSCRIPTION_READER, READER, STORAGE_BLOB_DATA_READER } = require('../../lib/azure/permissions');

module.exports = {
  [READER]: 'Reader',
  [STORAGE_BLOB_DATA_READER]: 'Storage Blob Data Reader',
  [EVENTGRID_EVENTSUBSCRIPTION_READER]: 'EventGrid EventSubscription Reader',
};
