package dev.warden.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What a host that uses policy and de-identification gets on its class path from {@code dev.warden:warden-core}: only
 * Warden, slf4j-api, Jackson, BouncyCastle and Caffeine (DESIGN.md, Modules; issue 19). The build writes core's
 * resolved runtime class path to {@code target/host-classpath.txt} (maven-dependency-plugin {@code list}, see
 * core/pom.xml); the enforcer's {@code bannedDependencies} rule stops the build before this test for a database,
 * LDAP or JWT library, and this test also catches any other new library.
 */
class HostClasspathTest {

    /** groupId:artifactId of everything core may bring, with Caffeine's two annotation jars. */
    private static final Set<String> ALLOWED = Set.of(
            "dev.warden:warden-api", "dev.warden:warden-spi-auth", "dev.warden:warden-spi-secrets",
            "dev.warden:warden-spi-audit",
            "org.slf4j:slf4j-api",
            "com.fasterxml.jackson.core:jackson-databind", "com.fasterxml.jackson.core:jackson-core",
            "com.fasterxml.jackson.core:jackson-annotations", "com.fasterxml.jackson.dataformat:jackson-dataformat-csv",
            "org.bouncycastle:bcprov-jdk18on", "org.bouncycastle:bcpkix-jdk18on", "org.bouncycastle:bcutil-jdk18on",
            "com.github.ben-manes.caffeine:caffeine", "org.jspecify:jspecify",
            "com.google.errorprone:error_prone_annotations");

    private static Set<String> hostClasspath() throws Exception {
        Path list = Path.of("target", "host-classpath.txt");
        assertThat(list).as("written by maven-dependency-plugin:list in generate-test-resources; run through Maven")
                .exists();
        Set<String> artifacts = new TreeSet<>();
        for (String line : Files.readAllLines(list)) {
            String[] parts = line.trim().split(":");
            // groupId:artifactId:type:version:scope (plus " -- module ..." in newer plugin versions)
            if (parts.length >= 5) {
                artifacts.add(parts[0] + ":" + parts[1]);
            }
        }
        return artifacts;
    }

    @Test
    void aHostGetsOnlyWardenSlf4jJacksonBouncyCastleAndCaffeine() throws Exception {
        Set<String> artifacts = hostClasspath();
        assertThat(artifacts).as("the list must not be empty, or this test checks nothing").contains("dev.warden:warden-api");
        assertThat(artifacts).as("warden-core's runtime class path (target/host-classpath.txt)").isSubsetOf(ALLOWED);
    }

    @Test
    void aHostGetsNoDatabaseLdapOrJwtLibrary() throws Exception {
        List<String> heavy = hostClasspath().stream()
                .filter(a -> a.matches("(?i).*(hikari|h2database|postgresql|zonky|unboundid|nimbus|jdbc|ldap|jwt|jose).*"))
                .toList();
        assertThat(heavy).as("these belong to warden-jdbc, warden-ldap, warden-sso or the host").isEmpty();
    }
}
