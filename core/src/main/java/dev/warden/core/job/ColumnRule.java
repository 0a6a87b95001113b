package dev.warden.core.job;

import dev.warden.deid.IdentifierType;
import dev.warden.deid.Transformation;
import java.util.Optional;

/**
 * What a job specification says about one column: a closed family.
 *
 * <ul>
 *   <li>{@link Identifier}: the column holds an identifier of this type; the job's profile chooses the
 *       transformation.</li>
 *   <li>{@link Explicit}: the spec names the transformation itself (and, optionally, the identifier type).</li>
 *   <li>{@link Keep}: copied unchanged; states that someone looked at the column and found no identifier.</li>
 *   <li>{@link Drop}: left out of the output altogether.</li>
 * </ul>
 */
public sealed interface ColumnRule permits ColumnRule.Identifier, ColumnRule.Explicit, ColumnRule.Keep, ColumnRule.Drop {

    /** @param type the kind of identifier the column holds */
    record Identifier(IdentifierType type) implements ColumnRule {
    }

    /**
     * @param transformation the transformation to apply, whatever the profile says
     * @param type the kind of identifier the column holds, if the spec says (then its input values are checked for
     *     in the output like those of an {@link Identifier} column)
     */
    record Explicit(Transformation transformation, Optional<IdentifierType> type) implements ColumnRule {
        public Explicit {
            java.util.Objects.requireNonNull(transformation, "transformation");
            type = type == null ? Optional.empty() : type;
        }

        /** @param transformation the transformation, for a column of no stated identifier type */
        public Explicit(Transformation transformation) {
            this(transformation, Optional.empty());
        }
    }

    /** Copy the column unchanged. */
    record Keep() implements ColumnRule {
    }

    /** Leave the column out of the output. */
    record Drop() implements ColumnRule {
    }
}
