package dev.warden.deid;

/**
 * Compiles {@link Transformation transformations} into {@link ValueTransformer transformers} with key material
 * derived from the job key and a {@link ConsistencyDomain} (HKDF-SHA256, RFC 5869). Immutable and thread-safe; the
 * same job key, domain, transformation and input give the same output in every run.
 */
public interface Deidentifier {

    /**
     * @param transformation what to do
     * @param domain the consistency domain whose key the transformation uses
     * @return the compiled transformer
     * @throws dev.warden.ConfigurationException when the transformation's parameters are not valid
     */
    ValueTransformer compile(Transformation transformation, ConsistencyDomain domain);

    /**
     * Re-identification: the inverse of a reversible transformation ({@link Transformation.FormatPreservingEncryption},
     * {@link Transformation.KeyedToken}). A capability of its own, off by default.
     *
     * @param transformation the transformation that was applied
     * @param domain the consistency domain it was applied in
     * @return a transformer that maps outputs back to inputs
     * @throws dev.warden.ConfigurationException when this deidentifier was not built with re-identification
     *     enabled (the caller's permission to re-identify is checked by the policy engine before), or when the
     *     transformation is not reversible
     */
    ValueTransformer reverse(Transformation transformation, ConsistencyDomain domain);
}
