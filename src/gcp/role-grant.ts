import { TerraformResource } from 'cdktf';

/** A custom role and its binding, at the scope the construct chose. */
export interface GcpRoleGrant {
  /** Where the role is defined and bound: `organizations/<id>` or `projects/<id>`. */
  readonly scope: string;
  /** The custom role: `google_organization_iam_custom_role` or `google_project_iam_custom_role`. */
  readonly role: TerraformResource;
  /** Its additive binding: `google_organization_iam_member` or `google_project_iam_member`. */
  readonly binding: TerraformResource;
  /** The role's full name (`<scope>/roles/<roleId>`), a token until apply. */
  readonly roleName: string;
}
