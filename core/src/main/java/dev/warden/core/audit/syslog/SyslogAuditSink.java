package dev.warden.core.audit.syslog;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.CefFormat;
import dev.warden.core.audit.OcsfFormat;
import dev.warden.core.secrets.SecretMaskingLogger;
import dev.warden.spi.audit.AuditSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.slf4j.Logger;

/**
 * Sends audit events as syslog messages (RFC 5424) carrying a CEF line or an OCSF JSON event, over TCP with TLS
 * (RFC 5425, framed by octet counting as in RFC 6587 section 3.4.1: {@code <length> SP <message>}) or over UDP
 * (RFC 5426, one message per datagram).
 *
 * <p>Message: {@code <PRI>1 TIMESTAMP HOSTNAME warden PROCID MSGID [warden@32473 eventId="..."] BODY}; facility
 * {@code authpriv} (10) by default; severity 6 (informational) for a success, 5 for a failure, 4 for a denial, 2 for
 * an alert; MSGID is the event type; TIMESTAMP is UTC with microseconds. 32473 is the private enterprise number RFC
 * 5612 reserves for documentation. Every field is escaped for its place: the body by {@link CefFormat} or
 * {@link OcsfFormat} (neither can contain a line end), the structured-data value per RFC 5424 section 6.3.3.
 *
 * <p><b>Durability.</b> Syslog has no application-level acknowledgement: {@link #write} returns once the bytes are
 * written and flushed to the TLS connection (TCP) or sent (UDP). Pair this sink with a file or JDBC sink where
 * records must survive a collector outage. After a connection failure the sink reconnects once and resends the batch,
 * so a collector may see a message twice, never lose one silently. TLS 1.2 is the floor and the server's name is
 * always checked against its certificate; there is no option to skip that.
 */
public final class SyslogAuditSink implements AuditSink {

    private static final Logger LOG = SecretMaskingLogger.of(SyslogAuditSink.class);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    /** Larger UDP payloads do not fit a datagram over IPv4. */
    static final int MAX_DATAGRAM = 65_507;

    /** How messages travel. */
    public enum Transport {
        /** TCP with TLS, octet-counted frames (RFC 5425, RFC 6587). */
        TLS,
        /** UDP, one message per datagram (RFC 5426). */
        UDP
    }

    /** What the message body is. */
    public enum Body {
        /** An ArcSight CEF line. */
        CEF,
        /** An OCSF JSON event. */
        OCSF
    }

    private final String name;
    private final String host;
    private final int port;
    private final Transport transport;
    private final Body body;
    private final SSLContext tls;
    private final String hostname;
    private final String appName;
    private final String procId;
    private final int facility;
    private final int connectTimeoutMs;

    private SSLSocket socket;
    private OutputStream out;
    private DatagramSocket udp;

    private SyslogAuditSink(Builder b) {
        this.name = b.name;
        this.host = b.host;
        this.port = b.port;
        this.transport = b.transport;
        this.body = b.body;
        this.tls = b.tls;
        this.hostname = printable(b.hostname, 255);
        this.appName = "warden";
        this.procId = Long.toString(ProcessHandle.current().pid());
        this.facility = b.facility;
        this.connectTimeoutMs = (int) b.connectTimeout.toMillis();
    }

