import { fixture } from './fixtures';
import { BundleSchema, IntegrationId, validateBundle } from '../../src/core';
import { FinopsValidationError } from '../../src/core/errors';

describe('IntegrationId', () => {
  test('builds one stable id per provider from the billing scope', () => {
    expect(IntegrationId.aws('123456789012')).toBe('aws-123456789012');
    expect(IntegrationId.gcp('012345-6789AB-CDEF01')).toBe('gcp-012345-6789AB-CDEF01');
    expect(IntegrationId.azure('00000000-1111-2222-3333-AAAAAAAAAAAA')).toBe('azure-00000000-1111-2222-3333-aaaaaaaaaaaa');
    expect(IntegrationId.oci('ocid1.tenancy.oc1..aaaaaaaaexampletenancyexampletenancyexample'))
      .toBe('oci-ocid1.tenancy.oc1..aaaaaaaaexampletenancyexampletenancyexample');
  });

  test('the ids it builds are the ones the schema accepts', () => {
    for (const [name, id] of [
      ['aws-user', IntegrationId.aws('123456789012')],
      ['gcp-key', IntegrationId.gcp('012345-6789AB-CDEF01')],
      ['azure-secret', IntegrationId.azure('00000000-1111-2222-3333-444444444444')],
      ['oci-key', IntegrationId.oci('ocid1.tenancy.oc1..aaaaaaaaexampletenancyexampletenancyexample')],
    ]) {
      expect(validateBundle({ ...fixture(name), integrationId: id }).valid).toBe(true);
    }
  });

  test('passes deploy-time tokens through unchanged', () => {
    expect(IntegrationId.aws('${Token[AWS.AccountId.6]}')).toBe('aws-${Token[AWS.AccountId.6]}');
    expect(IntegrationId.gcp('${TfToken[TOKEN.12]}')).toBe('gcp-${TfToken[TOKEN.12]}');
  });

  test('fails on an id of the wrong form, naming the argument and the value', () => {
    expect(() => IntegrationId.aws('12345')).toThrow(FinopsValidationError);
    expect(() => IntegrationId.aws('12345')).toThrow("IntegrationId.aws: 'payerAccountId' must be a valid id (see schemas/bundle/v1/common.schema.json); got '12345'");
    expect(() => IntegrationId.gcp('012345-6789ab-cdef01')).toThrow(/'billingAccountId'.*got '012345-6789ab-cdef01'/);
  });

  test('the schema version constant is the one the schema requires', () => {
    expect(validateBundle({ ...fixture('aws-user'), schema: BundleSchema.V1 }).valid).toBe(true);
  });
});
