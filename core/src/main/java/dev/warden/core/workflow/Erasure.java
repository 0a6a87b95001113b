package dev.warden.core.workflow;

import dev.warden.policy.ResourceRef;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link DataSubjects#erase} did to one data subject's rows (GDPR Article 17), committed in one transaction and
 * recorded as {@code DATA_ERASED} with the same counts.
 *
 * @param dataSource the data source changed
 * @param subjectTable the subject's table
 * @param deleted per table, rows deleted, referring tables first
 * @param masked per table, rows kept and overwritten in place
 * @param eventId the id of the {@code DATA_ERASED} event
 * @param duration from opening the database to the commit
 */
public record Erasure(ResourceRef dataSource, String subjectTable, Map<String, Long> deleted, Map<String, Long> masked,
        String eventId, Duration duration) {

    public Erasure {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(subjectTable, "subjectTable");
        deleted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(deleted));
        masked = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(masked));
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(duration, "duration");
    }

    /** @return every row deleted or masked */
    public long total() {
        return deleted.values().stream().mapToLong(Long::longValue).sum()
                + masked.values().stream().mapToLong(Long::longValue).sum();
    }
}
