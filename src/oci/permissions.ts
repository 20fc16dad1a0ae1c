/**
 * The IAM policy statements of the OCI integration, each with the step or platform feature that
 * needs it. Oracle's statements are used as Oracle writes them: nothing wider, nothing rephrased.
 */

/**
 * Oracle's own tenancy, which owns the bucket the cost and usage reports are published to.
 * Oracle's documentation says to use this OCID as it is.
 * @see https://docs.oracle.com/iaas/Content/Billing/Concepts/costusagereportsoverview.htm
 */
export const ORACLE_USAGE_REPORT_TENANCY_OCID = 'ocid1.tenancy.oc1..aaaaaaaaned4fkpkisbwjlr56u7cj63lf3wffbilvqknstgtvzub7vhqkggq';

/**
 * How a policy statement names the group: `<name>`, or `'<domain>'/'<name>'` for a group of an
 * identity domain (Oracle's policy syntax for identity domains).
 * @see https://docs.oracle.com/iaas/Content/Identity/policysyntax/subject.htm
 */
export function groupSubject(groupName: string, identityDomainName?: string): string {
  return identityDomainName === undefined ? groupName : `'${identityDomainName}'/'${groupName}'`;
}

/**
 * Seed: "Configure a policy with a statement allowing the group to read usage reports in the
 * Tenancy". Oracle's two statements, to be placed in the root compartment: the first names
 * Oracle's tenancy, the second lets the group read the report objects there (read-only: `read
 * objects`, no `inspect`/`use`/`manage` of anything else).
 * @see https://docs.oracle.com/iaas/Content/Billing/Concepts/costusagereportsoverview.htm
 */
export function usageReportStatements(subject: string): string[] {
  return [
    `define tenancy usage-report as ${ORACLE_USAGE_REPORT_TENANCY_OCID}`,
    `endorse group ${subject} to read objects in tenancy usage-report`,
  ];
}

/**
 * Seed: "integrate the Recommendations specific to each provider": Cloud Advisor. Oracle's
 * example grants `manage optimizer-api-family`; its policy reference shows the verbs are
 * cumulative (inspect > read > use > manage), `read` covering the list and get operations and
 * `use` adding the updates (such as changing a recommendation's status), which the platform does
 * not do. So: `read`, the weakest verb that lets it get recommendations and their resources
 * (`optimizer-api-family` also covers `optimizer-resource-metadata`).
 * @see https://docs.oracle.com/iaas/Content/CloudAdvisor/Reference/cloudadvisorpolicyreference.htm
 * @see https://docs.oracle.com/iaas/Content/CloudAdvisor/Concepts/additional_required_permissions.htm
 */
export function recommendationsStatements(subject: string): string[] {
  return [`allow group ${subject} to read optimizer-api-family in tenancy`];
}

/**
 * Where Oracle publishes the reports: Object Storage namespace `bling`, a bucket named after the
 * customer's tenancy OCID, in the home region. Cost reports under `reports/cost-csv`, FOCUS
 * reports under `FOCUS Reports`. (Usage reports, `reports/usage-csv`, were deprecated on
 * 2025-01-31 and readable until 2025-07-31: not listed.)
 * @see https://docs.oracle.com/iaas/Content/Billing/Tasks/accessingusagereports.htm
 */
export const USAGE_REPORT_NAMESPACE = 'bling';
/** Report prefixes the platform reads (see `USAGE_REPORT_NAMESPACE`). */
export const USAGE_REPORT_PREFIXES: readonly string[] = ['reports/cost-csv', 'FOCUS Reports'];
