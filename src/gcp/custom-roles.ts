import { OrganizationIamCustomRole } from '@cdktf/provider-google/lib/organization-iam-custom-role';
import { OrganizationIamMember } from '@cdktf/provider-google/lib/organization-iam-member';
import { ProjectIamCustomRole } from '@cdktf/provider-google/lib/project-iam-custom-role';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { CustomRoleDefinition as RoleDefinition } from './permissions';
import { GcpRoleGrant } from './role-grant';

/** Where custom roles are defined and bound: an organization or a project (internal). */
export interface RoleScope {
  /** `organizations/<id>` or `projects/<id>`. */
  readonly name: string;
  /** True for an organization: it sees every folder and project. */
  readonly isOrganization: boolean;
  /** Create `role` in `scope` under ids `<id>Role` and `<id>Binding`, granted to `member`. */
  grant(scope: Construct, id: string, role: RoleDefinition, member: string): GcpRoleGrant;
}

/** Dependencies of the role and binding resources (the IAM and Resource Manager APIs). */
export interface RoleDependencies {
  readonly roles: ITerraformDependable[];
  readonly bindings: ITerraformDependable[];
}

function roleConfig(role: RoleDefinition, deps: RoleDependencies) {
  return { roleId: role.roleId, title: role.title, description: role.description, permissions: [...role.permissions], dependsOn: deps.roles };
}

/** A project-level custom role (created once the IAM API is on). */
export function projectCustomRole(scope: Construct, id: string, project: string, role: RoleDefinition, deps: RoleDependencies): ProjectIamCustomRole {
  return new ProjectIamCustomRole(scope, id, { project, ...roleConfig(role, deps) });
}

/** An organization: organization-level custom roles bound at organization level. */
export function organizationScope(orgId: string, deps: RoleDependencies): RoleScope {
  return {
    name: `organizations/${orgId}`,
    isOrganization: true,
    grant: (scope, id, role, member) => {
      const r = new OrganizationIamCustomRole(scope, `${id}Role`, { orgId, ...roleConfig(role, deps) });
      const binding = new OrganizationIamMember(scope, `${id}Binding`, { orgId, role: r.name, member, dependsOn: deps.bindings });
      return { scope: `organizations/${orgId}`, role: r, binding, roleName: r.name };
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
      const binding = new ProjectIamMember(scope, `${id}Binding`, { project, role: r.name, member, dependsOn: deps.bindings });
      return { scope: `projects/${project}`, role: r, binding, roleName: r.name };
    },
  };
}
