// What an OciApiKey choice is given and hands back (internal: not exported from the entry point).
import type { PrivateKey } from '@cdktf/provider-tls/lib/private-key';
import { IdentityApiKey } from '../providers/oci/identity-api-key';

/** What the construct hands to an API key choice. */
export interface OciApiKeyContext {
  /** OCID of the user the key belongs to (a token when the user is created here). */
  readonly userOcid: string;
}

/** What an API key choice created and what it puts in the bundle. */
export interface OciApiKeyConfig {
  /** The API key registered on the user. */
  readonly apiKey: IdentityApiKey;
  /** The generated key pair (`OciApiKey.generate()` only). */
  readonly privateKey?: PrivateKey;
  /** The key fields of the bundle's `costOrchestrator`: the private key only when generated here. */
  readonly bundleFields: { privateKey?: string };
  /** Steps left to the user: handing over a private key this library never saw. */
  readonly manualSteps: Array<{ id: string; description: string; url?: string }>;
}
