// Reads a synthesized cdktf stack (cdktf.out/stacks/<stack>/cdk.tf.json) into the report's shape:
// resources by type, the permissions granted (GCP roles and members, Azure role assignments and
// SAS, OCI policy statements), the bundle's fields and its manual steps.
const AZURE_ROLES = require('./azure-roles');
const { bundleFields, isBundle } = require('./bundle-fields');

/** Every block of `section` (`resource` or `data`) as `{ type, name, body }`, metadata dropped. */
function blocks(section) {
  return Object.entries(section ?? {}).flatMap(([type, byName]) => Object.entries(byName).map(([name, b]) => {
    const { '//': _meta, ...body } = b;
    return { type, name, body };
  }));
}

/** A value as text (strings, Terraform expressions included, as they are). */
function text(v) {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : Array.isArray(v) ? v.map(text).join(', ') : JSON.stringify(v);
}

/** GCP: each IAM member binding with its role (custom roles resolved to their permissions) and scope. */
function gcp(resources) {
  const custom = new Map(resources.filter((r) => /^google_\w+_iam_custom_role$/.test(r.type))
    .map((r) => [`\${${r.type}.${r.name}.name}`, r]));
  const used = new Set();
  const rows = resources.filter((r) => /^google_\w+_iam_(member|binding)$/.test(r.type)).map(({ type, body }) => {
    const role = custom.get(body.role);
    if (role) used.add(role);
    const { role: _r, member, members, condition, depends_on: _d, ...scope } = body;
    const where = Object.entries(scope).map(([k, v]) => `${k} ${text(v)}`).join(', ');
    return [
      role ? `custom ${role.body.role_id}` : text(body.role),
      role ? role.body.permissions.join(', ') : '(predefined role)',
      text(member ?? members),
      `${type.replace(/^google_/, '').replace(/_iam_(member|binding)$/, '')}: ${where}${condition ? ` if ${text(condition)}` : ''}`,
    ];
  });
  for (const r of custom.values()) {
    if (!used.has(r)) rows.push([`custom ${r.body.role_id} (not bound)`, r.body.permissions.join(', '), '', '']);
  }
  return rows.length ? [{ title: 'GCP IAM bindings', columns: ['role', 'permissions', 'member', 'scope'], rows }] : [];
}

/** Azure: each role assignment by role name (from its definition ID) and scope, and each SAS the stack reads. */
function azure(resources, data) {
  const roleName = (body) => {
    if (body.role_definition_name) return text(body.role_definition_name);
    const guid = String(body.role_definition_id ?? '').split('/').pop();
    return AZURE_ROLES[guid] ? `${AZURE_ROLES[guid]} (${guid})` : text(body.role_definition_id);
  };
  const rows = resources.filter((r) => r.type === 'azurerm_role_assignment')
    .map(({ body }) => [roleName(body), text(body.scope), `${text(body.principal_type)} ${text(body.principal_id)}`.trim()]);
  for (const { type, body } of data.filter((d) => /^azurerm_storage_account(_blob_container)?_sas$/.test(d.type))) {
    const allowed = Object.entries([].concat(body.permissions ?? [])[0] ?? {}).filter(([, on]) => on === true).map(([p]) => p);
    rows.push([`SAS token (${allowed.join(', ')}; ${body.https_only ? 'HTTPS only' : 'HTTP and HTTPS'}; expires ${text(body.expiry)})`,
      type.includes('container') ? `container ${text(body.container_name)} of ${text(body.connection_string).match(/azurerm_storage_account\.[\w-]+/)?.[0] ?? 'its storage account'}` : 'storage account',
      'whoever holds the token (the platform)']);
  }
  return rows.length ? [{ title: 'Azure role assignments and SAS', columns: ['role', 'scope', 'principal'], rows }] : [];
}

/** OCI: every policy statement, verbatim, with its compartment. */
function oci(resources) {
  const rows = resources.filter((r) => r.type === 'oci_identity_policy')
    .flatMap(({ body }) => body.statements.map((s) => [text(body.name), text(body.compartment_id), s]));
  return rows.length ? [{ title: 'OCI policy statements', columns: ['policy', 'compartment', 'statement'], rows }] : [];
}

/** The platform URLs a TerraformPlatformRegistration registers the bundle with (its `local-exec` runs `register`). */
function registrations(resources) {
  return resources.filter((r) => r.type === 'terraform_data')
    .flatMap((r) => [].concat(r.body.provisioner ?? []).map((p) => p['local-exec']))
    .filter((e) => e && / register /.test(e.command ?? '') && e.environment?.FINOPS_PLATFORM_URL)
    .map((e) => text(e.environment.FINOPS_PLATFORM_URL));
}

/** The report of one cdktf stack. */
function readTerraform(stack) {
  const resources = blocks(stack.resource);
  const data = blocks(stack.data);
  const byType = {};
  for (const r of resources) byType[r.type] = (byType[r.type] ?? 0) + 1;
  for (const d of data) byType[`data.${d.type}`] = (byType[`data.${d.type}`] ?? 0) + 1;
  const bundle = Object.values(stack.output ?? {}).map((o) => o.value).find(isBundle);
  return {
    framework: 'cdktf',
    resources: Object.entries(byType).sort(([a], [b]) => a.localeCompare(b)).map(([type, count]) => ({ type, count })),
    permissions: [...gcp(resources), ...azure(resources, data), ...oci(resources)],
    registrations: registrations(resources),
    bundle: bundle ? bundleFields(bundle) : undefined,
    manualSteps: bundle?.manualSteps ?? [],
  };
}

module.exports = { readTerraform };
