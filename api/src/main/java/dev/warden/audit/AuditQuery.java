package dev.warden.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search over stored audit events. Every criterion is optional; those given must all match. Results come in
 * recording order (by id), one page at a time.
 *
 * @param from events at or after this time
 * @param to events strictly before this time
 * @param principalId the actor's principal id, exactly
 * @param types any of these types (empty: all types)
 * @param resource the resource, exactly, in text form
 * @param project the project, exactly
 * @param outcome the outcome
 * @param after the id of the last event of the previous page (the page cursor): the page starts with the first
 *     match stored after that event
 * @param limit the page size, 1 to 10,000
 */
public record AuditQuery(Optional<Instant> from, Optional<Instant> to, Optional<String> principalId,
                         Set<AuditEventType> types, Optional<String> resource, Optional<String> project,
                         Optional<Outcome> outcome, Optional<String> after, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 10_000;

    public AuditQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(principalId, "principalId");
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("audit query: limit must be 1 to " + MAX_LIMIT + ", was " + limit);
        }
    }

    /** @return a query matching everything, 100 per page */
    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 100);
    }

    /** @return this query from {@code time} on */
    public AuditQuery from(Instant time) {
        return new AuditQuery(Optional.of(time), to, principalId, types, resource, project, outcome, after, limit);
    }

    /** @return this query up to (excluding) {@code time} */
    public AuditQuery to(Instant time) {
        return new AuditQuery(from, Optional.of(time), principalId, types, resource, project, outcome, after, limit);
    }

    /** @return this query for one actor */
    public AuditQuery principalId(String id) {
        return new AuditQuery(from, to, Optional.of(id), types, resource, project, outcome, after, limit);
    }

    /** @return this query for some types */
    public AuditQuery types(Set<AuditEventType> newTypes) {
        return new AuditQuery(from, to, principalId, newTypes, resource, project, outcome, after, limit);
    }

    /** @return this query for one resource */
    public AuditQuery resource(String text) {
        return new AuditQuery(from, to, principalId, types, Optional.of(text), project, outcome, after, limit);
    }

    /** @return this query for one project */
    public AuditQuery project(String name) {
        return new AuditQuery(from, to, principalId, types, resource, Optional.of(name), outcome, after, limit);
    }

    /** @return this query for one outcome */
    public AuditQuery outcome(Outcome value) {
        return new AuditQuery(from, to, principalId, types, resource, project, Optional.of(value), after, limit);
    }

    /** @return this query with another page size */
    public AuditQuery limit(int size) {
        return new AuditQuery(from, to, principalId, types, resource, project, outcome, after, size);
    }

    /** @return this query for the page after the event with id {@code id} */
    public AuditQuery after(String id) {
        return new AuditQuery(from, to, principalId, types, resource, project, outcome, Optional.of(id), limit);
    }

    /**
     * @param event a stored event
     * @return whether it meets every criterion; the page cursor {@link #after} is a position in the log, which the
     *     {@link AuditReader} applies, so it is not checked here
     */
    public boolean matches(AuditEvent event) {
        return from.map(t -> !event.time().isBefore(t)).orElse(true)
                && to.map(t -> event.time().isBefore(t)).orElse(true)
                && principalId.map(p -> p.equals(event.actor().principalId())).orElse(true)
                && (types.isEmpty() || types.contains(event.type()))
                && resource.map(r -> r.equals(event.resource())).orElse(true)
                && project.map(p -> p.equals(event.project())).orElse(true)
                && outcome.map(o -> o == event.outcome()).orElse(true);
    }
}
