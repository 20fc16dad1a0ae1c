import { Construct } from 'constructs';
import { FinopsValidationError, propError } from '../../src/core/errors';
import { checkFormat } from '../../src/core/formats';
import { checkExclusive, checkIntegerRange, checkLength, checkOneOf, checkPattern } from '../../src/core/prop-checks';
import { isUnresolved } from '../../src/core/tokens';

const root = new Construct(undefined as any, '');
const child = new Construct(new Construct(root, 'Stack'), 'Billing');

describe('the prop error', () => {
  test('has the STYLE.md shape: path, prop, what is allowed, what it got', () => {
    const e = propError(child, 'reportPrefix', "must not start with '/'", '/billing');
    expect(e).toBeInstanceOf(FinopsValidationError);
    expect(e.name).toBe('FinopsValidationError');
    expect(e.message).toBe("Stack/Billing: 'reportPrefix' must not start with '/'; got '/billing'");
    expect(e.constructPath).toBe('Stack/Billing');
    expect(e.prop).toBe('reportPrefix');
  });

  test('shows non-strings as JSON and a missing value as nothing', () => {
    expect(propError(child, 'days', 'must be positive', -1).message).toMatch(/got -1$/);
    expect(propError(child, 'tags', 'must be short', ['a']).message).toMatch(/got \["a"\]$/);
    expect(propError(child, 'x', 'is required', undefined).message).toMatch(/got nothing$/);
  });
});

describe('prop checks', () => {
  test('checkPattern fails with the allowed form in words', () => {
    expect(() => checkPattern(child, 'accountId', '12', /^\d{12}$/, '12 digits'))
      .toThrow("Stack/Billing: 'accountId' must be 12 digits; got '12'");
    expect(() => checkPattern(child, 'accountId', '123456789012', /^\d{12}$/, '12 digits')).not.toThrow();
  });

  test('every check skips tokens and undefined', () => {
    expect(() => checkPattern(child, 'a', '${Token[X.1]}', /^z$/, 'z')).not.toThrow();
    expect(() => checkLength(child, 'a', '${TfToken[TOKEN.3]}', 5, 6)).not.toThrow();
    expect(() => checkOneOf(child, 'a', undefined, ['x'])).not.toThrow();
    expect(() => checkIntegerRange(child, 'a', -1.8881545897087626e+289, 1, 2)).not.toThrow();
  });

  test('checkLength, checkOneOf, checkIntegerRange and checkExclusive name prop and value', () => {
    expect(() => checkLength(child, 'externalId', 'a', 2, 1224)).toThrow(/'externalId' must have 2 to 1224 characters \(has 1\); got 'a'/);
    expect(() => checkOneOf(child, 'location', 'MARS', ['US', 'EU'])).toThrow(/'location' must be one of 'US', 'EU'; got 'MARS'/);
    expect(() => checkIntegerRange(child, 'sasValidityDays', 0.5, 1, 365)).toThrow(/'sasValidityDays' must be a whole number from 1 to 365; got 0.5/);
    expect(() => checkExclusive(child, ['bucket', 'bucketName'], [{}, 'b'])).toThrow(/'bucketName' cannot be combined with 'bucket'; got 'b'/);
    expect(() => checkExclusive(child, ['bucket', 'bucketName'], [undefined, 'b'])).not.toThrow();
  });

  test('checkFormat uses the pattern and words of the shipped schema', () => {
    expect(() => checkFormat(child, 'billingAccountId', 'abc', 'gcpBillingAccountId'))
      .toThrow("Stack/Billing: 'billingAccountId' must be a billing account ID of the form 'XXXXXX-XXXXXX-XXXXXX' (uppercase hex); got 'abc'");
    expect(() => checkFormat(child, 'billingAccountId', '012345-6789AB-CDEF01', 'gcpBillingAccountId')).not.toThrow();
  });

  test('isUnresolved recognises the tokens of both frameworks', () => {
    expect(isUnresolved('${Token[TOKEN.1]}')).toBe(true);
    expect(isUnresolved('prefix-${TfToken[TOKEN.7]}')).toBe(true);
    expect(isUnresolved(['#{Token[TOKEN.2]}'])).toBe(true);
    expect(isUnresolved('plain')).toBe(false);
    expect(isUnresolved(42)).toBe(false);
  });
});

describe('bundleBase', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { bundleBase } = require('../../src/core/bundle-base');

  test('fills the common fields from the common props, with the provider as default org', () => {
    expect(bundleBase(child, 'gcp', 'gcp-012345-6789AB-CDEF01', {})).toEqual({
      schema: 'finops-integrations/bundle/v1',
      provider: 'gcp',
      integrationId: 'gcp-012345-6789AB-CDEF01',
      org: { slug: 'gcp' },
      recommendations: { enabled: false },
    });
    const b = bundleBase(child, 'aws', 'aws-123456789012', { orgSlug: 'acme-aws', orgDisplayName: 'ACME', recommendations: true },
      [{ id: 'x', description: 'y' }]);
    expect(b.org).toEqual({ slug: 'acme-aws', displayName: 'ACME' });
    expect(b.recommendations).toEqual({ enabled: true });
    expect(b.manualSteps).toEqual([{ id: 'x', description: 'y' }]);
  });

  test("fails if 'orgSlug' is not a slug", () => {
    expect(() => bundleBase(child, 'aws', 'aws-123456789012', { orgSlug: 'ACME AWS' }))
      .toThrow("Stack/Billing: 'orgSlug' must be 1 to 63 lowercase letters, digits and '-', starting with a letter or digit; got 'ACME AWS'");
  });
});
