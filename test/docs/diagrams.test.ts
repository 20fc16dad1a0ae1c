import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { TerraformStack, Testing } from 'cdktf';
import { docFiles } from './markdown-blocks';
import { diagrams, mermaidProblems, namedResourceTypes } from './mermaid';
import { AwsBillingIntegration } from '../../src/aws';
import { AzureBillingIntegration } from '../../src/azure';
import { GcpBillingIntegration } from '../../src/gcp';
import { OciApiKey, OciBillingIntegration } from '../../src/oci';
import { PlatformRegistration, TerraformPlatformRegistration } from '../../src/platform';
import { BASE_PROPS } from '../azure/helpers';
import { fixture } from '../core/fixtures';
import { BILLING_ACCOUNT, PROJECT } from '../gcp/helpers';
import { TfTemplate } from '../kit/tf-template';
import { keyPair, TENANCY } from '../oci/helpers';

/**
 * Each guide's diagram names, in its node labels, the resource types the construct creates by default
 * (`AWS::S3::Bucket`, `google_bigquery_dataset`, `data.azurerm_...` for a data source). The diagram must
 * stay true: every type it names exists in the default synthesized stack, and every type that stack holds
 * is named. A construct that changes what it creates fails here until its diagram follows.
 */

/** The resource types of a synthesized CloudFormation template. */
function cfnTypes(stack: Stack): string[] {
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, { Type: string }>;
  return [...new Set(Object.values(resources).map((r) => r.Type))].sort();
}

/** The resource and data source types (`data.<type>`) of a synthesized cdktf stack. */
function tfTypes(stack: TerraformStack): string[] {
  const json = TfTemplate.fromStack(stack).toJSON();
  return [...Object.keys(json.resource ?? {}), ...Object.keys(json.data ?? {}).map((t) => `data.${t}`)].sort();
}

function tfStack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'Stack');
}

/** Each guide with a diagram, and the types its construct synthesizes with the defaults of that cloud's tests. */
const GUIDES: Record<string, { kind: 'cloudFormation' | 'terraform' | 'both'; types: () => { cloudFormation: string[]; terraform: string[] } }> = {
  'docs/aws.md': {
    kind: 'cloudFormation',
    types: () => {
      const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
      new AwsBillingIntegration(stack, 'Billing', {});
      return { cloudFormation: cfnTypes(stack), terraform: [] };
    },
  },
  'docs/gcp.md': {
    kind: 'terraform',
    types: () => {
      const stack = tfStack();
      new GcpBillingIntegration(stack, 'Billing', { projectId: PROJECT, billingAccountId: BILLING_ACCOUNT });
      return { cloudFormation: [], terraform: tfTypes(stack) };
    },
  },
  'docs/azure.md': {
    kind: 'terraform',
    types: () => {
      const stack = tfStack();
      new AzureBillingIntegration(stack, 'Billing', BASE_PROPS);
      return { cloudFormation: [], terraform: tfTypes(stack) };
    },
  },
  'docs/oci.md': {
    kind: 'terraform',
    types: () => {
      const stack = tfStack();
      new OciBillingIntegration(stack, 'Billing', { tenancyOcid: TENANCY, homeRegion: 'us-ashburn-1', apiKey: OciApiKey.publicKey(keyPair().publicKey) });
      return { cloudFormation: [], terraform: tfTypes(stack) };
    },
  },
  'docs/platform.md': {
    kind: 'both',
    types: () => {
      const bundle = JSON.stringify(fixture('aws-role'));
      const stack = new Stack(new App(), 'Stack', { env: { account: '123456789012', region: 'us-east-1' } });
      const token = secretsmanager.Secret.fromSecretCompleteArn(stack, 'Token', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:finops/platform-token-AbCdEf');
      new PlatformRegistration(stack, 'Platform', { bundle, platformUrl: 'https://finops.example.com', platformToken: token });
      const tf = tfStack();
      new TerraformPlatformRegistration(tf, 'Platform', { bundle, platformUrl: 'https://finops.example.com' });
      return { cloudFormation: cfnTypes(stack), terraform: tfTypes(tf) };
    },
  },
};

describe('diagrams', () => {
  const all = docFiles().flatMap((f) => diagrams(f));

  test.each(all.map((d) => [`${d.file}:${d.line}`, d]))('%s is a well-formed Mermaid flowchart', (_, d) => {
    expect(mermaidProblems(d.code)).toEqual([]);
  });

  test('the README has the overview diagram, and each guide its own', () => {
    const withDiagram = new Set(all.map((d) => d.file));
    for (const file of ['README.md', ...Object.keys(GUIDES)]) expect([file, withDiagram.has(file)]).toEqual([file, true]);
  });

  test.each(Object.keys(GUIDES).map((g) => [g]))('%s: its diagram names exactly the resource types the default construct synthesizes', (guide) => {
    const named = { cloudFormation: new Set<string>(), terraform: new Set<string>() };
    for (const d of diagrams(guide)) {
      const types = namedResourceTypes(d.code);
      types.cloudFormation.forEach((t) => named.cloudFormation.add(t));
      types.terraform.forEach((t) => named.terraform.add(t));
    }
    const synthesized = GUIDES[guide].types();
    expect({ cloudFormation: [...named.cloudFormation].sort(), terraform: [...named.terraform].sort() }).toEqual(synthesized);
  });

  test('the check can fail: an unquoted label, a quote in a label, an open subgraph, an undeclared node', () => {
    expect(mermaidProblems('flowchart LR\n  a[bucket (new)] --> b["x"]\n')).toHaveLength(1);
    expect(mermaidProblems('flowchart LR\n  a["say "hi""]\n')).toHaveLength(1);
    expect(mermaidProblems('flowchart LR\n  subgraph s["S"]\n  a["A"]\n')).toEqual(['1 subgraph(s) without \'end\'']);
    expect(mermaidProblems('flowchart LR\n  a["A"] --> b\n')).toEqual(["line 2: node 'b' is used but never given a label"]);
    expect(mermaidProblems('graph\n  a["A"]\n')).toHaveLength(1);
    expect(mermaidProblems('flowchart LR\n  a["A"] -->|"reads"| b["B"]\n  subgraph s["S"]\n    b\n  end\n')).toEqual([]);
  });

  test('types are read from labels: CloudFormation, Terraform resources and data sources', () => {
    expect(namedResourceTypes('a["bucket<br/>AWS::S3::Bucket"] --> b["Custom::FinopsPlatformRegistration"]')).toEqual({
      cloudFormation: ['AWS::S3::Bucket', 'Custom::FinopsPlatformRegistration'], terraform: [],
    });
    expect(namedResourceTypes('a["google_bigquery_dataset"] --> b["SAS<br/>data.azurerm_storage_account_blob_container_sas"]').terraform).toEqual([
      'data.azurerm_storage_account_blob_container_sas', 'google_bigquery_dataset',
    ]);
  });
});
