package dev.warden.core.secrets.keystore;

import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code keystore:<name>[?version=N]}: an entry of Warden's encrypted {@link Keystore}. The keystore is opened on first
 * use, with the passphrase or key resolved through the other stores ({@code passphraseRef} / {@code keyRef}); the
 * file is re-read on every store read, so versions that {@code warden secrets put|rotate} add are seen after the
 * cache's time-to-live, or at once after {@code SecretResolver.signalRotation}.
 */
final class KeystoreSecretStore implements SecretStore {

    private final Path file;
    private final SecretRef passphraseRef;
    private final SecretRef keyRef;
    private final SecretStoreContext context;
    private Keystore keystore;

    KeystoreSecretStore(Path file, SecretRef passphraseRef, SecretRef keyRef, SecretStoreContext context) {
        this.file = file;
        this.passphraseRef = passphraseRef;
        this.keyRef = keyRef;
        this.context = context;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        if (!ref.scheme().equals("keystore")) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme() + "': this store serves keystore: only");
        }
        if (ref.field().isPresent()) {
            throw new InvalidInputException("secret reference with scheme 'keystore': takes no '#field'; write keystore:name[?version=N]");
        }
        for (String parameter : ref.parameters().keySet()) {
            if (!parameter.equals("version")) {
                throw new InvalidInputException("secret reference with scheme 'keystore': the only parameter is version");
            }
        }
        return keystore().get(ref);
    }

    private synchronized Keystore keystore() {
        if (keystore == null) {
            if (keyRef != null) {
                try (Secret key = context.resolve(keyRef)) {
                    byte[] bytes = key.bytes();
                    try {
                        keystore = Keystore.openWithKey(file, bytes.length == 32 ? bytes : decodeBase64(bytes));
                    } finally {
                        Arrays.fill(bytes, (byte) 0);
                    }
                }
            } else {
                try (Secret passphrase = context.resolve(passphraseRef)) {
                    char[] chars = passphrase.chars();
                    try {
                        keystore = Keystore.open(file, chars);
                    } finally {
                        Arrays.fill(chars, '\0');
                    }
                }
            }
        }
        return keystore;
    }

    private byte[] decodeBase64(byte[] text) {
        try {
            return Base64.getDecoder().decode(new String(text, java.nio.charset.StandardCharsets.US_ASCII).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("keystore " + file + ": the secret at keyRef is neither 32 bytes nor the "
                    + "Base64 form of 32 bytes");
        }
    }

    @Override
    public synchronized void close() {
        if (keystore != null) {
            keystore.close();
        }
    }

    @Override
    public String toString() {
        return "KeystoreSecretStore[" + file + "]";
    }
}
