package dev.warden.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Keeps the module and package boundaries of DESIGN.md: a module depends only on those its row allows. */
class ArchitectureTest {

    /** DESIGN.md, "Modules": which Warden modules each module may depend on. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("api", Set.of()),
            Map.entry("spi-auth", Set.of("api")),
            Map.entry("spi-secrets", Set.of("api")),
            Map.entry("spi-audit", Set.of("api")),
            // The plug-in contract kit: the contracts of the three SPIs, for plug-in authors' tests.
            Map.entry("testkit", Set.of("api", "spi-auth", "spi-secrets", "spi-audit")),
            Map.entry("core", Set.of("api", "spi-auth", "spi-secrets", "spi-audit")),
            // Extensions: "core or an SPI, and the one library it wraps".
            Map.entry("extensions/jdbc", Set.of("core")),
            Map.entry("extensions/ldap", Set.of("core")),
            Map.entry("extensions/sso", Set.of("core")),
            Map.entry("extensions/passwords", Set.of("core")),
            // The cloud secret managers: the SPI they implement and core's helpers (SecretFields, TrustAnchors).
            Map.entry("extensions/aws-secrets", Set.of("spi-secrets", "core")),
            Map.entry("extensions/azure-keyvault", Set.of("spi-secrets", "core")),
            Map.entry("extensions/gcp-secrets", Set.of("spi-secrets", "core")),
            Map.entry("extensions/spark", Set.of("core")),
            Map.entry("bom", Set.of()),
            Map.entry("benchmarks", Set.of("core", "sso", "aws-secrets", "azure-keyvault", "gcp-secrets", "spark")),
            // The warden command and the demo run every optional module.
            Map.entry("samples", Set.of("core", "jdbc", "ldap", "sso", "passwords", "aws-secrets", "azure-keyvault", "gcp-secrets")),
            // The example third-party plug-in lives in samples/ (DESIGN.md's samples row: "an example third-party
            // plug-in") as a module of its own, so that it can be held to what a plug-in may use: the API and the SPI
            // it implements, never core.
            Map.entry("samples/example-plugin", Set.of("api", "spi-secrets")));

    /**
     * Test-scope extras: every module's tests may run the contract kit; the extensions reuse core's test helpers;
     * the example plug-in's tests show it found by Warden and listed by {@code warden plugins}.
     */
    private static final Map<String, Set<String>> ALLOWED_IN_TESTS = Map.of(
            "core", Set.of("testkit"),
            "extensions/jdbc", Set.of("core", "testkit"),
            "extensions/ldap", Set.of("core", "testkit"),
            // the SAML replay cache shared through the JDBC store is tested with two providers on one database
            "extensions/sso", Set.of("core", "testkit", "jdbc"),
            "extensions/aws-secrets", Set.of("core", "testkit"),
            "extensions/azure-keyvault", Set.of("core", "testkit"),
            "extensions/gcp-secrets", Set.of("core", "testkit"),
            "samples/example-plugin", Set.of("testkit", "core", "samples"));

    private static final String[] API_PACKAGES = {
        "dev.warden", "dev.warden.policy..", "dev.warden.deid..", "dev.warden.audit..", "dev.warden.auth..",
        "dev.warden.secrets..", "dev.warden.config.."};

