/**
 * The SQL that AWS Data Exports runs for each export type, and the table configurations it needs.
 *
 * Source of both column lists: aws-solutions-library-samples/cloud-intelligence-dashboards-data-collection,
 * `data-exports/deploy/data-exports-aggregation.yaml` v0.12.0 (FACTS.md 1a).
 */

/** The CUR 2.0 table (`COST_AND_USAGE_REPORT`): the default column set of the CID template. */
const CUR2_COLUMNS = [
  'bill_bill_type', 'bill_billing_entity', 'bill_billing_period_end_date', 'bill_billing_period_start_date', 'bill_invoice_id',
  'bill_invoicing_entity', 'bill_payer_account_id', 'bill_payer_account_name', 'cost_category', 'discount', 'discount_bundled_discount',
  'discount_total_discount', 'identity_line_item_id', 'identity_time_interval', 'line_item_availability_zone', 'line_item_blended_cost',
  'line_item_blended_rate', 'line_item_currency_code', 'line_item_legal_entity', 'line_item_line_item_description', 'line_item_line_item_type',
  'line_item_net_unblended_cost', 'line_item_net_unblended_rate', 'line_item_normalization_factor', 'line_item_normalized_usage_amount',
  'line_item_operation', 'line_item_product_code', 'line_item_resource_id', 'line_item_tax_type', 'line_item_unblended_cost',
  'line_item_unblended_rate', 'line_item_usage_account_id', 'line_item_usage_account_name', 'line_item_usage_amount',
  'line_item_usage_end_date', 'line_item_usage_start_date', 'line_item_usage_type', 'pricing_currency', 'pricing_lease_contract_length',
  'pricing_offering_class', 'pricing_public_on_demand_cost', 'pricing_public_on_demand_rate', 'pricing_purchase_option', 'pricing_rate_code',
  'pricing_rate_id', 'pricing_term', 'pricing_unit', 'product', 'product_comment', 'product_fee_code', 'product_fee_description',
  'product_from_location', 'product_from_location_type', 'product_from_region_code', 'product_instance_family', 'product_instance_type',
  'product_instancesku', 'product_location', 'product_location_type', 'product_operation', 'product_pricing_unit', 'product_product_family',
  'product_region_code', 'product_servicecode', 'product_sku', 'product_to_location', 'product_to_location_type', 'product_to_region_code',
  'product_usagetype', 'reservation_amortized_upfront_cost_for_usage', 'reservation_amortized_upfront_fee_for_billing_period',
  'reservation_availability_zone', 'reservation_effective_cost', 'reservation_end_time', 'reservation_modification_status',
  'reservation_net_amortized_upfront_cost_for_usage', 'reservation_net_amortized_upfront_fee_for_billing_period',
  'reservation_net_effective_cost', 'reservation_net_recurring_fee_for_usage', 'reservation_net_unused_amortized_upfront_fee_for_billing_period',
  'reservation_net_unused_recurring_fee', 'reservation_net_upfront_value', 'reservation_normalized_units_per_reservation',
  'reservation_number_of_reservations', 'reservation_recurring_fee_for_usage', 'reservation_reservation_a_r_n', 'reservation_start_time',
  'reservation_subscription_id', 'reservation_total_reserved_normalized_units', 'reservation_total_reserved_units',
  'reservation_units_per_reservation', 'reservation_unused_amortized_upfront_fee_for_billing_period', 'reservation_unused_normalized_unit_quantity',
  'reservation_unused_quantity', 'reservation_unused_recurring_fee', 'reservation_upfront_value', 'resource_tags',
  'savings_plan_amortized_upfront_commitment_for_billing_period', 'savings_plan_end_time', 'savings_plan_instance_type_family',
  'savings_plan_net_amortized_upfront_commitment_for_billing_period', 'savings_plan_net_recurring_commitment_for_billing_period',
  'savings_plan_net_savings_plan_effective_cost', 'savings_plan_offering_type', 'savings_plan_payment_option', 'savings_plan_purchase_term',
  'savings_plan_recurring_commitment_for_billing_period', 'savings_plan_region', 'savings_plan_savings_plan_a_r_n',
  'savings_plan_savings_plan_effective_cost', 'savings_plan_savings_plan_rate', 'savings_plan_start_time', 'savings_plan_total_commitment_to_date',
  'savings_plan_used_commitment', 'tags',
];

