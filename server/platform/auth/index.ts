export {
  type AuthPluginOptions,
  authPlugin,
  clearSessionCookie,
  contextOf,
  type ResolvedSession,
  SESSION_COOKIE,
  setSessionCookie,
} from './auth.plugin';
export { dummyPasswordHash, hashPassword, verifyPassword } from './password';
export { hashToken, newToken } from './tokens';
