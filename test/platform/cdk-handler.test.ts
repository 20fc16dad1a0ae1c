import * as http from 'http';
import { AddressInfo } from 'net';
import * as path from 'path';
import type { CustomResourceEvent, handler as Handler, HandlerHooks } from '../../src/platform/registration-handler';
import { fixture } from '../core/fixtures';
import { ROOT } from '../shared-helpers';
import { ContractServer } from './contract-server';

/**
 * The CDK PlatformRegistration handler as it ships: the esbuild bundle under assets/ (built by
 * the compile step), invoked directly against the contract server. Secrets Manager is stubbed.
 */

const SECRET_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const TOKEN_ARN = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:finops/platform-token-AbCdEf';
const KEY_ARN = fixture('aws-user').costOrchestrator.secretAccessKeySecretArn as string;
const read: string[] = [];
let platformToken = '';
jest.mock('@aws-sdk/client-secrets-manager', () => ({
  SecretsManagerClient: class {
    async send(command: { input: { SecretId: string } }) {
      read.push(command.input.SecretId);
      if (command.input.SecretId === TOKEN_ARN) return { SecretString: JSON.stringify({ token: platformToken }) };
      return { SecretString: JSON.stringify({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: SECRET_KEY }) };
    }
  },
  GetSecretValueCommand: class { constructor(public readonly input: { SecretId: string }) {} },
}));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { handler } = require(path.join(ROOT, 'assets', 'platform-registration', 'lib', 'platform', 'registration-handler.js')) as { handler: typeof Handler };

jest.setTimeout(20_000); // real sockets and retries on a busy machine

let server: ContractServer;
let cfn: http.Server;
let answers: any[];
let logs: string[];
beforeEach(async () => {
  server = await ContractServer.start();
  platformToken = server.token;
  read.length = 0;
  answers = [];
  logs = [];
  // CloudFormation's pre-signed response URL.
  cfn = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => { answers.push({ method: req.method, contentType: req.headers['content-type'], ...JSON.parse(body) }); res.end(); });
  });
  await new Promise<void>((r) => cfn.listen(0, '127.0.0.1', r));
});
afterEach(async () => {
  await server.close();
  cfn.closeAllConnections();
  await new Promise((r) => cfn.close(r));
});

const HOOKS: HandlerHooks = {
  log: (l) => logs.push(l),
  client: { requestTimeoutMillis: 300, initialBackoffMillis: 10, maxBackoffMillis: 40, maxAttempts: 4 },
};
const CONTEXT = { getRemainingTimeInMillis: () => 60_000 };

function event(type: 'Create' | 'Update' | 'Delete', props: Record<string, string> = {}, physicalId?: string): CustomResourceEvent {
  return {
    RequestType: type,
    ResponseURL: `http://127.0.0.1:${(cfn.address() as AddressInfo).port}/response?X-Amz-Signature=abc`,
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/Finops/1',
    RequestId: `req-${type}`,
    LogicalResourceId: 'PlatformRegistration',
    PhysicalResourceId: physicalId,
    ResourceProperties: { Bundle: JSON.stringify(fixture('aws-user')), PlatformUrl: server.url, TokenSecretArn: TOKEN_ARN, ...props },
  };
}

function expectNoSecret() {
  const everything = JSON.stringify({ logs, answers });
  expect(everything).not.toContain(SECRET_KEY);
  expect(everything).not.toContain(server.token);
}

