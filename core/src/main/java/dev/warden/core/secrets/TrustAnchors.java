package dev.warden.core.secrets;

import dev.warden.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificate authorities a secret store's TLS client trusts instead of the JVM's, from a PEM bundle (for a
 * private endpoint behind an internal CA, or a TLS-inspecting proxy). Certificate and host name checks stay on:
 * there is deliberately no way to turn them off, only to say whom to trust.
 */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    /**
     * @param caBundle a file of one or more PEM X.509 certificates
     * @param where the setting's path for messages, e.g. {@code secrets.stores.aws-sm.caBundle}
     * @return trust managers that accept exactly the chains ending at one of those certificates (PKIX)
     * @throws ConfigurationException if the file is missing, unreadable, empty or not PEM X.509
     */
    public static TrustManager[] fromPem(Path caBundle, String where) {
        KeyStore trust = keyStoreFromPem(caBundle, where);
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException e) {
            throw new ConfigurationException("configuration " + where + ": cannot set up TLS ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * @param caBundle as {@link #fromPem}
     * @param where as {@link #fromPem}
     * @return the same CAs as a {@link KeyStore} of trusted certificate entries, for clients configured that way
     * @throws ConfigurationException as {@link #fromPem}
     */
    public static KeyStore keyStoreFromPem(Path caBundle, String where) {
        try (InputStream in = Files.newInputStream(caBundle)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw new ConfigurationException("configuration " + where + ": the CA bundle " + caBundle
                        + " holds no PEM certificate");
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            return trust;
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("configuration " + where + ": the CA bundle " + caBundle + " does not exist");
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("configuration " + where + ": the CA bundle " + caBundle
                    + " cannot be read as PEM X.509 (" + e.getClass().getSimpleName() + ")");
        }
    }
}
