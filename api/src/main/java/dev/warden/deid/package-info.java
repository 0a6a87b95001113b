/**
 * De-identification: {@link dev.warden.deid.IdentifierType identifier types} (the 18 HIPAA Safe Harbor identifiers
 * of 45 CFR 164.514(b)(2) and more), {@link dev.warden.deid.Transformation transformations}, and the
 * {@link dev.warden.deid.Deidentifier} that compiles them into keyed, thread-safe
 * {@link dev.warden.deid.ValueTransformer transformers}.
 */
package dev.warden.deid;
