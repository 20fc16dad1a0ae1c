import { generateKeyPairSync } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { TimeProvider } from '@cdktf/provider-time/lib/provider';
import { Testing, TerraformStack } from 'cdktf';
import { BILLING_ACCOUNT, build, ORG, PROJECT, refOf, synthIntegration, warningsOf } from './helpers';
import { validateBundle } from '../../src/core';
import { GcpBillingIntegration, GcpPlatformAccess } from '../../src/gcp';
import { thrownBy } from '../shared-helpers';

/** The platform's identity: a public key whose private half never enters Terraform, key rotation, and organization policy warnings. */

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const CERT = fixture('rsa-2048-cert.pem');
const PLATFORM_SA = 'serviceAccount:reader@platform-prod.iam.gserviceaccount.com';

describe('GcpPlatformAccess.serviceAccountPublicKey(certificatePem)', () => {
  test('uploads the certificate (base64 of the PEM) and creates no private key anywhere', () => {
    const { template, json, integration } = synthIntegration({ access: GcpPlatformAccess.serviceAccountPublicKey(CERT), emitOutputs: true });
    const [key] = template.resources('google_service_account_key');
    expect(key.config).toEqual({
      service_account_id: refOf('google_service_account', template.resources('google_service_account')[0].id, 'name'),
      public_key_data: Buffer.from(CERT, 'utf8').toString('base64'),
    });
    expect(Buffer.from(key.config.public_key_data, 'base64').toString('utf8')).toBe(CERT);
    expect(json).not.toMatch(/private_key/);
    // The bundle holds the email only, so its output is not sensitive, and it is a valid v1 bundle.
    template.hasOutput('finops_gcp_bundle', { sensitive: false });
    expect(integration.outputs.costOrchestrator.serviceAccountKey).toBeUndefined();
    const email = `finops-012345-6789ab-cdef01@${PROJECT}.iam.gserviceaccount.com`;
    const bundle = JSON.parse(JSON.stringify(integration.outputs), (k, v) => (k === 'serviceAccountEmail' ? email : v));
    expect(validateBundle(bundle)).toEqual({ valid: true, problems: [] });
  });

  test('takes a serviceAccountId', () => {
    const { template } = synthIntegration({ access: GcpPlatformAccess.serviceAccountPublicKey(CERT, { serviceAccountId: 'platform-upload' }) });
    expect(template.resources('google_service_account')[0].config.account_id).toBe('platform-upload');
  });

  test('fails if the PEM is a private key, without showing it', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const error = thrownBy(() => build({ access: GcpPlatformAccess.serviceAccountPublicKey(pem) })) as Error;
    expect(error.message).toMatch(/^Stack\/Billing: 'access\.certificatePem' must be a PEM X\.509 certificate .*; it holds a private key, which must never enter the configuration.*; got '<a private key, not shown>'$/);
    expect(error.message).not.toContain(pem.split('\n')[1]);
  });

  test('fails if the PEM is a bare public key, saying how to wrap it', () => {
    expect(() => build({ access: GcpPlatformAccess.serviceAccountPublicKey(fixture('rsa-2048-public-key.pem')) }))
      .toThrow(/^Stack\/Billing: 'access\.certificatePem' must be a PEM X\.509 certificate .* \(Google takes public keys wrapped in a certificate only: e\.g\. 'openssl req -x509 .*'\); got '-----BEGIN PUBLIC KEY-----'$/);
  });

  test('fails if the certificate holds an EC key or an RSA key under 2048 bits', () => {
    expect(() => build({ access: GcpPlatformAccess.serviceAccountPublicKey(fixture('ec-p256-cert.pem')) }))
      .toThrow(/'access\.certificatePem' must be .* wrapping an RSA public key of 2048 bits or more; got 'a certificate with a ec key'$/);
    expect(() => build({ access: GcpPlatformAccess.serviceAccountPublicKey(fixture('rsa-1024-cert.pem')) }))
      .toThrow(/'access\.certificatePem' must be .*; got 'a certificate with a rsa key of 1024 bits'$/);
  });

  test('fails if the certificate does not parse', () => {
    expect(() => build({ access: GcpPlatformAccess.serviceAccountPublicKey('-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydA==\n-----END CERTIFICATE-----\n') }))
      .toThrow(/'access\.certificatePem' must be .*; it does not parse as one \(.*\); got '-----BEGIN CERTIFICATE-----'$/);
  });
});

