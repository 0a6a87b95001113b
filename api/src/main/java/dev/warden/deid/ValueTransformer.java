package dev.warden.deid;

/**
 * A compiled transformation for one column: immutable, thread-safe, with its key material already derived, so the
 * per-value path does no lookups and no parsing.
 */
@FunctionalInterface
public interface ValueTransformer {

    /**
     * @param value the input cell; {@code null} stands for SQL NULL or an absent cell and gives {@code null}
     * @return the transformed cell; {@code null} when the transformation suppresses the value
     * @throws dev.warden.InvalidInputException when the value cannot be transformed (for example a date that does
     *     not parse); the message never contains the value
     */
    String apply(String value);
}
