package dev.warden.core.auth.local;

import dev.warden.policy.ProjectRole;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An API key of a service account as stored: never the key itself, only its SHA-256.
 *
 * @param keyId the public id (the 12 characters after {@code wdn_}), see {@link ApiKeyFormat}
 * @param account the service account it authenticates
 * @param sha256 hex SHA-256 of the whole key (ASCII)
 * @param projects the projects it may act in (its scope)
 * @param roleCeiling the highest project role it can exercise in them (the account's own role caps it further)
 * @param createdAt when it was created
 * @param expiresAt when it stops working (mandatory)
 * @param revokedAt when it was revoked, if it was
 * @param lastUsedAt when it last authenticated, to the minute, if ever
 */
public record LocalApiKey(String keyId, String account, String sha256, Set<String> projects, ProjectRole roleCeiling,
                          Instant createdAt, Instant expiresAt, Optional<Instant> revokedAt,
                          Optional<Instant> lastUsedAt) {

    public LocalApiKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(sha256, "sha256");
        projects = Set.copyOf(projects);
        Objects.requireNonNull(roleCeiling, "roleCeiling");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }

    /** @return whether it can authenticate at {@code now}: not revoked and not expired */
    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    LocalApiKey withRevoked(Instant now) {
        return new LocalApiKey(keyId, account, sha256, projects, roleCeiling, createdAt, expiresAt, Optional.of(now), lastUsedAt);
    }

    LocalApiKey withLastUsed(Instant now) {
        return new LocalApiKey(keyId, account, sha256, projects, roleCeiling, createdAt, expiresAt, revokedAt, Optional.of(now));
    }

    @Override
    public String toString() {
        return "LocalApiKey[" + keyId + ", account=" + account + ", expires " + expiresAt
                + (revokedAt.isPresent() ? ", revoked" : "") + "]";
    }
}
