export { staffingNeedRoutes } from './staffing-need.routes';
export { declareNeed } from './staffing-need.service';
export { staffingNeedStatus, staffingNeeds } from './staffing-need.table';