describe('key rotation (serviceAccountKey({ rotationDays }))', () => {
  test('a time_rotating drives the key keepers, and the new key is created before the old one is destroyed', () => {
    const { template, integration } = synthIntegration({ access: GcpPlatformAccess.serviceAccountKey({ rotationDays: 90 }) });
    const [rotation] = template.resources('time_rotating');
    expect(rotation.config).toEqual({ rotation_days: 90 });
    expect(template.resources('google_service_account_key')[0].config).toMatchObject({
      keepers: { rotation_time: refOf('time_rotating', rotation.id, 'rotation_rfc3339') },
      lifecycle: { create_before_destroy: true },
      private_key_type: 'TYPE_GOOGLE_CREDENTIALS_FILE',
    });
    expect(integration.keyRotation?.terraformResourceType).toBe('time_rotating');
  });

  test('no rotation by default: no time_rotating, no keepers', () => {
    const { template, integration } = synthIntegration();
    template.resourceCountIs('time_rotating', 0);
    expect(template.resources('google_service_account_key')[0].config.keepers).toBeUndefined();
    expect(integration.keyRotation).toBeUndefined();
  });

  test('synthesizes with cdktf validations on, with Google and Time providers in the stack', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    new GoogleProvider(stack, 'google', { project: PROJECT });
    new TimeProvider(stack, 'time');
    new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, access: GcpPlatformAccess.serviceAccountKey({ rotationDays: 30 }) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  test('fails if rotationDays is not a whole number from 1 to 3650', () => {
    expect(() => build({ access: GcpPlatformAccess.serviceAccountKey({ rotationDays: 0 }) }))
      .toThrow(/^Stack\/Billing: 'access\.rotationDays' must be a whole number from 1 to 3650; got 0$/);
    expect(() => build({ access: GcpPlatformAccess.serviceAccountKey({ rotationDays: 7.5 }) })).toThrow(/'access\.rotationDays' must be a whole number/);
  });
});

describe('secure-by-default organizations: warnings naming the constraint and the exception', () => {
  test('key mode with an organization: iam.disableServiceAccountKeyCreation, exception on the billing project', () => {
    expect(warningsOf(synthIntegration({ organizationId: ORG }).integration)).toEqual([expect.stringMatching(
      /^organization 123456789012: if it enforces the organization policy constraint iam\.disableServiceAccountKeyCreation .*creating the service account key fails at apply\. .*not enforced on project acme-billing/)]);
  });

  test('public key mode with an organization: iam.disableServiceAccountKeyUpload', () => {
    expect(warningsOf(synthIntegration({ organizationId: ORG, access: GcpPlatformAccess.serviceAccountPublicKey(CERT) }).integration))
      .toEqual([expect.stringMatching(/constraint iam\.disableServiceAccountKeyUpload .*uploading the public key fails at apply.*not enforced on project acme-billing/)]);
  });

  test('external principal with an organization: iam.allowedPolicyMemberDomains, exception for the platform\'s customer ID', () => {
    expect(warningsOf(synthIntegration({ organizationId: ORG, access: GcpPlatformAccess.externalPrincipal(PLATFORM_SA) }).integration))
      .toEqual([expect.stringMatching(/constraint iam\.allowedPolicyMemberDomains .*granting the roles to serviceAccount:reader@platform-prod\.iam\.gserviceaccount\.com fails at apply.*customer ID/)]);
  });

  test('no organization: no organization policy warning', () => {
    const choices = [
      GcpPlatformAccess.serviceAccountKey(), GcpPlatformAccess.serviceAccountPublicKey(CERT), GcpPlatformAccess.externalPrincipal(PLATFORM_SA),
    ];
    for (const access of choices) {
      expect(warningsOf(synthIntegration({ access }).integration)).toEqual([]);
    }
  });
});
