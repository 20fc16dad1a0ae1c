import { Fn, ITerraformDependable, TerraformProvider, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { FOCUS_COST } from './export-type';
import { AzureBundleExport } from '../core/azure-bundle';
import { AzapiProvider } from '../providers/azapi/provider';
import { Resource as AzapiResource } from '../providers/azapi/resource';

/** Where a FOCUS export writes. */
export interface FocusExportTarget {
  /** Resource Manager ID of the storage account. */
  readonly storageAccountId: string;
  readonly containerName: string;
  readonly rootFolderPath: string;
  readonly dependsOn: ITerraformDependable[];
}

/**
 * The Exports API version of the FOCUS export: the newest stable one that has `FocusCost`,
 * Parquet and snappy compression.
 * @see https://learn.microsoft.com/rest/api/cost-management/exports/create-or-update
 */
const EXPORTS_API = 'Microsoft.CostManagement/exports@2025-03-01';

/**
 * FOCUS version of the dataset: `1.0r2` is FOCUS 1.0 (revision 2), the generally available one
 * (`1.2-preview` is a preview).
 * @see https://learn.microsoft.com/azure/cost-management-billing/dataset-schema/cost-usage-details-focus
 */
const FOCUS_DATA_VERSION = '1.0r2';

/**
 * A FocusCost export at `scopeId` (`focus: true`). azurerm's exports write CSV only and have no
 * FocusCost type (terraform-provider-azurerm#31031), so this one is an `azapi_resource` on the
 * Exports API: Parquet with snappy compression, partitioned, daily, month to date, to the same
 * container and folder as the other exports. Like them it writes through the
 * `Microsoft.CostManagementExports` resource provider (no managed identity). The schedule is set
 * once, at create time; `ignore_changes` on it keeps later plans from moving it.
 */
export function focusExport(scope: Construct, name: string, scopeId: string,
  target: FocusExportTarget): { resource: AzapiResource; entry: AzureBundleExport } {
  requireAzapiProvider(scope);
  const resource = new AzapiResource(scope, name, {
    type: EXPORTS_API,
    name,
    parentId: scopeId,
    // azapi's docs list 2025-03-01 among the exports API versions (docs/resources/
    // Microsoft.CostManagement_exports.md), but whether 2.12.0's embedded schema knows every field
    // used here is unverified: validation is left to the Exports API rather than risk a plan failure.
    schemaValidationEnabled: false,
    body: {
      properties: {
        format: 'Parquet',
        compressionMode: 'snappy',
        partitionData: true,
        definition: {
          type: FOCUS_COST.value,
          timeframe: 'MonthToDate',
          dataSet: { granularity: 'Daily', configuration: { dataVersion: FOCUS_DATA_VERSION } },
        },
        deliveryInfo: {
          destination: {
            type: 'AzureBlob',
            resourceId: target.storageAccountId,
            container: target.containerName,
            rootFolderPath: target.rootFolderPath,
          },
        },
        schedule: {
          status: 'Active',
          recurrence: 'Daily',
          recurrencePeriod: { from: Fn.timeadd(Fn.timestamp(), '1h'), to: Fn.timeadd(Fn.timestamp(), `${24 * 3653}h`) },
        },
      },
    },
    // azapi 2.x: `body` is a dynamic value, so ignore_changes takes paths into it (azapi
    // docs/guides/2.0-upgrade-guide.md: `ignore_changes = [body.properties.subnets]`).
    lifecycle: { ignoreChanges: ['body.properties.schedule.recurrencePeriod'] },
    ...(target.dependsOn.length > 0 ? { dependsOn: target.dependsOn } : {}),
  });
  return {
    resource,
    entry: { name, type: FOCUS_COST.value, rootFolderPath: target.rootFolderPath, scope: scopeId, format: 'Parquet' },
  };
}

/**
 * A default `azapi` provider in the stack, unless it has one: cdktf refuses to synthesize an app
 * whose resources have no provider construct, and the generated provider class is internal. It
 * has no arguments, so it signs in like azurerm (Azure CLI or `ARM_*` environment variables), and
 * it pins `azure/azapi` in `required_providers` (without it Terraform would look for
 * `hashicorp/azapi`, which does not exist). A stack that configures its own azapi provider must
 * create it before the integration.
 */
function requireAzapiProvider(scope: Construct): void {
  const stack = TerraformStack.of(scope);
  const has = stack.node.findAll().some((c) => c instanceof TerraformProvider && c.terraformResourceType === 'azapi');
  if (!has) new AzapiProvider(stack, 'finops-azapi', {});
}
