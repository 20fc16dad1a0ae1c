/**
 * The AWS bundle names its access key secret by ARN (`secretAccessKeySecretArn`): the CDK stack
 * keeps the key in Secrets Manager, never in a template or an output. Registration reads the
 * secret at that moment and sends the platform the key itself (`secretAccessKey`).
 */

/** Reads a secret's `SecretString` by ARN. */
export type SecretReader = (arn: string) => Promise<string>;

/** The region in a Secrets Manager ARN (`arn:aws:secretsmanager:<region>:<account>:secret:<name>`). */
export function regionOfSecretArn(arn: string): string {
  const m = /^arn:aws[a-z-]*:secretsmanager:([a-z0-9-]+):[0-9]{12}:secret:.+$/.exec(arn);
  if (!m) throw new Error(`'${arn}' is not a Secrets Manager secret ARN`);
  return m[1];
}

/**
 * A reader through the AWS SDK's Secrets Manager client, loaded only when a secret is read (it is
 * an optional dependency: install `@aws-sdk/client-secrets-manager` to register AWS bundles that
 * name their key by ARN). Credentials come from the SDK's default chain.
 */
export function secretsManagerReader(): SecretReader {
  const clients = new Map<string, unknown>();
  return async (arn) => {
    let sdk: typeof import('@aws-sdk/client-secrets-manager');
    try {
      // Not a dependency of the package on purpose (see .projenrc.ts): users who need it install it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports, import/no-extraneous-dependencies
      sdk = require('@aws-sdk/client-secrets-manager');
    } catch {
      throw new MissingAwsSdkError(arn);
    }
    const region = regionOfSecretArn(arn);
    if (!clients.has(region)) clients.set(region, new sdk.SecretsManagerClient({ region }));
    const client = clients.get(region) as InstanceType<typeof sdk.SecretsManagerClient>;
    let out: { SecretString?: string };
    try {
      out = await client.send(new sdk.GetSecretValueCommand({ SecretId: arn }));
    } catch (e) {
      // The SDK's message names the secret and the reason, never its value.
      throw new Error(`could not read the access key secret ${arn}: ${(e as Error).name}: ${(e as Error).message}`);
    }
    if (typeof out.SecretString !== 'string') throw new Error(`the secret ${arn} holds no SecretString`);
    return out.SecretString;
  };
}

/** True when the bundle is an AWS bundle that names its key secret by ARN. */
export function needsAwsSecret(bundle: unknown): boolean {
  const b = bundle as { provider?: unknown; costOrchestrator?: { secretAccessKeySecretArn?: unknown } };
  return b?.provider === 'aws' && typeof b.costOrchestrator?.secretAccessKeySecretArn === 'string';
}

/**
 * A copy of an AWS bundle with `secretAccessKeySecretArn` replaced by `secretAccessKey`, read
 * through `read`. The secret holds JSON `{accessKeyId, secretAccessKey}` (as `AwsBillingIntegration`
 * writes it); its `accessKeyId` must be the bundle's, so that a stale secret is caught here.
 * Other bundles are returned unchanged.
 */
export async function withAwsSecret<T>(bundle: T, read: SecretReader): Promise<T> {
  if (!needsAwsSecret(bundle)) return bundle;
  const b = bundle as unknown as { costOrchestrator: { secretAccessKeySecretArn: string; accessKeyId?: string } };
  const arn = b.costOrchestrator.secretAccessKeySecretArn;
  const text = await read(arn);
  let parsed: { accessKeyId?: unknown; secretAccessKey?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`the secret ${arn} is not JSON with 'accessKeyId' and 'secretAccessKey'`);
  }
  if (typeof parsed?.secretAccessKey !== 'string') throw new Error(`the secret ${arn} has no 'secretAccessKey' string`);
  if (parsed.accessKeyId !== undefined && parsed.accessKeyId !== b.costOrchestrator.accessKeyId) {
    throw new Error(`the secret ${arn} holds the key of access key ID '${String(parsed.accessKeyId)}', not the bundle's '${b.costOrchestrator.accessKeyId}': redeploy or use the matching bundle`);
  }
  const { secretAccessKeySecretArn: _, ...rest } = b.costOrchestrator;
  return { ...(bundle as object), costOrchestrator: { ...rest, secretAccessKey: parsed.secretAccessKey } } as T;
}

/** The optional AWS SDK is not installed. */
export class MissingAwsSdkError extends Error {
  constructor(arn: string) {
    super(`reading the access key secret ${arn} needs the AWS SDK: npm install @aws-sdk/client-secrets-manager`);
    this.name = 'MissingAwsSdkError';
  }
}
