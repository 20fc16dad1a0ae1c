import { Lazy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { PLATFORM_ACCOUNT, newStack } from './helpers';
import { AwsBillingIntegration, AwsBillingIntegrationProps, AwsCostExport, AwsPlatformAccess } from '../../src/aws';
import { FinopsValidationError } from '../../src/core/errors';
import { thrownBy } from '../shared-helpers';

/** Create the integration at `Stack/Billing` (us-east-1 of the placeholder account unless `env` says otherwise). */
function create(props: AwsBillingIntegrationProps, env: { account?: string; region?: string } = { account: '123456789012', region: 'us-east-1' }) {
  const { stack } = newStack({ env });
  return new AwsBillingIntegration(stack, 'Billing', props);
}

const role = (trustedAccountId: string, externalId: string, roleName?: string) =>
  AwsPlatformAccess.role({ trustedAccountId, externalId, roleName });

describe('synth-time validation', () => {
  test('every error has the one message shape and type', () => {
    const caught = thrownBy(() => create({ bucketName: 'Acme_Billing' }));
    expect(caught).toBeInstanceOf(FinopsValidationError);
    expect((caught as Error).message).toBe(
      "Stack/Billing: 'bucketName' must be 3 to 63 lowercase letters, digits, '.' and '-', starting and ending with a letter or digit, not an IP address; got 'Acme_Billing'");
  });

  // [what is wrong, props, env (default us-east-1), message]
  const cases: Array<[string, () => AwsBillingIntegrationProps, { account?: string; region?: string } | undefined, RegExp]> = [
    // region and account
    ['the stack region is concrete and not us-east-1', () => ({}), { account: '123456789012', region: 'eu-west-1' },
      /^Stack\/Billing: 'env.region' must be 'us-east-1': .*; got 'eu-west-1'$/],
    ['the stack account is not 12 digits', () => ({}), { account: '12345', region: 'us-east-1' },
      /'env.account' must be a 12-digit AWS account ID; got '12345'$/],
    // bucket
    ['bucketName has uppercase letters', () => ({ bucketName: 'Acme-Billing' }), undefined, /'bucketName' must be 3 to 63 lowercase/],
    ['bucketName is too short', () => ({ bucketName: 'ab' }), undefined, /'bucketName' must be 3 to 63 .*; got 'ab'$/],
    ['bucketName is an IP address', () => ({ bucketName: '192.168.1.10' }), undefined, /'bucketName' must be .*not an IP address; got '192.168.1.10'$/],
    ['bucketName has two dots in a row', () => ({ bucketName: 'acme..billing' }), undefined, /'bucketName' must be/],
    ['bucket and bucketName are both set', () => ({ bucket: importedBucket(), bucketName: 'acme-billing' }), undefined,
      /'bucketName' cannot be combined with 'bucket'; got 'acme-billing'$/],
    ['bucket and serverAccessLogsBucket are both set', () => ({ bucket: importedBucket(), serverAccessLogsBucket: importedBucket('logs') }), undefined,
      /'serverAccessLogsBucket' cannot be combined with 'bucket'/],
    ['bucket and noncurrentVersionRetentionDays are both set', () => ({ bucket: importedBucket(), noncurrentVersionRetentionDays: 10 }), undefined,
      /'noncurrentVersionRetentionDays' cannot be combined with 'bucket'; got 10$/],
    ['noncurrentVersionRetentionDays is 0', () => ({ noncurrentVersionRetentionDays: 0 }), undefined,
      /'noncurrentVersionRetentionDays' must be a whole number from 1 to 3650; got 0$/],
    ['noncurrentVersionRetentionDays is not whole', () => ({ noncurrentVersionRetentionDays: 1.5 }), undefined, /whole number from 1 to 3650; got 1.5$/],
    // prefixes
    ["prefix starts with '/'", () => ({ prefix: '/billing' }), undefined, /'prefix' must not start with '\/'; got '\/billing'$/],
    ["prefix ends with '/'", () => ({ prefix: 'billing/' }), undefined, /'prefix' must not end with '\/'; got 'billing\/'$/],
    ["prefix has an empty folder ('//')", () => ({ prefix: 'a//b' }), undefined, /'prefix' must not contain an empty folder/],
    ['prefix has a space', () => ({ prefix: 'my billing' }), undefined, /'prefix' must be up to 512 characters from .*; got 'my billing'$/],
    ['prefix is longer than 512 characters', () => ({ prefix: 'a'.repeat(513) }), undefined, /'prefix' must be up to 512 characters/],
    ['an export prefix is empty', () => ({ exports: [AwsCostExport.cur2({ prefix: '' })] }), undefined, /'exports\[0\].prefix' must not be empty; got ''$/],
    ['an export prefix has a character S3 prefixes may not', () => ({ exports: [AwsCostExport.focus({ prefix: 'focus#1' })] }), undefined,
      /'exports\[0\].prefix' must be up to 512 characters/],
    ['common and export prefix together pass 512 characters', () => ({ prefix: 'a'.repeat(400), exports: [AwsCostExport.cur2({ prefix: 'b'.repeat(200) })] }), undefined,
      /'exports\[0\].prefix' must be up to 512 characters/],
    ['a legacy CUR report\'s common and export prefix together pass 256 characters (AWS::CUR::ReportDefinition S3Prefix)',
      () => ({ prefix: 'a'.repeat(200), exports: [AwsCostExport.legacyCur({ prefix: 'b'.repeat(56) })] }), undefined,
      /^Stack\/Billing: 'exports\[0\].prefix' with the common prefix must be at most 256 characters for a legacy CUR report \(has 257\); got 'a{200}\/b{56}'$/],
    ['a legacy CUR report\'s own folder passes 256 characters at the bucket root', () => ({ prefix: '', exports: [AwsCostExport.legacyCur({ prefix: 'c'.repeat(257) })] }), undefined,
      /'exports\[0\].prefix' with the common prefix must be at most 256 characters for a legacy CUR report \(has 257\)/],
    // exports
    ['exports is empty', () => ({ exports: [] }), undefined, /'exports' must hold at least one export; got \[\]$/],
    ['a CUR 2.0 export name has a space', () => ({ exports: [AwsCostExport.cur2({ name: 'my export' })] }), undefined,
      /'exports\[0\].name' must be letters, digits, '-' and '_' only \(Data Exports export name\); got 'my export'$/],
    ["a CUR 2.0 export name has a '.' (Data Exports names: ^[0-9A-Za-z\\-_]+$)", () => ({ exports: [AwsCostExport.cur2({ name: 'finops.cur2' })] }), undefined,
      /^Stack\/Billing: 'exports\[0\].name' must be letters, digits, '-' and '_' only \(Data Exports export name\); got 'finops.cur2'$/],
    ["a FOCUS export name has '(' and ')'", () => ({ exports: [AwsCostExport.focus({ name: 'a(b)' })] }), undefined,
      /'exports\[0\].name' must be letters, digits, '-' and '_' only \(Data Exports export name\); got 'a\(b\)'$/],
    ["a CUR 2.0 export name has one of legacy CUR's extra characters !*'", () => ({ exports: [AwsCostExport.legacyCur(), AwsCostExport.cur2({ name: "it's!*" })] }), undefined,
      /'exports\[1\].name' must be letters, digits, '-' and '_' only \(Data Exports export name\)/],
    ['a legacy CUR report name has a space', () => ({ exports: [AwsCostExport.legacyCur({ name: 'my report' })] }), undefined,
      /'exports\[0\].name' must be letters, digits and !-_.\*'\(\) only \(legacy CUR report name\); got 'my report'$/],
    ['an export name is longer than 128 characters', () => ({ exports: [AwsCostExport.legacyCur({ name: 'r'.repeat(129) })] }), undefined,
      /'exports\[0\].name' must have 1 to 128 characters \(has 129\)/],
    ['an export name is empty', () => ({ exports: [AwsCostExport.focus({ name: '' })] }), undefined, /'exports\[0\].name' must have 1 to 128 characters \(has 0\)/],
    ['two exports share a name', () => ({ exports: [AwsCostExport.cur2({ name: 'billing' }), AwsCostExport.focus({ name: 'billing' })] }), undefined,
      /'exports\[1\].name' must be unique among the exports \(exports\[0\] has it too\); got 'billing'$/],
    ['two exports share a prefix', () => ({ exports: [AwsCostExport.cur2(), AwsCostExport.cur2({ name: 'second' })] }), undefined,
      /'exports\[1\].prefix' must be unique among the exports \(exports\[0\] writes to 'finops\/cur2' too\); got 'cur2'$/],
    ["an export's prefix is inside another's", () => ({ exports: [AwsCostExport.cur2(), AwsCostExport.focus({ prefix: 'cur2/focus' })] }), undefined,
      /'exports\[1\].prefix' must not contain or be inside another export's prefix/],
    // identity
    ['trustedAccountId is not 12 digits', () => ({ access: role('21098765432', 'acme-7f3c2a') }), undefined,
      /'access.trustedAccountId' must be a 12-digit AWS account ID; got '21098765432'$/],
    ['externalId is 1 character', () => ({ access: role(PLATFORM_ACCOUNT, 'x') }), undefined, /'access.externalId' must have 2 to 1224 characters \(has 1\); got 'x'$/],
    ['externalId has a space', () => ({ access: role(PLATFORM_ACCOUNT, 'acme 7f3c') }), undefined,
      /'access.externalId' must be 2 to 1224 characters from letters, digits and \+=,.@:\/_-; got 'acme 7f3c'$/],
    ['externalId is longer than 1224 characters', () => ({ access: role(PLATFORM_ACCOUNT, 'e'.repeat(1225)) }), undefined, /'access.externalId' must have 2 to 1224 characters/],
    ['roleName has a slash', () => ({ access: role(PLATFORM_ACCOUNT, 'acme-7f3c2a', 'finops/reader') }), undefined,
      /'access.roleName' must be letters, digits and \+=,.@_- only; got 'finops\/reader'$/],
    ['userName is longer than 64 characters', () => ({ access: AwsPlatformAccess.iamUser({ userName: 'u'.repeat(65) }) }), undefined,
      /'access.userName' must have 1 to 64 characters \(has 65\)/],
    ['secretName has a space', () => ({ access: AwsPlatformAccess.iamUser({ secretName: 'finops key' }) }), undefined,
      /'access.secretName' must be letters, digits and \/_\+=.@- only; got 'finops key'$/],
    ['accessKeySerial is negative', () => ({ access: AwsPlatformAccess.iamUser({ accessKeySerial: -1 }) }), undefined,
      /'access.accessKeySerial' must be a whole number from 0 to 1000000; got -1$/],
    // common props
    ['orgSlug has uppercase letters', () => ({ orgSlug: 'ACME' }), undefined, /'orgSlug' must be 1 to 63 lowercase letters, digits and '-'.*; got 'ACME'$/],
  ];

  test.each(cases)('fails if %s', (_, props, env, message) => {
    expect(() => create(props(), env)).toThrow(message);
  });

  test.each([
    ['prefix', { prefix: '/x' }],
    ['access.externalId', { access: role(PLATFORM_ACCOUNT, 'x') }],
    ['access.userName', { access: AwsPlatformAccess.iamUser({ userName: 'a b' }) }],
  ])('fails on %s before creating any resource', (prop, props) => {
    const { stack } = newStack();
    expect(() => new AwsBillingIntegration(stack, 'Billing', props)).toThrow(new RegExp(`'${prop}'`));
    expect(stack.node.findChild('Billing').node.children).toEqual([]);
  });

  test('skips values that are tokens (checked by CloudFormation at deploy time instead)', () => {
    const bad = Lazy.string({ produce: () => 'Not A Valid Name' });
    expect(() => create({ bucketName: bad, access: role(PLATFORM_ACCOUNT, Lazy.string({ produce: () => 'x' })) })).not.toThrow();
  });

  test('accepts the edge values: empty common prefix, 2-character ExternalId, 128-character name, dotted bucket name', () => {
    expect(() => create({ prefix: '', bucketName: 'acme.billing-1', exports: [AwsCostExport.cur2({ name: 'n'.repeat(128) })] })).not.toThrow();
    expect(() => create({ access: role(PLATFORM_ACCOUNT, 'ab') })).not.toThrow();
  });

  test("accepts each export type's own name characters: '-' and '_' for Data Exports, also !.*'() for legacy CUR", () => {
    expect(() => create({ exports: [AwsCostExport.cur2({ name: 'Finops_CUR-2' }), AwsCostExport.focus({ name: 'focus_1-2' })] })).not.toThrow();
    expect(() => create({ exports: [AwsCostExport.legacyCur({ name: 'finops.cur' })] })).not.toThrow();
    expect(() => create({ exports: [AwsCostExport.legacyCur({ name: "finops!cur*(v1)'" })] })).not.toThrow();
  });

  test('accepts a legacy CUR prefix of exactly 256 characters, and a longer one for Data Exports', () => {
    expect(() => create({ prefix: 'a'.repeat(200), exports: [AwsCostExport.legacyCur({ prefix: 'b'.repeat(55) })] })).not.toThrow();
    expect(() => create({ prefix: 'a'.repeat(400), exports: [AwsCostExport.cur2({ prefix: 'b'.repeat(100) }), AwsCostExport.focus({ prefix: 'c'.repeat(100) })] })).not.toThrow();
  });
});

/** A bucket imported by name (a stack of its own, so that the name is free). */
function importedBucket(name = 'acme-billing') {
  const { stack } = newStack();
  return s3.Bucket.fromBucketName(stack, `Imported-${name}`, name);
}
