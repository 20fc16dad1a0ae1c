// What a GcpPlatformAccess choice is given and hands back (internal: not exported from the entry point).
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountKey } from '@cdktf/provider-google/lib/service-account-key';
import { ITerraformDependable } from 'cdktf';

/** What the construct hands to an access choice. */
export interface GcpAccessContext {
  /** The billing project, where a service account is created. */
  readonly projectId: string;
  /** What the identity's resources wait for (the IAM API). */
  readonly dependsOn: ITerraformDependable[];
}

/** What an access choice created and what it puts in the bundle. */
export interface GcpAccessConfig {
  /** The IAM member every role is granted to. */
  readonly member: string;
  /** The same member in the form the dataset binding needs. */
  readonly datasetMember: string;
  /** The service account (key mode). */
  readonly serviceAccount?: ServiceAccount;
  /** Its key (key mode). */
  readonly serviceAccountKey?: ServiceAccountKey;
  /** The identity fields of the bundle's `costOrchestrator`. */
  readonly bundleFields: { serviceAccountEmail?: string; serviceAccountKey?: string; externalPrincipal?: string };
}
