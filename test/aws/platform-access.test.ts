import { Match } from 'aws-cdk-lib/assertions';
import { PLATFORM_ACCOUNT, synth } from './helpers';
import { AwsPlatformAccess } from '../../src/aws';

describe('AwsPlatformAccess.iamUser() (default)', () => {
  const { template, stack, integration } = synth({ access: AwsPlatformAccess.iamUser({ userName: 'finops-platform', secretName: 'finops/access-key', accessKeySerial: 2 }) });

  test('creates one user, one access key for it, and a secret that holds the key', () => {
    template.resourceCountIs('AWS::IAM::User', 1);
    template.resourceCountIs('AWS::IAM::Role', 0);
    template.hasResourceProperties('AWS::IAM::User', { UserName: 'finops-platform' });
    template.hasResourceProperties('AWS::IAM::AccessKey', { UserName: { Ref: stack.getLogicalId(integration.user!.node.defaultChild as any) }, Serial: 2 });
    const keyId = stack.getLogicalId(integration.accessKey!.node.defaultChild as any);
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      Name: 'finops/access-key',
      SecretString: {
        'Fn::Join': ['', ['{"accessKeyId":"', { Ref: keyId }, '","secretAccessKey":"', { 'Fn::GetAtt': [keyId, 'SecretAccessKey'] }, '"}']],
      },
    });
  });

  test('the user has no inline policy and no console password; the managed read policy is attached from the policy side', () => {
    const user = Object.values(template.findResources('AWS::IAM::User'))[0] as any;
    expect(user.Properties.Policies).toBeUndefined();
    expect(user.Properties.LoginProfile).toBeUndefined();
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', { Users: [{ Ref: stack.getLogicalId(integration.user!.node.defaultChild as any) }] });
    template.resourceCountIs('AWS::IAM::Policy', 0);
  });
});

describe('AwsPlatformAccess.role()', () => {
  const access = AwsPlatformAccess.role({ trustedAccountId: PLATFORM_ACCOUNT, externalId: 'acme-7f3c2a', roleName: 'finops-platform' });
  const { template, stack, integration } = synth({ access });

  test('creates a role that only the platform account may assume, and only with the ExternalId', () => {
    template.hasResourceProperties('AWS::IAM::Role', {
      RoleName: 'finops-platform',
      AssumeRolePolicyDocument: {
        Statement: [{
          Action: 'sts:AssumeRole',
          Effect: 'Allow',
          Principal: { AWS: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::${PLATFORM_ACCOUNT}:root`]] } },
          Condition: { StringEquals: { 'sts:ExternalId': 'acme-7f3c2a' } },
        }],
      },
    });
  });

  test('creates no user, no access key and no secret: exactly one identity', () => {
    template.resourceCountIs('AWS::IAM::Role', 1);
    template.resourceCountIs('AWS::IAM::User', 0);
    template.resourceCountIs('AWS::IAM::AccessKey', 0);
    template.resourceCountIs('AWS::SecretsManager::Secret', 0);
    expect(integration.user).toBeUndefined();
    expect(integration.accessKey).toBeUndefined();
    expect(integration.accessKeySecret).toBeUndefined();
    expect(integration.identity).toBe(integration.role);
  });

  test('the read policy is attached to the role and may simulate only the role', () => {
    const roleId = stack.getLogicalId(integration.role!.node.defaultChild as any);
    template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      Roles: [{ Ref: roleId }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'iam:SimulatePrincipalPolicy', Resource: { 'Fn::GetAtt': [roleId, 'Arn'] } })]) },
    });
  });
});
