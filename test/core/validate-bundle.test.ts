import { fixture, VALID_FIXTURES } from './fixtures';
import { BundleValidator, validateBundle } from '../../src/core';

describe('validateBundle', () => {
  test.each(VALID_FIXTURES)('accepts the valid fixture %s', (name) => {
    expect(validateBundle(fixture(name))).toEqual({ valid: true, problems: [] });
  });

  test('accepts an AWS IAM user bundle that carries the secret value instead of its ARN', () => {
    const b = fixture('aws-user');
    delete b.costOrchestrator.secretAccessKeySecretArn;
    b.costOrchestrator.secretAccessKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(validateBundle(b).valid).toBe(true);
  });

  test('accepts a GCP bundle with an external principal and no key', () => {
    const b = fixture('gcp-key');
    delete b.costOrchestrator.serviceAccountEmail;
    delete b.costOrchestrator.serviceAccountKey;
    b.costOrchestrator.externalPrincipal = 'serviceAccount:reader@platform-prod.iam.gserviceaccount.com';
    expect(validateBundle(b).valid).toBe(true);
  });

  test('the jsii front door gives the same answer', () => {
    expect(BundleValidator.validate(fixture('oci-key')).valid).toBe(true);
    expect(BundleValidator.validate({}).valid).toBe(false);
  });

  // [case, fixture, mutation, pointer the problem must name, words the message must hold]
  const invalid: Array<[string, string, (b: any) => void, string, RegExp]> = [
    ['wrong schema version', 'aws-user', (b) => { b.schema = 'finops-integrations/bundle/v2'; }, '/schema', /finops-integrations\/bundle\/v1/],
    ['unknown provider', 'aws-user', (b) => { b.provider = 'alibaba'; }, '/provider', /one of "aws", "gcp", "azure", "oci"/],
    ['missing integrationId', 'gcp-key', (b) => { delete b.integrationId; }, '/integrationId', /required/],
    ['integrationId of another provider', 'gcp-key', (b) => { b.integrationId = 'aws-123456789012'; }, '/integrationId', /pattern/],
    ['account id of 11 digits', 'aws-user', (b) => { b.costOrchestrator.accountId = '12345678901'; }, '/costOrchestrator/accountId', /pattern/],
    ['account id as a number', 'aws-user', (b) => { b.costOrchestrator.accountId = 123456789012; }, '/costOrchestrator/accountId', /string/],
    ['missing bucket', 'aws-user', (b) => { delete b.costOrchestrator.bucket; }, '/costOrchestrator/bucket', /required/],
    ['bucket name with uppercase', 'aws-role', (b) => { b.costOrchestrator.bucket.name = 'Acme_Billing'; }, '/costOrchestrator/bucket/name', /pattern/],
    ['export of unknown type', 'aws-user', (b) => { b.costOrchestrator.exports[1].type = 'CUR3'; }, '/costOrchestrator/exports/1/type', /one of/],
    ['both a user and a role', 'aws-user', (b) => { b.costOrchestrator.roleArn = 'arn:aws:iam::123456789012:role/x'; b.costOrchestrator.externalId = 'abcdef'; }, '/costOrchestrator', /exactly one identity/],
    ['no identity at all', 'aws-role', (b) => { delete b.costOrchestrator.roleArn; delete b.costOrchestrator.externalId; }, '/costOrchestrator', /exactly one identity/],
    ['billing account id in lowercase', 'gcp-key', (b) => { b.costOrchestrator.billingAccountId = '012345-6789ab-cdef01'; }, '/costOrchestrator/billingAccountId', /pattern/],
    ['dataset without location', 'gcp-key', (b) => { delete b.costOrchestrator.dataset.location; }, '/costOrchestrator/dataset/location', /required/],
    ['service account key as an object', 'gcp-key', (b) => { b.costOrchestrator.serviceAccountKey = { type: 'service_account' }; }, '/costOrchestrator/serviceAccountKey', /string/],
    ['bad tenant GUID', 'azure-secret', (b) => { b.costOrchestrator.tenantId = 'not-a-guid'; }, '/costOrchestrator/tenantId', /pattern/],
    ['GUID one character short', 'azure-secret', (b) => { b.costOrchestrator.clientId = '11111111-2222-3333-4444-55555555555'; }, '/costOrchestrator/clientId', /pattern/],
    ['storage account name with a dash', 'azure-secret', (b) => { b.costOrchestrator.storage.accountName = 'acme-finops'; }, '/costOrchestrator/storage/accountName', /pattern/],
    ['SAS expiry that is not RFC 3339', 'azure-secret', (b) => { b.costOrchestrator.storage.sasExpiry = '31/01/2027'; }, '/costOrchestrator/storage/sasExpiry', /pattern/],
    ['bad tenancy OCID', 'oci-key', (b) => { b.costOrchestrator.tenancyOcid = 'ocid1.user.oc1..aaaaaaaaexampleuserexampleuserexampleuser'; }, '/costOrchestrator/tenancyOcid', /pattern/],
    ['group OCID with uppercase', 'oci-key', (b) => { b.costOrchestrator.group.ocid = 'ocid1.group.oc1..AAAAAAAAEXAMPLEGROUPEXAMPLEGROUP'; }, '/costOrchestrator/group/ocid', /pattern/],
    ['fingerprint with 15 pairs', 'oci-key', (b) => { b.costOrchestrator.fingerprint = '12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de'; }, '/costOrchestrator/fingerprint', /pattern/],
    ['an unknown field', 'oci-key', (b) => { b.costOrchestrator.password = 'x'; }, '/costOrchestrator/password', /not a field/],
    ['recommendations.enabled as a string', 'oci-key', (b) => { b.recommendations.enabled = 'yes'; }, '/recommendations/enabled', /boolean/],
    ['manual step link over http', 'gcp-key', (b) => { b.manualSteps[0].url = 'http://console.cloud.google.com/billing'; }, '/manualSteps/0/url', /pattern/],
    ['org slug with spaces', 'azure-secret', (b) => { b.org.slug = 'ACME Azure'; }, '/org/slug', /pattern/],
  ];

  test.each(invalid)('rejects a bundle with %s', (_, name, mutate, pointer, words) => {
    const b = fixture(name);
    mutate(b);
    const result = validateBundle(b);
    expect(result.valid).toBe(false);
    const problem = result.problems.find((p) => p.pointer === pointer);
    expect(problem).toBeDefined();
    expect(problem!.message).toMatch(words);
  });

  test('reports every problem, not only the first', () => {
    const b = fixture('aws-user');
    b.costOrchestrator.accountId = 'x';
    b.costOrchestrator.bucket.region = 'US East';
    delete b.org;
    const pointers = validateBundle(b).problems.map((p) => p.pointer).sort();
    expect(pointers).toEqual(['/costOrchestrator/accountId', '/costOrchestrator/bucket/region', '/org']);
  });

  test('rejects what is not an object', () => {
    expect(validateBundle('a string').problems).toEqual([{ pointer: '', message: 'must be object; got "a string"' }]);
    expect(validateBundle(null).valid).toBe(false);
  });
});
