import { FolderIamMember } from '@cdktf/provider-google/lib/folder-iam-member';
import { OrganizationIamCustomRole } from '@cdktf/provider-google/lib/organization-iam-custom-role';
import { OrganizationIamMember } from '@cdktf/provider-google/lib/organization-iam-member';
import { ProjectIamCustomRole } from '@cdktf/provider-google/lib/project-iam-custom-role';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { ITerraformDependable, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { CustomRoleDefinition as RoleDefinition } from './permissions';
import { GcpRoleGrant } from './role-grant';
import { isUnresolved } from '../core/tokens';

/** Where custom roles are defined and bound: an organization or a project (internal). */
export interface RoleScope {
  /** `organizations/<id>` or `projects/<id>`. */
  readonly name: string;
  /** True for an organization: it sees every folder and project. */
  readonly isOrganization: boolean;
  /** Create `role` in `scope` under ids `<id>Role` and `<id>Binding…`, granted to `member`. */
  grant(scope: Construct, id: string, role: RoleDefinition, member: string): GcpRoleGrant;
}

/** Dependencies of the role and binding resources (the IAM and Resource Manager APIs). */
export interface RoleDependencies {
  readonly roles: ITerraformDependable[];
  readonly bindings: ITerraformDependable[];
}

/** Folders and projects an organization role is bound on, in place of the whole organization. */
export interface OrganizationTargets {
  readonly folderIds: readonly string[];
  readonly projectIds: readonly string[];
}

function roleConfig(role: RoleDefinition, deps: RoleDependencies) {
  return { roleId: role.roleId, title: role.title, description: role.description, permissions: [...role.permissions], dependsOn: deps.roles };
}

/** A construct id for the binding on one target: by its ID (stable when the list is reordered), by position for a token. */
function targetId(id: string, kind: string, value: string, index: number): string {
  return `${id}Binding-${kind}-${isUnresolved(value) ? index : value}`;
}

/** A project-level custom role (created once the IAM API is on). */
export function projectCustomRole(scope: Construct, id: string, project: string, role: RoleDefinition, deps: RoleDependencies): ProjectIamCustomRole {
  return new ProjectIamCustomRole(scope, id, { project, ...roleConfig(role, deps) });
}

/** An organization-level custom role (the only kind a folder or a billing account can be granted). */
export function organizationCustomRole(
  scope: Construct, id: string, orgId: string, role: RoleDefinition, deps: RoleDependencies,
): OrganizationIamCustomRole {
  return new OrganizationIamCustomRole(scope, id, { orgId, ...roleConfig(role, deps) });
}

/**
 * An organization: organization-level custom roles, bound at organization level, or (with
 * `targets`) on each given folder and project instead. Custom roles are created under a project or
 * an organization only, never a folder (`roles.create` takes `projects/{PROJECT_ID}` or
 * `organizations/{ORGANIZATION_ID}` as parent:
 * https://cloud.google.com/iam/docs/reference/rest/v1/organizations.roles/create); a project's
 * custom role is usable in that project only, so a folder can be granted an organization-level one
 * (Google's custom roles overview, https://cloud.google.com/iam/docs/roles-overview#custom: not
 * re-read here).
 */
export function organizationScope(orgId: string, deps: RoleDependencies, targets?: OrganizationTargets): RoleScope {
  const narrowed = targets !== undefined && (targets.folderIds.length > 0 || targets.projectIds.length > 0);
  return {
    name: `organizations/${orgId}`,
    isOrganization: true,
    grant: (scope, id, role, member) => {
      const r = organizationCustomRole(scope, `${id}Role`, orgId, role, deps);
      const roleName = r.name; // one token, read once: each read makes a new one (and captures a stack trace)
      const common = { role: roleName, member, dependsOn: deps.bindings };
      const bindings: TerraformResource[] = narrowed
        ? [
          ...targets.folderIds.map((folder, i) => new FolderIamMember(scope, targetId(id, 'folder', folder, i), { folder: `folders/${folder}`, ...common })),
          ...targets.projectIds.map((project, i) => new ProjectIamMember(scope, targetId(id, 'project', project, i), { project, ...common })),
        ]
        : [new OrganizationIamMember(scope, `${id}Binding`, { orgId, ...common })];
      return { scope: `organizations/${orgId}`, role: r, binding: bindings[0], bindings, roleName };
    },
  };
}

/** A project: project-level custom roles bound on the project. */
export function projectScope(project: string, deps: RoleDependencies): RoleScope {
  return {
    name: `projects/${project}`,
    isOrganization: false,
    grant: (scope, id, role, member) => {
      const r = projectCustomRole(scope, `${id}Role`, project, role, deps);
      const roleName = r.name; // one token, read once: each read makes a new one (and captures a stack trace)
      const binding = new ProjectIamMember(scope, `${id}Binding`, { project, role: roleName, member, dependsOn: deps.bindings });
      return { scope: `projects/${project}`, role: r, binding, bindings: [binding], roleName };
    },
  };
}
