package dev.warden.core.secrets;

import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A store the test controls: values with versions, an outage switch, a lease, a count of reads. */
final class MemoryStore implements SecretStore {

    private record Value(String text, int version) {
    }

    private final Map<String, Value> values = new ConcurrentHashMap<>();
    private final Clock clock;
    final AtomicInteger reads = new AtomicInteger();
    volatile boolean down;
    volatile RuntimeException failWith;
    volatile Instant leaseEnd;

    MemoryStore(Clock clock) {
        this.clock = clock;
    }

    void put(String path, String value) {
        values.compute(path, (k, old) -> new Value(value, old == null ? 1 : old.version + 1));
    }

    void remove(String path) {
        values.remove(path);
    }

    @Override
    public Secret resolve(SecretRef ref) {
        reads.incrementAndGet();
        if (failWith != null) {
            throw failWith;
        }
        if (down) {
            throw new SecretUnavailableException("secret store 'mem': down for the test");
        }
        Value value = values.get(ref.path());
        if (value == null) {
            throw new SecretNotFoundException("secret mem:" + ref.path() + ": no such entry");
        }
        return Secret.of(ref, value.text.getBytes(StandardCharsets.UTF_8), Integer.toString(value.version),
                clock.instant(), Optional.ofNullable(leaseEnd));
    }

    @Override
    public String toString() {
        return "MemoryStore[" + values.size() + " entries]";
    }
}
