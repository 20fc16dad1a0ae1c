import { Application } from '@cdktf/provider-azuread/lib/application';
import { ApplicationFederatedIdentityCredential } from '@cdktf/provider-azuread/lib/application-federated-identity-credential';
import { ApplicationPasswordA } from '@cdktf/provider-azuread/lib/application-password';
import { Rotating as TimeRotating } from '@cdktf/provider-time/lib/rotating';
import { ITerraformDependable, TerraformResource } from 'cdktf';
import { AzureExportType } from './export-type';
import { FocusExportTarget } from './focus-export';
import { AzureBundleExport } from '../core/azure-bundle';
import { ManualStep } from '../core/bundle';

/**
 * What the integration hands to the `_bind` of its union-like choices (`AzurePlatformAccess`,
 * `AzureExportScope`) and what they hand back. Internal: not exported from the entry point.
 */

/**
 * What an access variant's `_bind` receives from the integration.
 * @internal
 */
export interface AzureAccessContext {
  /** The app registration the credential belongs to. */
  readonly application: Application;
  /** The rotation that renews secrets and the SAS token. */
  readonly rotation: TimeRotating;
  /** Its period, in days (known at synth time unless a token). */
  readonly rotationDays: number;
  /** The prop path of the access, for errors: `access`. */
  readonly prop: string;
}

/**
 * What an access variant created and what it adds to the bundle.
 * @internal
 */
export interface AzureAccessConfig {
  /** The client secret, in the seed's mode. */
  readonly clientSecret?: ApplicationPasswordA;
  /** The federated credential, in keyless mode. */
  readonly federatedCredential?: ApplicationFederatedIdentityCredential;
  /** The `costOrchestrator` fields of this variant (`clientSecret` in the seed's mode). */
  readonly bundleFields: { readonly clientSecret?: string };
  /** True when `bundleFields` holds a secret. */
  readonly holdsSecret: boolean;
}

/**
 * What a scope's `_bind` receives from the integration.
 * @internal
 */
export interface AzureExportScopeContext {
  /** Prop path of this scope, for errors: `exportScopes[3]`. */
  readonly prop: string;
  /** Prefix of the export names. */
  readonly exportNamePrefix: string;
  /** Folder in the container the exports write under. */
  readonly rootFolderPath: string;
  /** Resource Manager ID of the export container. */
  readonly containerId: string;
  /** The export types to create at this scope. */
  readonly exportTypes: readonly AzureExportType[];
  /** The integration's subscription (where the storage is). */
  readonly integrationSubscriptionId: string;
  /** What every export waits for (the resource provider registration, the container). */
  readonly dependsOn: ITerraformDependable[];
  /** With `focus: true`: where the FOCUS export writes (it takes the account ID and container name). */
  readonly focus?: FocusExportTarget;
}

/**
 * A place read-only roles are assigned on for a scope.
 * @internal
 */
export interface AzureRoleScope {
  /** The Resource Manager scope: `/subscriptions/<id>` or `/subscriptions/<id>/resourceGroups/<name>`. */
  readonly id: string;
  /** Its subscription, for the role definition ID. */
  readonly subscriptionId: string;
  /** A short stable key for construct ids. */
  readonly key: string;
}

/**
 * What a scope's `_bind` created and reports.
 * @internal
 */
export interface AzureExportScopeConfig {
  /** The export resources. */
  readonly exports: TerraformResource[];
  /** Their bundle entries. */
  readonly bundleExports: AzureBundleExport[];
  /** Where the per-scope read roles go (deduplicated by the integration). */
  readonly roleScopes: AzureRoleScope[];
  /** Steps no provider resource can do for this scope. */
  readonly manualSteps: ManualStep[];
}
