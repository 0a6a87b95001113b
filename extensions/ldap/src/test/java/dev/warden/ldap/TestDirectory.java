package dev.warden.ldap;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.OperationType;
import dev.warden.core.auth.sso.TestCertificates;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * A real LDAPv3 server for tests: UnboundID's in-memory directory server, loaded from {@code auth/ldap/directory.ldif},
 * listening on 127.0.0.1 for LDAPS and for LDAP with StartTLS, with a certificate made by bcpkix. Searches need an
 * authenticated service account, as in most production directories.
 */
final class TestDirectory implements AutoCloseable {

    static final String BASE = "dc=example,dc=com";
    static final String PEOPLE = "ou=people,dc=example,dc=com";
    static final String GROUPS = "ou=groups,dc=example,dc=com";
    static final String SERVICE_DN = "cn=warden-svc,ou=services,dc=example,dc=com";
    static final String SERVICE_PASSWORD = "svc-secret-7d2f";

    final TestCertificates tls;
    final InMemoryDirectoryServer server;

    TestDirectory() throws Exception {
        this(TestCertificates.forLoopback());
    }

    TestDirectory(TestCertificates tls) throws Exception {
        this.tls = tls;
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        // memberOf is an operational attribute of AD and of OpenLDAP's overlay, not in the standard schema.
        config.setSchema(null);
        config.setAuthenticationRequiredOperationTypes(EnumSet.of(OperationType.SEARCH, OperationType.COMPARE));
        SSLContext context = tls.serverContext();
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        config.setListenerConfigs(
                InMemoryListenerConfig.createLDAPSConfig("LDAPS", loopback, 0, context.getServerSocketFactory(), null),
                InMemoryListenerConfig.createLDAPConfig("LDAP+StartTLS", loopback, 0, context.getSocketFactory()));
        server = new InMemoryDirectoryServer(config);
        server.importFromLDIF(true, Path.of(TestDirectory.class.getResource("/auth/ldap/directory.ldif").toURI())
                .toFile());
        server.startListening();
    }

    String ldapsUrl() {
        return "ldaps://127.0.0.1:" + server.getListenPort("LDAPS");
    }

    String startTlsUrl() {
        return "ldap://127.0.0.1:" + server.getListenPort("LDAP+StartTLS");
    }

    /** @return a provider over LDAPS, trusting this server's certificate, searching as the service account */
    LdapAuthenticationProvider.Builder provider() {
        return LdapAuthenticationProvider.builder("corporate-ldap", ldapsUrl(), PEOPLE)
                .trustedCertificates(List.of(tls.certificate()))
                .serviceAccount(SERVICE_DN, SERVICE_PASSWORD.toCharArray())
                .userFilter("(objectClass=inetOrgPerson)")
                .poolSize(2);
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