describe('PlatformRegistration handler (bundled)', () => {
  test('Create registers with the key read from Secrets Manager; the physical id is org/integrationId', async () => {
    await handler(event('Create'), CONTEXT, HOOKS);
    expect(answers).toEqual([expect.objectContaining({
      method: 'PUT',
      contentType: '',
      Status: 'SUCCESS',
      PhysicalResourceId: 'acme-aws/aws-123456789012',
      RequestId: 'req-Create',
      Data: { Org: 'acme-aws', IntegrationId: 'aws-123456789012' },
    })]);
    expect(read).toEqual([TOKEN_ARN, KEY_ARN]);
    expect((server.integrations.get('acme-aws/aws-123456789012') as any).costOrchestrator.secretAccessKey).toBe(SECRET_KEY);
    expect(server.appliedCounts()).toEqual({ putOrg: 1, putIntegration: 1, putRecommendations: 1 });
    expectNoSecret();
  });

  test('Update with a new org and a Financial Structure; a retried platform fault still applies once', async () => {
    await handler(event('Create'), CONTEXT, HOOKS);
    server.inject({ kind: 'lost-answer' }, 1, { path: /\/integrations\/[^/]+$/ });
    const csv = 'provider,scope_type,scope_id,business_unit,cost_center\naws,account,123456789012,Retail,CC-1\n';
    await handler(event('Update', { Org: 'acme-retail', FinancialStructureCsv: csv }, 'acme-aws/aws-123456789012'), CONTEXT, HOOKS);
    expect(answers[1]).toEqual(expect.objectContaining({ Status: 'SUCCESS', PhysicalResourceId: 'acme-retail/aws-123456789012' }));
    expect(server.financialStructures.get('acme-retail')).toBe(csv);
    expect(server.appliedCounts()).toEqual({ putOrg: 2, putIntegration: 2, putRecommendations: 2, putFinancialStructure: 1 });
  });

  test('Delete deregisters by the physical id; a second Delete (404) succeeds too', async () => {
    await handler(event('Create'), CONTEXT, HOOKS);
    await handler(event('Delete', {}, 'acme-aws/aws-123456789012'), CONTEXT, HOOKS);
    await handler(event('Delete', {}, 'acme-aws/aws-123456789012'), CONTEXT, HOOKS);
    expect(answers.map((a) => a.Status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS']);
    expect(server.integrations.size).toBe(0);
    expect(logs.filter((l) => l.startsWith('done:'))).toEqual(['done: putOrg created, putIntegration created, putRecommendations enabled', 'done: deleted', 'done: absent']);
  });

  test('a failed Create answers FAILED with the platform\'s message; the rollback Delete succeeds without a call', async () => {
    server.inject({ kind: 'status', status: 403, code: 'forbidden', message: `token lacks scope (got ${SECRET_KEY})` });
    await handler(event('Create'), CONTEXT, HOOKS);
    expect(answers[0]).toEqual(expect.objectContaining({ Status: 'FAILED', PhysicalResourceId: 'failed-create:req-Create' }));
    expect(answers[0].Reason).toBe('PUT /v1/orgs/acme-aws: 403 forbidden: token lacks scope (got ***REDACTED***)');
    const calls = server.requests.length;
    await handler(event('Delete', {}, 'failed-create:req-Create'), CONTEXT, HOOKS);
    expect(answers[1]).toEqual(expect.objectContaining({ Status: 'SUCCESS', PhysicalResourceId: 'failed-create:req-Create' }));
    expect(server.requests.length).toBe(calls);
    expectNoSecret();
  });

  test('a platform that never answers: FAILED within the function\'s remaining time', async () => {
    server.inject({ kind: 'slow', delayMillis: 2_000 }, 100);
    const started = Date.now();
    await handler(event('Create'), { getRemainingTimeInMillis: () => 17_000 }, { ...HOOKS, client: { ...HOOKS.client, maxAttempts: 100 } });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(answers[0]).toEqual(expect.objectContaining({ Status: 'FAILED' }));
    expect(answers[0].Reason).toMatch(/budget of the call ran out|gave up/);
  });

  test('an invalid bundle fails with every problem, before any platform call', async () => {
    const b = fixture('aws-user');
    b.costOrchestrator.accountId = '1';
    await handler(event('Create', { Bundle: JSON.stringify(b) }), CONTEXT, HOOKS);
    expect(answers[0].Status).toBe('FAILED');
    expect(answers[0].Reason).toContain('/costOrchestrator/accountId: must match pattern');
    expect(server.requests).toEqual([]);
  });
});
