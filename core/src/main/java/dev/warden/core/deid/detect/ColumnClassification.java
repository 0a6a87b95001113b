package dev.warden.core.deid.detect;

import dev.warden.deid.IdentifierType;
import java.util.Optional;

/**
 * What the classifier concluded about one column. Never holds a value of the column.
 *
 * @param column the column's header
 * @param type the identifier type, or empty when the column looks like no identifier
 * @param source what the conclusion rests on
 * @param detector the value shape that matched, if any
 * @param sampled the number of non-blank values looked at
 * @param hits how many of them matched {@code detector}
 * @param hitRate {@code hits / sampled}, 0 when nothing was sampled
 */
public record ColumnClassification(String column, Optional<IdentifierType> type, Source source,
                                   Optional<DetectorKind> detector, int sampled, int hits, double hitRate) {

    /** What a classification rests on. */
    public enum Source {
        /** The header name alone. */
        HEADER,
        /** The sampled values alone. */
        VALUES,
        /** The header name, confirmed by the values. */
        HEADER_AND_VALUES,
        /** Nothing matched. */
        NONE
    }
}
