import { TerraformResource } from 'cdktf';

/** A custom role and its bindings, at the scope the construct chose. */
export interface GcpRoleGrant {
  /** Where the role is defined: `organizations/<id>` or `projects/<id>`. */
  readonly scope: string;
  /** The custom role: `google_organization_iam_custom_role` or `google_project_iam_custom_role`. */
  readonly role: TerraformResource;
  /**
   * Its (first) additive binding: `google_organization_iam_member`, `google_folder_iam_member` or
   * `google_project_iam_member`.
   */
  readonly binding: TerraformResource;
  /**
   * Every binding of the role: one on its own scope, or, for an organization role narrowed by
   * `folderIds` / `projectIds`, one per folder and project.
   */
  readonly bindings: TerraformResource[];
  /** The role's full name (`<scope>/roles/<roleId>`), a token until apply. */
  readonly roleName: string;
}
