package dev.warden.core.audit.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 5424 message shape, RFC 6587 framing, injection resistance and TLS trust of the syslog sink. */
class SyslogAuditSinkTest {

    static final String HOSTILE = "eve\r\n<13>1 2026-11-30T00:00:00Z forged warden 1 LOGIN - CEF:0|x\u0000\u2028|=\\";

    private static AuditEvent event(String user) {
        return AuditEvent.builder(AuditEventType.LOGIN_FAILED).outcome(Outcome.FAILURE).time(Instant.parse("2026-11-30T08:15:30.123456Z"))
                .actor(Actor.user(user, "password")).sourceAddress("192.0.2.7").detail("reason", user).build();
    }

    @Test
    void aMessageHasTheRfc5424HeaderWithFacilityAuthprivAndMicroseconds() {
        SyslogAuditSink sink = SyslogAuditSink.builder().host("127.0.0.1").port(6514).hostname("app-1")
                .transport(SyslogAuditSink.Transport.UDP).build();
        String message = sink.message(event("alice"));
        assertThat(message).startsWith("<85>1 2026-11-30T08:15:30.123456Z app-1 warden ")
                .contains(" LOGIN_FAILED [warden@32473 eventId=\"").contains("\"] CEF:0|Warden|Warden|0.1|LOGIN_FAILED|");
    }

    @Test
    void aHostileUserNameStaysInsideOneMessageInEveryBody() throws Exception {
        for (SyslogAuditSink.Body body : SyslogAuditSink.Body.values()) {
            SyslogAuditSink sink = SyslogAuditSink.builder().host("127.0.0.1").port(514).body(body)
                    .transport(SyslogAuditSink.Transport.UDP).build();
            String message = sink.message(event(HOSTILE));
            assertThat(message).doesNotContain("\r", "\n", "\u0000", "\u2028", "\u0085");
            assertThat(message.lines()).hasSize(1);
        }
    }

    @Test
    void framesAreOctetCountedOverTlsSoAHostileValueCannotSplitAFrame() throws Exception {
        TestPki pki = TestPki.create();
        try (SyslogTestServer server = SyslogTestServer.tls(pki)) {
            SyslogAuditSink sink = SyslogAuditSink.builder().host("127.0.0.1").port(server.port())
                    .tls(SyslogAuditSink.trusting(List.of(pki.ca))).build();
            sink.write(List.of(event(HOSTILE), event("bob")));
            sink.close();
            server.drain(2);
            assertThat(server.errors).isEmpty();
            assertThat(server.messages).hasSize(2);
            assertThat(server.messages.get(1)).contains("suser=bob");
        }
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedIsRefused() throws Exception {
        TestPki pki = TestPki.create();
        TestPki other = TestPki.create();
        try (SyslogTestServer server = SyslogTestServer.tls(pki)) {
            SyslogAuditSink sink = SyslogAuditSink.builder().host("127.0.0.1").port(server.port())
                    .tls(SyslogAuditSink.trusting(List.of(other.ca))).build();
            assertThatThrownBy(() -> sink.write(List.of(event("alice")))).isInstanceOf(IOException.class);
            sink.close();
            assertThat(server.messages).isEmpty();
        }
    }

    @Test
    void aServerNamedOtherwiseThanItsCertificateIsRefused() throws Exception {
        TestPki pki = TestPki.create();
        try (SyslogTestServer server = SyslogTestServer.tls(pki)) {
            SyslogAuditSink sink = SyslogAuditSink.builder().host("127.0.0.2").port(server.port())
                    .connectTimeout(java.time.Duration.ofSeconds(2))
                    .tls(SyslogAuditSink.trusting(List.of(pki.ca))).build();
            assertThatThrownBy(() -> sink.write(List.of(event("alice")))).isInstanceOf(IOException.class);
            sink.close();
        }
    }
}
