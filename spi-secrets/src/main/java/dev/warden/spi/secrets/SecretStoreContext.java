package dev.warden.spi.secrets;

import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;

/**
 * What Warden's resolver offers a {@link SecretStore} it builds: the other stores (so that, for example, a keystore's
 * passphrase or a Vault AppRole secret id can itself be a reference), the environment, and a way to say that a secret
 * changed.
 */
public interface SecretStoreContext {

    /**
     * Resolves a reference through the resolver's other stores.
     *
     * @param ref a reference of another scheme
     * @return the secret; the caller closes it
     * @throws InvalidInputException if no other store serves the scheme (a store cannot resolve through itself)
     * @throws dev.warden.secrets.SecretNotFoundException as the store that serves the scheme
     * @throws dev.warden.secrets.SecretUnavailableException as the store that serves the scheme
     */
    Secret resolve(SecretRef ref);

    /** @return whether the installation runs in production, where stores apply their strict checks */
    boolean production();

    /**
     * Tells the resolver that the secret at {@code ref} has changed, so it reads it again at once instead of after
     * its time-to-live. Safe to call from any thread; failures to re-read are logged, not thrown.
     *
     * @param ref the reference whose value changed
     */
    void signalRotation(SecretRef ref);

    /**
     * @param production whether to apply production checks
     * @return a context with no other stores and no resolver listening, for a store used on its own
     */
    static SecretStoreContext standalone(boolean production) {
        return new SecretStoreContext() {
            @Override
            public Secret resolve(SecretRef ref) {
                throw new InvalidInputException("secret reference with scheme '" + ref.scheme()
                        + "': this store was built on its own, without other stores to resolve through");
            }

            @Override
            public boolean production() {
                return production;
            }

            @Override
            public void signalRotation(SecretRef ref) {
                // Nobody caches on top of a standalone store.
            }

            @Override
            public String toString() {
                return "SecretStoreContext[standalone, production=" + production + "]";
            }
        };
    }
}
