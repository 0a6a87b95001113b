/**
 * The {@code keystore:} secret store: Warden's own encrypted keystore file ({@link dev.warden.core.secrets.keystore.Keystore}:
 * AES-256-GCM per entry, file key from a passphrase through Argon2id, every version kept, atomic writes).
 */
package dev.warden.core.secrets.keystore;
