package dev.warden.core.workflow;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import dev.warden.auth.Principal;
import dev.warden.core.policy.GovernedPolicyEngine;
import dev.warden.policy.Action;
import dev.warden.policy.ResourceRef;
import java.util.Objects;
import java.util.function.Supplier;

/** Authorization and the audit trail shared by {@link DataSources} and {@link Workflows}: check, record, then act. */
final class Governed {

    final GovernedPolicyEngine policy;
    final AuditLog audit;

    Governed(GovernedPolicyEngine policy, AuditLog audit) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /** Allowed, or {@code ACCESS_DENIED} recorded and {@link dev.warden.policy.AccessDeniedException} thrown. */
    void require(Principal actor, Action action, ResourceRef resource) {
        Objects.requireNonNull(actor, "actor");
        policy.require(actor, action, resource);
    }

    /** @return a SUCCESS event of this type by this actor on this resource */
    AuditEvent.Builder event(AuditEventType type, Principal actor, ResourceRef resource) {
        return AuditEvent.builder(type).actor(Actor.of(actor)).outcome(Outcome.SUCCESS).resource(resource);
    }

    /** Records, then changes; a change that fails after being recorded is recorded again as a failure. */
    <T> T audited(Principal actor, AuditEvent event, Supplier<T> change) {
        audit.record(event);
        try {
            return change.get();
        } catch (RuntimeException e) {
            recordFailure(actor, event, e);
            throw e;
        }
    }

    /** Records {@code event}'s type again with outcome FAILURE, correlated to it; never hides {@code cause}. */
    void recordFailure(Principal actor, AuditEvent event, RuntimeException cause) {
        try {
            audit.record(AuditEvent.builder(event.type()).actor(Actor.of(actor)).outcome(Outcome.FAILURE)
                    .project(event.project()).resource(event.resource()).correlationId(event.id())
                    .detail("error", cause.getClass().getSimpleName()).build());
        } catch (RuntimeException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }
}
