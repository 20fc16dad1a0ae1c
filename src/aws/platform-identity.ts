import { SecretValue } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { checkAccountId, checkExternalId, checkIamName, checkSecretName } from './name-rules';
import { AwsPlatformAccess } from './platform-access';
import { checkIntegerRange } from '../core/prop-checks';

/** The identity created for the platform (internal: the construct exposes each part as an attribute). */
export interface PlatformIdentity {
  /** The user or the role, to attach policies to. */
  readonly identity: iam.IIdentity;
  /** Its ARN (bundle `principalArn`). */
  readonly principalArn: string;
  readonly user?: iam.User;
  readonly accessKey?: iam.AccessKey;
  readonly accessKeySecret?: secretsmanager.Secret;
  readonly role?: iam.Role;
  readonly externalId?: string;
}

/** Check the access options (eagerly, before any resource is created). */
export function checkPlatformAccess(scope: Construct, access: AwsPlatformAccess): void {
  const role = access._roleOptions;
  if (role) {
    checkAccountId(scope, 'trustedAccountId', role.trustedAccountId);
    checkExternalId(scope, 'externalId', role.externalId);
    checkIamName(scope, 'roleName', role.roleName);
  } else {
    const opts = access._userOptions ?? {};
    checkIamName(scope, 'userName', opts.userName);
    checkSecretName(scope, 'secretName', opts.secretName);
    checkIntegerRange(scope, 'accessKeySerial', opts.accessKeySerial, 0, 1_000_000);
  }
}

/**
 * Create the identity in `scope` (options checked by `checkPlatformAccess`). Construct ids (API):
 * `User`, `AccessKey`, `AccessKeySecret` (IAM user mode) or `Role` (role mode).
 */
export function createPlatformIdentity(scope: Construct, access: AwsPlatformAccess): PlatformIdentity {
  const role = access._roleOptions;
  if (role) {
    // Seed "Create IAM user and save ARN", role flavour: the platform's account may assume it,
    // and only with the ExternalId (confused-deputy protection).
    const r = new iam.Role(scope, 'Role', {
      roleName: role.roleName,
      description: 'FinOps platform: reads Cost & Usage exports and organization structure (finops-integrations)',
      assumedBy: new iam.AccountPrincipal(role.trustedAccountId),
      externalIds: [role.externalId],
    });
    return { identity: r, principalArn: r.roleArn, role: r, externalId: role.externalId };
  }

  const opts = access._userOptions ?? {};
  // Seed "Create IAM user and save ARN".
  const user = new iam.User(scope, 'User', { userName: opts.userName });
  // Seed "Generate access key and download CSV file": instead of a CSV, the key goes straight into
  // Secrets Manager. The secret access key appears in the template only as a GetAtt inside the secret.
  const accessKey = new iam.AccessKey(scope, 'AccessKey', { user, serial: opts.accessKeySerial });
  const accessKeySecret = new secretsmanager.Secret(scope, 'AccessKeySecret', {
    secretName: opts.secretName,
    description: 'FinOps platform access key (JSON: accessKeyId, secretAccessKey), written by finops-integrations',
    secretObjectValue: {
      accessKeyId: SecretValue.resourceAttribute(accessKey.accessKeyId),
      secretAccessKey: accessKey.secretAccessKey,
    },
  });
  return { identity: user, principalArn: user.userArn, user, accessKey, accessKeySecret };
}
