import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

/** A `terraform.required_providers` entry. */
export interface RequiredProvider {
  /** Local name, e.g. `oci`. */
  readonly name: string;
  /** Registry source, e.g. `oracle/oci`. */
  readonly source: string;
  /** Version constraint; an exact version here. */
  readonly version: string;
}

/**
 * Pin `provider` in the stack of `scope`, whether or not the user configures a provider block.
 * cdktf writes `required_providers` only for a provider block it synthesizes; without one,
 * Terraform would take any version, and for a provider outside `hashicorp/` the wrong source.
 * The same entry written twice (or by the provider block itself) merges to one.
 */
export function pinRequiredProvider(scope: IConstruct, provider: RequiredProvider): void {
  TerraformStack.of(scope).addOverride(`terraform.required_providers.${provider.name}`, {
    source: provider.source,
    version: provider.version,
  });
}
