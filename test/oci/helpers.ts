import { generateKeyPairSync } from 'crypto';
import { TerraformStack, Testing } from 'cdktf';
import { OciApiKey, OciBillingIntegration, OciBillingIntegrationProps } from '../../src/oci';
import { TfTemplate } from '../kit/tf-template';

/** Fixtures shared by the OCI tests. */

export const TENANCY = 'ocid1.tenancy.oc1..aaaaaaaaexampletenancyexampletenancyexample';
export const USER = 'ocid1.user.oc1..aaaaaaaaexampleuserexampleuserexampleuser';
export const MEMBER_A = 'ocid1.user.oc1..aaaaaaaamemberamemberamemberamembera';
export const MEMBER_B = 'ocid1.user.oc1..aaaaaaaamemberbmemberbmemberbmemberb';
export const GROUP = 'ocid1.group.oc1..aaaaaaaaexamplegroupexamplegroupexample';

/** PEM key pairs, generated once per test file. */
export function rsaKeyPair(bits = 2048): { publicKey: string; privateKey: string } {
  return generateKeyPairSync('rsa', {
    modulusLength: bits,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
}

let cached: { publicKey: string; privateKey: string } | undefined;
/** One 2048-bit key pair for the whole test file. */
export function keyPair(): { publicKey: string; privateKey: string } {
  cached ??= rsaKeyPair();
  return cached;
}

/** A stack with one integration built from `props` (defaults: the tenancy, a home region and a public key). */
export function integration(props: Partial<OciBillingIntegrationProps> = {}): { stack: TerraformStack; oci: OciBillingIntegration } {
  const stack = new TerraformStack(Testing.app(), 'stack');
  const oci = new OciBillingIntegration(stack, 'Billing', {
    tenancyOcid: TENANCY,
    homeRegion: 'us-ashburn-1',
    apiKey: OciApiKey.publicKey(keyPair().publicKey),
    ...props,
  });
  return { stack, oci };
}

/** The synthesized template of `integration(props)`. */
export function template(props: Partial<OciBillingIntegrationProps> = {}): TfTemplate {
  return TfTemplate.fromStack(integration(props).stack);
}
