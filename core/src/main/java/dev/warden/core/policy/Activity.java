package dev.warden.core.policy;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditPage;
import dev.warden.audit.AuditQuery;
import dev.warden.audit.AuditReader;
import dev.warden.audit.Outcome;
import dev.warden.core.audit.jsonl.JsonlAuditReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When each principal was last active according to the audit log, overall and per project, for the access review.
 *
 * <p>Only events with outcome {@link Outcome#SUCCESS} count as activity, each for its actor's principal id: a failed
 * log-in, a refused second factor, a lockout or a denied request says that someone <em>tried</em> to use the account,
 * not that its holder did, so an administrator whose account is under brute force still shows as dormant. A
 * successful {@code API_KEY_USED} counts for the service account like a log-in for a person.
 *
 * <p>Any {@link AuditReader} is a source: a JSON Lines log (its directory of daily files, or one file) through
 * {@link #readJsonLines}, a database table through {@code dev.warden.jdbc.JdbcAuditReader} (warden-jdbc) and
 * {@link #from}.
 */
public final class Activity {

    private final Map<String, Instant> lastSeen;
    private final Map<String, Map<String, Instant>> lastSeenInProject;

    private Activity(Map<String, Instant> lastSeen, Map<String, Map<String, Instant>> lastSeenInProject) {
        this.lastSeen = Map.copyOf(lastSeen);
        this.lastSeenInProject = Map.copyOf(lastSeenInProject);
    }

    /**
     * Reads a JSON Lines audit log as written by the {@code jsonl} sink.
     *
     * @param location the log directory (every {@code audit-*.jsonl} file in it, as rotated daily) or one log file
     * @return the last successful activity per principal and per principal and project
     * @throws dev.warden.InvalidInputException if the location does not exist or holds no log file
     * @throws dev.warden.IntegrityException naming the file and line of a line that is not an audit record
     */
    public static Activity readJsonLines(Path location) {
        JsonlAuditReader reader = new JsonlAuditReader(location);
        reader.files(); // a missing location is reported as such, not read as an empty log
        Collector collector = new Collector();
        reader.scan(Activity::counts, event -> {
            collector.add(event);
            return true;
        });
        return collector.build();
    }

    /**
     * Reads every successful event of an audit store, page by page.
     *
     * @param reader a JSON Lines log, an audit table, or any other {@link AuditReader}
     * @return the last successful activity per principal and per principal and project
     * @throws dev.warden.WardenException if the store cannot be read
     */
    public static Activity from(AuditReader reader) {
        Objects.requireNonNull(reader, "reader");
        if (reader instanceof JsonlAuditReader) {
            Collector collector = new Collector();
            ((JsonlAuditReader) reader).scan(Activity::counts, event -> {
                collector.add(event);
                return true;
            });
            return collector.build();
        }
        Collector collector = new Collector();
        AuditQuery query = AuditQuery.all().outcome(Outcome.SUCCESS).limit(AuditQuery.MAX_LIMIT);
        while (true) {
            AuditPage page = reader.query(query);
            page.events().stream().filter(Activity::counts).forEach(collector::add);
            if (page.next().isEmpty()) {
                return collector.build();
            }
            query = page.next().get();
        }
    }

    /** Whether an event is activity of its actor: it succeeded. */
    static boolean counts(AuditEvent event) {
        return event.outcome() == Outcome.SUCCESS;
    }

    /** @return activity built from explicit values, for tests and hosts that query their own audit store */
    public static Activity of(Map<String, Instant> lastSeen, Map<String, Map<String, Instant>> lastSeenInProject) {
        return new Activity(lastSeen, lastSeenInProject);
    }

    /** @return when the principal was last active, if ever */
    public Optional<Instant> lastSeen(String user) {
        return Optional.ofNullable(lastSeen.get(user));
    }

    /** @return when the principal was last active in the project, if ever */
    public Optional<Instant> lastSeen(String user, String project) {
        return Optional.ofNullable(lastSeenInProject.getOrDefault(user, Map.of()).get(project));
    }

    private static final class Collector {
        final Map<String, Instant> seen = new HashMap<>();
        final Map<String, Map<String, Instant>> seenIn = new HashMap<>();

        void add(AuditEvent event) {
            String who = event.actor().principalId();
            Instant time = event.time();
            seen.merge(who, time, Collector::later);
            if (!event.project().isEmpty()) {
                seenIn.computeIfAbsent(who, k -> new HashMap<>()).merge(event.project(), time, Collector::later);
            }
        }

        static Instant later(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        Activity build() {
            return new Activity(seen, seenIn);
        }
    }
}
