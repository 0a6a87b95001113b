package dev.warden.core.auth.mfa;

import dev.warden.core.auth.totp.Totp;
import dev.warden.core.auth.totp.TotpAlgorithm;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The TOTP second factor (RFC 6238) of a principal that Warden does not keep an account for (a directory or single
 * sign-on user), as stored by a {@link SecondFactorStore}: the shared secret only sealed (AES-256-GCM under the
 * second-factor key, bound to the principal id), never in clear.
 *
 * @param principalId the qualified principal id it belongs to ({@code ldap:...}, {@code oidc:...}, {@code saml:...})
 * @param algorithm the HMAC
 * @param digits 6 to 8
 * @param sealedSecret the shared secret sealed by {@link SecondFactors}: base64 of a 12-byte nonce and the
 *     AES-GCM ciphertext with its 16-byte tag
 * @param lastUsedStep the time step of the last code accepted, {@code Long.MIN_VALUE} if none; only later steps are
 *     accepted, so each code works once
 * @param recoveryCodeHashes hex SHA-256 of each unused recovery code
 * @param enrolledAt when it was enrolled
 */
public record SecondFactorEnrollment(String principalId, TotpAlgorithm algorithm, int digits, String sealedSecret,
                                     long lastUsedStep, List<String> recoveryCodeHashes, Instant enrolledAt) {

    public SecondFactorEnrollment {
        Objects.requireNonNull(principalId, "principalId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(sealedSecret, "sealedSecret");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
        recoveryCodeHashes = List.copyOf(recoveryCodeHashes);
        new Totp(algorithm, digits); // validates digits
    }

    /** @return the TOTP generator of this enrolment */
    public Totp totp() {
        return new Totp(algorithm, digits);
    }

    SecondFactorEnrollment withLastUsedStep(long step) {
        return new SecondFactorEnrollment(principalId, algorithm, digits, sealedSecret, step, recoveryCodeHashes, enrolledAt);
    }

    SecondFactorEnrollment withRecoveryCodes(List<String> hashes) {
        return new SecondFactorEnrollment(principalId, algorithm, digits, sealedSecret, lastUsedStep, hashes, enrolledAt);
    }

    @Override
    public String toString() {
        return "SecondFactorEnrollment[" + principalId + ", " + algorithm + ", " + digits + " digits, secret=***, "
                + recoveryCodeHashes.size() + " recovery codes left]";
    }
}
