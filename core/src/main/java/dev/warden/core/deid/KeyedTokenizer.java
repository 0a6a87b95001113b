package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import dev.warden.deid.ValueTransformer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.modes.GCMSIVBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Collision-free keyed tokens ({@link dev.warden.deid.Transformation.KeyedToken}): AES-256-GCM-SIV (RFC 8452) with
 * a fixed 96-bit nonce taken from the derived key material, which makes it deterministic authenticated encryption;
 * distinct inputs give distinct tokens (encryption is injective). Output: prefix + base64url (no padding) of
 * ciphertext and 16-byte tag.
 */
final class KeyedTokenizer implements ValueTransformer {

    private final byte[] key;
    private final byte[] nonce;
    private final String prefix;
    private final boolean encrypt;

    /**
     * @param material 44 bytes: a 32-byte AES key, then a 12-byte nonce
     */
    KeyedTokenizer(byte[] material, String prefix, boolean encrypt) {
        this.key = java.util.Arrays.copyOfRange(material, 0, 32);
        this.nonce = java.util.Arrays.copyOfRange(material, 32, 44);
        this.prefix = prefix;
        this.encrypt = encrypt;
    }

    private GCMSIVBlockCipher cipher(boolean forEncryption) {
        GCMSIVBlockCipher c = new GCMSIVBlockCipher(new AESEngine());
        c.init(forEncryption, new AEADParameters(new KeyParameter(key), 128, nonce));
        return c;
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (encrypt) {
                byte[] in = UnicodeText.utf8(value);
                GCMSIVBlockCipher c = cipher(true);
                byte[] out = new byte[c.getOutputSize(in.length)];
                int len = c.processBytes(in, 0, in.length, out, 0);
                c.doFinal(out, len);
                return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
            }
            if (!value.startsWith(prefix)) {
                throw new InvalidInputException("token: the value does not start with the token prefix");
            }
            byte[] in;
            try {
                in = Base64.getUrlDecoder().decode(value.substring(prefix.length()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("token: the value is not base64url");
            }
            GCMSIVBlockCipher c = cipher(false);
            byte[] out = new byte[c.getOutputSize(in.length)];
            int len = c.processBytes(in, 0, in.length, out, 0);
            len += c.doFinal(out, len);
            return new String(out, 0, len, StandardCharsets.UTF_8);
        } catch (InvalidCipherTextException e) {
            throw new InvalidInputException("token: the token was not made with this key and domain (tag check failed)");
        }
    }
}
