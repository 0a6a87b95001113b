/**
 * Secret resolution: {@link dev.warden.core.secrets.CachedSecretResolver} (store selection by URI scheme, Caffeine
 * cache with per-store settings, grace period, rotation listeners, SECRET_ACCESSED audit) and
 * {@link dev.warden.core.secrets.ConfigurationSecrets} ({@code ${secret:...}} in {@code warden.json}, literal secrets
 * refused in production). The built-in stores live in one sub-package each.
 */
package dev.warden.core.secrets;
