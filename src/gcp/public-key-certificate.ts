import { createPublicKey, X509Certificate } from 'crypto';
import { IConstruct } from 'constructs';
import { propError } from '../core/errors';
import { isUnresolved } from '../core/tokens';

/** RSA keys below this size are refused (Google's key upload and the generated keys are RSA 2048). */
const MIN_RSA_BITS = 2048;

/**
 * `pem` must be a PEM X.509 certificate wrapping an RSA public key of at least 2048 bits. A private
 * key is refused without echoing it; a bare public key is refused with how to wrap it. Tokens are
 * left to Google at apply.
 */
export function checkRsaCertificate(scope: IConstruct, prop: string, pem: string): void {
  if (isUnresolved(pem)) return;
  const allowed = 'a PEM X.509 certificate (-----BEGIN CERTIFICATE-----) wrapping an RSA public key of 2048 bits or more';
  if (/PRIVATE KEY/.test(pem)) {
    throw propError(scope, prop, `must be ${allowed}; it holds a private key, which must never enter the configuration: keep it secret and pass the certificate only`, '<a private key, not shown>');
  }
  const firstLine = pem.trim().split('\n')[0];
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw propError(scope, prop, `must be ${allowed} (Google takes public keys wrapped in a certificate only: ` +
      "e.g. 'openssl req -x509 -new -key private-key.pem -days 365 -subj /CN=unused -out public-cert.pem')", firstLine);
  }
  try {
    new X509Certificate(pem);
  } catch (e) {
    throw propError(scope, prop, `must be ${allowed}; it does not parse as one (${(e as Error).message})`, firstLine);
  }
  const key = createPublicKey(pem);
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (key.asymmetricKeyType !== 'rsa' || bits === undefined || bits < MIN_RSA_BITS) {
    throw propError(scope, prop, `must be ${allowed}`, `a certificate with a ${key.asymmetricKeyType} key${bits !== undefined ? ` of ${bits} bits` : ''}`);
  }
}
