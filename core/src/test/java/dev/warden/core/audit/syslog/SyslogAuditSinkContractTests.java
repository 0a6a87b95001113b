package dev.warden.core.audit.syslog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.audit.AuditEvent;
import dev.warden.core.audit.CefFormat;
import dev.warden.core.audit.OcsfFormat;
import dev.warden.spi.audit.AuditSink;
import dev.warden.testkit.AuditSinkContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The syslog sink meets the audit sink SPI's contract in each transport and body, as a real collector sees it. */
class SyslogAuditSinkContractTests {

    static final ObjectMapper JSON = new ObjectMapper();

    abstract static class Base extends AuditSinkContract {
        SyslogTestServer server;
        int written;

        abstract SyslogTestServer start() throws Exception;

        abstract SyslogAuditSink.Builder configure(SyslogAuditSink.Builder builder) throws Exception;

        abstract SyslogAuditSink.Body body();

        @Override
        protected AuditSink sink() throws IOException {
            try {
                server = start();
                return configure(SyslogAuditSink.builder().host("127.0.0.1").port(server.port()).hostname("test-host")
                        .body(body())).build();
            } catch (IOException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }

        @Override
        protected List<AuditEvent> readBack(AuditSink sink) {
            try {
                server.drain(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!server.errors.isEmpty()) {
                throw new AssertionError("collector saw malformed frames: " + server.errors);
            }
            return server.messages.stream().map(SyslogTestServer::body).map(b -> {
                try {
                    return body() == SyslogAuditSink.Body.CEF ? CefFormat.parse(b) : OcsfFormat.fromJson(JSON.readTree(b));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }

        @AfterEach
        void stop() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }

    abstract static class OverTls extends Base {
        TestPki pki;

        @Override
        SyslogTestServer start() throws Exception {
            pki = TestPki.create();
            return SyslogTestServer.tls(pki);
        }

        @Override
        SyslogAuditSink.Builder configure(SyslogAuditSink.Builder builder) {
            return builder.transport(SyslogAuditSink.Transport.TLS).tls(SyslogAuditSink.trusting(List.of(pki.ca)));
        }
    }

    abstract static class OverUdp extends Base {
        @Override
        SyslogTestServer start() throws Exception {
            return SyslogTestServer.udp();
        }

        @Override
        SyslogAuditSink.Builder configure(SyslogAuditSink.Builder builder) {
            return builder.transport(SyslogAuditSink.Transport.UDP);
        }
    }

    @Nested
    class TlsWithCef extends OverTls {
        @Override
        SyslogAuditSink.Body body() {
            return SyslogAuditSink.Body.CEF;
        }
    }

    @Nested
    class TlsWithOcsf extends OverTls {
        @Override
        SyslogAuditSink.Body body() {
            return SyslogAuditSink.Body.OCSF;
        }
    }

    @Nested
    class UdpWithCef extends OverUdp {
        @Override
        SyslogAuditSink.Body body() {
            return SyslogAuditSink.Body.CEF;
        }
    }

    @Nested
    class UdpWithOcsf extends OverUdp {
        @Override
        SyslogAuditSink.Body body() {
            return SyslogAuditSink.Body.OCSF;
        }
    }
}
