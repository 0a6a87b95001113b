package dev.warden.core.secrets.vault;

import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;

/**
 * {@code vault:<mount>/<path>#<field>[?version=N]}: a field of a HashiCorp Vault KV version 2 secret, read with
 * {@code GET /v1/<mount>/data/<path>}. The mount is the first path segment; the API form
 * {@code vault:<mount>/data/<path>#field} is accepted too. The version is KV v2's {@code metadata.version}, the
 * creation time its {@code created_time}.
 */
final class VaultSecretStore implements SecretStore {

    private final VaultClient client;
    private final String address;

    VaultSecretStore(VaultClient client, String address) {
        this.client = client;
        this.address = address;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        if (!ref.scheme().equals("vault")) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme() + "': this store serves vault: only");
        }
        String path = ref.path();
        int slash = path.indexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            throw new InvalidInputException("secret reference with scheme 'vault': expected vault:<mount>/<path>#<field>, "
                    + "e.g. vault:secret/app#password");
        }
        String mount = path.substring(0, slash);
        String rest = path.substring(slash + 1);
        if (rest.startsWith("data/") && rest.length() > 5) {
            rest = rest.substring(5);
        }
        if (ref.field().isEmpty()) {
            throw new InvalidInputException("secret reference with scheme 'vault': name the field after '#', e.g. "
                    + "vault:secret/app#password");
        }
        String version = null;
        for (var parameter : ref.parameters().entrySet()) {
            if (!parameter.getKey().equals("version")) {
                throw new InvalidInputException("secret reference with scheme 'vault': the only parameter is version");
            }
            version = parameter.getValue();
            if (!version.matches("[1-9][0-9]{0,9}")) {
                throw new InvalidInputException("secret reference with scheme 'vault': version must be a positive whole number");
            }
        }
        return client.readKv(ref, mount, rest, ref.field().get(), version);
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "VaultSecretStore[" + address + "]";
    }
}
