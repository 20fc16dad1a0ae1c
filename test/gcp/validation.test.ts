import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { build } from './helpers';
import { FinopsValidationError } from '../../src/core/errors';
import { BigQueryLocation, GcpBillingIntegration, GcpPlatformAccess } from '../../src/gcp';
import { thrownBy } from '../shared-helpers';

/**
 * Every bad prop fails at synth time with one message shape:
 * `<construct path>: '<prop>' <what is allowed>; got <value>` (STYLE rule 7).
 */
describe('validation', () => {
  test('fails if projectId has uppercase letters or underscores', () => {
    expect(() => build({ projectId: 'Acme_Billing' }))
      .toThrow(/^Stack\/Billing: 'projectId' must be 6 to 30 lowercase letters, digits and '-', starting with a letter and not ending with '-'; got 'Acme_Billing'$/);
  });

  test('fails if projectId is shorter than 6 characters', () => {
    expect(() => build({ projectId: 'acme' })).toThrow(/^Stack\/Billing: 'projectId' must be .*; got 'acme'$/);
  });

  test('fails if billingAccountId is not XXXXXX-XXXXXX-XXXXXX', () => {
    expect(() => build({ billingAccountId: '0123456789AB' }))
      .toThrow(/^Stack\/Billing: 'billingAccountId' must be a billing account ID of the form 'XXXXXX-XXXXXX-XXXXXX' \(uppercase hex\); got '0123456789AB'$/);
  });

  test('fails if billingAccountId is lowercase hex', () => {
    expect(() => build({ billingAccountId: '012345-6789ab-cdef01' })).toThrow(/'billingAccountId' must be a billing account ID .*; got '012345-6789ab-cdef01'$/);
  });

  test('fails if billingAccountId carries the billingAccounts/ prefix', () => {
    expect(() => build({ billingAccountId: 'billingAccounts/012345-6789AB-CDEF01' })).toThrow(/'billingAccountId' must be .*; got 'billingAccounts\/012345-6789AB-CDEF01'$/);
  });

  test('fails if organizationId is not the numeric ID', () => {
    expect(() => build({ organizationId: 'organizations/123456789012' }))
      .toThrow(/^Stack\/Billing: 'organizationId' must be a numeric organization ID such as '123456789012'; got 'organizations\/123456789012'$/);
  });

  test('fails if datasetId has a dash', () => {
    expect(() => build({ datasetId: 'billing-export' }))
      .toThrow(/^Stack\/Billing: 'datasetId' must be 1 to 1024 letters, digits and '_'; got 'billing-export'$/);
  });

  test('fails if tableId is a qualified name', () => {
    expect(() => build({ tableId: 'acme-billing.billing_export.cloud_pricing_export' }))
      .toThrow(/^Stack\/Billing: 'tableId' must be 1 to 1024 letters, digits and '_'; got 'acme-billing\.billing_export\.cloud_pricing_export'$/);
  });

  test('fails if location is a multi-region spelled in lowercase', () => {
    expect(() => build({ location: BigQueryLocation.of('eu') })).toThrow(/'location' must be 'US', 'EU' or a region .*; got 'eu'$/);
  });

  test('fails if location is not even location syntax', () => {
    expect(() => build({ location: BigQueryLocation.of('Europe West') }))
      .toThrow(/^Stack\/Billing: 'location' must be 'US', 'EU' or a region such as 'europe-west1'; got 'Europe West'$/);
  });

  test('fails if a plain-JavaScript user passes a raw string as location or access', () => {
    expect(() => build({ location: 'EU' as any }))
      .toThrow(/^Stack\/Billing: 'location' must be a value of the enum-like class, e\.g\. BigQueryLocation\.EU; got 'EU'$/);
    expect(() => build({ access: 'serviceAccount:reader@platform-prod.iam.gserviceaccount.com' as any }))
      .toThrow(/^Stack\/Billing: 'access' must be built by its class's factory methods, e\.g\. GcpPlatformAccess\.serviceAccountKey\(\); got 'serviceAccount:/);
  });

  test('fails if the external principal has no member type', () => {
    expect(() => build({ access: GcpPlatformAccess.externalPrincipal('reader@platform-prod.iam.gserviceaccount.com') }))
      .toThrow(/^Stack\/Billing: 'access' must be an IAM member such as 'serviceAccount:reader@platform\.iam\.gserviceaccount\.com'; got 'reader@platform-prod\.iam\.gserviceaccount\.com'$/);
  });

  test('fails if the external principal is allUsers', () => {
    expect(() => build({ access: GcpPlatformAccess.externalPrincipal('allUsers') })).toThrow(/'access' must be an IAM member .*; got 'allUsers'$/);
  });

  test('fails if serviceAccountId has uppercase letters', () => {
    expect(() => build({ access: GcpPlatformAccess.serviceAccountKey({ serviceAccountId: 'FinOpsReader' }) }))
      .toThrow(/^Stack\/Billing: 'access.serviceAccountId' must be 6 to 30 lowercase letters, digits and '-', starting with a letter and not ending with '-'; got 'FinOpsReader'$/);
  });

  test('fails if roleIdPrefix makes a role ID with a dash', () => {
    expect(() => build({ roleIdPrefix: 'finops-' }))
      .toThrow(/^Stack\/Billing: 'roleIdPrefix' must give role IDs of 3 to 64 letters, digits, '_' and '\.' \('finops-HierarchyRead' is not one\); got 'finops-'$/);
  });

  test('fails if roleIdPrefix makes a role ID longer than 64 characters', () => {
    expect(() => build({ roleIdPrefix: 'f'.repeat(50) })).toThrow(/'roleIdPrefix' must give role IDs of 3 to 64 .* \('f{50}RecommenderRead' is not one\); got 'f{50}'$/);
  });

  test('fails if a dataset label key has an uppercase letter', () => {
    expect(() => build({ datasetLabels: { Team: 'finops' } }))
      .toThrow(/^Stack\/Billing: 'datasetLabels.Team' must be a key of lowercase letters, digits, '_' and '-', starting with a lowercase letter; got 'Team'$/);
  });

  test('fails if a dataset label value has a space', () => {
    expect(() => build({ datasetLabels: { team: 'fin ops' } })).toThrow(/'datasetLabels.team' must be a value of up to 63 .*; got 'fin ops'$/);
  });

  test('fails if there are more than 64 dataset labels', () => {
    const labels = Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`l${i}`, 'x']));
    expect(() => build({ datasetLabels: labels })).toThrow(/^Stack\/Billing: 'datasetLabels' must have at most 64 labels; got '65 labels'$/);
  });

  test('fails if orgSlug is not a slug', () => {
    expect(() => build({ orgSlug: 'Acme GCP' })).toThrow(/^Stack\/Billing: 'orgSlug' must be 1 to 63 lowercase letters, digits and '-'.*; got 'Acme GCP'$/);
  });

  test('the error is a FinopsValidationError naming the prop', () => {
    const caught = thrownBy(() => build({ projectId: 'x' }));
    expect(caught).toBeInstanceOf(FinopsValidationError);
    expect(caught).toMatchObject({ name: 'FinopsValidationError', prop: 'projectId', constructPath: 'Stack/Billing' });
  });

  test('accepts the boundary values', () => {
    expect(() => build({
      projectId: 'a12345',
      organizationId: '1',
      datasetId: 'B',
      tableId: 'gcp_billing_export_v1_012345_6789AB_CDEF01',
      access: GcpPlatformAccess.serviceAccountKey({ serviceAccountId: 'abcdef' }),
      roleIdPrefix: 'f'.repeat(49),
      datasetLabels: { 'a': '', 'é-team_1': 'ü-2' },
      location: BigQueryLocation.ME_WEST1,
    })).not.toThrow();
  });

  test('skips values that are deploy-time tokens', () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'Stack');
    const v = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
    expect(() => new GcpBillingIntegration(stack, 'Billing', {
      projectId: v('project'),
      billingAccountId: v('billing_account'),
      organizationId: v('org'),
      datasetId: v('dataset'),
      tableId: v('table'),
      location: BigQueryLocation.of(v('location')),
      access: GcpPlatformAccess.externalPrincipal(v('member')),
      roleIdPrefix: v('prefix'),
    })).not.toThrow();
  });
});
