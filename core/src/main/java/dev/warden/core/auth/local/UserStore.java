package dev.warden.core.auth.local;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where local accounts and API keys are kept: a JSON file ({@link JsonFileUserStore}) or a database
 * ({@code dev.warden.jdbc.JdbcUserStore} in warden-jdbc). Implementations are thread-safe; the compare-and-set operations are atomic, so two hosts
 * sharing one database cannot both accept the same one-time code or create a third active key.
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
     * Replaces an account.
     *
     * @param user the new state
     * @throws dev.warden.InvalidInputException if there is no such account
     */
    void update(LocalUser user);

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
