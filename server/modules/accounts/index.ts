export { memberships, users } from './accounts.table';
export { authRoutes } from './auth.routes';
export { invitationRoutes } from './invitations.routes';
export { type AddMembershipInput, addMembership } from './membership.service';
export { oidcRoutes } from './oidc.routes';
export { profileRoutes } from './profile.routes';
export { resolveSession } from './session.service';
export { type CreateUserInput, createUser } from './user.service';
export { userRoutes } from './users.routes';
