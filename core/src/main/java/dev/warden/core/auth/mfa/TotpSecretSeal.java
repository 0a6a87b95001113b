package dev.warden.core.auth.mfa;

import dev.warden.ConfigurationException;
import dev.warden.IntegrityException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets at rest: AES-256-GCM (NIST SP 800-38D; 96-bit random nonce, 128-bit tag) under the
 * second-factor key, with {@code warden-totp/1|<principal id>} as associated data so that a sealed secret copied to
 * another principal's enrolment does not open.
 */
final class TotpSecretSeal implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] key;

    /** @param key 32 bytes (copied; the caller wipes its array) */
    TotpSecretSeal(byte[] key) {
        if (key.length != 32) {
            throw new ConfigurationException("second factors: the key must be 32 bytes (AES-256), was " + key.length);
        }
        this.key = key.clone();
    }

    String seal(String principalId, byte[] secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, principalId);
            byte[] sealed = cipher.doFinal(secret);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    /**
     * @return the secret (the caller wipes it)
     * @throws IntegrityException if the sealed secret was altered, belongs to another principal, or was sealed under
     *     another key
     */
    byte[] open(String principalId, String sealed) {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new IntegrityException("second factors: the stored secret of an enrolment is not base64");
        }
        if (all.length <= NONCE_BYTES + TAG_BITS / 8) {
            throw new IntegrityException("second factors: the stored secret of an enrolment is too short");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(all, NONCE_BYTES), principalId);
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new IntegrityException("second factors: the stored secret of an enrolment does not open with the "
                    + "configured key (altered, moved from another principal, or another key); enrol again");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java 17 runtime", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String principalId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("warden-totp/1|" + principalId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    @Override
    public void close() {
        Arrays.fill(key, (byte) 0);
    }
}
