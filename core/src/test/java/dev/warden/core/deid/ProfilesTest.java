package dev.warden.core.deid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.KeyPolicy;
import dev.warden.deid.Profile;
import dev.warden.deid.Profiles;
import dev.warden.deid.Transformation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The built-in profiles. */
class ProfilesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Test
    void safeHarborCoversEveryIdentifierTypeAndAllEighteenParagraphs() {
        Profile p = Profiles.hipaaSafeHarbor(AS_OF);
        assertThat(p.safeHarbor()).isTrue();
        for (IdentifierType t : IdentifierType.values()) {
            assertThat(p.transformationFor(t)).as(t.name()).isPresent();
            assertThat(p.noteFor(t).orElseThrow()).as(t.name()).startsWith(t.citation());
        }
        Set<String> paragraphs = Arrays.stream(IdentifierType.values()).map(IdentifierType::safeHarborParagraph)
                .collect(Collectors.toSet());
        assertThat(paragraphs).hasSize(18);
    }

    @Test
    void safeHarborNeverKeepsAnIdentifierAsItIs() {
        Profile p = Profiles.hipaaSafeHarbor(AS_OF);
        assertThat(p.transformations().values()).noneMatch(t -> t instanceof Transformation.Keep
                || t instanceof Transformation.FormatPreservingEncryption || t instanceof Transformation.KeyedToken
                || t instanceof Transformation.DateShift);
    }

    @Test
    void safeHarborAppliesTheNinetyPlusRuleOnItsAsOfDate() {
        Profile p = Profiles.hipaaSafeHarbor(AS_OF);
        var t = Deidentifiers.create(new byte[32])
                .compile(p.transformationFor(IdentifierType.DATE_OF_BIRTH).orElseThrow(), new ConsistencyDomain("d"));
        assertThat(t.apply("1930-01-01")).isEqualTo("90+");
        assertThat(t.apply("1980-01-01")).isEqualTo("1980");
        assertThat(p.transformationFor(IdentifierType.ZIP_CODE).orElseThrow())
                .isEqualTo(Transformation.ZipToThreeDigits.census2000());
    }

    @Test
    void testDataSaysItIsNotSafeHarborAndUsesFpeAndDateShifting() {
        Profile p = Profiles.testData(AS_OF);
        assertThat(p.safeHarbor()).isFalse();
        assertThat(p.description()).contains("NOT HIPAA Safe Harbor");
        assertThat(p.transformationFor(IdentifierType.SOCIAL_SECURITY_NUMBER).orElseThrow())
                .isInstanceOf(Transformation.FormatPreservingEncryption.class);
        assertThat(p.transformationFor(IdentifierType.DATE).orElseThrow()).isInstanceOf(Transformation.DateShift.class);
    }

    @Test
    void gdprErasureUsesARandomRunKeySoTwoRunsDoNotLink() {
        Profile p = Profiles.gdprErasure(AS_OF);
        assertThat(p.keyPolicy()).isEqualTo(KeyPolicy.RANDOM_PER_RUN);
        assertThat(p.transformations().values()).allMatch(t -> t instanceof Transformation.Suppress
                || t instanceof Transformation.Replace || t instanceof Transformation.KeyedHash);
        Transformation id = p.transformationFor(IdentifierType.OTHER_UNIQUE_IDENTIFIER).orElseThrow();
        byte[] jobKey = new byte[32];
        Deidentifier run1 = Deidentifiers.forProfile(p, jobKey);
        Deidentifier run2 = Deidentifiers.forProfile(p, jobKey);
        ConsistencyDomain d = ConsistencyDomain.of("patients", "Id");
        assertThat(run1.compile(id, d).apply("p1")).isEqualTo(run1.compile(id, d).apply("p1"))
                .isNotEqualTo(run2.compile(id, d).apply("p1"))
                .isNotEqualTo(Deidentifiers.create(jobKey).compile(id, d).apply("p1"));
    }

    @Test
    void profilesAreFoundByName() {
        for (String name : Profiles.NAMES) {
            assertThat(Profiles.named(name, AS_OF).name()).isEqualTo(name);
        }
    }
}
