import { Stack, StackProps } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { AwsBillingIntegration, AwsCostExport, AwsPlatformAccess } from 'finops-integrations/aws';

/**
 * The AWS side of the FinOps platform integration, as the seed describes it: an IAM user with an
 * access key (in Secrets Manager), CUR 2.0 and FOCUS exports to a new bucket, the least-privilege
 * read policy plus the recommendations policy, and the bundle as stack outputs.
 */
export class BillingStack extends Stack {
  public readonly integration: AwsBillingIntegration;

  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    this.integration = new AwsBillingIntegration(this, 'FinopsBilling', {
      orgSlug: 'acme-aws',
      orgDisplayName: 'ACME on AWS',
      access: AwsPlatformAccess.iamUser({ userName: 'finops-platform' }),
      exports: [AwsCostExport.cur2(), AwsCostExport.focus()],
      recommendations: true,
      emitOutputs: true,
    });
  }
}
