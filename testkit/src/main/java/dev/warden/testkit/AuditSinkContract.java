package dev.warden.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalKind;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.ChainKey;
import dev.warden.spi.audit.RecordMac;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link AuditSink} meets. A plug-in author extends this class in a test, supplies a sink and a way
 * to read back what it stored; each test names one rule.
 *
 * <p>Available as {@code dev.warden:warden-testkit} (test scope; it brings JUnit Jupiter and AssertJ).
 */
public abstract class AuditSinkContract {

    /** @return a fresh, empty sink under test */
    protected abstract AuditSink sink() throws IOException;

    /**
     * @param sink a sink after {@link AuditSink#close()}
     * @return the events it stored, in the order stored, as the sink's reader or the receiving end sees them
     */
    protected abstract List<AuditEvent> readBack(AuditSink sink) throws IOException;

    /** @return a fixed HMAC-SHA256 chain key for sinks under test that keep a hash chain (never use it outside tests) */
    protected static ChainKey testChainKey() {
        byte[] key = "contract-test-chain-key-0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return new ChainKey() {
            @Override
            public String keyId() {
                return "contract-test-key";
            }

            @Override
            public RecordMac newMac() {
                try {
                    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                    mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
                    return new RecordMac() {
                        @Override
                        public void update(byte[] data, int offset, int length) {
                            mac.update(data, offset, length);
                        }

                        @Override
                        public byte[] doFinal() {
                            return mac.doFinal();
                        }
                    };
                } catch (java.security.GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public void destroy() {
            }
        };
    }

    /** A test event; {@code n} makes the id unique and ordered. */
    protected static AuditEvent event(int n, String principalId, Map<String, String> details) {
        return new AuditEvent(String.format("%026d", n), Instant.parse("2026-11-30T08:00:00.123Z").plusMillis(n),
                AuditEventType.LOGIN, Outcome.SUCCESS, new Actor(principalId, PrincipalKind.USER, "password", false),
                "127.0.0.1", "clinical", "workflow:clinical/nightly", "corr-" + n, details, Set.of());
    }

    @Test
    void storesEveryEventOfABatchInOrder() throws IOException {
        AuditSink sink = sink();
        List<AuditEvent> batch = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            batch.add(event(i, "alice", Map.of("rows", Integer.toString(i))));
        }
        sink.write(batch.subList(0, 3));
        sink.write(batch.subList(3, 10));
        sink.close();
        assertThat(readBack(sink)).extracting(AuditEvent::id).containsExactlyElementsOf(batch.stream().map(AuditEvent::id).toList());
    }

    @Test
    void keepsEveryFieldOfAnEvent() throws IOException {
        AuditSink sink = sink();
        AuditEvent event = event(1, "alice", Map.of("rows", "42", "table", "patients"));
        sink.write(List.of(event));
        sink.close();
        AuditEvent stored = readBack(sink).get(0);
        assertThat(stored.type()).isEqualTo(event.type());
        assertThat(stored.outcome()).isEqualTo(event.outcome());
        assertThat(stored.actor().principalId()).isEqualTo("alice");
        assertThat(stored.time()).isEqualTo(event.time());
        assertThat(stored.resource()).isEqualTo(event.resource());
        assertThat(stored.details()).containsAllEntriesOf(event.details());
    }

    @Test
    void keepsUnicodeTextAndTheSensitiveMarkers() throws IOException {
        AuditSink sink = sink();
        String name = "Zo\u00eb \u05e9\u05dc\u05d5\u05dd \ud83d\ude00";
        AuditEvent event = new AuditEvent(String.format("%026d", 7), Instant.parse("2026-11-30T08:00:00.500Z"),
                AuditEventType.SECRET_ACCESSED, Outcome.DENIED, new Actor(name, PrincipalKind.SERVICE_ACCOUNT, "api-key", true),
                "2001:db8::1", "p\u00e9", "secret:env:KEY", "c", Map.of("ref", "env:KEY", "email", "hmac-sha256:00ff"),
                Set.of("email"));
        sink.write(List.of(event));
        sink.close();
        AuditEvent stored = readBack(sink).get(0);
        assertThat(stored.actor()).isEqualTo(event.actor());
        assertThat(stored.outcome()).isEqualTo(Outcome.DENIED);
        assertThat(stored.sourceAddress()).isEqualTo("2001:db8::1");
        assertThat(stored.project()).isEqualTo("p\u00e9");
        assertThat(stored.details()).containsAllEntriesOf(event.details());
        assertThat(stored.sensitiveKeys()).containsExactly("email");
    }

    @Test
    void aHostileUserNameNeitherAddsARecordNorChangesAnother() throws IOException {
        AuditSink sink = sink();
        String hostile = "mallory\r\n{\"id\":\"00000000000000000000000099\",\"type\":\"LOGIN\"}\n<script>x</script>\u2028\u0000";
        sink.write(List.of(event(1, hostile, Map.of("note", hostile)), event(2, "bob", Map.of())));
        sink.close();
        List<AuditEvent> stored = readBack(sink);
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).actor().principalId()).isEqualTo(hostile);
        assertThat(stored.get(0).details()).containsEntry("note", hostile);
        assertThat(stored.get(1).actor().principalId()).isEqualTo("bob");
    }
}
