/** The {@code vault:} secret store: HashiCorp Vault KV version 2 over HTTPS, with token or AppRole authentication. */
package dev.warden.core.secrets.vault;