/** The column that only exists when the table is configured with `INCLUDE_RESOURCES = TRUE`. */
const CUR2_RESOURCE_COLUMN = 'line_item_resource_id';

/** The FOCUS 1.2 table with AWS columns (`FOCUS_1_2_AWS`), as the CID template selects it. */
const FOCUS_1_2_COLUMNS = [
  'AvailabilityZone', 'BilledCost', 'BillingAccountId', 'BillingAccountName', 'BillingAccountType', 'BillingCurrency', 'BillingPeriodEnd',
  'BillingPeriodStart', 'CapacityReservationId', 'CapacityReservationStatus', 'ChargeCategory', 'ChargeClass', 'ChargeDescription',
  'ChargeFrequency', 'ChargePeriodEnd', 'ChargePeriodStart', 'CommitmentDiscountCategory', 'CommitmentDiscountId', 'CommitmentDiscountName',
  'CommitmentDiscountQuantity', 'CommitmentDiscountType', 'CommitmentDiscountUnit', 'CommitmentDiscountStatus', 'ConsumedQuantity',
  'ConsumedUnit', 'ContractedCost', 'ContractedUnitPrice', 'EffectiveCost', 'InvoiceId', 'InvoiceIssuerName', 'ListCost', 'ListUnitPrice',
  'PricingCategory', 'PricingCurrency', 'PricingCurrencyContractedUnitPrice', 'PricingCurrencyEffectiveCost', 'PricingCurrencyListUnitPrice',
  'PricingQuantity', 'PricingUnit', 'ProviderName', 'PublisherName', 'RegionId', 'RegionName', 'ResourceId', 'ResourceName', 'ResourceType',
  'ServiceCategory', 'ServiceName', 'ServiceSubcategory', 'SkuId', 'SkuMeter', 'SkuPriceId', 'SkuPriceDetails', 'SubAccountId',
  'SubAccountName', 'SubAccountType', 'Tags', 'x_Discounts', 'x_Operation', 'x_ServiceCode',
];

/** Table names as Data Exports knows them. */
export const CUR2_TABLE = 'COST_AND_USAGE_REPORT';
export const FOCUS_TABLE = 'FOCUS_1_2_AWS';

/** What `dataQuery` of a Data Exports export holds. */
export interface ExportQuery {
  readonly queryStatement: string;
  readonly tableConfigurations: Record<string, Record<string, string>>;
}

/**
 * The CUR 2.0 query. Without resource IDs the table has no `line_item_resource_id` column, so the
 * query leaves it out (that the API rejects a query naming it then: UNVERIFIED, but leaving it out is safe either way).
 */
export function cur2Query(timeGranularity: string, includeResources: boolean): ExportQuery {
  const columns = includeResources ? CUR2_COLUMNS : CUR2_COLUMNS.filter((c) => c !== CUR2_RESOURCE_COLUMN);
  return {
    queryStatement: `SELECT ${columns.join(', ')} FROM ${CUR2_TABLE}`,
    tableConfigurations: {
      [CUR2_TABLE]: {
        TIME_GRANULARITY: timeGranularity,
        INCLUDE_RESOURCES: includeResources ? 'TRUE' : 'FALSE',
        // The CID defaults: no split cost allocation data, no manual discount compatibility columns.
        INCLUDE_SPLIT_COST_ALLOCATION_DATA: 'FALSE',
        INCLUDE_MANUAL_DISCOUNT_COMPATIBILITY: 'FALSE',
      },
    },
  };
}

/**
 * The FOCUS 1.2 query. The table configuration is required: without it the API answers
 * ValidationException (CID commit cdd69ea). FOCUS rows always carry `ResourceId`.
 */
export function focusQuery(timeGranularity: string): ExportQuery {
  return {
    queryStatement: `SELECT ${FOCUS_1_2_COLUMNS.join(', ')} FROM ${FOCUS_TABLE}`,
    tableConfigurations: { [FOCUS_TABLE]: { TIME_GRANULARITY: timeGranularity } },
  };
}
