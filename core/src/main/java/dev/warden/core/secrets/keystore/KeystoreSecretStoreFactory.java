package dev.warden.core.secrets.keystore;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreContext;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.nio.file.Path;
import java.util.Set;

/**
 * Registers the {@code keystore:} store. Settings ({@code secrets.stores.keystore}): {@code path} (the keystore file;
 * required), and either {@code passphraseRef} (a reference to the passphrase; default
 * {@code env:WARDEN_KEYSTORE_PASSPHRASE}) or {@code keyRef} (a reference to a 32-byte file key, raw or Base64).
 */
public final class KeystoreSecretStoreFactory implements SecretStoreFactory {

    /** The passphrase reference used when neither passphraseRef nor keyRef is set. */
    public static final String DEFAULT_PASSPHRASE_REF = "env:WARDEN_KEYSTORE_PASSPHRASE";
    private static final Set<String> KEYS = Set.of("path", "passphraseRef", "keyRef");

    @Override
    public Set<String> schemes() {
        return Set.of("keystore");
    }

    @Override
    public SecretStore create(ConfigNode config) {
        return create(config, SecretStoreContext.standalone(false));
    }

    @Override
    public SecretStore create(ConfigNode config, SecretStoreContext context) {
        config.requireOnlyKeys(KEYS);
        if (config.has("passphraseRef") && config.has("keyRef")) {
            throw new ConfigurationException("configuration " + config.path()
                    + ": set passphraseRef or keyRef, not both");
        }
        Path file = Path.of(config.requireString("path"));
        SecretRef keyRef = config.secretRef("keyRef").orElse(null);
        SecretRef passphraseRef = config.secretRef("passphraseRef").orElse(SecretRef.parse(DEFAULT_PASSPHRASE_REF));
        return new KeystoreSecretStore(file, passphraseRef, keyRef, context);
    }
}
