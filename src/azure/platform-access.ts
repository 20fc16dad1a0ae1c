import { ApplicationFederatedIdentityCredential } from '@cdktf/provider-azuread/lib/application-federated-identity-credential';
import { ApplicationPasswordA } from '@cdktf/provider-azuread/lib/application-password';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { AzureAccessConfig, AzureAccessContext } from './binding-contexts';
import { checkDays } from './name-rules';
import { propError } from '../core/errors';
import { checkLength, checkPattern } from '../core/prop-checks';
import { isUnresolved } from '../core/tokens';

/** Options of `AzurePlatformAccess.clientSecret()`. */
export interface AzureClientSecretOptions {
  /**
   * How long each client secret is valid, in days from the rotation that created it. Must be
   * longer than the integration's `rotationDays`, so that a new secret exists before the old one
   * expires. Entra ID allows at most 2 years (730 days).
   * @default 90
   */
  readonly validityDays?: number;

  /**
   * Display name of the secret in the app registration's "Certificates & secrets".
   * @default 'finops-platform'
   */
  readonly displayName?: string;
}

/** Options of `AzurePlatformAccess.federatedCredential()`. */
export interface AzureFederatedCredentialOptions {
  /** The platform's token issuer URL (`https://...`), as the platform gives it. */
  readonly issuer: string;

  /** The subject of the platform's tokens (the `sub` claim), as the platform gives it. */
  readonly subject: string;

  /**
   * The audience of the platform's tokens. Entra ID accepts exactly one.
   * @default ['api://AzureADTokenExchange']
   */
  readonly audiences?: string[];

  /**
   * Name of the credential: 3 to 120 letters, digits, '-' and '_'.
   * @default 'finops-platform'
   */
  readonly displayName?: string;
}

/**
 * How the platform signs in to Azure as the integration's app registration.
 *
 * - `clientSecret()` (default) is the platform's manual setup flow: a secret key whose value and ID the platform receives.
 *   The secret has an end date and is replaced on every rotation; its value is in the bundle, in
 *   Terraform state, and only ever in a `sensitive` output.
 * - `federatedCredential({ issuer, subject })`: no secret at all. The platform signs in with
 *   tokens from its own identity provider, which Entra ID trusts for this app only.
 * @see https://learn.microsoft.com/entra/workload-id/workload-identity-federation
 */
export abstract class AzurePlatformAccess {
  /** A client secret with an end date, renewed with the rotation (the platform's manual setup flow). */
  public static clientSecret(options: AzureClientSecretOptions = {}): AzurePlatformAccess {
    return new ClientSecretAccess(options);
  }

  /** A federated identity credential: the platform's tokens, no secret. */
  public static federatedCredential(options: AzureFederatedCredentialOptions): AzurePlatformAccess {
    return new FederatedCredentialAccess(options);
  }

  /**
   * Validate the options and create the credential under `scope`.
   * @internal
   */
  public abstract _bind(scope: Construct, context: AzureAccessContext): AzureAccessConfig;
}

const DEFAULT_CREDENTIAL_NAME = 'finops-platform';

class ClientSecretAccess extends AzurePlatformAccess {
  constructor(private readonly options: AzureClientSecretOptions) {
    super();
  }

  public _bind(scope: Construct, context: AzureAccessContext): AzureAccessConfig {
    const prop = (name: string) => `${context.prop}.${name}`;
    const validityDays = this.options.validityDays ?? 90;
    checkDays(scope, prop('validityDays'), validityDays, 2, 730);
    if (!isUnresolved(validityDays) && !isUnresolved(context.rotationDays) && validityDays <= context.rotationDays) {
      throw propError(scope, prop('validityDays'),
        `must be longer than 'rotationDays' (${context.rotationDays}), or the secret expires before the rotation replaces it`, validityDays);
    }
    checkLength(scope, prop('displayName'), this.options.displayName, 1, 120);
    // Seed: "Generate secret key and save value and ID". The end date counts from the rotation
    // time, and `rotate_when_changed` replaces the secret when the rotation does (azuread docs).
    const clientSecret = new ApplicationPasswordA(scope, 'ClientSecret', {
      applicationId: context.application.id,
      displayName: this.options.displayName ?? DEFAULT_CREDENTIAL_NAME,
      endDate: Fn.timeadd(context.rotation.rfc3339, `${validityDays * 24}h`),
      rotateWhenChanged: { rotation: context.rotation.id },
    });
    return { clientSecret, bundleFields: { clientSecret: clientSecret.value }, holdsSecret: true };
  }
}

const FEDERATED_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/;

class FederatedCredentialAccess extends AzurePlatformAccess {
  constructor(private readonly options: AzureFederatedCredentialOptions) {
    super();
  }

  public _bind(scope: Construct, context: AzureAccessContext): AzureAccessConfig {
    const prop = (name: string) => `${context.prop}.${name}`;
    const { issuer, subject } = this.options;
    const audiences = this.options.audiences ?? ['api://AzureADTokenExchange'];
    // Entra ID: issuer and subject up to 600 characters, one audience (federated identity credential limits).
    checkPattern(scope, prop('issuer'), issuer, /^https:\/\/[^\s]{1,592}$/, "an 'https://' URL of up to 600 characters");
    checkLength(scope, prop('subject'), subject, 1, 600);
    if (!isUnresolved(audiences) && audiences.length !== 1) {
      throw propError(scope, prop('audiences'), 'must hold exactly one audience (Entra ID accepts one)', audiences);
    }
    audiences.forEach((a, i) => checkLength(scope, `${prop('audiences')}[${i}]`, a, 1, 600));
    checkPattern(scope, prop('displayName'), this.options.displayName, FEDERATED_NAME, "3 to 120 letters, digits, '-' and '_', starting with a letter or digit");
    const federatedCredential = new ApplicationFederatedIdentityCredential(scope, 'FederatedCredential', {
      applicationId: context.application.id,
      displayName: this.options.displayName ?? DEFAULT_CREDENTIAL_NAME,
      description: 'The FinOps platform signs in with its own tokens (finops-integrations).',
      issuer,
      subject,
      audiences,
    });
    return { federatedCredential, bundleFields: {}, holdsSecret: false };
  }
}
