package dev.warden.core.secrets.vault;

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
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for Vault: the JVM's trusted CAs, or only the CAs of a PEM bundle. Certificate and host name
 * checks are always on; there is deliberately no way to turn them off.
 */
final class TrustBundle {

    private TrustBundle() {
    }

    static SSLContext context(Optional<Path> caBundle, String where) {
        try {
            if (caBundle.isEmpty()) {
                return SSLContext.getDefault();
            }
            Path file = caBundle.get();
            Collection<? extends Certificate> certificates;
            try (InputStream in = Files.newInputStream(file)) {
                certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            } catch (NoSuchFileException e) {
                throw new ConfigurationException("configuration " + where + ": the CA bundle " + file + " does not exist");
            } catch (IOException e) {
                throw new ConfigurationException("configuration " + where + ": the CA bundle " + file + " cannot be read ("
                        + e.getClass().getSimpleName() + ")");
            }
            if (certificates.isEmpty()) {
                throw new ConfigurationException("configuration " + where + ": the CA bundle " + file
                        + " holds no PEM certificate");
            }
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                trust.setCertificateEntry("ca-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (java.security.cert.CertificateException e) {
            throw new ConfigurationException("configuration " + where + ": the CA bundle is not valid PEM X.509 ("
                    + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException | IOException e) {
            throw new ConfigurationException("configuration " + where + ": cannot set up TLS (" + e.getClass().getSimpleName() + ")");
        }
    }
}
