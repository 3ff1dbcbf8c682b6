export { memberships, users } from './accounts.table';
export { accountAttention } from './attention.service';
export { authRoutes } from './auth.routes';
export { invitationRoutes } from './invitations.routes';
/** For other modules that link a record to a person of an institution (a partnership's contact); no access check. */
export { findActiveStaff, findActiveStaffMember } from './membership.repository';
export { type AddMembershipInput, addMembership } from './membership.service';
export { oidcRoutes } from './oidc.routes';
export { profileRoutes } from './profile.routes';
export { resolveSession } from './session.service';
export { type CreateUserInput, createUser } from './user.service';
export { userRoutes } from './users.routes';
