package dev.warden.core.job.classification;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the labelled data sets of other schemas under {@code core/src/test/resources/classification/}: OMOP CDM 5.4
 * from Synthea, the pre-2019 Synthea CSV schema, an international people table with credentials (3,000 and 40 rows),
 * a support-ticket table with a free-text notes column and Synthea as flattened FHIR R4 (SQL on FHIR views). Every generator is seeded, so a run reproduces the
 * committed files byte for byte.
 *
 * <p>Regenerate: {@code java -cp ... dev.warden.core.job.classification.ClassificationSets [resourcesDir
 * [syntheaDir]]}; the defaults are the module's test resources and /work/shared/data/synthea-nebraska.
 */
final class ClassificationSets {

    private ClassificationSets() {}

    static List<LabelledSet> all(Path synthea) {
        SyntheaSource source = new SyntheaSource(synthea);
        List<LabelledSet> sets = new ArrayList<>();
        sets.add(new OmopSyntheaSet(source).build());
        sets.add(new SyntheaLegacySet(source).build());
        LabelledSet people = new PeopleInternationalSet().build();
        sets.add(people);
        sets.add(people.cut("people-international-40",
                "The first 40 people of people-international and their accounts (the small-table case)", "people",
                40));
        sets.add(new SupportNotesSet().build());
        sets.add(new FhirFlatSet(source).build());
        return sets;
    }

    public static void main(String[] args) throws IOException {
        Path resources = Path.of(args.length > 0 ? args[0] : "core/src/test/resources/classification");
        Path synthea = args.length > 1 ? Path.of(args[1]) : SyntheaSource.DEFAULT;
        for (LabelledSet set : all(synthea)) {
            set.write(resources.resolve(set.dataset));
            System.out.println(set.dataset + ": " + set.tables.size() + " tables");
        }
    }
}
