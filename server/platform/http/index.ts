export { healthRoutes } from './health.routes';
export type { RouteDeps, RoutesPlugin, TypedApp } from './route-deps';
