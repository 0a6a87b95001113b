package dev.warden.core.anonymity;

import dev.warden.core.deid.Hierarchies;
import dev.warden.deid.Hierarchy;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** ARX's Adult data set and its hierarchies from the test resources. */
final class AdultData {

    static final Path DIR = dir();
    static final List<String> QUASI_IDENTIFIERS = List.of("sex", "age", "race", "marital-status", "education",
            "native-country", "workclass", "occupation", "salary-class");
    static final Table TABLE = Table.readCsv(DIR.resolve("adult.csv"), ';');

    private AdultData() {
    }

    private static Path dir() {
        try {
            return Path.of(AdultData.class.getResource("/data/adult/adult.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Hierarchy hierarchy(String column) {
        return Hierarchies.read(DIR.resolve("adult_hierarchy_" + column + ".csv"));
    }

    /** @return a builder with all nine attributes as quasi-identifiers, in the table's column order as in ARX */
    static Anonymizer.Builder allQuasiIdentifiers() {
        Anonymizer.Builder builder = Anonymizer.builder();
        for (String column : QUASI_IDENTIFIERS) {
            builder.quasiIdentifier(column, hierarchy(column));
        }
        return builder;
    }
}
