import { Testing, TerraformStack, TerraformVariable } from 'cdktf';
import { resolveIn } from './helpers';
import { datasetIamMember } from '../../src/gcp/dataset-iam-member';

/**
 * The dataset binding's member: `iamMember:` before a workload identity federation member, which
 * the provider's dataset IAM cannot map otherwise (hashicorp/terraform-provider-google#23974, #26087;
 * form from magic-modules#9948 and the provider's acceptance test). Decided at synth whenever the
 * start of the member is known.
 */
describe('datasetIamMember', () => {
  test.each([
    ['principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p/*',
      'iamMember:principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p/*'],
    ['principal://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p/subject/s',
      'iamMember:principal://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p/subject/s'],
    ['serviceAccount:reader@platform-prod.iam.gserviceaccount.com', 'serviceAccount:reader@platform-prod.iam.gserviceaccount.com'],
    ['user:finops@platform.example', 'user:finops@platform.example'],
    ['group:finops@platform.example', 'group:finops@platform.example'],
    ['domain:platform.example', 'domain:platform.example'],
  ])('%s → %s', (member, expected) => {
    expect(datasetIamMember(member)).toBe(expected);
  });

  describe('with tokens', () => {
    const stackWithVar = () => {
      const stack = new TerraformStack(Testing.app(), 'Stack');
      return { stack, v: new TerraformVariable(stack, 'v', { type: 'string' }).stringValue };
    };
    const CONDITIONAL = (expr: string) =>
      `\${(startswith(${expr}, "principal:") || startswith(${expr}, "principalSet:")) ? "iamMember:${'${'}${expr}}" : ${expr}}`;

    test('a token at the start: Terraform decides', () => {
      const { stack, v } = stackWithVar();
      expect(resolveIn(stack, datasetIamMember(v))).toBe(CONDITIONAL('var.v'));
    });

    test('a known type before the token: decided at synth, either way', () => {
      const { stack, v } = stackWithVar();
      expect(resolveIn(stack, datasetIamMember(`principalSet://iam.googleapis.com/${v}`))).toBe('iamMember:principalSet://iam.googleapis.com/${var.v}');
      expect(resolveIn(stack, datasetIamMember(`serviceAccount:${v}`))).toBe('serviceAccount:${var.v}');
      expect(resolveIn(stack, datasetIamMember(`user:${v}`))).toBe('user:${var.v}');
    });

    test('a literal start too short to tell: Terraform decides', () => {
      const { stack, v } = stackWithVar();
      expect(resolveIn(stack, datasetIamMember(`principal${v}`))).toMatch(/^\$\{\(startswith\(.*\) \? "iamMember:/);
      expect(resolveIn(stack, datasetIamMember(`p${v}`))).toMatch(/^\$\{\(startswith\(.*\) \? "iamMember:/);
    });
  });
});
