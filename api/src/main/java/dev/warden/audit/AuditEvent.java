package dev.warden.audit;

import dev.warden.policy.ResourceRef;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One audit event. Values are stored as given; every sink and export escapes each field for its own format, so a
 * hostile value (CR/LF, a fake log line) cannot forge a record.
 *
 * <p>Build one with {@link #builder(AuditEventType)}, which fills in a time-ordered id ({@link UuidV7}) and the
 * current time:
 *
 * <pre>{@code
 * auditLog.record(AuditEvent.builder(AuditEventType.LOGIN_FAILED)
 *         .outcome(Outcome.FAILURE)
 *         .actor(Actor.user(userName, "password"))
 *         .sourceAddress(clientIp)
 *         .detail("reason", "bad password")
 *         .build());
 * }</pre>
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

    /**
     * @param type what happened
     * @return a builder with a fresh {@link UuidV7} id, the current time, outcome {@link Outcome#SUCCESS}, actor
     *     {@link Actor#system()} and every text field empty
     */
    public static Builder builder(AuditEventType type) {
        return new Builder(type);
    }

    /**
     * @param newDetails the details to hold instead
     * @return this event with other details (same id), e.g. after sensitive values were replaced by their MAC
     */
    public AuditEvent withDetails(Map<String, String> newDetails) {
        return new AuditEvent(id, time, type, outcome, actor, sourceAddress, project, resource, correlationId,
                newDetails, sensitiveKeys);
    }

    /** Builds an {@link AuditEvent}. Not thread-safe. */
    public static final class Builder {

        private String id;
        private Instant time;
        private final AuditEventType type;
        private Outcome outcome = Outcome.SUCCESS;
        private Actor actor = Actor.system();
        private String sourceAddress = "";
        private String project = "";
        private String resource = "";
        private String correlationId = "";
        private final Map<String, String> details = new LinkedHashMap<>();
        private final Set<String> sensitiveKeys = new LinkedHashSet<>();

        private Builder(AuditEventType type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /** @param id an explicit id, e.g. when re-reading stored events; default a fresh {@link UuidV7} */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /** @param time when it happened; default the moment {@link #build()} is called */
        public Builder time(Instant time) {
            this.time = Objects.requireNonNull(time, "time");
            return this;
        }

        /** @param outcome how it ended; default {@link Outcome#SUCCESS} */
        public Builder outcome(Outcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /** @param actor who did it; default {@link Actor#system()} */
        public Builder actor(Actor actor) {
            this.actor = Objects.requireNonNull(actor, "actor");
            return this;
        }

        /** @param sourceAddress the client's network address */
        public Builder sourceAddress(String sourceAddress) {
            this.sourceAddress = Objects.requireNonNull(sourceAddress, "sourceAddress");
            return this;
        }

        /** @param project the project it concerns */
        public Builder project(String project) {
            this.project = Objects.requireNonNull(project, "project");
            return this;
        }

        /** @param resource the resource it concerns, in text form */
        public Builder resource(String resource) {
            this.resource = Objects.requireNonNull(resource, "resource");
            return this;
        }

        /** @param resource the resource it concerns; also sets the project when the resource has one and none was set */
        public Builder resource(ResourceRef resource) {
            this.resource = resource.toString();
            if (project.isEmpty()) {
                project = resource.scopeProject();
            }
            return this;
        }

        /** @param correlationId ties the events of one request or job together */
        public Builder correlationId(String correlationId) {
            this.correlationId = Objects.requireNonNull(correlationId, "correlationId");
            return this;
        }

        /** Adds a detail stored as given (escaped by each sink). */
        public Builder detail(String key, String value) {
            details.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Adds a numeric detail, such as a row count. */
        public Builder detail(String key, long value) {
            return detail(key, Long.toString(value));
        }

        /**
         * Adds a detail whose value is personal or secret: the audit pipeline replaces it by its keyed HMAC-SHA256
         * before any sink sees it, so it is never stored in clear but a known value can still be searched for.
         */
        public Builder sensitiveDetail(String key, String value) {
            detail(key, value);
            sensitiveKeys.add(key);
            return this;
        }

        /** @return the event */
        public AuditEvent build() {
            return new AuditEvent(id != null ? id : UuidV7.next(), time != null ? time : Instant.now(), type, outcome,
                    actor, sourceAddress, project, resource, correlationId, details, sensitiveKeys);
        }
    }
}
