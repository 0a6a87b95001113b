package dev.warden.core.audit;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditListener;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.audit.Outcome;
import dev.warden.core.secrets.SecretMaskingLogger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Alerting rules over the stream of recorded events. Register with
 * {@link AuditPipeline.Builder#listener}; each rule that fires records an {@link AuditEventType#ALERT} event through
 * the same pipeline and calls the registered {@link AlertHandler}s.
 *
 * <ul>
 *   <li><b>failed-logins-per-user</b>: {@code n} {@link AuditEventType#LOGIN_FAILED} (or {@code MFA_FAILED}) for one
 *       principal id within the window (default 5 in 15 minutes);</li>
 *   <li><b>failed-logins-per-source</b>: the same per source address (default 20 in 15 minutes);</li>
 *   <li><b>access-denied-burst</b>: {@code n} {@link AuditEventType#ACCESS_DENIED} for one principal within the window
 *       (default 10 in 5 minutes);</li>
 *   <li><b>unusual-data-source-reads</b>: a principal reads more distinct data sources within one window (default one
 *       day) than {@code factor} times its average over its earlier windows (default 3), and at least
 *       {@code minimum} (default 5); with no history, more than {@code minimum} times {@code factor}.</li>
 * </ul>
 * Windows follow event time, so replaying a log gives the same alerts. After firing, a counting rule starts counting
 * afresh for that subject. Not thread-safe on its own: the pipeline calls it from one dispatch thread.
 */
public final class AlertRules implements AuditListener {

    private static final Logger LOG = SecretMaskingLogger.of(AlertRules.class);

    private final Counter perUser;
    private final Counter perSource;
    private final Counter denied;
    private final int unusualMinimum;
    private final double unusualFactor;
    private final Duration unusualWindow;
    private final List<AlertHandler> handlers;
    private final Map<String, ReadHistory> reads = new HashMap<>();
    private volatile AuditLog log;

    private AlertRules(Builder b) {
        this.perUser = new Counter("failed-logins-per-user", b.userLimit, b.userWindow);
        this.perSource = new Counter("failed-logins-per-source", b.sourceLimit, b.sourceWindow);
        this.denied = new Counter("access-denied-burst", b.deniedLimit, b.deniedWindow);
        this.unusualMinimum = b.unusualMinimum;
        this.unusualFactor = b.unusualFactor;
        this.unusualWindow = b.unusualWindow;
        this.handlers = List.copyOf(b.handlers);
    }

    /** @return a builder with the defaults above */
    public static Builder builder() {
        return new Builder();
    }

    /** The settings of the {@code audit.alerts} section. */
    static final Set<String> KEYS = Set.of("enabled", "failedLoginsPerUser", "failedLoginsPerSource",
            "accessDeniedBurst", "unusualDataSourceReads");
    private static final Set<String> COUNT_KEYS = Set.of("count", "window");
    private static final Set<String> UNUSUAL_KEYS = Set.of("minimum", "factor", "window");

    /**
     * Reads the rules from the {@code alerts} object of the {@code audit} section of {@code warden.json}; every
     * setting is optional and defaults to the value shown:
     *
     * <pre>{@code
     * "alerts": {
     *   "enabled": true,
     *   "failedLoginsPerUser":    {"count": 5,  "window": "15m"},
     *   "failedLoginsPerSource":  {"count": 20, "window": "15m"},
     *   "accessDeniedBurst":      {"count": 10, "window": "5m"},
     *   "unusualDataSourceReads": {"minimum": 5, "factor": 3, "window": "1d"}
     * }
     * }</pre>
     *
     * @param alerts the {@code alerts} object, or empty for all defaults
     * @return the configured rules, or empty when {@code enabled} is false
     * @throws dev.warden.ConfigurationException naming the setting that is unknown, not a number, below 1 or not a
     *     positive duration
     */
    public static java.util.Optional<Builder> fromConfiguration(java.util.Optional<dev.warden.config.ConfigNode> alerts) {
        Builder builder = builder();
        if (alerts.isEmpty()) {
            return java.util.Optional.of(builder);
        }
        dev.warden.config.ConfigNode node = alerts.get();
        node.requireOnlyKeys(KEYS);
        if (!node.booleanValue("enabled", true)) {
            return java.util.Optional.empty();
        }
        node.child("failedLoginsPerUser").ifPresent(rule -> builder.failedLoginsPerUser(
                count(rule, "count", builder.userLimit), window(rule, builder.userWindow)));
        node.child("failedLoginsPerSource").ifPresent(rule -> builder.failedLoginsPerSource(
                count(rule, "count", builder.sourceLimit), window(rule, builder.sourceWindow)));
        node.child("accessDeniedBurst").ifPresent(rule -> builder.accessDeniedBurst(
                count(rule, "count", builder.deniedLimit), window(rule, builder.deniedWindow)));
        node.child("unusualDataSourceReads").ifPresent(rule -> {
            rule.requireOnlyKeys(UNUSUAL_KEYS);
            double factor = builder.unusualFactor;
            if (rule.has("factor")) {
                String text = rule.requireString("factor");
                try {
                    factor = Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    factor = Double.NaN;
                }
                if (!(factor >= 1.0 && factor <= 1_000.0)) {
                    throw new dev.warden.ConfigurationException("configuration " + rule.qualified("factor")
                            + ": expected a number from 1 to 1000 (how many times a user's usual count), e.g. 3");
                }
            }
            builder.unusualDataSourceReads(count(rule, "minimum", builder.unusualMinimum), factor,
                    window(rule, builder.unusualWindow));
        });
        return java.util.Optional.of(builder);
    }

    private static int count(dev.warden.config.ConfigNode rule, String key, int defaultValue) {
        if (key.equals("count")) {
            rule.requireOnlyKeys(COUNT_KEYS);
        }
        long n;
        try {
            n = rule.longValue(key, defaultValue);
        } catch (RuntimeException e) {
            n = 0;
        }
        if (n < 1 || n > 1_000_000) {
            throw new dev.warden.ConfigurationException("configuration " + rule.qualified(key)
                    + ": expected a whole number from 1 to 1000000");
        }
        return (int) n;
    }

    private static Duration window(dev.warden.config.ConfigNode rule, Duration defaultValue) {
        Duration window = rule.duration("window", defaultValue);
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(366)) > 0) {
            throw new dev.warden.ConfigurationException("configuration " + rule.qualified("window")
                    + ": expected a positive duration of at most 366 days, e.g. \"15m\"");
        }
        return window;
    }

    /** @param auditLog where ALERT events are recorded; the pipeline sets itself when this is registered with it */
    public void recordTo(AuditLog auditLog) {
        this.log = Objects.requireNonNull(auditLog, "auditLog");
    }

    @Override
    public void onRecorded(AuditEvent event) {
        switch (event.type()) {
            case LOGIN_FAILED, MFA_FAILED -> {
                perUser.add(event.actor().principalId(), event.time()).ifPresent(n -> fire(perUser, event.actor().principalId(), n, event));
                if (!event.sourceAddress().isEmpty()) {
                    perSource.add(event.sourceAddress(), event.time()).ifPresent(n -> fire(perSource, event.sourceAddress(), n, event));
                }
            }
            case ACCESS_DENIED -> denied.add(event.actor().principalId(), event.time())
                    .ifPresent(n -> fire(denied, event.actor().principalId(), n, event));
            case DATA_SOURCE_READ -> {
                if (event.outcome() == Outcome.SUCCESS && !event.resource().isEmpty()) {
                    unusualReads(event);
                }
            }
            default -> { }
        }
    }

    private void unusualReads(AuditEvent event) {
        String user = event.actor().principalId();
        long window = event.time().toEpochMilli() / unusualWindow.toMillis();
        ReadHistory history = reads.computeIfAbsent(user, u -> new ReadHistory());
        if (history.window != window) {
            if (history.window >= 0) {
                history.pastCounts.add(history.sources.size());
            }
            history.window = window;
            history.sources.clear();
            history.fired = false;
        }
        history.sources.add(event.resource());
        int count = history.sources.size();
        double usual = history.pastCounts.stream().mapToInt(Integer::intValue).average().orElse(unusualMinimum);
        double threshold = Math.max(unusualMinimum, unusualFactor * usual);
        if (!history.fired && count > threshold) {
            history.fired = true;
            alert("unusual-data-source-reads", user, count, unusualWindow, event,
                    Map.of("usual", String.format(java.util.Locale.ROOT, "%.1f", usual)));
        }
    }

    private void fire(Counter rule, String subject, int count, AuditEvent trigger) {
        alert(rule.name, subject, count, rule.window, trigger, Map.of());
    }

    private void alert(String rule, String subject, int count, Duration window, AuditEvent trigger, Map<String, String> extra) {
        AuditEvent.Builder builder = AuditEvent.builder(AuditEventType.ALERT).actor(Actor.system()).outcome(Outcome.SUCCESS)
                .time(trigger.time()).sourceAddress(trigger.sourceAddress()).project(trigger.project())
                .correlationId(trigger.id()).detail("rule", rule).detail("subject", subject).detail("count", count)
                .detail("window", window.toString());
        extra.forEach(builder::detail);
        AuditEvent alert = builder.build();
        AuditLog target = log;
        if (target != null) {
            try {
                target.record(alert);
            } catch (AuditUnavailableException e) {
                LOG.warn("Alert {} could not be recorded: {}", rule, e.getMessage());
            }
        }
        for (AlertHandler handler : handlers) {
            try {
                handler.onAlert(alert);
            } catch (RuntimeException e) {
                LOG.warn("Alert handler {} failed: {}", handler.getClass().getName(), e.toString());
            }
        }
    }

    private static final class ReadHistory {
        long window = -1;
        final Set<String> sources = new HashSet<>();
        final List<Integer> pastCounts = new ArrayList<>();
        boolean fired;
    }

    /** Sliding-window counts per subject. */
    private static final class Counter {
        final String name;
        final int limit;
        final Duration window;
        final Map<String, Deque<Instant>> seen = new HashMap<>();

        Counter(String name, int limit, Duration window) {
            this.name = name;
            this.limit = limit;
            this.window = window;
        }

        java.util.Optional<Integer> add(String subject, Instant time) {
            Deque<Instant> times = seen.computeIfAbsent(subject, s -> new ArrayDeque<>());
            times.addLast(time);
            Instant cutoff = time.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                int count = times.size();
                seen.remove(subject);
                return java.util.Optional.of(count);
            }
            return java.util.Optional.empty();
        }
    }

    /** Builds {@link AlertRules}. */
    public static final class Builder {
        private int userLimit = 5;
        private Duration userWindow = Duration.ofMinutes(15);
        private int sourceLimit = 20;
        private Duration sourceWindow = Duration.ofMinutes(15);
        private int deniedLimit = 10;
        private Duration deniedWindow = Duration.ofMinutes(5);
        private int unusualMinimum = 5;
        private double unusualFactor = 3.0;
        private Duration unusualWindow = Duration.ofDays(1);
        private final List<AlertHandler> handlers = new ArrayList<>();

        private Builder() {
        }

        /** @return this; fire after {@code n} failed logins of one user within {@code window} */
        public Builder failedLoginsPerUser(int n, Duration window) {
            this.userLimit = positive(n);
            this.userWindow = window;
            return this;
        }

        /** @return this; fire after {@code n} failed logins from one source address within {@code window} */
        public Builder failedLoginsPerSource(int n, Duration window) {
            this.sourceLimit = positive(n);
            this.sourceWindow = window;
            return this;
        }

        /** @return this; fire after {@code n} access denials of one user within {@code window} */
        public Builder accessDeniedBurst(int n, Duration window) {
            this.deniedLimit = positive(n);
            this.deniedWindow = window;
            return this;
        }

        /** @return this; fire when a user reads more distinct data sources in a window than usual (see class doc) */
        public Builder unusualDataSourceReads(int minimum, double factor, Duration window) {
            this.unusualMinimum = positive(minimum);
            this.unusualFactor = factor;
            this.unusualWindow = window;
            return this;
        }

        /** @return this, with another handler told of every alert */
        public Builder handler(AlertHandler handler) {
            handlers.add(Objects.requireNonNull(handler, "handler"));
            return this;
        }

        /** @return the rules */
        public AlertRules build() {
            return new AlertRules(this);
        }

        private static int positive(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("an alert threshold must be at least 1");
            }
            return n;
        }
    }
}
