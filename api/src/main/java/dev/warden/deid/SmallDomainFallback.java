package dev.warden.deid;

/**
 * What format-preserving encryption does with a value whose domain (radix<sup>length</sup>) is below 1,000,000, the
 * minimum of NIST SP 800-38G Rev. 1: such short values cannot be encrypted securely.
 */
public enum SmallDomainFallback {
    /** Throw {@link dev.warden.InvalidInputException} naming the length and radix (the default). */
    REJECT,
    /** Mask every numeral with the alphabet's first character, separators kept: irreversible, not unique. */
    MASK
}
