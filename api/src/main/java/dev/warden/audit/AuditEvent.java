package dev.warden.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One audit event. Values are stored as given; every sink and export escapes each field for its own format, so a
 * hostile value (CR/LF, a fake log line) cannot forge a record.
 *
 * @param id a time-ordered unique id (sortable as text in creation order)
 * @param time UTC time, millisecond precision or better
 * @param type what happened
 * @param outcome how it ended
 * @param actor who did it
 * @param sourceAddress the client's network address, or {@code ""} when not known
 * @param project the project it concerns, or {@code ""}
 * @param resource the resource it concerns in {@link dev.warden.policy.ResourceRef} text form, or {@code ""}
 * @param correlationId ties together the events of one request or job, or {@code ""}
 * @param details further facts (row counts, reasons); values of keys listed in {@code sensitiveKeys} are replaced
 *     by a keyed HMAC-SHA256 before they are stored
 * @param sensitiveKeys the keys of {@code details} whose values must never be stored in clear
 */
public record AuditEvent(String id, Instant time, AuditEventType type, Outcome outcome, Actor actor,
                         String sourceAddress, String project, String resource, String correlationId,
                         Map<String, String> details, Set<String> sensitiveKeys) {

    public AuditEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(correlationId, "correlationId");
        details = Map.copyOf(details);
        sensitiveKeys = Set.copyOf(sensitiveKeys);
    }
}
