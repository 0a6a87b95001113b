package dev.warden.deid;

/**
 * Compiles {@link Transformation transformations} into {@link ValueTransformer transformers} with key material
 * derived from the job key and a {@link ConsistencyDomain}. Thread-safe.
 */
public interface Deidentifier {

    /**
     * @param transformation what to do
     * @param domain the consistency domain whose key the transformation uses
     * @return the compiled transformer
     * @throws dev.warden.ConfigurationException when the transformation's parameters are not valid
     */
    ValueTransformer compile(Transformation transformation, ConsistencyDomain domain);
}
