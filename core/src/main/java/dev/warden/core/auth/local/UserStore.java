package dev.warden.core.auth.local;

import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where local accounts and API keys are kept: a JSON file ({@link JsonFileUserStore}) or a database
 * ({@code dev.warden.jdbc.JdbcUserStore} in warden-jdbc). Implementations are thread-safe; the compare-and-set operations are atomic, so two hosts
 * sharing one database cannot both accept the same one-time code or create a third active key.
 *
 * <p>Every change of an account is a compare-and-set on its {@link LocalUser#version() version}: a writer that read
 * the account before someone else changed it is refused instead of writing its stale copy over the other change (a
 * log-in spends tens of milliseconds in Argon2id between reading and writing; an operator's {@code disable} in
 * between must stand). Callers change accounts with {@link #modify}, which re-reads and re-applies the change until
 * it lands on the current version.
 */
public interface UserStore extends AutoCloseable {

    /** @return the account with exactly this name */
    Optional<LocalUser> find(String username);

    /** @return every account, by name */
    List<LocalUser> list();

    /**
     * @param user a new account
     * @throws dev.warden.InvalidInputException if an account of that name exists
     */
    void create(LocalUser user);

    /**
     * Replaces an account only if the stored version is still {@code user.version()} (compare-and-set); the stored
     * version then becomes {@code user.version() + 1}.
     *
     * @param user the new state, carrying the version it was derived from
     * @return whether it was written; {@code false} means the account changed since {@code user} was read
     * @throws dev.warden.InvalidInputException if there is no such account
     */
    boolean updateIfUnchanged(LocalUser user);

    /** How many times {@link #modify} re-reads an account that keeps changing before it gives up. */
    int MAX_MODIFY_ATTEMPTS = 32;

    /**
     * Applies {@code change} to the current state of an account and stores the result with a compare-and-set,
     * re-reading and re-applying it when another writer got there first. {@code change} therefore sees the account
     * as it is now and should alter only the fields it means to change.
     *
     * @param username the account
     * @param change from the current state to the new one; returning its argument (or an equal account) writes
     *     nothing; may run more than once
     * @return the account as stored afterwards
     * @throws InvalidInputException if there is no such account
     * @throws WardenException if the account changed {@value #MAX_MODIFY_ATTEMPTS} times in a row while this change
     *     was being applied
     */
    default LocalUser modify(String username, UnaryOperator<LocalUser> change) {
        for (int attempt = 0; attempt < MAX_MODIFY_ATTEMPTS; attempt++) {
            LocalUser current = find(username).orElseThrow(() -> new InvalidInputException("user store: no such account"));
            LocalUser next = change.apply(current).withVersion(current.version());
            if (!next.username().equals(current.username())) {
                throw new IllegalArgumentException("a change must not rename the account");
            }
            if (next.equals(current)) {
                return current;
            }
            if (updateIfUnchanged(next)) {
                return next.withVersion(current.version() + 1);
            }
        }
        throw new WardenException("user store: the account changed " + MAX_MODIFY_ATTEMPTS
                + " times while one change was being applied; try again");
    }

    /**
     * Records a TOTP step as used, only if it is later than the stored one.
     *
     * @return whether it was later (and is now stored); {@code false} means the code was already used
     */
    boolean advanceTotpStep(String username, long step);

    /**
     * Removes one recovery code hash, if present.
     *
     * @return whether it was present (and is now gone)
     */
    boolean consumeRecoveryCode(String username, String codeHash);

    /** @return the key with this public id */
    Optional<LocalApiKey> findKey(String keyId);

    /** @return the keys of one account (every account when {@code account} is empty), newest first */
    List<LocalApiKey> keys(String account);

    /**
     * Stores a new key if its account has fewer than {@code maxActive} keys active at {@code now}.
     *
     * @throws dev.warden.InvalidInputException if the account already has {@code maxActive} active keys
     */
    void createKey(LocalApiKey key, int maxActive, Instant now);

    /** Replaces a key (revocation, last-used time). */
    void updateKey(LocalApiKey key);

    /** Releases files or connections. */
    @Override
    void close();
}
