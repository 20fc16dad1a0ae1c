/**
 * The built-in Azure roles the Azure construct assigns, by role definition ID (never by name:
 * names are localized and can change, IDs cannot), each next to what needs it.
 * No role broader than Reader is assigned anywhere, and none with a write action.
 */

/**
 * Seed (Azure): "Assign role (EventGrid Event Subscription Reader) to App Registration".
 * `Microsoft.EventGrid/eventSubscriptions/read` and related reads; assigned on each subscription
 * (or resource group) the exports cover.
 * GUID from Microsoft's built-in roles list (integration category).
 * @see https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/integration#eventgrid-eventsubscription-reader
 */
export const EVENTGRID_EVENTSUBSCRIPTION_READER = '2414bbcf-6497-4faf-8c65-045460748405';

/**
 * Seed (Azure): the platform reads the exported files. Data-plane read and list of blobs, assigned
 * on the export container only (never the account, never the account key).
 * @see https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/storage#storage-blob-data-reader
 */
export const STORAGE_BLOB_DATA_READER = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1';

/**
 * Seed: "integrate the Recommendations specific to each provider" (`recommendations: true`).
 * Azure Advisor's permissions page lists Reader (at subscription, resource group or resource) as
 * the built-in role that views recommendations without changing them, and adds that "you must
 * have access to the resource associated with the recommendation to view a recommendation".
 * Cost Management Reader (`72fafb9e-...`) also holds `Microsoft.Advisor/recommendations/read`,
 * but it is not in Advisor's list, cannot read the resources a recommendation is about, and holds
 * `Microsoft.Support/*` (it can open support tickets): not read-only. So Reader, assigned only on
 * the subscriptions and resource groups the exports cover.
 * @see https://learn.microsoft.com/azure/advisor/permissions
 * @see https://learn.microsoft.com/azure/role-based-access-control/built-in-roles/general#reader
 */
export const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7';

/** `/subscriptions/<id>/providers/Microsoft.Authorization/roleDefinitions/<guid>`, the form azurerm stores. */
export function roleDefinitionId(subscriptionId: string, roleGuid: string): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}
