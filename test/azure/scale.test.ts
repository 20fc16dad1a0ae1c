import { ROLE, assignmentsOf, synthIntegration } from './helpers';
import { AzureExportScope } from '../../src/azure';

/** `n` distinct subscription IDs, the same on every run. */
function subscriptionIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const hex = (i + 1).toString(16).padStart(12, '0');
    return `5ca1e000-0000-4000-8000-${hex}`;
  });
}

describe('scale: 1,000 subscriptions', () => {
  test('synthesize, each with its EventGrid role and two exports, under unique names', () => {
    const ids = subscriptionIds(1000);
    const started = Date.now();
    const rssBefore = process.memoryUsage().rss;
    const { t } = synthIntegration({ exportScopes: ids.map((id) => AzureExportScope.subscription(id)) });
    const seconds = (Date.now() - started) / 1000;
    const rssMb = Math.round((process.memoryUsage().rss - rssBefore) / 1e6);
    // Recorded for the benchmark issue; printed, never asserted (machines differ).
    process.stdout.write(`azure scale: 1000 subscriptions synthesized in ${seconds.toFixed(1)} s, RSS +${rssMb} MB\n`);

    const exports = t.resources('azurerm_subscription_cost_management_export');
    expect(exports).toHaveLength(2000);
    expect(new Set(exports.map((e) => e.config.name)).size).toBe(2000);
    expect(new Set(exports.map((e) => e.config.subscription_id))).toEqual(new Set(ids.map((id) => `/subscriptions/${id}`)));
    const eventGrid = assignmentsOf(t, ROLE.eventGridEventSubscriptionReader);
    expect(new Set(eventGrid.map((a) => a.config.scope))).toEqual(new Set(ids.map((id) => `/subscriptions/${id}`)));
    t.resourceCountIs('azurerm_resource_provider_registration', 1);
  }, 180_000);
});
