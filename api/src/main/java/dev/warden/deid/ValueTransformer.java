package dev.warden.deid;

/**
 * A compiled transformation for one column: immutable, thread-safe, with its key material already derived, so the
 * per-value path does no lookups and no parsing of configuration.
 *
 * <p><b>Entities.</b> Some transformations ({@link Transformation#needsEntity()}, today {@link Transformation.DateShift})
 * depend on the entity the row belongs to (for example the patient id), so that every date of one patient moves by the
 * same amount. Callers pass it with {@link #apply(String, String)}; the entity id is the raw (untransformed) key of
 * the entity, the same in every table (a patient's {@code Id} in {@code patients} and {@code PATIENT} in
 * {@code encounters}). Transformations that do not need it ignore it.
 *
 * <p><b>Blank values</b> (empty or white space only) carry nothing to de-identify: the date, ZIP, age, numeric and
 * format-preserving transformations and pseudonyms return them as they are; masks mask them by their rules, hashes and
 * tokens transform them like any other value, and a hierarchy rejects a value it does not list.
 */
public interface ValueTransformer {

    /**
     * @param value the input cell; {@code null} stands for SQL NULL or an absent cell and gives {@code null}
     * @return the transformed cell; {@code null} when the transformation suppresses the value
     * @throws dev.warden.InvalidInputException when the value cannot be transformed (for example a date that does
     *     not parse), or when the transformation needs an entity ({@link #needsEntity()}); the message never contains
     *     the value
     */
    String apply(String value);

    /**
     * @param value the input cell; {@code null} gives {@code null}
     * @param entity the id of the entity the row belongs to; never null when {@link #needsEntity()}
     * @return the transformed cell; {@code null} when the transformation suppresses the value
     * @throws dev.warden.InvalidInputException as {@link #apply(String)}, or when the entity is missing or empty
     *     and needed
     */
    default String apply(String value, String entity) {
        return apply(value);
    }

    /** @return whether {@link #apply(String, String)} with an entity id is required */
    default boolean needsEntity() {
        return false;
    }
}
