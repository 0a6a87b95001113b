package dev.warden.core.secrets.vault;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate authority and a server certificate for 127.0.0.1, localhost and vault.localhost, made with
 * BouncyCastle's bcpkix.
 */
public final class TestPki {

    public final KeyPair caKeys;
    public final X509Certificate ca;
    public final KeyPair serverKeys;
    public final X509Certificate server;

    private TestPki(KeyPair caKeys, X509Certificate ca, KeyPair serverKeys, X509Certificate server) {
        this.caKeys = caKeys;
        this.ca = ca;
        this.serverKeys = serverKeys;
        this.server = server;
    }

    public static TestPki create(String caName) throws Exception {
        KeyPair caKeys = ecKeys();
        Instant now = Instant.now();
        X500Name caSubject = new X500Name("CN=" + caName);
        JcaX509v3CertificateBuilder caBuilder = new JcaX509v3CertificateBuilder(caSubject, BigInteger.ONE,
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), caSubject, caKeys.getPublic());
        caBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        caBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate ca = sign(caBuilder, caKeys);

        KeyPair serverKeys = ecKeys();
        JcaX509v3CertificateBuilder serverBuilder = new JcaX509v3CertificateBuilder(caSubject, BigInteger.TWO,
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))),
                new X500Name("CN=localhost"), serverKeys.getPublic());
        serverBuilder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        serverBuilder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        serverBuilder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost"),
            // A sub-domain of localhost, for the Azure Key Vault stand-in: its SDK wants the vault host to be a
            // sub-domain of the bearer challenge's resource host.
            new GeneralName(GeneralName.dNSName, "vault.localhost")}));
        X509Certificate server = sign(serverBuilder, caKeys);
        return new TestPki(caKeys, ca, serverKeys, server);
    }

    public SSLContext serverContext() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        char[] password = "test-only".toCharArray();
        keys.setKeyEntry("server", serverKeys.getPrivate(), password, new Certificate[] {server, ca});
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    public Path writeCaPem(Path file) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(ca);
        }
        Files.writeString(file, out.toString());
        return file;
    }

    private static KeyPair ecKeys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, KeyPair issuer) throws Exception {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
    }
}
