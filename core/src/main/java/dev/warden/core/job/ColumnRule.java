package dev.warden.core.job;

import dev.warden.deid.IdentifierType;
import dev.warden.deid.Transformation;

/**
 * What a job specification says about one column: a closed family.
 *
 * <ul>
 *   <li>{@link Identifier}: the column holds an identifier of this type; the job's profile chooses the
 *       transformation.</li>
 *   <li>{@link Explicit}: the spec names the transformation itself.</li>
 *   <li>{@link Keep}: copied unchanged; states that someone looked at the column and found no identifier.</li>
 *   <li>{@link Drop}: left out of the output altogether.</li>
 * </ul>
 */
public sealed interface ColumnRule permits ColumnRule.Identifier, ColumnRule.Explicit, ColumnRule.Keep, ColumnRule.Drop {

    /** @param type the kind of identifier the column holds */
    record Identifier(IdentifierType type) implements ColumnRule {
    }

    /** @param transformation the transformation to apply, whatever the profile says */
    record Explicit(Transformation transformation) implements ColumnRule {
    }

    /** Copy the column unchanged. */
    record Keep() implements ColumnRule {
    }

    /** Leave the column out of the output. */
    record Drop() implements ColumnRule {
    }
}
