// finops-integrations/oci: the OCI billing integration (cdktf; oracle/oci bindings generated from
// schemas/providers/oci.json into src/providers/oci). Exports the public API only.
export * from './platform-access';
export * from './billing-integration';
// The generated provider and resources the construct exposes, one namespace each (as in the
// prebuilt @cdktf/provider-* packages): `oci.provider.OciProvider`, `oci.identityGroup.IdentityGroup`...
export * as provider from '../providers/oci/provider';
export * as identityApiKey from '../providers/oci/identity-api-key';
export * as identityGroup from '../providers/oci/identity-group';
export * as identityPolicy from '../providers/oci/identity-policy';
export * as identityUser from '../providers/oci/identity-user';
export * as identityUserGroupMembership from '../providers/oci/identity-user-group-membership';
