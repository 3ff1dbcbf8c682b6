export { pesInitiativeRoutes } from './initiative.routes';
export {
  abandonInitiative,
  advanceInitiative,
  createInitiative,
  registerInitiative,
  updateInitiative,
} from './initiative.service';
export { pesInitiatives } from './initiative.table';