    /** @return a builder; host and port are required */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * @param event the event
     * @return its RFC 5424 message, without framing
     */
    public String message(AuditEvent event) {
        int severity = event.type() == AuditEventType.ALERT ? 2 : switch (event.outcome()) {
            case SUCCESS -> 6;
            case FAILURE -> 5;
            case DENIED -> 4;
        };
        StringBuilder m = new StringBuilder(640);
        m.append('<').append(facility * 8 + severity).append(">1 ").append(TIMESTAMP.format(event.time())).append(' ')
                .append(hostname).append(' ').append(appName).append(' ').append(procId).append(' ')
                .append(event.type().name()).append(" [warden@32473 eventId=\"");
        for (int i = 0; i < event.id().length(); i++) {
            char c = event.id().charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                m.append('\\').append(c);
            } else {
                m.append(c < 0x20 || c == 0x7F ? '?' : c);
            }
        }
        m.append("\"] ").append(body == Body.CEF ? CefFormat.format(event) : OcsfFormat.toJson(event));
        return m.toString();
    }

    @Override
    public synchronized void write(List<AuditEvent> batch) throws IOException {
        if (transport == Transport.UDP) {
            sendUdp(batch);
            return;
        }
        ByteArrayOutputStream frames = new ByteArrayOutputStream(batch.size() * 700);
        for (AuditEvent event : batch) {
            byte[] message = message(event).getBytes(StandardCharsets.UTF_8);
            frames.write(Integer.toString(message.length).getBytes(StandardCharsets.US_ASCII));
            frames.write(' ');
            frames.write(message);
        }
        try {
            connected().write(frames.toByteArray());
            out.flush();
        } catch (IOException first) {
            LOG.warn("Audit sink '{}': syslog connection to {}:{} failed ({}); reconnecting once", name, host, port,
                    first.getClass().getSimpleName());
            disconnect();
            connected().write(frames.toByteArray());
            out.flush();
        }
    }

    private void sendUdp(List<AuditEvent> batch) throws IOException {
        if (udp == null) {
            udp = new DatagramSocket();
            udp.connect(new InetSocketAddress(InetAddress.getByName(host), port));
        }
        List<byte[]> messages = new ArrayList<>(batch.size());
        for (AuditEvent event : batch) {
            byte[] message = message(event).getBytes(StandardCharsets.UTF_8);
            if (message.length > MAX_DATAGRAM) {
                throw new IOException("event " + event.id() + " is " + message.length + " bytes as syslog, more than a UDP "
                        + "datagram holds (" + MAX_DATAGRAM + "); use the TLS transport for large events");
            }
            messages.add(message);
        }
        for (byte[] message : messages) {
            udp.send(new DatagramPacket(message, message.length));
        }
    }

    private OutputStream connected() throws IOException {
        if (socket == null || socket.isClosed()) {
            Socket plain = new Socket();
            plain.connect(new InetSocketAddress(host, port), connectTimeoutMs);
            SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(plain, host, port, true);
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            ssl.setSSLParameters(parameters);
            ssl.startHandshake();
            socket = ssl;
            out = new java.io.BufferedOutputStream(ssl.getOutputStream(), 1 << 16);
        }
        return out;
    }

    private void disconnect() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                LOG.debug("closing the syslog connection failed", e);
            }
        }
        socket = null;
        out = null;
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.flush();
            } catch (IOException e) {
                LOG.debug("flushing the syslog connection failed", e);
            }
        }
        disconnect();
        if (udp != null) {
            udp.close();
            udp = null;
        }
    }

    @Override
    public String toString() {
        return "SyslogAuditSink[" + name + ", " + transport + " " + host + ":" + port + ", " + body + "]";
    }

    private static String printable(String value, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length() && out.length() < max; i++) {
            char c = value.charAt(i);
            if (c >= 33 && c <= 126) {
                out.append(c);
            }
        }
        return out.length() == 0 ? "-" : out.toString();
    }

    /**
     * @param trusted the CA certificates (or self-signed server certificates) to trust
     * @return a TLS context trusting exactly those
     */
    public static SSLContext trusting(List<X509Certificate> trusted) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < trusted.size(); i++) {
                store.setCertificateEntry("ca" + i, trusted.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("audit syslog sink: the trusted certificates cannot be used: " + e.getMessage(), e);
        }
    }

    /** Builds a {@link SyslogAuditSink}. */
    public static final class Builder {

        private String name = "syslog";
        private String host;
        private int port;
        private Transport transport = Transport.TLS;
        private Body body = Body.CEF;
        private SSLContext tls;
        private String hostname = localHostName();
        private int facility = 10;
        private Duration connectTimeout = Duration.ofSeconds(5);

        private Builder() {
        }

        /** @param name the sink's name; default {@code syslog} */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** @param host the collector's host name or address; with TLS it must match the server certificate */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** @param port the collector's port (6514 is the registered syslog-over-TLS port, 514 for UDP) */
        public Builder port(int port) {
            if (port < 1 || port > 65535) {
                throw new ConfigurationException("audit sink '" + name + "': port must be 1 to 65535");
            }
            this.port = port;
            return this;
        }

        /** @param transport TLS (default) or UDP */
        public Builder transport(Transport transport) {
            this.transport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        /** @param body CEF (default) or OCSF */
        public Builder body(Body body) {
            this.body = Objects.requireNonNull(body, "body");
            return this;
        }

        /** @param context the TLS context (its trust managers decide which servers are trusted); default the JVM's */
        public Builder tls(SSLContext context) {
            this.tls = Objects.requireNonNull(context, "context");
            return this;
        }

        /** @param hostname the HOSTNAME field; default this machine's name */
        public Builder hostname(String hostname) {
            this.hostname = Objects.requireNonNull(hostname, "hostname");
            return this;
        }

        /** @param facility the syslog facility, 0 to 23; default 10 (authpriv) */
        public Builder facility(int facility) {
            if (facility < 0 || facility > 23) {
                throw new ConfigurationException("audit sink '" + name + "': facility must be 0 to 23");
            }
            this.facility = facility;
            return this;
        }

        /** @param timeout how long to wait for a TCP connection; default 5 s */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * @return the sink; it connects on the first write
         * @throws ConfigurationException if host or port is missing
         */
        public SyslogAuditSink build() {
            if (host == null || port == 0) {
                throw new ConfigurationException("audit sink '" + name + "': host and port are required");
            }
            if (transport == Transport.TLS && tls == null) {
                try {
                    tls = SSLContext.getDefault();
                } catch (GeneralSecurityException e) {
                    throw new ConfigurationException("audit sink '" + name + "': no default TLS context", e);
                }
            }
            return new SyslogAuditSink(this);
        }

        private static String localHostName() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                return "-";
            }
        }
    }
}
