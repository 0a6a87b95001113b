package dev.warden.benchmarks.auth;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalApiKey;
import dev.warden.core.auth.local.LocalProvider;
import dev.warden.core.auth.local.LocalSettings;
import dev.warden.core.auth.local.LocalUser;
import dev.warden.core.auth.local.UserStore;
import dev.warden.policy.ProjectRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * API key verification, excluding storage (the store is an in-memory map): Warden's {@link LocalProvider} (format and
 * CRC-32 checksum, SHA-256, constant-time compare, revocation/expiry/account checks, principal) beside the hand-written
 * lower bound (SHA-256 of the key and one constant-time compare, nothing else). Also a key with a wrong checksum,
 * refused before any lookup. Target: under 2 µs per verification.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ApiKeyVerificationBenchmark {

    private LocalProvider provider;
    private char[] key;
    private char[] wrongChecksum;
    private byte[] storedHash;
    private MessageDigest sha256;

    @Setup
    public void setUp() throws Exception {
        UserStore store = new MemoryStore();
        LocalSettings settings = LocalSettings.defaults();
        LocalAccounts accounts = new LocalAccounts(store, settings, Clock.systemUTC());
        accounts.addServiceAccount("etl-bot", Map.of("p1", ProjectRole.EDITOR, "p2", ProjectRole.VIEWER));
        key = accounts.createApiKey("etl-bot", Set.of("p1", "p2"), ProjectRole.EDITOR, Duration.ofDays(30)).key();
        wrongChecksum = key.clone();
        wrongChecksum[wrongChecksum.length - 1] = wrongChecksum[wrongChecksum.length - 1] == 'a' ? 'b' : 'a';
        provider = new LocalProvider("local", store, settings, Clock.systemUTC());
        sha256 = MessageDigest.getInstance("SHA-256");
        storedHash = sha256.digest(new String(key).getBytes(StandardCharsets.US_ASCII));
        if (!(provider.authenticate(new Credentials.ApiKey(key.clone())) instanceof AuthenticationResult.Success)) {
            throw new IllegalStateException("the benchmark key does not verify");
        }
    }

    @Benchmark
    public AuthenticationResult wardenVerify() {
        return provider.authenticate(new Credentials.ApiKey(key));
    }

    @Benchmark
    public AuthenticationResult wardenRejectWrongChecksum() {
        return provider.authenticate(new Credentials.ApiKey(wrongChecksum));
    }

    @Benchmark
    public boolean baselineSha256Compare() {
        byte[] bytes = new byte[key.length];
        for (int i = 0; i < key.length; i++) {
            bytes[i] = (byte) key[i];
        }
        return MessageDigest.isEqual(sha256.digest(bytes), storedHash);
    }

    /** A map-backed store, so the benchmark measures verification and not I/O. */
    static final class MemoryStore implements UserStore {
        private final Map<String, LocalUser> users = new ConcurrentHashMap<>();
        private final Map<String, LocalApiKey> keys = new ConcurrentHashMap<>();

        @Override public Optional<LocalUser> find(String username) { return Optional.ofNullable(users.get(username)); }
        @Override public List<LocalUser> list() { return List.copyOf(users.values()); }
        @Override public void create(LocalUser user) { users.put(user.username(), user); }
        @Override public boolean updateIfUnchanged(LocalUser user) {
            boolean[] written = {false};
            users.computeIfPresent(user.username(), (name, old) -> {
                if (old.version() != user.version()) {
                    return old;
                }
                written[0] = true;
                return user.withVersion(old.version() + 1);
            });
            return written[0];
        }
        @Override public boolean advanceTotpStep(String username, long step) { return false; }
        @Override public boolean consumeRecoveryCode(String username, String codeHash) { return false; }
        @Override public Optional<LocalApiKey> findKey(String keyId) { return Optional.ofNullable(keys.get(keyId)); }
        @Override public List<LocalApiKey> keys(String account) {
            return keys.values().stream().filter(k -> account.isEmpty() || k.account().equals(account)).toList();
        }
        @Override public void createKey(LocalApiKey key, int maxActive, Instant now) { keys.put(key.keyId(), key); }
        @Override public void updateKey(LocalApiKey key) { keys.put(key.keyId(), key); }
        @Override public void close() { }
    }
}
