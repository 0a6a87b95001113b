package dev.warden.core.auth.local;

import dev.warden.core.auth.totp.Totp;
import dev.warden.core.auth.totp.TotpAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * A user's TOTP second factor as stored.
 *
 * @param algorithm the HMAC
 * @param digits 6 to 8
 * @param secretBase32 the shared secret, RFC 4648 base32 (the server needs it to compute codes, so it is stored
 *     recoverably; protect the store like a key file)
 * @param lastUsedStep the time step of the last code accepted, {@code Long.MIN_VALUE} if none: a code is accepted
 *     only for a later step, so each works once
 * @param recoveryCodeHashes hex SHA-256 of each unused recovery code (80-bit random codes, so a fast hash suffices)
 */
public record MfaEnrollment(TotpAlgorithm algorithm, int digits, String secretBase32, long lastUsedStep,
                            List<String> recoveryCodeHashes) {

    public MfaEnrollment {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(secretBase32, "secretBase32");
        recoveryCodeHashes = List.copyOf(recoveryCodeHashes);
        new Totp(algorithm, digits); // validates digits
    }

    /** @return the TOTP generator for this enrolment */
    public Totp totp() {
        return new Totp(algorithm, digits);
    }

    @Override
    public String toString() {
        return "MfaEnrollment[" + algorithm + ", " + digits + " digits, secret=***, " + recoveryCodeHashes.size()
                + " recovery codes left]";
    }
}
