package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.ConfigurationException;
import dev.warden.deid.Alphabet;
import dev.warden.deid.Transformation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JSON codec of transformations used by job specifications. */
class TransformationJsonTest {

    @Test
    void everyTransformationSurvivesAWriteAndAParse() {
        for (Transformation t : TransformationPropertiesTest.all()) {
            if (t instanceof Transformation.HierarchyGeneralization) {
                continue;
            }
            String json = TransformationJson.write(t).toString();
            assertThat(TransformationJson.parse(json)).as(json).isEqualTo(t);
        }
    }

    @Test
    void everyKindNameIsKnown() {
        assertThat(TransformationPropertiesTest.all()).allMatch(t -> TransformationJson.KINDS.contains(t.kind()));
    }

    @Test
    void ff1ReadsARadixAndATweak() {
        Transformation t = TransformationJson.parse("{\"kind\":\"ff1\",\"radix\":36,\"tweak\":\"3737\"}");
        assertThat(t).isEqualTo(new Transformation.FormatPreservingEncryption(dev.warden.deid.FpeAlgorithm.FF1,
                Alphabet.BASE36, "3737", dev.warden.deid.SmallDomainFallback.REJECT));
    }

    @Test
    void replaceByLabelWritesTheIdentifiersLabel() {
        assertThat(TransformationJson.parse("{\"kind\":\"replace\",\"label\":\"SSN\"}"))
                .isEqualTo(new Transformation.Replace("<SSN>"));
    }

    @Test
    void anUnknownFieldIsRefusedByItsPath() {
        assertThatThrownBy(() -> TransformationJson.parse("{\"kind\":\"mask\",\"keepFrist\":2}"))
                .isInstanceOf(ConfigurationException.class).hasMessage(
                        "transformation.keepFrist: unknown field for kind 'mask'");
    }

    @Test
    void aMissingOrUnknownKindIsRefused() {
        assertThatThrownBy(() -> TransformationJson.parse("{}")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("transformation.kind: missing");
        assertThatThrownBy(() -> TransformationJson.parse("{\"kind\":\"sha1\"}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("unknown kind");
    }

    @Test
    void invalidParametersBecomeConfigurationErrorsWithThePath() {
        assertThatThrownBy(() -> TransformationJson.parse("{\"kind\":\"mask\",\"keepFirst\":-1}"))
                .isInstanceOf(ConfigurationException.class).hasMessageStartingWith("transformation: mask:");
        assertThatThrownBy(() -> TransformationJson.parse("{\"kind\":\"mask\",\"keepFirst\":\"2\"}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("must be an integer");
        assertThatThrownBy(() -> TransformationJson.parse("{\"kind\":\"ff3-1\",\"tweak\":\"00\"}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("56 bits");
        assertThatThrownBy(() -> TransformationJson.parse("{\"kind\":\"hmac\"")).isInstanceOf(
                ConfigurationException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void aHierarchyFileIsReadRelativeToTheBaseDirectory() throws Exception {
        Path dir = Path.of(getClass().getResource("/data/adult/adult_hierarchy_age.csv").toURI()).getParent();
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"kind\":\"hierarchy\",\"file\":\"adult_hierarchy_age.csv\",\"level\":2}");
        Transformation t = TransformationJson.parse(node, "tables[0].columns.age", dir);
        assertThat(t).isInstanceOf(Transformation.HierarchyGeneralization.class);
        assertThatThrownBy(() -> TransformationJson.parse(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"kind\":\"hierarchy\",\"file\":\"nope.csv\",\"level\":2}"), "c", dir))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("c.file: cannot read nope.csv");
    }
}
