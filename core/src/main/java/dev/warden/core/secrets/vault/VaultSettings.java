package dev.warden.core.secrets.vault;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The Vault store's settings.
 *
 * @param address the server's base URL; {@code https} only
 * @param namespace the Vault Enterprise namespace sent as {@code X-Vault-Namespace}, if any
 * @param caBundle a PEM file of CA certificates to trust instead of the JVM's, if any
 * @param auth how to authenticate
 * @param timeout the limit for connecting and for each request
 */
record VaultSettings(URI address, Optional<String> namespace, Optional<Path> caBundle, VaultAuth auth, Duration timeout) {
    VaultSettings {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(caBundle, "caBundle");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(timeout, "timeout");
    }
}
