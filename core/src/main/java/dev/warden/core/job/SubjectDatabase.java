package dev.warden.core.job;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A database opened for data-subject operations (GDPR Articles 15, 17 and 20): find every row of one subject by
 * following foreign keys ({@link SubjectQuery}), and erase them in one transaction. Opened by
 * {@link Datasets#subjects}; served by {@code dev.warden:warden-jdbc}. Hosts use the governed
 * {@code Warden.dataSubjects()} rather than this, which checks and records nothing. Not thread-safe.
 */
public interface SubjectDatabase extends AutoCloseable {

    /** @return a description for messages, without credentials */
    String describe();

    /**
     * Reads the subject's rows in one read-only transaction.
     *
     * @return the rows, empty when no row of the subject's table matches
     * @throws dev.warden.InvalidInputException if the table or column does not exist, the table has no single-column
     *     primary key and no column was named, or the identifier is not a valid value of the column (the message never
     *     holds the identifier)
     */
    SubjectRows find(SubjectQuery query);

    /**
     * Erases the subject's rows in one transaction: the rows of tables in {@code masks} stay, with the named columns
     * overwritten by the function's result ({@code null} for SQL NULL); every other row found is deleted, referring
     * rows before the rows they refer to. The rows are locked as they are found ({@code SELECT ... FOR UPDATE}).
     * {@code beforeCommit} is called with the rows deleted and masked per table once every statement succeeded; if it
     * throws, the transaction is rolled back and the exception passes through, so nothing changed.
     *
     * @param masks per table, per column, how a value is overwritten; tables must have a primary key
     * @param beforeCommit sees the counts (deleted, masked) and may veto the commit by throwing
     * @return the counts per table, as given to {@code beforeCommit}
     * @throws dev.warden.InvalidInputException as {@link #find}, when no row matches (nothing changed), when a masked
     *     table or column does not exist or has no primary key, or when the database refuses a statement (a kept row
     *     still refers to a deleted one, a masked value breaks a constraint); the transaction is rolled back
     */
    Erased erase(SubjectQuery query, Map<String, Map<String, UnaryOperator<String>>> masks, Consumer<Erased> beforeCommit);

    @Override
    void close();

    /**
     * Row counts of one erasure, per table in the order they were changed.
     *
     * @param deleted per table, rows deleted
     * @param masked per table, rows overwritten in place
     */
    record Erased(Map<String, Long> deleted, Map<String, Long> masked) {
        public Erased {
            deleted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(deleted));
            masked = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(masked));
        }

        /** @return every row deleted or masked */
        public long total() {
            return deleted.values().stream().mapToLong(Long::longValue).sum()
                    + masked.values().stream().mapToLong(Long::longValue).sum();
        }

        /** @return the tables touched, deleted ones first */
        public List<String> tables() {
            java.util.List<String> out = new java.util.ArrayList<>(deleted.keySet());
            masked.keySet().stream().filter(t -> !out.contains(t)).forEach(out::add);
            return out;
        }
    }
}
