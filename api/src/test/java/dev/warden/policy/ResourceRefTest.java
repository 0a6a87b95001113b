package dev.warden.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import org.junit.jupiter.api.Test;

class ResourceRefTest {

    @Test
    void aWorkflowReadsBackFromItsTextForm() {
        ResourceRef ref = ResourceRef.workflow("clinical", "nightly-copy");
        assertThat(ref.toString()).isEqualTo("workflow:clinical/nightly-copy");
        assertThat(ResourceRef.parse("workflow:clinical/nightly-copy")).isEqualTo(ref);
    }

    @Test
    void installationWideResourcesHaveNoProject() {
        assertThat(ResourceRef.parse("user:alice")).isEqualTo(ResourceRef.user("alice"));
        assertThat(ResourceRef.parse("audit-log:audit")).isEqualTo(ResourceRef.auditLog());
        assertThat(ResourceRef.project("p1").scopeProject()).isEqualTo("p1");
    }

    @Test
    void identifiersAreCaseSensitive() {
        assertThat(ResourceRef.workflow("Clinical", "a")).isNotEqualTo(ResourceRef.workflow("clinical", "a"));
    }

    @Test
    void badReferencesAreRefused() {
        assertThatThrownBy(() -> ResourceRef.parse("workflow:nightly")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("project/name");
        assertThatThrownBy(() -> ResourceRef.parse("spaceship:x")).hasMessageContaining("unknown type");
        assertThatThrownBy(() -> ResourceRef.workflow("", "a")).hasMessageContaining("project is empty");
        assertThatThrownBy(() -> ResourceRef.user("a\r\nb")).hasMessageContaining("control character");
        assertThatThrownBy(() -> new ResourceRef(ResourceType.USER, "p", "a")).hasMessageContaining("does not belong");
    }
}
