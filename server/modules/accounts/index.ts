export { memberships, users } from './accounts.table';
export { authRoutes } from './auth.routes';
export { resolveSession } from './session.service';
