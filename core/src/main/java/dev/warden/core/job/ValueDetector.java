package dev.warden.core.job;

import dev.warden.deid.IdentifierType;

/** Says whether a value looks like an identifier; the job's validation runs it over transformed output. */
@FunctionalInterface
interface ValueDetector {

    /** A detector that finds nothing. */
    ValueDetector NONE = value -> null;

    /**
     * @param value a non-empty cell
     * @return the identifier type it looks like, or null
     */
    IdentifierType detect(String value);
}
