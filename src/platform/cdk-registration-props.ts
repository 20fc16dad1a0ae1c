import type { Duration } from 'aws-cdk-lib';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';

// Types only (erased at compile time): index.ts loads this file eagerly without loading aws-cdk-lib.

/** Props of `PlatformRegistration` (AWS CDK). */
export interface PlatformRegistrationProps {
  /**
   * The bundle to register: its JSON text, usually `AwsBillingIntegration.bundle`. It goes into the
   * template, so it must hold no secret value: secrets travel by ARN (`secretAccessKeySecretArn`)
   * and are read at deploy time.
   */
  readonly bundle: string;
  /** Base URL of the platform, e.g. `https://finops.example.com`. */
  readonly platformUrl: string;
  /**
   * The Secrets Manager secret that holds the platform API token: the token itself, or JSON with a
   * `token` field. Only its ARN is in the template; the handler reads it at deploy time.
   */
  readonly platformToken: ISecret;
  /**
   * Secrets the bundle names by ARN, which the handler reads at deploy time (e.g.
   * `AwsBillingIntegration.accessKeySecret`). The handler may read these and the token, nothing else.
   * @default - none
   */
  readonly bundleSecrets?: ISecret[];
  /**
   * Org slug to register into, overriding the bundle's `org.slug`.
   * @default - the bundle's org
   */
  readonly org?: string;
  /**
   * Financial Structure spreadsheet (CSV text) to upload with the registration. It is in the template: no secrets.
   * @default - none uploaded
   */
  readonly financialStructureCsv?: string;
  /**
   * Total time for one registration or deregistration, retries included (the function's timeout;
   * the handler answers CloudFormation before it).
   * @default Duration.minutes(5)
   */
  readonly timeout?: Duration;
}
