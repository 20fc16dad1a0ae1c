// What an AwsPlatformAccess choice hands back to the construct (internal: not exported from the entry point).
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { AwsCostOrchestrator } from '../core/aws-bundle';

/** What an access choice created and what it puts in the bundle (internal). */
export interface AwsAccessConfig {
  /** The user or the role, to attach policies to. */
  readonly identity: iam.IIdentity;
  /** Its ARN (bundle `principalArn`). */
  readonly principalArn: string;
  readonly user?: iam.User;
  readonly accessKey?: iam.AccessKey;
  readonly accessKeySecret?: secretsmanager.Secret;
  readonly role?: iam.Role;
  /** The identity's fields of the bundle's `costOrchestrator`. */
  readonly bundleFields: Partial<AwsCostOrchestrator>;
  /** Attach a managed policy from the policy's side (the policy names the identity's ARN, so the identity must not name the policy). */
  attach(policy: iam.ManagedPolicy): void;
}
