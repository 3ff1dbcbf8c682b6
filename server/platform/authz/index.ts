export {
  type Actor,
  actingInstitution,
  hasPermission,
  institutionsWithPermission,
  type Membership,
} from './actor';
export { type ActorCtx, type Ctx, inTransaction, requireActor, systemContext } from './context';
export { requirePermission, requireSignedIn } from './route-guard';
