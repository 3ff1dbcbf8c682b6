export {
  type Actor,
  actingInstitution,
  hasPermission,
  institutionsWithPermission,
  type Membership,
} from './actor';
export {
  type ActorCtx,
  authorize,
  type Ctx,
  inTransaction,
  requireActor,
  systemContext,
} from './context';
export { type RouteEntry, requirePermission, requireSignedIn, routeEntries } from './route-guard';
