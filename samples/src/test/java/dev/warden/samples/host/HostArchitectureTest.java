package dev.warden.samples.host;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.warden.core.Warden;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The host application is a fair example only if it embeds Warden as any host could: through {@code warden-api}, the
 * {@link Warden} facade and the engines the facade hands out — never an SPI or a built-in provider's internals.
 */
class HostArchitectureTest {

    private static final String[] API_PACKAGES = {
        "dev.warden", "dev.warden.policy", "dev.warden.deid", "dev.warden.audit", "dev.warden.auth",
        "dev.warden.secrets", "dev.warden.config"};

    /**
     * The public packages of core: the facade's, those of the types its public methods return, and the
     * de-identification and job APIs (entered through {@code Deidentifiers} and {@code DeidentificationJob.builder()}).
     */
    private static Set<String> publicCorePackages(JavaClasses imported) {
        Set<String> packages = new TreeSet<>(Set.of("dev.warden.core", "dev.warden.core.deid", "dev.warden.core.job"));
        imported.get(Warden.class).getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .map(m -> m.getRawReturnType().getPackageName())
                .filter(p -> p.startsWith("dev.warden.core"))
                .forEach(packages::add);
        return packages;
    }

    // The host application and the facade only: names are all the rules need of the classes they use
    // (archunit.properties turns off resolving those from the class path, which would import most of core).
    private static final JavaClasses IMPORTED = new ClassFileImporter()
            .importClasses(Warden.class, HostApplication.class);

    @Test
    void thePublicCorePackagesAreTheFacadesAndItsEnginesNeverAProvidersInternalsOrAnSpi() {
        Set<String> packages = publicCorePackages(IMPORTED);
        assertThat(packages).contains("dev.warden.core", "dev.warden.core.policy", "dev.warden.core.audit",
                "dev.warden.core.auth.local");
        assertThat(packages).noneMatch(p -> p.startsWith("dev.warden.spi") || p.startsWith("dev.warden.core.secrets.")
                || p.startsWith("dev.warden.core.audit.") || p.equals("dev.warden.ldap"));
    }

    @Test
    void theHostApplicationDependsOnlyOnTheApiTheFacadeAndTheEnginesItHandsOut() {
        assertThat(IMPORTED.stream().filter(c -> c.getPackageName().equals("dev.warden.samples.host")))
                .as("the rule below must see the host application").isNotEmpty();
        Set<String> allowed = new TreeSet<>(publicCorePackages(IMPORTED));
        allowed.addAll(Set.of(API_PACKAGES));
        allowed.add("dev.warden.samples.host");
        allowed.add("java..");
        classes().that().resideInAPackage("dev.warden.samples.host")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed.toArray(String[]::new))
                .check(IMPORTED);
    }
}
