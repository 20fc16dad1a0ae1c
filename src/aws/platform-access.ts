import { SecretValue } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { AwsAccessConfig } from './access-config';
import { checkAccountId, checkExternalId, checkIamName, checkSecretName } from './name-rules';
import { checkIntegerRange } from '../core/prop-checks';

/** Options of `AwsPlatformAccess.iamUser()`. */
export interface AwsIamUserAccessOptions {
  /**
   * Name of the IAM user.
   * @default - CloudFormation generates a unique name
   */
  readonly userName?: string;

  /**
   * Name of the Secrets Manager secret that holds the access key.
   * @default - CloudFormation generates a unique name
   */
  readonly secretName?: string;

  /**
   * Serial number of the access key. Change it (e.g. 1 to 2) to rotate the key: CloudFormation
   * creates a new key, stores it in the secret and deletes the old one. Re-register the bundle afterwards.
   * @default - no serial (the key is created once)
   */
  readonly accessKeySerial?: number;
}

/** Options of `AwsPlatformAccess.role()`. */
export interface AwsRoleAccessOptions {
  /** The platform's AWS account ID (12 digits), trusted to assume the role. */
  readonly trustedAccountId: string;

  /**
   * The ExternalId the platform gives you, which the role's trust policy requires (`sts:ExternalId`).
   * 2 to 1224 characters from letters, digits and `+=,.@:/_-`.
   */
  readonly externalId: string;

  /**
   * Name of the IAM role.
   * @default - CloudFormation generates a unique name
   */
  readonly roleName?: string;
}

/**
 * How the platform signs in to AWS: exactly one identity per integration.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html
 */
export abstract class AwsPlatformAccess {
  /**
   * An IAM user with an access key. The secret access key goes straight into a Secrets Manager
   * secret; only the secret's ARN reaches templates, outputs and the bundle.
   */
  public static iamUser(options: AwsIamUserAccessOptions = {}): AwsPlatformAccess {
    return new IamUserAccess(options);
  }

  /** A role that the platform's account assumes with an ExternalId: no long-lived secret. */
  public static role(options: AwsRoleAccessOptions): AwsPlatformAccess {
    return new RoleAccess(options);
  }

  /**
   * Check the options (prop paths under `access.`), create the identity in `scope` and return it.
   * Construct ids (API): `User`, `AccessKey`, `AccessKeySecret`, or `Role`.
   * @internal
   */
  public abstract _bind(scope: Construct): AwsAccessConfig;
}

class IamUserAccess extends AwsPlatformAccess {
  constructor(private readonly options: AwsIamUserAccessOptions) {
    super();
  }

  public _bind(scope: Construct): AwsAccessConfig {
    const opts = this.options;
    checkIamName(scope, 'access.userName', opts.userName);
    checkSecretName(scope, 'access.secretName', opts.secretName);
    checkIntegerRange(scope, 'access.accessKeySerial', opts.accessKeySerial, 0, 1_000_000);
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
    return {
      identity: user,
      principalArn: user.userArn,
      user,
      accessKey,
      accessKeySecret,
      bundleFields: { accessKeyId: accessKey.accessKeyId, secretAccessKeySecretArn: accessKeySecret.secretArn },
      attach: (policy) => policy.attachToUser(user),
    };
  }
}

class RoleAccess extends AwsPlatformAccess {
  constructor(private readonly options: AwsRoleAccessOptions) {
    super();
  }

  public _bind(scope: Construct): AwsAccessConfig {
    const opts = this.options;
    checkAccountId(scope, 'access.trustedAccountId', opts.trustedAccountId);
    checkExternalId(scope, 'access.externalId', opts.externalId);
    checkIamName(scope, 'access.roleName', opts.roleName);
    // Seed "Create IAM user and save ARN", role flavour: the platform's account may assume it,
    // and only with the ExternalId (confused-deputy protection).
    const role = new iam.Role(scope, 'Role', {
      roleName: opts.roleName,
      description: 'FinOps platform: reads Cost & Usage exports and organization structure (finops-integrations)',
      assumedBy: new iam.AccountPrincipal(opts.trustedAccountId),
      externalIds: [opts.externalId],
    });
    return {
      identity: role,
      principalArn: role.roleArn,
      role,
      bundleFields: { roleArn: role.roleArn, externalId: opts.externalId },
      attach: (policy) => policy.attachToRole(role),
    };
  }
}
