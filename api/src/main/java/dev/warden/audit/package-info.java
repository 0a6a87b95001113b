/**
 * Audit events: the {@link dev.warden.audit.AuditEvent} value, its {@link dev.warden.audit.AuditEventType types} and
 * {@link dev.warden.audit.Outcome outcomes}, and the fail-closed {@link dev.warden.audit.AuditLog}.
 */
package dev.warden.audit;
