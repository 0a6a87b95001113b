package dev.warden.core.job;

import java.util.Objects;
import java.util.Optional;

/**
 * A column as a source describes it.
 *
 * @param name its name, spelt as the source spells it
 * @param sqlType a portable SQL type for the target when the value is copied unchanged (e.g. {@code INTEGER},
 *     {@code DATE}, {@code VARCHAR(64)}); empty for files, whose cells are text
 */
public record SourceColumn(String name, Optional<String> sqlType) {

    public SourceColumn {
        Objects.requireNonNull(name, "name");
        sqlType = sqlType == null ? Optional.empty() : sqlType;
    }

    /** @return a text column */
    public static SourceColumn text(String name) {
        return new SourceColumn(name, Optional.empty());
    }
}
