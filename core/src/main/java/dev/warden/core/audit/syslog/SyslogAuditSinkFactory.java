package dev.warden.core.audit.syslog;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.spi.audit.AuditSink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Type {@code syslog}: a {@link SyslogAuditSink}. Settings: {@code host} and {@code port} (required),
 * {@code transport} ({@code tls}, the default, or {@code udp}), {@code format} ({@code cef}, the default, or
 * {@code ocsf}), {@code caFile} (PEM file of the CA certificates to trust; default the JVM's trust store),
 * {@code hostname}, {@code facility} (default 10), {@code name} (default {@code syslog}).
 */
public final class SyslogAuditSinkFactory implements dev.warden.spi.audit.AuditSinkFactory {

    @Override
    public String type() {
        return "syslog";
    }

    @Override
    public void validate(ConfigNode config) {
        config.requireOnlyKeys(java.util.Set.of("type", "name", "host", "port", "facility", "hostname", "transport",
                "format", "caFile"));
        config.requireString("host");
        config.intValue("port", 0);
        config.intValue("facility", 10);
        if (!List.of("tls", "udp").contains(config.string("transport").orElse("tls").toLowerCase(Locale.ROOT))) {
            throw new ConfigurationException("configuration " + config.qualified("transport") + ": expected tls or udp");
        }
        if (!List.of("cef", "ocsf").contains(config.string("format").orElse("cef").toLowerCase(Locale.ROOT))) {
            throw new ConfigurationException("configuration " + config.qualified("format") + ": expected cef or ocsf");
        }
    }

    @Override
    public AuditSink create(ConfigNode config) {
        validate(config);
        SyslogAuditSink.Builder builder = SyslogAuditSink.builder().name(config.string("name").orElse("syslog"))
                .host(config.requireString("host")).port(config.intValue("port", 0))
                .facility(config.intValue("facility", 10));
        config.string("hostname").ifPresent(builder::hostname);
        String transport = config.string("transport").orElse("tls").toLowerCase(Locale.ROOT);
        switch (transport) {
            case "tls" -> builder.transport(SyslogAuditSink.Transport.TLS);
            case "udp" -> builder.transport(SyslogAuditSink.Transport.UDP);
            default -> throw new ConfigurationException("configuration " + config.qualified("transport") + ": expected tls or udp");
        }
        String format = config.string("format").orElse("cef").toLowerCase(Locale.ROOT);
        switch (format) {
            case "cef" -> builder.body(SyslogAuditSink.Body.CEF);
            case "ocsf" -> builder.body(SyslogAuditSink.Body.OCSF);
            default -> throw new ConfigurationException("configuration " + config.qualified("format") + ": expected cef or ocsf");
        }
        config.string("caFile").ifPresent(file -> builder.tls(SyslogAuditSink.trusting(readPem(Path.of(file), config.qualified("caFile")))));
        return builder.build();
    }

    private static List<X509Certificate> readPem(Path file, String setting) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                certificates.add((X509Certificate) certificate);
            }
            if (certificates.isEmpty()) {
                throw new ConfigurationException("configuration " + setting + ": " + file + " holds no certificate");
            }
            return certificates;
        } catch (IOException | CertificateException e) {
            throw new ConfigurationException("configuration " + setting + ": " + file + " cannot be read as PEM certificates ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }
}
