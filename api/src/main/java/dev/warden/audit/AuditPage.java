package dev.warden.audit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of an {@link AuditQuery}'s results.
 *
 * @param events the events, in recording order
 * @param next the query for the following page, when there may be more
 */
public record AuditPage(List<AuditEvent> events, Optional<AuditQuery> next) {

    public AuditPage {
        events = List.copyOf(events);
        Objects.requireNonNull(next, "next");
    }
}
