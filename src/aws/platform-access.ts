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
 * How the platform signs in to AWS: exactly one identity per integration
 * (seed: "Create IAM user and save ARN", "Generate access key").
 */
export class AwsPlatformAccess {
  /**
   * An IAM user with an access key (the seed's flow). The secret access key goes straight into a
   * Secrets Manager secret; only the secret's ARN reaches templates, outputs and the bundle.
   */
  public static iamUser(options: AwsIamUserAccessOptions = {}): AwsPlatformAccess {
    return new AwsPlatformAccess(AwsPlatformAccess.IAM_USER, options, undefined);
  }

  /**
   * A role that the platform's account assumes with an ExternalId: no long-lived secret.
   */
  public static role(options: AwsRoleAccessOptions): AwsPlatformAccess {
    return new AwsPlatformAccess(AwsPlatformAccess.ROLE, undefined, options);
  }

  private static readonly IAM_USER = 'IAM_USER';
  private static readonly ROLE = 'ROLE';

  /** `IAM_USER` or `ROLE`. */
  public readonly mode: string;

  /** @internal */
  public readonly _userOptions?: AwsIamUserAccessOptions;

  /** @internal */
  public readonly _roleOptions?: AwsRoleAccessOptions;

  private constructor(mode: string, userOptions: AwsIamUserAccessOptions | undefined, roleOptions: AwsRoleAccessOptions | undefined) {
    this.mode = mode;
    this._userOptions = userOptions;
    this._roleOptions = roleOptions;
  }
}
