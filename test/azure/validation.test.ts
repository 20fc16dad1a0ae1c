import { build, OTHER_SUBSCRIPTION, SUBSCRIPTION } from './helpers';
import { AzureExportScope, AzurePlatformAccess } from '../../src/azure';
import { FinopsValidationError } from '../../src/core/errors';
import { thrownBy } from '../shared-helpers';

const ACCOUNT_ID = `/subscriptions/${OTHER_SUBSCRIPTION}/resourceGroups/shared-storage/providers/Microsoft.Storage/storageAccounts/acmeshared`;

/**
 * Every bad prop fails at synth time with one message shape:
 * `<construct path>: '<prop path>' <what is allowed>; got <value>`.
 */
describe('validation', () => {
  test('fails if tenantId is not a GUID', () => {
    expect(() => build({ tenantId: 'contoso.onmicrosoft.com' }))
      .toThrow(/^Stack\/Billing: 'tenantId' must be a GUID such as '00000000-0000-0000-0000-000000000000'; got 'contoso\.onmicrosoft\.com'$/);
  });

  test('fails if subscriptionId carries the /subscriptions/ prefix', () => {
    expect(() => build({ subscriptionId: `/subscriptions/${SUBSCRIPTION}` }))
      .toThrow(/^Stack\/Billing: 'subscriptionId' must be a GUID .*; got '\/subscriptions\/11111111-/);
  });

  test('fails if storageAccountName has uppercase letters', () => {
    expect(() => build({ storageAccountName: 'AcmeFinops' }))
      .toThrow(/^Stack\/Billing: 'storageAccountName' must be 3 to 24 lowercase letters and digits; got 'AcmeFinops'$/);
  });

  test('fails if storageAccountName is longer than 24 characters', () => {
    expect(() => build({ storageAccountName: 'acmefinopsexportsstorage01' })).toThrow(/'storageAccountName' must be 3 to 24 lowercase letters and digits; got 'acmefinopsexportsstorage01'$/);
  });

  test('fails if storageAccountName has a dash', () => {
    expect(() => build({ storageAccountName: 'acme-finops' })).toThrow(/'storageAccountName' must be 3 to 24 .*; got 'acme-finops'$/);
  });

  test('fails if a new storage account has no name', () => {
    expect(() => build({ storageAccountName: undefined }))
      .toThrow(/^Stack\/Billing: 'storageAccountName' is required for a new storage account \(or give 'storageAccountId'\); got nothing$/);
  });

  test('fails if containerName has a double dash', () => {
    expect(() => build({ containerName: 'cost--exports' }))
      .toThrow(/^Stack\/Billing: 'containerName' must be 3 to 63 lowercase letters, digits and single '-', starting and ending with a letter or digit; got 'cost--exports'$/);
  });

  test('fails if containerName has uppercase letters', () => {
    expect(() => build({ containerName: 'CostExports' })).toThrow(/'containerName' must be 3 to 63 .*; got 'CostExports'$/);
  });

  test('fails if resourceGroupName ends with a dot', () => {
    expect(() => build({ resourceGroupName: 'finops.' })).toThrow(/^Stack\/Billing: 'resourceGroupName' must be 1 to 90 letters, .*; got 'finops\.'$/);
  });

  test('fails if location is a display name', () => {
    expect(() => build({ location: 'West Europe' }))
      .toThrow(/^Stack\/Billing: 'location' must be an Azure region name in lowercase without spaces, such as 'westeurope'; got 'West Europe'$/);
  });

  test('fails if storageAccountId is not a storage account ID', () => {
    expect(() => build({ storageAccountName: undefined, resourceGroupName: undefined, location: undefined, storageAccountId: '/subscriptions/x/resourceGroups/rg' }))
      .toThrow(/^Stack\/Billing: 'storageAccountId' must be a storage account ID such as '\/subscriptions\/<subscription id>\/.*'; got '\/subscriptions\/x\/resourceGroups\/rg'$/);
  });

  test('fails if storageAccountId is combined with storageAccountName', () => {
    expect(() => build({ storageAccountId: ACCOUNT_ID }))
      .toThrow(/^Stack\/Billing: 'storageAccountName' cannot be combined with 'storageAccountId'; got 'acmefinopsexports'$/);
  });

  test('fails if allowedIpRanges is given with storageAccountId', () => {
    expect(() => build({ storageAccountName: undefined, resourceGroupName: undefined, location: undefined, storageAccountId: ACCOUNT_ID, allowedIpRanges: ['203.0.113.0/24'] }))
      .toThrow(/^Stack\/Billing: 'allowedIpRanges' applies only to a new storage account/);
  });

  test('fails if exportNamePrefix is longer than 16 characters', () => {
    expect(() => build({ exportNamePrefix: 'finops-billing-exports' }))
      .toThrow(/^Stack\/Billing: 'exportNamePrefix' must be 1 to 16 letters, digits, '-' and '_', starting with a letter or digit; got 'finops-billing-exports'$/);
  });

  test('fails if rootFolderPath starts with a slash', () => {
    expect(() => build({ rootFolderPath: '/finops' })).toThrow(/^Stack\/Billing: 'rootFolderPath' must be segments of .*; got '\/finops'$/);
  });

  test('fails if applicationDisplayName is empty', () => {
    expect(() => build({ applicationDisplayName: '' })).toThrow(/^Stack\/Billing: 'applicationDisplayName' must have 1 to 120 characters \(has 0\); got ''$/);
  });

  test.each([0, 366, 1.5])('fails if sasValidityDays is %p', (days) => {
    expect(() => build({ sasValidityDays: days })).toThrow(new RegExp(`^Stack/Billing: 'sasValidityDays' must be a whole number from 2 to 365; got ${days}$`));
  });

  test('fails if sasValidityDays is not longer than rotationDays', () => {
    expect(() => build({ sasValidityDays: 30, rotationDays: 30 }))
      .toThrow(/^Stack\/Billing: 'sasValidityDays' must be longer than 'rotationDays' \(30\), or the SAS token expires before the rotation renews it; got 30$/);
  });

  test('fails if rotationDays is 0', () => {
    expect(() => build({ rotationDays: 0 })).toThrow(/'rotationDays' must be a whole number from 1 to 364; got 0$/);
  });

  test.each([
    ['10.0.0.0/8', /must be a public range/],
    ['192.168.1.10', /must be a public range/],
    ['203.0.113.7/32', /must not use a \/31 or \/32 prefix/],
    ['2001:db8::/32', /must be a public IPv4 address or CIDR range/],
    ['203.0.113.300', /must be a public IPv4 address or CIDR range/],
  ])('fails if allowedIpRanges holds %s', (range, message) => {
    const error = thrownBy(() => build({ allowedIpRanges: ['198.51.100.0/24', range] }));
    expect(String((error as Error).message)).toMatch(/^Stack\/Billing: 'allowedIpRanges\[1\]' /);
    expect((error as Error).message).toMatch(message);
  });

  test('fails if allowedIpRanges is empty', () => {
    expect(() => build({ allowedIpRanges: [] })).toThrow(/'allowedIpRanges' must hold at least one range/);
  });

  test('fails if exportScopes is empty', () => {
    expect(() => build({ exportScopes: [] })).toThrow(/^Stack\/Billing: 'exportScopes' must hold at least one scope/);
  });

  test('fails if a subscription scope is not a GUID, naming its index', () => {
    expect(() => build({ exportScopes: [AzureExportScope.subscription(SUBSCRIPTION), AzureExportScope.subscription('prod')] }))
      .toThrow(/^Stack\/Billing: 'exportScopes\[1\]\.subscriptionId' must be a GUID .*; got 'prod'$/);
  });

  test('fails if a resource group scope has a bad name', () => {
    expect(() => build({ exportScopes: [AzureExportScope.resourceGroup(SUBSCRIPTION, 'rg/apps')] }))
      .toThrow(/^Stack\/Billing: 'exportScopes\[0\]\.resourceGroupName' must be 1 to 90 letters, .*; got 'rg\/apps'$/);
  });

  test('fails if a billing account scope is neither an EA number nor an MCA ID', () => {
    expect(() => build({ exportScopes: [AzureExportScope.billingAccount('acme-billing')] }))
      .toThrow(/^Stack\/Billing: 'exportScopes\[0\]\.billingAccountId' must be an EA enrollment number \(digits\) or an MCA billing account ID .*; got 'acme-billing'$/);
  });

  test('fails if a scope is listed twice, in any letter case', () => {
    const scopes = [SUBSCRIPTION, OTHER_SUBSCRIPTION, SUBSCRIPTION.toUpperCase()].map((id) => AzureExportScope.subscription(id));
    expect(() => build({ exportScopes: scopes }))
      .toThrow(/^Stack\/Billing: 'exportScopes\[2\]' must not repeat exportScopes\[0\] \(each scope gets its exports once\); got '\/subscriptions\/11111111-1111-4111-8111-111111111111'$/i);
  });

  test('fails if a plain-JavaScript user passes a subscription ID string as a scope', () => {
    expect(() => build({ exportScopes: [SUBSCRIPTION as unknown as AzureExportScope] }))
      .toThrow(/^Stack\/Billing: 'exportScopes\[0\]' /);
  });

  test('fails if a plain-JavaScript user passes a string as access', () => {
    expect(() => build({ access: 'clientSecret' as unknown as AzurePlatformAccess })).toThrow(/^Stack\/Billing: 'access' /);
  });

  test('fails if the client secret lives longer than 2 years', () => {
    expect(() => build({ access: AzurePlatformAccess.clientSecret({ validityDays: 800 }) }))
      .toThrow(/^Stack\/Billing: 'access\.validityDays' must be a whole number from 2 to 730; got 800$/);
  });

  test('fails if the client secret expires before the rotation replaces it', () => {
    expect(() => build({ rotationDays: 60, access: AzurePlatformAccess.clientSecret({ validityDays: 45 }) }))
      .toThrow(/^Stack\/Billing: 'access\.validityDays' must be longer than 'rotationDays' \(60\)/);
  });

  test('fails if the federated issuer is not https', () => {
    expect(() => build({ access: AzurePlatformAccess.federatedCredential({ issuer: 'http://issuer.platform.example', subject: 'tenant:acme' }) }))
      .toThrow(/^Stack\/Billing: 'access\.issuer' must be an 'https:\/\/' URL of up to 600 characters; got 'http:\/\/issuer\.platform\.example'$/);
  });

  test('fails if the federated credential has two audiences', () => {
    expect(() => build({ access: AzurePlatformAccess.federatedCredential({ issuer: 'https://issuer.platform.example', subject: 'tenant:acme', audiences: ['a', 'b'] }) }))
      .toThrow(/^Stack\/Billing: 'access\.audiences' must hold exactly one audience/);
  });

  test('fails if the federated subject is empty', () => {
    expect(() => build({ access: AzurePlatformAccess.federatedCredential({ issuer: 'https://issuer.platform.example', subject: '' }) }))
      .toThrow(/^Stack\/Billing: 'access\.subject' must have 1 to 600 characters/);
  });

  test('fails if orgSlug has uppercase letters', () => {
    expect(() => build({ orgSlug: 'Acme' })).toThrow(/^Stack\/Billing: 'orgSlug' /);
  });

  test('errors are FinopsValidationError naming the construct path and the full prop path', () => {
    const error = thrownBy(() => build({ exportScopes: [AzureExportScope.resourceGroup('nope', 'rg')] }));
    expect(error).toBeInstanceOf(FinopsValidationError);
    expect(error).toMatchObject({ constructPath: 'Stack/Billing', prop: 'exportScopes[0].subscriptionId' });
  });
});
