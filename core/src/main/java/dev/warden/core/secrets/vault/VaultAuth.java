package dev.warden.core.secrets.vault;

import dev.warden.secrets.SecretRef;
import java.util.Objects;

/** How the Vault store authenticates: a token, or AppRole (role id and secret id). */
sealed interface VaultAuth {

    /**
     * A token read from another store (e.g. {@code env:VAULT_TOKEN}); re-read when Vault refuses it.
     *
     * @param tokenRef where the token is
     */
    record Token(SecretRef tokenRef) implements VaultAuth {
        public Token {
            Objects.requireNonNull(tokenRef, "tokenRef");
        }
    }

    /**
     * AppRole: {@code POST /v1/auth/<mount>/login} with a role id and a secret id.
     *
     * @param mount the AppRole auth mount, normally {@code approle}
     * @param roleIdRef where the role id is
     * @param secretIdRef where the secret id is
     */
    record AppRole(String mount, SecretRef roleIdRef, SecretRef secretIdRef) implements VaultAuth {
        public AppRole {
            Objects.requireNonNull(mount, "mount");
            Objects.requireNonNull(roleIdRef, "roleIdRef");
            Objects.requireNonNull(secretIdRef, "secretIdRef");
        }
    }
}
