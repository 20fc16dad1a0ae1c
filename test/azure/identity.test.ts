import { refOfOnly, synthIntegration } from './helpers';
import { AzurePlatformAccess } from '../../src/azure';

describe('identity: app registration and service principal', () => {
  const { t } = synthIntegration({ emitOutputs: true });

  test('one single-tenant app registration and its service principal, by client ID', () => {
    t.resourceCountIs('azuread_application', 1);
    t.hasResourceProperties('azuread_application', { display_name: 'finops-billing-reader', sign_in_audience: 'AzureADMyOrg' });
    t.resourceCountIs('azuread_service_principal', 1);
    t.hasResourceProperties('azuread_service_principal', { client_id: refOfOnly(t, 'azuread_application', 'client_id') });
  });

  test('the bundle names the app (client ID) and the service principal (object ID)', () => {
    const bundle = t.hasOutput('finops_azure_bundle').value as any;
    expect(bundle.costOrchestrator).toMatchObject({
      clientId: refOfOnly(t, 'azuread_application', 'client_id'),
      objectId: refOfOnly(t, 'azuread_service_principal', 'object_id'),
    });
  });

  test('applicationDisplayName names the app', () => {
    synthIntegration({ applicationDisplayName: 'FinOps reader (prod)' }).t
      .hasResourceProperties('azuread_application', { display_name: 'FinOps reader (prod)' });
  });
});

describe('identity: client secret (default)', () => {
  const { t, integration } = synthIntegration({ emitOutputs: true });
  const rotation = () => t.resources('time_rotating')[0];

  test('a time_rotating of 30 days drives the secret', () => {
    t.resourceCountIs('time_rotating', 1);
    t.hasResourceProperties('time_rotating', { rotation_days: 30 });
  });

  test('the secret ends 90 days after the rotation that created it and is replaced with it', () => {
    t.resourceCountIs('azuread_application_password', 1);
    t.hasResourceProperties('azuread_application_password', {
      application_id: refOfOnly(t, 'azuread_application', 'id'),
      end_date: `\${timeadd(time_rotating.${rotation().id}.rfc3339, "2160h")}`,
      rotate_when_changed: { rotation: `\${time_rotating.${rotation().id}.id}` },
    });
  });

  test('the secret value is in the bundle and the bundle output is sensitive', () => {
    const out = t.hasOutput('finops_azure_bundle', { sensitive: true });
    expect((out.value as any).costOrchestrator.clientSecret).toBe(refOfOnly(t, 'azuread_application_password', 'value'));
    expect(integration.clientSecret).toBeDefined();
  });

  test('no per-field output holds the secret', () => {
    const fieldOutputs = Object.entries(t.outputs()).filter(([name]) => name !== 'finops_azure_bundle');
    expect(fieldOutputs.length).toBeGreaterThan(0);
    for (const [name, out] of fieldOutputs) {
      expect([name, JSON.stringify(out.value)]).not.toEqual([name, expect.stringMatching(/azuread_application_password|blob_container_sas/)]);
    }
  });

  test('validityDays and rotationDays set the end date and the rotation', () => {
    const custom = synthIntegration({ rotationDays: 14, sasValidityDays: 30, access: AzurePlatformAccess.clientSecret({ validityDays: 28, displayName: 'platform' }) }).t;
    custom.hasResourceProperties('time_rotating', { rotation_days: 14 });
    custom.hasResourceProperties('azuread_application_password', { display_name: 'platform', end_date: expect.stringContaining('"672h"') });
  });
});

describe('identity: federated credential', () => {
  const access = AzurePlatformAccess.federatedCredential({ issuer: 'https://issuer.platform.example', subject: 'tenant:acme' });
  const { t, integration } = synthIntegration({ access, emitOutputs: true });

  test('creates a federated credential on the app and no secret', () => {
    t.resourceCountIs('azuread_application_password', 0);
    t.resourceCountIs('azuread_application_federated_identity_credential', 1);
    t.hasResourceProperties('azuread_application_federated_identity_credential', {
      application_id: refOfOnly(t, 'azuread_application', 'id'),
      issuer: 'https://issuer.platform.example',
      subject: 'tenant:acme',
      audiences: ['api://AzureADTokenExchange'],
      display_name: 'finops-platform',
    });
    expect(integration.clientSecret).toBeUndefined();
    expect(integration.federatedCredential).toBeDefined();
  });

  test('the bundle has no clientSecret', () => {
    expect(integration.outputs.costOrchestrator.clientSecret).toBeUndefined();
    expect(JSON.stringify(t.hasOutput('finops_azure_bundle').value)).not.toContain('clientSecret');
  });

  test('the given audience is used', () => {
    synthIntegration({ access: AzurePlatformAccess.federatedCredential({ issuer: 'https://issuer.platform.example', subject: 's', audiences: ['api://platform'] }) }).t
      .hasResourceProperties('azuread_application_federated_identity_credential', { audiences: ['api://platform'] });
  });
});
