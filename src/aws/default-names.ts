import { IConstruct } from 'constructs';

// Default names and prefixes of an integration. Data Exports export names and legacy CUR report
// names are unique per account, so two integrations in one account (two stacks, or two constructs in
// one stack) need distinct defaults: they carry a suffix derived from the integration's construct path.

/**
 * 8 lowercase hex characters of the integration's construct address (a hash of its path): stable
 * across synths, and distinct for two integrations of one app.
 */
export function integrationSuffix(integration: IConstruct): string {
  return integration.node.addr.slice(-8);
}

/** The default common prefix: `finops/<suffix>`. */
export function defaultCommonPrefix(integration: IConstruct): string {
  return `finops/${integrationSuffix(integration)}`;
}

/** The default name of an export: `<base>-<suffix>`, e.g. `finops-cur2-1a2b3c4d`. */
export function defaultExportName(integration: IConstruct, base: string): string {
  return `${base}-${integrationSuffix(integration)}`;
}
