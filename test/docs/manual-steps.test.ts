import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { TerraformStack, Testing } from 'cdktf';
import { ROOT } from './markdown-blocks';
import { AwsBillingIntegration, AwsPlatformAccess } from '../../src/aws';
import { AzureBillingIntegration, AzureExportScope } from '../../src/azure';
import { ManualStep } from '../../src/core';
import { GcpBillingIntegration, GcpPlatformAccess } from '../../src/gcp';
import { OciApiKey, OciBillingIntegration } from '../../src/oci';
import { BASE_PROPS, SUBSCRIPTION } from '../azure/helpers';
import { BILLING_ACCOUNT, PROJECT } from '../gcp/helpers';
import { keyPair, TENANCY } from '../oci/helpers';

/**
 * docs/manual-steps.md describes every manual step a construct can emit: one `### \`<id>\`` heading
 * each, `<...>` standing for the variable part of an id. Two ways to find the steps, so that a new one
 * cannot slip past: the constructs built in the configurations that emit steps (and in some that emit
 * none), and every step id written in src/ (`id: '<cloud>-...'` or a `..._STEP_ID` constant).
 */

const PAGE = 'docs/manual-steps.md';

/** The documented ids, as written in the headings (`azure-billing-reader-<scope>`). */
function documentedIds(): string[] {
  const text = fs.readFileSync(path.join(ROOT, PAGE), 'utf8');
  return [...text.matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]);
}

/** A documented id as a pattern: each `<...>` is the variable part. */
function pattern(documented: string): RegExp {
  const parts = documented.split(/<[^>]+>/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[a-z0-9-]+')}$`);
}

function tfStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'Stack');
}

/** The steps each configuration emits, built as a user would. */
const CONFIGURATIONS: Record<string, () => ManualStep[]> = {
  'AWS, IAM user (default)': () => new AwsBillingIntegration(new Stack(new App(), 'S', { env: { account: '123456789012', region: 'us-east-1' } }), 'B', {}).manualSteps,
  'AWS, role': () => new AwsBillingIntegration(new Stack(new App(), 'S', { env: { account: '123456789012', region: 'us-east-1' } }), 'B', {
    access: AwsPlatformAccess.role({ trustedAccountId: '210987654321', externalId: 'finops-external-id-0123456789' }),
  }).manualSteps,
  'GCP, key (default)': () => new GcpBillingIntegration(tfStack(), 'B', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT }).manualSteps,
  'GCP, external principal': () => new GcpBillingIntegration(tfStack(), 'B', {
    projectId: PROJECT, billingAccountId: BILLING_ACCOUNT, access: GcpPlatformAccess.externalPrincipal('serviceAccount:reader@platform-prod.iam.gserviceaccount.com'),
  }).manualSteps,
  'Azure, subscription (default)': () => new AzureBillingIntegration(tfStack(), 'B', BASE_PROPS).manualSteps,
  'Azure, EA and MCA billing accounts': () => new AzureBillingIntegration(tfStack(), 'B', {
    ...BASE_PROPS,
    exportScopes: [
      AzureExportScope.subscription(SUBSCRIPTION),
      AzureExportScope.billingAccount('12345678'),
      AzureExportScope.billingAccount('0f0e0d0c-0b0a-4909-8807-060504030201:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d_2019-05-31'),
    ],
  }).manualSteps,
  'OCI, your public key': () => new OciBillingIntegration(tfStack(), 'B', { tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', apiKey: OciApiKey.publicKey(keyPair().publicKey) }).manualSteps,
  'OCI, generated key': () => new OciBillingIntegration(tfStack(), 'B', { tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', apiKey: OciApiKey.generate() }).manualSteps,
};

/** Step ids written in src/: string literals after `id:` or in a `..._STEP_ID` constant; a template's variable part is cut. */
function idsInSource(): string[] {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'providers') walk(file);
      } else if (entry.name.endsWith('.ts')) {
        for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:\bid:\s*|_STEP_ID\s*=\s*)['`]((?:aws|gcp|azure|oci)-[a-z][a-z0-9-]*)/g)) out.add(m[1]);
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  return [...out].sort();
}

describe(`${PAGE} lists every manual step`, () => {
  const documented = documentedIds();
  const emitted = Object.entries(CONFIGURATIONS).map(([name, build]) => ({ name, ids: build().map((s) => s.id) }));

  test('each step a configuration emits has its section', () => {
    const undocumented = emitted.flatMap(({ name, ids }) => ids.filter((id) => !documented.some((d) => pattern(d).test(id))).map((id) => `${name}: ${id}`));
    expect(undocumented).toEqual([]);
  });

  test('each step id written in src/ has its section (a template id by its fixed part)', () => {
    const ids = idsInSource();
    expect(ids).toEqual(expect.arrayContaining(['gcp-enable-billing-export', 'oci-provide-private-key', 'azure-billing-reader-']));
    const undocumented = ids.filter((id) => !documented.some((d) => d === id || (id.endsWith('-') && d.startsWith(id) && d.slice(id.length).startsWith('<'))));
    expect(undocumented).toEqual([]);
  });

  test('each section is a step some configuration emits (no stale section)', () => {
    const all = emitted.flatMap((e) => e.ids);
    expect(documented.filter((d) => !all.some((id) => pattern(d).test(id)))).toEqual([]);
  });

  test('the configurations emit what the table says: GCP always, Azure per billing account, OCI with your public key, AWS never', () => {
    expect(Object.fromEntries(emitted.map((e) => [e.name, e.ids]))).toEqual({
      'AWS, IAM user (default)': [],
      'AWS, role': [],
      'GCP, key (default)': ['gcp-enable-billing-export'],
      'GCP, external principal': ['gcp-enable-billing-export'],
      'Azure, subscription (default)': [],
      'Azure, EA and MCA billing accounts': ['azure-billing-reader-ba-12345678', expect.stringMatching(/^azure-billing-reader-ba-0f0e0d0c-[a-z0-9-]+$/)],
      'OCI, your public key': ['oci-provide-private-key'],
      'OCI, generated key': [],
    });
  });

  test('the check can fail: an id outside every documented pattern', () => {
    expect(documented.some((d) => pattern(d).test('gcp-some-new-step'))).toBe(false);
    expect(pattern('azure-billing-reader-<scope>').test('azure-billing-reader-ba-12345678')).toBe(true);
  });
});
