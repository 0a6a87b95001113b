package dev.warden.core.auth.local;

import dev.warden.InvalidInputException;
import dev.warden.auth.PrincipalKind;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A local account as stored: a person who signs in with a password, or a service account that uses API keys.
 *
 * @param username the account name, compared exactly (see {@link #checkUsername})
 * @param kind person or service account
 * @param globalRole its global role
 * @param groups Warden groups it belongs to
 * @param projectRoles its project roles by project name; for a service account also the ceiling of its API keys
 * @param passwordHash the Argon2id PHC string, or {@code ""} for an account without a password (service accounts)
 * @param mustChangePassword whether the password is a generated one-time password that must be changed at the next
 *     login
 * @param disabled whether the account is disabled
 * @param disabledReason {@code "operator"} or {@code "inactive"} when disabled, else {@code ""}
 * @param createdAt when it was created
 * @param passwordChangedAt when the password was last set
 * @param lastLoginAt the last successful authentication, if any
 * @param mfa its TOTP second factor, if enrolled
 * @param version the store's version of this account: 0 when created, one more after every change the store makes;
 *     {@link UserStore#updateIfUnchanged} writes a copy only while the stored version is still the copy's
 */
public record LocalUser(String username, PrincipalKind kind, GlobalRole globalRole, Set<String> groups,
                        Map<String, ProjectRole> projectRoles, String passwordHash, boolean mustChangePassword,
                        boolean disabled, String disabledReason, Instant createdAt, Instant passwordChangedAt,
                        Optional<Instant> lastLoginAt, Optional<MfaEnrollment> mfa, long version) {

    /** The longest account name, in characters. */
    public static final int MAX_USERNAME = 128;

    public LocalUser {
        checkUsername(username);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(globalRole, "globalRole");
        groups = Set.copyOf(groups);
        projectRoles = Map.copyOf(projectRoles);
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(disabledReason, "disabledReason");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(passwordChangedAt, "passwordChangedAt");
        Objects.requireNonNull(lastLoginAt, "lastLoginAt");
        Objects.requireNonNull(mfa, "mfa");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative");
        }
    }

    /** An account not yet stored (version 0). */
    public LocalUser(String username, PrincipalKind kind, GlobalRole globalRole, Set<String> groups,
                     Map<String, ProjectRole> projectRoles, String passwordHash, boolean mustChangePassword,
                     boolean disabled, String disabledReason, Instant createdAt, Instant passwordChangedAt,
                     Optional<Instant> lastLoginAt, Optional<MfaEnrollment> mfa) {
        this(username, kind, globalRole, groups, projectRoles, passwordHash, mustChangePassword, disabled,
                disabledReason, createdAt, passwordChangedAt, lastLoginAt, mfa, 0);
    }

    /**
     * @param username a proposed account name
     * @throws InvalidInputException if it is empty, longer than 128 characters, has leading or trailing white space,
     *     or contains a control, line-separator or format character (so it cannot forge a log line); the message does
     *     not repeat the name
     */
    public static void checkUsername(String username) {
        if (username == null || username.isEmpty()) {
            throw new InvalidInputException("user name: empty");
        }
        if (username.length() > MAX_USERNAME) {
            throw new InvalidInputException("user name: longer than " + MAX_USERNAME + " characters");
        }
        if (!username.strip().equals(username)) {
            throw new InvalidInputException("user name: leading or trailing white space");
        }
        for (int i = 0; i < username.length(); i++) {
            char c = username.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || type == Character.FORMAT || type == Character.SURROGATE && !validSurrogate(username, i)) {
                throw new InvalidInputException("user name: character " + (i + 1)
                        + " is a control, line-break or format character; use printable characters only");
            }
        }
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** @return a new person with a password hash, not disabled, no MFA */
    static LocalUser person(String username, GlobalRole role, String passwordHash, boolean mustChange, Instant now) {
        return new LocalUser(username, PrincipalKind.USER, role, Set.of(), Map.of(), passwordHash, mustChange, false, "",
                now, now, Optional.empty(), Optional.empty());
    }

    LocalUser withPassword(String hash, boolean mustChange, Instant now) {
        return new LocalUser(username, kind, globalRole, groups, projectRoles, hash, mustChange, disabled,
                disabledReason, createdAt, now, lastLoginAt, mfa, version);
    }

    LocalUser withRehashedPassword(String hash) {
        return new LocalUser(username, kind, globalRole, groups, projectRoles, hash, mustChangePassword, disabled,
                disabledReason, createdAt, passwordChangedAt, lastLoginAt, mfa, version);
    }

    LocalUser withDisabled(String reason) {
        return new LocalUser(username, kind, globalRole, groups, projectRoles, passwordHash, mustChangePassword,
                !reason.isEmpty(), reason, createdAt, passwordChangedAt, lastLoginAt, mfa, version);
    }

    LocalUser withLastLogin(Instant now) {
        return new LocalUser(username, kind, globalRole, groups, projectRoles, passwordHash, mustChangePassword,
                disabled, disabledReason, createdAt, passwordChangedAt, Optional.of(now), mfa, version);
    }

    public LocalUser withMfa(Optional<MfaEnrollment> enrollment) {
        return new LocalUser(username, kind, globalRole, groups, projectRoles, passwordHash, mustChangePassword,
                disabled, disabledReason, createdAt, passwordChangedAt, lastLoginAt, enrollment, version);
    }

    /** @return this account as of another store version (for stores) */
    public LocalUser withVersion(long newVersion) {
        return new LocalUser(username, kind, globalRole, groups, projectRoles, passwordHash, mustChangePassword,
                disabled, disabledReason, createdAt, passwordChangedAt, lastLoginAt, mfa, newVersion);
    }

    /** @return the last time the account was used, or when it was created or its password last set */
    Instant lastActivity() {
        Instant base = passwordChangedAt.isAfter(createdAt) ? passwordChangedAt : createdAt;
        return lastLoginAt.filter(t -> t.isAfter(base)).orElse(base);
    }

    @Override
    public String toString() {
        return "LocalUser[" + username + ", " + kind + ", " + globalRole + (disabled ? ", disabled (" + disabledReason + ")" : "")
                + (mfa.isPresent() ? ", mfa" : "") + "]";
    }
}
