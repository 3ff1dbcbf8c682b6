export { createAuditRoutes } from './audit.routes';
export { type AuditEntry, changedFields, recordAudit } from './audit.service';
export { auditEvents } from './audit.table';
export type { InstitutionNameLookup } from './audit-log.service';
