/**
 * Audit events: the {@link dev.warden.audit.AuditEvent} value (built with
 * {@link dev.warden.audit.AuditEvent#builder}), its {@link dev.warden.audit.AuditEventType types} and
 * {@link dev.warden.audit.Outcome outcomes}, time-ordered {@link dev.warden.audit.UuidV7 ids}, the fail-closed
 * {@link dev.warden.audit.AuditLog}, {@link dev.warden.audit.AuditListener listeners} and the
 * {@link dev.warden.audit.AuditReader query API}.
 */
package dev.warden.audit;
