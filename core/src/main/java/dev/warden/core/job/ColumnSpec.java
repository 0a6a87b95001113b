package dev.warden.core.job;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of a {@link TableSpec}.
 *
 * @param name the column's name as the source spells it (matched case-insensitively)
 * @param rule what to do with it
 * @param domain the consistency domain to use instead of the default ({@code table.column}, or the parent key's
 *     domain for a foreign key column)
 * @param comment a note for reviewers, e.g. why {@code warden classify} chose a protective rule; no effect on the job
 */
public record ColumnSpec(String name, ColumnRule rule, Optional<String> domain, Optional<String> comment) {

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rule, "rule");
        domain = domain == null ? Optional.empty() : domain;
        comment = comment == null ? Optional.empty() : comment;
    }

    /** @return a column with this rule and no domain override or comment */
    public static ColumnSpec of(String name, ColumnRule rule) {
        return new ColumnSpec(name, rule, Optional.empty(), Optional.empty());
    }
}
