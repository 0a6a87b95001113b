package dev.warden.core.secrets;

import dev.warden.InvalidInputException;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.spi.secrets.SecretStoreContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A store context for tests: other references resolve from a map; rotation signals are recorded. */
public final class MapContext implements SecretStoreContext {

    private final Map<String, String> values;
    private final boolean production;
    public final List<SecretRef> signals = new CopyOnWriteArrayList<>();

    public MapContext(Map<String, String> values, boolean production) {
        this.values = values;
        this.production = production;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        String value = values.get(ref.toString());
        if (value == null) {
            if (ref.scheme().equals("bad")) {
                throw new InvalidInputException("secret reference with scheme 'bad': refused");
            }
            throw new SecretNotFoundException("secret " + ref.scheme() + ": not in the test map");
        }
        return Secret.of(ref, value.getBytes(StandardCharsets.UTF_8), "1", Instant.EPOCH, Optional.empty());
    }

    @Override
    public boolean production() {
        return production;
    }

    @Override
    public void signalRotation(SecretRef ref) {
        signals.add(ref);
    }
}
