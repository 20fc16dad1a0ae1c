import { generateKeyPairSync } from 'crypto';
import { GROUP, integration, keyPair, MEMBER_A, rsaKeyPair, USER } from './helpers';
import { OciApiKey } from '../../src/oci';
import { warningsOf } from '../kit/tf-template';
import { thrownBy } from '../shared-helpers';

/** Every bad prop fails at synth with `<path>: '<prop>' <what is allowed>; got <value>`. */
describe('OciBillingIntegration validation', () => {
  test('fails if tenancyOcid is not an OCID', () => {
    expect(() => integration({ tenancyOcid: 'my-tenancy' }))
      .toThrow("stack/Billing: 'tenancyOcid' must be a tenancy OCID such as 'ocid1.tenancy.oc1..aaaa...'; got 'my-tenancy'");
  });

  test('fails if tenancyOcid is a user OCID, and says so', () => {
    expect(() => integration({ tenancyOcid: USER }))
      .toThrow(`stack/Billing: 'tenancyOcid' must be a tenancy OCID ('ocid1.tenancy.<realm>..<unique id>'), not a user OCID; got '${USER}'`);
  });

  test('fails if userOcid is a group OCID', () => {
    expect(() => integration({ userOcid: GROUP })).toThrow(/'userOcid' must be a user OCID .*not a group OCID; got 'ocid1\.group\./);
  });

  test('fails if existingGroupOcid is not a group OCID', () => {
    expect(() => integration({ existingGroupOcid: 'ocid1.group.oc1..SHOUTING', groupName: 'g' }))
      .toThrow(/'existingGroupOcid' must be a group OCID such as/);
  });

  test('fails if a member OCID is malformed, naming its index', () => {
    expect(() => integration({ memberUserOcids: [MEMBER_A, 'ocid1.user.oc1..short'] }))
      .toThrow(/'memberUserOcids\[1\]' must be a user OCID such as .*; got 'ocid1\.user\.oc1\.\.short'/);
  });

  test('fails if a member is listed twice, or repeats userOcid', () => {
    expect(() => integration({ memberUserOcids: [MEMBER_A, MEMBER_A] })).toThrow(/'memberUserOcids\[1\]' must not repeat an OCID listed before/);
    expect(() => integration({ userOcid: USER, memberUserOcids: [USER] })).toThrow(/'memberUserOcids\[0\]' must not repeat 'userOcid'/);
  });

  test('fails if homeRegion is not a region identifier; a well-formed unknown one only warns', () => {
    expect(() => integration({ homeRegion: 'Ashburn' })).toThrow(/'homeRegion' must be an OCI region identifier such as 'us-ashburn-1'; got 'Ashburn'/);
    expect(warningsOf(integration({ homeRegion: 'us-gov-ashburn-1' }).oci)).toEqual([]);
    expect(warningsOf(integration({ homeRegion: 'xx-nowhere-9' }).oci).join()).toMatch(/homeRegion 'xx-nowhere-9' is not a region/);
  });

  test('fails if groupName has a space or is too long', () => {
    expect(() => integration({ groupName: 'FinOps readers' })).toThrow(/'groupName' must be 1 to 100 ASCII letters.*; got 'FinOps readers'/);
    expect(() => integration({ groupName: 'g'.repeat(101) })).toThrow(/'groupName' must be 1 to 100/);
  });

  test('fails if existingGroupOcid comes without its groupName', () => {
    expect(() => integration({ existingGroupOcid: GROUP })).toThrow(/'groupName' is required with 'existingGroupOcid'/);
  });

  test('fails if identityDomainName is given for a group created here, or holds a quote', () => {
    expect(() => integration({ identityDomainName: 'Finance' })).toThrow(/'identityDomainName' applies only with 'existingGroupOcid'/);
    expect(() => integration({ existingGroupOcid: GROUP, groupName: 'g', identityDomainName: "Fin'ance" }))
      .toThrow(/'identityDomainName' must be an identity domain name .*without quotes/);
  });

  test('fails if integrationUserName or integrationUserEmail is combined with userOcid', () => {
    expect(() => integration({ userOcid: USER, integrationUserName: 'bot' })).toThrow(/'integrationUserName' cannot be combined with 'userOcid'/);
    expect(() => integration({ userOcid: USER, integrationUserEmail: 'a@b.co' })).toThrow(/'integrationUserEmail' cannot be combined with 'userOcid'/);
  });

  test('fails if integrationUserName or integrationUserEmail is malformed', () => {
    expect(() => integration({ integrationUserName: 'finops bot' })).toThrow(/'integrationUserName' must be 1 to 100/);
    expect(() => integration({ integrationUserEmail: 'not-an-email' })).toThrow(/'integrationUserEmail' must be an email address; got 'not-an-email'/);
  });

  test('fails if policyName has a space', () => {
    expect(() => integration({ policyName: 'finops policy' })).toThrow(/'policyName' must be 1 to 100/);
  });

  test('fails if apiKey is missing or a raw string (plain JavaScript)', () => {
    expect(() => integration({ apiKey: undefined })).toThrow(/'apiKey' is required, e.g. OciApiKey.publicKey\(pem\)/);
    expect(() => integration({ apiKey: keyPair().publicKey as unknown as OciApiKey }))
      .toThrow(/'apiKey' must be built by its class's factory methods, e.g. OciApiKey.publicKey\(pem\)/);
  });

  test('fails if the public key is a private key, without echoing it', () => {
    const err = String(thrownBy(() => integration({ apiKey: OciApiKey.publicKey(keyPair().privateKey) })));
    expect(err).toMatch(/'apiKey.publicKey' must be the PUBLIC key: this is a private key, which must never enter Terraform/);
    expect(err).toMatch(/got 'a PEM private key \(not shown\)'/);
    expect(err).not.toMatch(/MII/);
  });

  test('fails if the public key is not PEM, is damaged, is not RSA, or is under 2048 bits', () => {
    expect(() => integration({ apiKey: OciApiKey.publicKey('ssh-rsa AAAAB3Nza...') })).toThrow(/'apiKey.publicKey' must be a PEM public key from '-----BEGIN PUBLIC KEY-----'/);
    expect(() => integration({ apiKey: OciApiKey.publicKey('-----BEGIN PUBLIC KEY-----\nbroken\n-----END PUBLIC KEY-----') }))
      .toThrow(/'apiKey.publicKey' must be a PEM public key that parses/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'prime256v1', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    expect(() => integration({ apiKey: OciApiKey.publicKey(ec.publicKey) })).toThrow(/'apiKey.publicKey' must be an RSA public key .*; got 'a ec key'/);
    expect(() => integration({ apiKey: OciApiKey.publicKey(rsaKeyPair(1024).publicKey) })).toThrow(/'apiKey.publicKey' must be an RSA key of at least 2048 bits; got 'a 1024-bit RSA key'/);
  });

  test('fails if generate() is given an RSA size Oracle does not take', () => {
    expect(() => integration({ apiKey: OciApiKey.generate({ rsaBits: 1024 }) })).toThrow(/'apiKey.rsaBits' must be one of '2048', '3072', '4096'; got '1024'/);
  });

  test('fails if orgSlug is not a slug', () => {
    expect(() => integration({ orgSlug: 'Acme OCI' })).toThrow(/'orgSlug' must be/);
  });

  test('accepts tokens where values are known only at apply', () => {
    expect(() => integration({ memberUserOcids: ['${TfToken[TOKEN.1]}'] })).not.toThrow();
  });
});
