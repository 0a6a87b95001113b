/**
 * The {@code gcp-sm:} secret store: Google Cloud Secret Manager on the Google Cloud client library for Java,
 * registered with {@link java.util.ServiceLoader} as {@link dev.warden.gcp.GcpSecretManagerStoreFactory}.
 */
package dev.warden.gcp;