    /** The JDK's own packages: java.* and the javax.* APIs it ships (crypto, XML signature, TLS). */
    private static final String JDK = "java..";
    private static final String JDK_EXTENSIONS = "javax..";

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Test helpers shipped as test-jars are test code too.
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.warden");
        assertThat(production.stream().map(c -> c.getPackageName()).distinct())
                .as("the importer must see api, SPI and core classes, or the rules below check nothing")
                .contains("dev.warden.policy", "dev.warden.spi.audit", "dev.warden.core");
    }

    @Test
    void apiDependsOnNothingButTheJdk() {
        classes().that().resideInAnyPackage(API_PACKAGES)
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(API_PACKAGES, JDK, JDK_EXTENSIONS))
                .check(production);
    }

    @Test
    void spisDependOnlyOnTheApiAndTheJdk() {
        classes().that().resideInAnyPackage("dev.warden.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(concat(API_PACKAGES, JDK, JDK_EXTENSIONS, "dev.warden.spi.."))
                .check(production);
    }

    @Test
    void spisDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.warden.spi.auth..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.warden.spi.secrets..", "dev.warden.spi.audit..")
                .check(production);
        noClasses().that().resideInAPackage("dev.warden.spi.secrets..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.warden.spi.auth..", "dev.warden.spi.audit..")
                .check(production);
        noClasses().that().resideInAPackage("dev.warden.spi.audit..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.warden.spi.auth..", "dev.warden.spi.secrets..")
                .check(production);
    }

    @Test
    void noApiOrSpiTypeExposesACoreType() {
        noClasses().that().resideInAnyPackage(concat(API_PACKAGES, "dev.warden.spi.."))
                .should().dependOnClassesThat().resideInAnyPackage("dev.warden.core..", "dev.warden.samples..",
                        "dev.warden.benchmarks..")
                .check(production);
    }

    @Test
    void coreUsesNoDatabaseDirectoryOrTokenLibrary() {
        // Their code lives in warden-jdbc, warden-ldap and warden-sso; core reaches it only through ServiceLoader.
        noClasses().that().resideInAPackage("dev.warden.core..")
                .should().dependOnClassesThat().resideInAnyPackage("com.zaxxer..", "org.h2..", "org.postgresql..",
                        "com.unboundid..", "com.nimbusds..", "java.sql..", "javax.sql..", "dev.warden.jdbc..",
                        "dev.warden.ldap..", "dev.warden.sso..", "software.amazon.awssdk..", "com.azure..",
                        "com.google.cloud..", "com.google.api..", "dev.warden.aws..", "dev.warden.azure..",
                        "dev.warden.gcp..", "org.apache.spark..", "scala..", "dev.warden.spark..")
                .check(production);
    }

    @Test
    void coreLogsThroughTheSecretMaskingLogger() {
        // Log messages quote settings, which may hold a value substituted from ${secret:...} (issue 21).
        noClasses().that().resideInAPackage("dev.warden.core..")
                .and().doNotHaveFullyQualifiedName("dev.warden.core.secrets.SecretMaskingLogger")
                // The slf4j audit sink's logger carries audit records, which never hold substituted values.
                .and().doNotHaveFullyQualifiedName("dev.warden.core.audit.slf4j.Slf4jAuditSink")
                .should().callMethod(org.slf4j.LoggerFactory.class, "getLogger", Class.class)
                .orShould().callMethod(org.slf4j.LoggerFactory.class, "getLogger", String.class)
                .check(production);
    }

    @Test
    void moduleDependenciesFollowTheDesignTable() throws Exception {
        Path root = Path.of("").toAbsolutePath().getParent();
        assertThat(root.resolve("pom.xml")).as("run from the core module's folder").exists();
        Set<String> modules = new TreeSet<>();
        for (Element module : elements(parse(root.resolve("pom.xml")).getDocumentElement(), "module")) {
            modules.add(module.getTextContent().trim());
        }
        assertThat(modules).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
        for (String module : modules) {
            Document pom = parse(root.resolve(module).resolve("pom.xml"));
            for (Element dependency : elements(pom.getDocumentElement(), "dependency")) {
                if (!"dev.warden".equals(text(dependency, "groupId"))) {
                    continue;
                }
                String target = text(dependency, "artifactId").replaceFirst("^warden-", "");
                Set<String> allowed = new TreeSet<>(ALLOWED.get(module));
                if ("test".equals(text(dependency, "scope"))) {
                    allowed.addAll(ALLOWED_IN_TESTS.getOrDefault(module, Set.of()));
                }
                assertThat(allowed)
                        .as("module %s may not depend on %s (DESIGN.md, Modules)", module, target)
                        .contains(target);
            }
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    private static Document parse(Path pom) throws Exception {
        assertThat(Files.exists(pom)).as(pom.toString()).isTrue();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static java.util.List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        java.util.List<Element> out = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            // Only the module's own dependencies, not the parent's dependencyManagement (the root pom has no parent).
            if (!"dependencyManagement".equals(element.getParentNode().getParentNode().getNodeName())) {
                out.add(element);
            }
        }
        return out;
    }

    private static String text(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
