export { confirmedProviders, providerReadiness } from './contractors.service';
export { readinessRoutes } from './readiness.routes';
export {
  confirmAssessment,
  saveSelfAssessment,
  startAssessment,
  submitAssessment,
} from './readiness.service';
export { readinessAssessments, readinessState } from './readiness.table';
