package dev.warden.core.workflow;

import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.auth.Principal;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.SubjectDatabase;
import dev.warden.core.job.SubjectQuery;
import dev.warden.core.job.SubjectRows;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.ValueTransformer;
import dev.warden.policy.Action;
import dev.warden.policy.ResourceRef;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Data-subject operations on a project's database data sources, as {@link dev.warden.core.Warden#dataSubjects()} hands
 * them out: the right of access (GDPR Article 15) and to data portability (Article 20) as a JSON export of every row of
 * one subject, and the right to erasure (Article 17) as the deletion of those rows, or their masking in place where
 * they must stay, in one transaction.
 *
 * <p><b>Which rows.</b> The rows of the subject's table whose identifying column (its primary key unless named) equals
 * the identifier, then every row that refers to a row already found, transitively, through the foreign keys the
 * database declares and those the query adds ({@link SubjectQuery#foreignKeys()}, e.g. a job spec's). For Northwind's
 * customer {@code ALFKI}: the customer, its 6 orders, their 12 order lines and its demographic links.
 *
 * <p><b>Who may.</b> Export: {@code DATA_SOURCE_READ} on the data source (project Viewer). Erase: {@code
 * DATA_SOURCE_EXECUTE} (project Admin): erasure runs statements directly against the database, the one write Warden
 * makes to a data source of role source. A refusal is recorded as {@code ACCESS_DENIED}.
 *
 * <p><b>What is recorded.</b> An export is recorded as {@code DATA_SOURCE_READ} (purpose, rows per table) before the
 * rows are handed out; an erasure as {@code DATA_ERASED} (purpose, rows deleted and masked per table) inside its
 * transaction, before the commit: when the event cannot be recorded the transaction is rolled back and nothing changed
 * (fail-closed); when the commit fails after it, a {@code DATA_ERASED} with outcome {@code FAILURE} follows. Events
 * never hold a value; the identifier is a sensitive detail ({@code subject}), which the audit pipeline stores as its
 * HMAC-SHA256 digest, so a later request about the same subject can be matched without keeping who it was.
 *
 * <p>Thread-safe.
 */
public final class DataSubjects {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Governed governed;
    private final DataSources dataSources;
    private final Clock clock = Clock.systemUTC();

    DataSubjects(Governed governed, DataSources dataSources) {
        this.governed = Objects.requireNonNull(governed, "governed");
        this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
    }

    /**
     * Exports every row of one data subject.
     *
     * @param actor who asks; needs {@code DATA_SOURCE_READ} on the data source
     * @param project the project
     * @param dataSource the data source's name; a database
     * @param subject where the subject's rows start
     * @param purpose why, in one line (the request's reference), recorded with the event
     * @return the rows, possibly none (a subject the data source does not hold)
     * @throws dev.warden.policy.AccessDeniedException without {@code DATA_SOURCE_READ} (recorded)
     * @throws dev.warden.audit.AuditUnavailableException if the read cannot be recorded (nothing handed out)
     * @throws InvalidInputException if there is no such data source, table or column, the purpose is blank, or the
     *     identifier is not a valid value of the column
     * @throws dev.warden.ConfigurationException if the data source is a directory or cannot be opened
     */
    public SubjectExport export(Principal actor, String project, String dataSource, SubjectQuery subject, String purpose) {
        Objects.requireNonNull(subject, "subject");
        ResourceRef ref = ResourceRef.dataSource(project, dataSource);
        requirePurpose(purpose, "export");
        governed.require(actor, Action.READ, ref);
        DataSource source = dataSources.require(project, dataSource);
        SubjectRows rows;
        try (SubjectDatabase db = dataSources.openSubjects(source)) {
            rows = db.find(subject);
        }
        governed.audit.record(governed.event(AuditEventType.DATA_SOURCE_READ, actor, ref)
                .detail("purpose", "data-subject export (GDPR Art. 15, 20): " + purpose)
                .detail("subjectTable", rows.table()).sensitiveDetail("subject", subject.id())
                .detail("rows", rows.counts().values().stream().mapToLong(Long::longValue).sum())
                .detail("rowsPerTable", perTable(rows.counts())).build());
        return new SubjectExport(ref, rows, clock.instant());
    }

    /**
     * Erases one data subject's rows in one transaction: every row found is deleted, except in the tables the plan
     * masks, whose rows stay with the named columns overwritten irreversibly.
     *
     * @param actor who asks; needs {@code DATA_SOURCE_EXECUTE} on the data source
     * @param plan which tables keep their rows and how they are masked; {@link ErasurePlan#delete()} deletes all
     * @param purpose why, in one line (the request's reference), recorded with the event
     * @return the counts, as recorded
     * @throws dev.warden.policy.AccessDeniedException without {@code DATA_SOURCE_EXECUTE} (recorded; nothing changed)
     * @throws dev.warden.audit.AuditUnavailableException if the erasure cannot be recorded (rolled back: nothing changed)
     * @throws InvalidInputException if the subject has no row (nothing changed), there is no such data source, table or
     *     column, or the database refuses a statement, e.g. a kept row still refers to a deleted one (rolled back)
     * @throws dev.warden.ConfigurationException if the data source is a directory or cannot be opened
     */
    public Erasure erase(Principal actor, String project, String dataSource, SubjectQuery subject, ErasurePlan plan,
            String purpose) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(plan, "plan");
        ResourceRef ref = ResourceRef.dataSource(project, dataSource);
        requirePurpose(purpose, "erasure");
        governed.require(actor, Action.EXECUTE, ref);
        DataSource source = dataSources.require(project, dataSource);
        long started = System.nanoTime();
        AtomicReference<AuditEvent> recorded = new AtomicReference<>();
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        try (SubjectDatabase db = dataSources.openSubjects(source)) {
            Map<String, Map<String, UnaryOperator<String>>> masks = compile(plan, key);
            SubjectDatabase.Erased erased = db.erase(subject, masks, counts -> {
                AuditEvent event = governed.event(AuditEventType.DATA_ERASED, actor, ref)
                        .detail("purpose", purpose).detail("subjectTable", subject.table())
                        .sensitiveDetail("subject", subject.id()).detail("rows", counts.total())
                        .detail("deleted", perTable(counts.deleted())).detail("masked", perTable(counts.masked()))
                        .detail("tables", String.join(",", counts.tables())).build();
                governed.audit.record(event); // throws when it cannot be recorded: the transaction is rolled back
                recorded.set(event);
            });
            return new Erasure(ref, subject.table(), erased.deleted(), erased.masked(), recorded.get().id(),
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (RuntimeException e) {
            if (recorded.get() != null) {
                governed.recordFailure(actor, recorded.get(), e);
            }
            throw e;
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static Map<String, Map<String, UnaryOperator<String>>> compile(ErasurePlan plan, byte[] key) {
        Deidentifier deidentifier = Deidentifiers.create(key);
        Map<String, Map<String, UnaryOperator<String>>> out = new LinkedHashMap<>();
        plan.masks().forEach((table, columns) -> {
            Map<String, UnaryOperator<String>> compiled = new LinkedHashMap<>();
            columns.forEach((column, t) -> {
                ValueTransformer f = deidentifier.compile(t, ConsistencyDomain.of(table, column));
                compiled.put(column, value -> value == null ? null : f.apply(value));
            });
            out.put(table, compiled);
        });
        return out;
    }

    private static void requirePurpose(String purpose, String what) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException("data-subject " + what + ": give a purpose (the request's reference); "
                    + "it is recorded");
        }
    }

    private static String perTable(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }
}
