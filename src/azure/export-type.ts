import { Fn } from 'cdktf';

/** A Cost Management export dataset (`definition.type` of the Exports API), as this library names it. */
export interface AzureExportType {
  /** The API value: `ActualCost`, `AmortizedCost`, `FocusCost`. */
  readonly value: string;
  /** The word in export names: `actual`, `amortized`, `focus` (9 characters at most). */
  readonly nameWord: string;
}

/** Seed (Azure): "Configure cost exports (Actual and Amortized) to storage". */
export const ACTUAL_COST: AzureExportType = { value: 'ActualCost', nameWord: 'actual' };
export const AMORTIZED_COST: AzureExportType = { value: 'AmortizedCost', nameWord: 'amortized' };
/** FOCUS (`focus: true`): through the Exports API directly, azurerm has no FocusCost. */
export const FOCUS_COST: AzureExportType = { value: 'FocusCost', nameWord: 'focus' };

/** The export types of the seed. */
export const SEED_EXPORT_TYPES: readonly AzureExportType[] = [ACTUAL_COST, AMORTIZED_COST];

/** The schedule's two expressions, built on first use (see exportSchedule). */
let schedule: { readonly start: string; readonly end: string } | undefined;

/**
 * Daily exports of month-to-date costs. The Exports API wants a schedule that starts in the future,
 * so the start is set once, at create time, an hour after apply (`timeadd(timestamp(), "1h")`),
 * and the end ten years later; `ignore_changes` keeps later plans from moving them.
 * @see https://learn.microsoft.com/rest/api/cost-management/exports/create-or-update
 */
export function exportSchedule() {
  // The two expressions are the same for every export: build them once. Each cdktf function call
  // makes a token that captures a full stack trace, which for 1,000 subscriptions (2,000 exports)
  // was 8,000 captures, 44% of all (bench/RESULTS.md). Token strings are global, so one pair serves every stack.
  schedule ??= {
    start: Fn.timeadd(Fn.timestamp(), '1h'),
    end: Fn.timeadd(Fn.timestamp(), `${24 * 3653}h`),
  };
  return {
    recurrenceType: 'Daily',
    recurrencePeriodStartDate: schedule.start,
    recurrencePeriodEndDate: schedule.end,
    lifecycle: { ignoreChanges: ['recurrence_period_start_date', 'recurrence_period_end_date'] },
  };
}
