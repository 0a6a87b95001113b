package dev.warden.core.deid.detect;

import java.util.Objects;

/**
 * The judgement that a column holds the values of one {@link CodeSystem}.
 *
 * @param system the code system
 * @param matched how many of the sampled values pass the system's rule
 * @param sampled how many non-blank values were tested
 * @param distinct how many distinct values passed
 * @param namedBy where a name of the system was found: the header, the context (a table name) or nowhere
 * @param evidence one sentence with counts and the rule, never a value: "212 of 212 values pass the SNOMED CT Verhoeff
 *     check digit and partition identifier"
 */
public record CodeSystemMatch(CodeSystem system, int matched, int sampled, int distinct, NamedBy namedBy,
        String evidence) {

    /** Where the name of the system was found. */
    public enum NamedBy {
        /** The column's header names the system. */
        HEADER,
        /** The context (for example the table name) names the system; the header does not. */
        CONTEXT,
        /** Nothing names it: the values are evidence on their own. */
        NONE
    }

    /**
     * @throws IllegalArgumentException if the counts are negative, {@code matched > sampled} or
     *     {@code distinct > matched}
     */
    public CodeSystemMatch {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(namedBy, "namedBy");
        Objects.requireNonNull(evidence, "evidence");
        if (matched < 0 || sampled < 0 || distinct < 0 || matched > sampled || distinct > matched) {
            throw new IllegalArgumentException("inconsistent counts: " + matched + " matched, " + sampled
                    + " sampled, " + distinct + " distinct");
        }
    }

    /** @return {@code matched / sampled}, in [0, 1]; 0 when nothing was sampled */
    public double share() {
        return sampled == 0 ? 0 : (double) matched / sampled;
    }
}
