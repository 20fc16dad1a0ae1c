import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { acknowledgeGuard } from './nag-acknowledgements';

/**
 * The cfn-guard findings (AWS Control Tower proactive controls, run by the `CfnGuardValidator` policy
 * validation plugin of `@cdklabs/cdk-validator-cfnguard`) that AwsBillingIntegration causes on purpose,
 * acknowledged on the exact resource with the reason. Each rule is named as in its guard file; the
 * control it implements starts the reason (https://docs.aws.amazon.com/controltower/latest/controlreference/s3-rules.html).
 * test/aws/cfn-guard.test.ts runs the plugin over every option combination and the example.
 */

/** The findings on the bucket this construct creates (never on a bucket the user passes). */
export function acknowledgeGuardBucketFindings(bucket: s3.IBucket, opts: { readonly serverAccessLogs: boolean }): void {
  acknowledgeGuard(bucket, 's3_bucket_default_encryption_kms_check', 'CT.S3.PR.10: the new bucket uses S3-managed keys (SSE-S3), so the billing services write and the platform reads without a KMS key policy grant. For SSE-KMS, pass your own bucket and its encryptionKey.');
  if (!opts.serverAccessLogs) {
    acknowledgeGuard(bucket, 's3_bucket_logging_enabled_check', 'CT.S3.PR.2: server access logs need a second bucket; pass serverAccessLogsBucket to turn them on. Only the AWS billing services write here (bucket policy) and one read-only principal reads.');
  }
  acknowledgeGuard(bucket, 's3_event_notifications_enabled_check', 'CT.S3.PR.4: nothing in this integration reacts to new objects; the platform reads the exports on its own schedule. Add a notification to the bucket if you need one.');
  acknowledgeGuard(bucket, 's3_bucket_object_lock_enabled_check', 'CT.S3.PR.9: the billing services replace export files on every refresh, and the lifecycle rule expires the replaced versions (noncurrentVersionRetention); Object Lock would forbid that expiry and the DESTROY removal policy. Versioning keeps replaced files for the retention period.');
}

/** The finding on each policy attached to the IAM user of `AwsPlatformAccess.iamUser()`. */
export function acknowledgeGuardUserPolicy(policy: iam.ManagedPolicy): void {
  acknowledgeGuard(policy, 'iam_user_no_policies_check', 'CT.IAM.PR.4: AwsPlatformAccess.iamUser() is the access-key mode of the platform, which signs in as this one user; its read-only customer managed policies are attached to it directly, as a group of one would add a resource and no separation. AwsPlatformAccess.role() has no IAM user.');
}

/**
 * The findings on the IAM user itself. The user holds no inline policy: its policies are customer
 * managed policies attached from the policy's side (acknowledged above). Without a `userName` it has no
 * Properties in the template at all, which the IAM rules read as non-compliant.
 */
export function acknowledgeGuardUser(user: iam.User): void {
  const reason = 'The user holds no inline policy (its read-only policies are customer managed, attached from their side); without a userName it has no Properties in the template, which the guard rule reads as non-compliant.';
  acknowledgeGuard(user, 'iam_user_no_policies_check', `CT.IAM.PR.4: ${reason}`);
  acknowledgeGuard(user, 'iam_inline_policy_no_statements_with_admin_access_check', `CT.IAM.PR.1: ${reason}`);
  acknowledgeGuard(user, 'iam_inline_policy_no_statements_with_full_access_check', `CT.IAM.PR.5: ${reason}`);
}
