package dev.warden.core.posture;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.policy.PolicyState;
import dev.warden.core.secrets.SecretMaskingLogger;
import dev.warden.secrets.SecretResolver;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * The production start-up gate {@code Warden.builder().build()} applies: a failing {@link Severity#CRITICAL} posture
 * item stops the build, unless {@code Builder.postureOverride(reason)} names a reason — then the build goes on and the
 * override is recorded as a {@link AuditEventType#CONFIGURATION_CHANGED} event (detail {@code posture=override}, the
 * reason and the failing item ids) through the audit log, failing closed: if it cannot be recorded, the build stops.
 */
public final class PostureGate {

    private static final Logger LOG = SecretMaskingLogger.of(PostureGate.class);
    /** The longest override reason, in characters. */
    public static final int MAX_REASON = 500;

    private PostureGate() {
    }

    /**
     * @param configuration the configuration as written (before {@code ${secret:...}} substitution)
     * @param policy the grants in force
     * @param secrets resolves {@code audit.key} to verify the chain
     * @param override the override reason, if any
     * @param auditLog where the override is recorded; empty when no audit log is configured (then it is logged as
     *     a warning only)
     * @return the report
     * @throws ConfigurationException naming each failing critical item when there is no override, or when the reason
     *     is blank, too long or has control characters
     * @throws dev.warden.audit.AuditUnavailableException if the override cannot be recorded
     */
    public static PostureReport enforce(WardenConfiguration configuration, PolicyState policy, SecretResolver secrets,
                                        Optional<String> override, Optional<Supplier<AuditLog>> auditLog) {
        override.ifPresent(PostureGate::checkReason);
        PostureReport report = PostureCheck.builder(configuration).policy(policy).secrets(secrets).build().evaluate();
        List<PostureItem> critical = report.criticalFailures();
        if (critical.isEmpty()) {
            return report;
        }
        String ids = critical.stream().map(PostureItem::id).collect(Collectors.joining(", "));
        if (override.isEmpty()) {
            throw new ConfigurationException("configuration " + configuration.source() + ": production refuses to start: "
                    + critical.size() + " critical posture item" + (critical.size() == 1 ? "" : "s") + " failed: "
                    + critical.stream().map(i -> i.id() + " (" + String.join("; ", i.findings()) + ")")
                            .collect(Collectors.joining(", "))
                    + "; fix them (run 'warden posture --config " + configuration.source() + "') or start with "
                    + "Warden.builder().postureOverride(\"reason\"), which is audited");
        }
        AuditEvent event = AuditEvent.builder(AuditEventType.CONFIGURATION_CHANGED).actor(Actor.system())
                .outcome(Outcome.SUCCESS).resource("configuration")
                .detail("posture", "override").detail("reason", override.get()).detail("failingItems", ids).build();
        if (auditLog.isPresent()) {
            auditLog.get().get().record(event);
        }
        LOG.warn("Production started with failing critical posture items {} under an override; reason: {} ({})", ids,
                override.get(), auditLog.isPresent() ? "recorded in the audit log" : "no audit log is configured");
        return report;
    }

    private static void checkReason(String reason) {
        if (reason.isBlank()) {
            throw new InvalidInputException("posture override: the reason is empty; say why the installation must start");
        }
        if (reason.length() > MAX_REASON) {
            throw new InvalidInputException("posture override: the reason is longer than " + MAX_REASON + " characters");
        }
        for (int i = 0; i < reason.length(); i++) {
            if (Character.isISOControl(reason.charAt(i))) {
                throw new InvalidInputException("posture override: the reason contains a control character at "
                        + (i + 1) + "; use one line of text");
            }
        }
    }
}
