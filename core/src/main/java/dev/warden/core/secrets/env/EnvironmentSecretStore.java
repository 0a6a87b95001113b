package dev.warden.core.secrets.env;

import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStore;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code env:NAME}: the value of the environment variable {@code NAME} (letters, digits and {@code _}, not starting
 * with a digit), as UTF-8. Version {@code "1"} (the environment does not change while the process runs). No field, no
 * parameters.
 */
final class EnvironmentSecretStore implements SecretStore {

    private final Function<String, String> environment;
    private final Clock clock;

    EnvironmentSecretStore(Function<String, String> environment, Clock clock) {
        this.environment = environment;
        this.clock = clock;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        if (!ref.scheme().equals("env")) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme() + "': this store serves env: only");
        }
        if (ref.field().isPresent() || !ref.parameters().isEmpty()) {
            throw new InvalidInputException("secret reference with scheme 'env': takes neither '#field' nor "
                    + "'?parameters'; write env:NAME");
        }
        String name = ref.path();
        if (!validName(name)) {
            throw new InvalidInputException("secret reference with scheme 'env': the name must be letters, digits and "
                    + "'_', not starting with a digit; write env:NAME");
        }
        String value = environment.apply(name);
        if (value == null) {
            throw new SecretNotFoundException("secret env:" + name + ": the environment variable is not set; "
                    + "export it before starting, or use another store");
        }
        char[] chars = value.toCharArray();
        try {
            return Secret.ofChars(ref, chars, "1", clock.instant(), Optional.empty());
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }

    private static boolean validName(String name) {
        if (name.isEmpty() || name.length() > 256 || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "EnvironmentSecretStore";
    }
}
