/**
 * The de-identification engine: {@link dev.warden.core.deid.Deidentifiers} builds a
 * {@link dev.warden.deid.Deidentifier} that compiles {@link dev.warden.deid.Transformation transformations} into
 * thread-safe transformers, with per-column keys derived by HKDF-SHA256 (RFC 5869) from the job key and the
 * consistency domain. FF1 (NIST SP 800-38G Rev. 1) is implemented here, in {@code long} arithmetic for short
 * numerals, unsigned 128-bit arithmetic up to radix^v below 2^127 and {@link java.math.BigInteger} beyond, on the
 * JDK's AES (one keyed {@code AES/ECB/NoPadding} cipher per thread, AES-NI through HotSpot); FF3-1 and HKDF come
 * from BouncyCastle.
 * {@link dev.warden.core.deid.TransformationJson} reads and writes transformations for job specifications,
 * {@link dev.warden.core.deid.Hierarchies} reads ARX generalization hierarchies.
 */
package dev.warden.core.deid;
