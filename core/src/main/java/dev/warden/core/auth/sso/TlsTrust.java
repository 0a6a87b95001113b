package dev.warden.core.auth.sso;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * Which server certificates a provider trusts: either the JDK's default trust store or the certificate authorities
 * given. Certificates are always verified and TLS 1.2 is the floor; there is deliberately no way to turn either off.
 */
public final class TlsTrust {

    /** The protocols offered, best first: TLS 1.3 and TLS 1.2 (RFC 8446, RFC 5246). */
    private static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    private TlsTrust() {
    }

    /**
     * Reads X.509 certificates from a PEM (or DER) file; a PEM file may hold several.
     *
     * @param file the file
     * @param setting the configuration setting that named it, for the error message
     * @return at least one certificate
     * @throws ConfigurationException if it cannot be read or holds no certificate
     */
    public static List<X509Certificate> readCertificates(Path file, String setting) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> out = new ArrayList<>();
            for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                out.add((X509Certificate) certificate);
            }
            if (out.isEmpty()) {
                throw new ConfigurationException("configuration " + setting + ": " + file + " holds no certificate");
            }
            return List.copyOf(out);
        } catch (IOException | GeneralSecurityException e) {
            throw new ConfigurationException("configuration " + setting + ": cannot read certificates from " + file
                    + " (" + e.getClass().getSimpleName() + "); give a PEM file of X.509 certificates", e);
        }
    }

    /**
     * @param trusted the certificate authorities (or self-signed server certificates) to trust; empty for the JDK's
     *     default trust store
     * @return a TLS context that verifies server certificates against them
     */
    public static SSLContext context(List<X509Certificate> trusted) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (trusted.isEmpty()) {
                factory.init((KeyStore) null);
            } else {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                for (int i = 0; i < trusted.size(); i++) {
                    store.setCertificateEntry("trusted-" + i, trusted.get(i));
                }
                factory.init(store);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("cannot build the TLS trust settings: " + e.getClass().getSimpleName(), e);
        }
    }

    /** @return TLS parameters offering only TLS 1.3 and 1.2, with HTTPS endpoint identification (host name check) */
    public static SSLParameters parameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.clone());
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    /**
     * @param context a context from {@link #context}
     * @param endpointIdentification the JSSE endpoint identification algorithm that checks the server's host name
     *     against its certificate during the handshake: {@code LDAPS} (RFC 4513 §3.1.3) or {@code HTTPS} (RFC 2818)
     * @return a socket factory whose sockets offer only TLS 1.3 and 1.2 and verify the host name
     */
    public static SSLSocketFactory socketFactory(SSLContext context, String endpointIdentification) {
        return new FloorSocketFactory(context.getSocketFactory(), endpointIdentification);
    }

    /** Restricts every socket it makes to {@link #PROTOCOLS}. */
    private static final class FloorSocketFactory extends SSLSocketFactory {
        private final SSLSocketFactory delegate;
        private final String endpointIdentification;

        FloorSocketFactory(SSLSocketFactory delegate, String endpointIdentification) {
            this.delegate = delegate;
            this.endpointIdentification = endpointIdentification;
        }

        private Socket floor(Socket socket) {
            if (socket instanceof SSLSocket ssl) {
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setProtocols(PROTOCOLS.clone());
                parameters.setEndpointIdentificationAlgorithm(endpointIdentification);
                ssl.setSSLParameters(parameters);
            }
            return socket;
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }

        @Override
        public Socket createSocket(Socket s, String host, int port, boolean autoClose) throws IOException {
            return floor(delegate.createSocket(s, host, port, autoClose));
        }

        @Override
        public Socket createSocket() throws IOException {
            return floor(delegate.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return floor(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return floor(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return floor(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
                throws IOException {
            return floor(delegate.createSocket(address, port, localAddress, localPort));
        }
    }
}
