package dev.warden.core.job;

import java.util.Objects;
import java.util.Optional;

/**
 * A column as a source describes it.
 *
 * @param name its name, spelt as the source spells it
 * @param sqlType a portable SQL type for the target when the value is copied unchanged (e.g. {@code INTEGER},
 *     {@code DATE}, {@code VARCHAR(64)}); empty for files, whose cells are text
 * @param binary whether the column holds bytes rather than text (JDBC {@code BINARY}, {@code VARBINARY},
 *     {@code LONGVARBINARY}, {@code BLOB}; PostgreSQL {@code bytea}): images such as a full-face photograph, documents,
 *     biometric templates. The job never copies or transforms such a column as text; it can only be dropped.
 */
public record SourceColumn(String name, Optional<String> sqlType, boolean binary) {

    public SourceColumn {
        Objects.requireNonNull(name, "name");
        sqlType = sqlType == null ? Optional.empty() : sqlType;
    }

    /** A text or typed, non-binary column. */
    public SourceColumn(String name, Optional<String> sqlType) {
        this(name, sqlType, false);
    }

    /** @return a text column */
    public static SourceColumn text(String name) {
        return new SourceColumn(name, Optional.empty());
    }
}
