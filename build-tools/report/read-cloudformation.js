// Reads a synthesized CloudFormation template (cdk.out/<stack>.template.json) into the report's
// shape: resources by type, the permissions granted, the bundle's fields and its manual steps.
const { bundleFields, isBundle } = require('./bundle-fields');

/** A CloudFormation value as text: intrinsics in Fn::Sub syntax (`${Bucket.Arn}`, `${AWS::AccountId}`). */
function cfnText(v) {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(cfnText).join(', ');
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if ('Ref' in v) return `\${${v.Ref}}`;
  if ('Fn::GetAtt' in v) return `\${${[].concat(v['Fn::GetAtt']).join('.')}}`;
  if ('Fn::Join' in v) return v['Fn::Join'][1].map(cfnText).join(v['Fn::Join'][0]);
  if ('Fn::Sub' in v) return typeof v['Fn::Sub'] === 'string' ? v['Fn::Sub'] : v['Fn::Sub'][0];
  return JSON.stringify(v);
}

/** A policy statement's principal as text: `AWS: arn:...`, `Service: billingreports.amazonaws.com`. */
function principalText(p) {
  if (p === undefined) return '';
  if (typeof p === 'string') return p;
  return Object.entries(p).map(([k, v]) => `${k}: ${[].concat(v).map(cfnText).join(', ')}`).join('; ');
}

/** The rows of one policy document, named after what holds it. */
function statements(holder, doc) {
  return [].concat(doc?.Statement ?? []).map((s) => ({
    holder,
    effect: s.Effect,
    actions: [].concat(s.Action ?? s.NotAction ?? []).join(', ') + (s.NotAction ? ' (NotAction)' : ''),
    resources: [].concat(s.Resource ?? s.NotResource ?? []).map(cfnText).join(', '),
    principal: principalText(s.Principal),
    condition: s.Condition ? JSON.stringify(s.Condition, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) && ('Ref' in v || 'Fn::GetAtt' in v || 'Fn::Join' in v) ? cfnText(v) : v)) : '',
  }));
}

/** Where an IAM policy is attached: `users ${User}`, `roles ${Role}`. */
function attachedTo(props) {
  return ['Users', 'Roles', 'Groups'].filter((k) => props[k]).map((k) => `${k.toLowerCase()} ${[].concat(props[k]).map(cfnText).join(', ')}`).join('; ');
}

/** Every policy the template grants: IAM policies (inline and managed), bucket, key, secret and topic policies. */
function permissions(resources) {
  const rows = [];
  for (const [id, r] of Object.entries(resources)) {
    const p = r.Properties ?? {};
    switch (r.Type) {
      case 'AWS::IAM::Policy':
      case 'AWS::IAM::ManagedPolicy': {
        const to = attachedTo(p);
        rows.push(...statements(`${r.Type.replace('AWS::IAM::', '')} ${p.ManagedPolicyName ?? p.PolicyName ?? id}${to ? ` (on ${to})` : ''}`, p.PolicyDocument));
        break;
      }
      case 'AWS::IAM::Role':
      case 'AWS::IAM::User':
        rows.push(...statements(`${r.Type.replace('AWS::IAM::', '')} ${id} trust`, p.AssumeRolePolicyDocument));
        for (const inline of p.Policies ?? []) rows.push(...statements(`${r.Type.replace('AWS::IAM::', '')} ${id} inline ${inline.PolicyName}`, inline.PolicyDocument));
        for (const arn of p.ManagedPolicyArns ?? []) rows.push({ holder: `${r.Type.replace('AWS::IAM::', '')} ${id}`, effect: 'Allow', actions: `managed policy ${cfnText(arn)}`, resources: '', principal: '', condition: '' });
        break;
      case 'AWS::S3::BucketPolicy':
        rows.push(...statements(`BucketPolicy of ${cfnText(p.Bucket)}`, p.PolicyDocument));
        break;
      case 'AWS::KMS::Key':
        rows.push(...statements(`KeyPolicy of ${id}`, p.KeyPolicy));
        break;
      case 'AWS::SecretsManager::ResourcePolicy':
        rows.push(...statements(`ResourcePolicy of ${cfnText(p.SecretId)}`, p.ResourcePolicy));
        break;
      case 'AWS::SNS::TopicPolicy':
        rows.push(...statements(`TopicPolicy of ${cfnText(p.Topics)}`, p.PolicyDocument));
        break;
      default:
    }
  }
  return rows;
}

/**
 * The bundle output (a JSON string that CloudFormation joins from literals and intrinsics): each
 * intrinsic becomes its text, so the document parses as JSON with expressions in place of values.
 */
function bundleOf(outputs) {
  for (const o of Object.values(outputs ?? {})) {
    const v = o.Value;
    const parts = typeof v === 'string' ? [v] : v && v['Fn::Join'] && v['Fn::Join'][0] === '' ? v['Fn::Join'][1] : undefined;
    if (!parts) continue;
    const text = parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(cfnText(p)).slice(1, -1))).join('');
    try {
      const parsed = JSON.parse(text);
      if (isBundle(parsed)) return parsed;
    } catch {
      // not a JSON document: another output
    }
  }
  return undefined;
}

/** The report of one CloudFormation template. */
function readCloudFormation(template) {
  const resources = template.Resources ?? {};
  const byType = {};
  for (const r of Object.values(resources)) byType[r.Type] = (byType[r.Type] ?? 0) + 1;
  const bundle = bundleOf(template.Outputs);
  return {
    framework: 'AWS CDK, CloudFormation',
    resources: Object.entries(byType).sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => ({ type, count })),
    permissions: [{
      title: 'IAM and resource policy statements',
      columns: ['policy', 'effect', 'actions', 'resources', 'principal', 'condition'],
      rows: permissions(resources).map((r) => [r.holder, r.effect, r.actions, r.resources, r.principal, r.condition]),
    }],
    // PlatformRegistration (a custom resource) is not read yet: none of the AWS examples uses it.
    registrations: [],
    bundle: bundle ? bundleFields(bundle) : undefined,
    manualSteps: bundle?.manualSteps ?? [],
  };
}

module.exports = { readCloudFormation, cfnText };
