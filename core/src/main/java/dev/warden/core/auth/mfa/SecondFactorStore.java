package dev.warden.core.auth.mfa;

import java.util.List;
import java.util.Optional;

/**
 * Where the second factors of directory and single sign-on users are kept, by qualified principal id: a JSON file
 * ({@link JsonFileSecondFactorStore}) or a database ({@code dev.warden.jdbc.JdbcSecondFactorStore} in warden-jdbc).
 * Implementations are thread-safe, and {@link #advanceStep} and {@link #consumeRecoveryCode} are atomic, so two hosts
 * sharing the store cannot both accept the same code.
 */
public interface SecondFactorStore extends AutoCloseable {

    /** @return the enrolment of this principal, if any */
    Optional<SecondFactorEnrollment> find(String principalId);

    /** @return every enrolment, by principal id */
    List<SecondFactorEnrollment> list();

    /** Stores an enrolment, replacing the principal's previous one (re-enrolment). */
    void put(SecondFactorEnrollment enrollment);

    /** @return whether the principal had an enrolment, now removed */
    boolean remove(String principalId);

    /**
     * Records a TOTP step as used, only if it is later than the stored one.
     *
     * @return whether it was later (and is now stored); {@code false} means the code was already used
     */
    boolean advanceStep(String principalId, long step);

    /**
     * Removes one recovery code hash, if present.
     *
     * @return whether it was present (and is now gone)
     */
    boolean consumeRecoveryCode(String principalId, String codeHash);

    /** Releases files or connections. */
    @Override
    void close();
}
