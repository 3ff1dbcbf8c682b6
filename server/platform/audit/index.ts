export { type AuditEntry, changedFields, recordAudit } from './audit.service';
export { auditEvents } from './audit.table';
