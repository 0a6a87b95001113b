package dev.warden.core.auth.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.totp.Base32;
import dev.warden.core.auth.totp.Totp;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecondFactorsTest {

    static final String BOB = "ldap:uid=bob,ou=people,dc=example,dc=com";
    static final String ALICE = "oidc:https://login.example.com#alice";

    @TempDir
    Path dir;
    byte[] key = new byte[32];
    SecondFactors factors;

    @BeforeEach
    void setUp() {
        new SecureRandom().nextBytes(key);
        factors = SecondFactors.builder(new JsonFileSecondFactorStore(dir.resolve("mfa.json")), key).build();
    }

    static String secretOf(LocalAccounts.TotpEnrollment enrollment) {
        String query = URI.create(enrollment.otpauthUri()).getRawQuery();
        return query.substring(query.indexOf("secret=") + 7, query.indexOf('&'));
    }

    static char[] codeAt(LocalAccounts.TotpEnrollment enrollment, Instant when) {
        return Totp.defaults().generate(Base32.decode(secretOf(enrollment)), Totp.stepOf(when)).toCharArray();
    }

    @Test
    void aRightCodeIsVerifiedOnceAndAWrongOneRefused() {
        LocalAccounts.TotpEnrollment enrollment = factors.enroll(BOB);
        Instant now = Instant.now();

        assertThat(factors.verify(BOB, "000000".equals(new String(codeAt(enrollment, now))) ? "111111".toCharArray()
                : "000000".toCharArray(), now)).isEqualTo(SecondFactors.Verification.REFUSED);
        assertThat(factors.verify(BOB, codeAt(enrollment, now), now)).isEqualTo(SecondFactors.Verification.VERIFIED);
        assertThat(factors.verify(BOB, codeAt(enrollment, now), now)).as("reused").isEqualTo(SecondFactors.Verification.REFUSED);
        assertThat(factors.verify(ALICE, codeAt(enrollment, now), now)).isEqualTo(SecondFactors.Verification.NOT_ENROLLED);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        String recovery = factors.enroll(BOB).recoveryCodes().get(3);
        Instant now = Instant.now();
        assertThat(factors.verify(BOB, recovery.toCharArray(), now)).isEqualTo(SecondFactors.Verification.VERIFIED);
        assertThat(factors.verify(BOB, recovery.toCharArray(), now)).isEqualTo(SecondFactors.Verification.REFUSED);
    }

    @Test
    void theSecretIsNeverStoredInClear() throws Exception {
        LocalAccounts.TotpEnrollment enrollment = factors.enroll(BOB);
        String file = Files.readString(dir.resolve("mfa.json"));
        assertThat(file).contains(BOB).contains("sealedSecret").doesNotContain(secretOf(enrollment))
                .doesNotContain(enrollment.recoveryCodes().get(0));
        assertThat(factors.list().get(0).toString()).doesNotContain(factors.list().get(0).sealedSecret());
    }

    @Test
    void aSealedSecretCopiedToAnotherPrincipalDoesNotOpen() {
        factors.enroll(BOB);
        SecondFactorStore store = new JsonFileSecondFactorStore(dir.resolve("mfa.json"));
        SecondFactorEnrollment bob = store.find(BOB).orElseThrow();
        store.put(new SecondFactorEnrollment(ALICE, bob.algorithm(), bob.digits(), bob.sealedSecret(), Long.MIN_VALUE,
                bob.recoveryCodeHashes(), bob.enrolledAt()));
        assertThatThrownBy(() -> factors.verify(ALICE, "123456".toCharArray(), Instant.now()))
                .isInstanceOf(IntegrityException.class).hasMessageNotContaining(bob.sealedSecret());
    }

    @Test
    void anotherKeyCannotOpenTheSecrets() {
        factors.enroll(BOB);
        byte[] other = new byte[32];
        SecondFactors wrongKey = SecondFactors.builder(new JsonFileSecondFactorStore(dir.resolve("mfa.json")), other).build();
        assertThatThrownBy(() -> wrongKey.verify(BOB, "123456".toCharArray(), Instant.now()))
                .isInstanceOf(IntegrityException.class);
    }

    @Test
    void onlyQualifiedNonLocalPrincipalsAreEnrolledHere() {
        assertThatThrownBy(() -> factors.enroll("bob")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a qualified principal id");
        assertThatThrownBy(() -> factors.enroll("local:root")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("local accounts");
    }

    @Test
    void aKeyOfAnotherLengthIsRefused() {
        assertThatThrownBy(() -> SecondFactors.builder(new JsonFileSecondFactorStore(dir.resolve("x.json")), new byte[16]).build())
                .isInstanceOf(dev.warden.ConfigurationException.class).hasMessageContaining("32 bytes");
    }
}
