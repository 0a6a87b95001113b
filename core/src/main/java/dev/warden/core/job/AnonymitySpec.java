package dev.warden.core.job;

import dev.warden.ConfigurationException;
import dev.warden.core.anonymity.Anonymizer;
import dev.warden.core.anonymity.IntervalHierarchy;
import dev.warden.core.anonymity.PrivacyModel;
import dev.warden.core.anonymity.QualityMetric;
import dev.warden.deid.Hierarchy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The statistical de-identification of one table of a {@link JobSpec} (the {@code "anonymity"} object of a table in
 * the JSON form): its quasi-identifiers with their hierarchies and the privacy models the released table must meet.
 * The job applies each column's rule first (e.g. Safe Harbor's ZIP3 and birth year), then finds the optimal
 * full-domain generalization of the quasi-identifiers' resulting values with {@link Anonymizer}, so hierarchies
 * describe the values after the column rules.
 *
 * @param quasiIdentifiers the quasi-identifiers, at least one, in the order the report lists them
 * @param models the privacy models, at least one; l-diversity and t-closeness name the same sensitive column
 * @param tClosenessHierarchy the file of the hierarchical t-closeness model's hierarchy as the spec gave it, if any
 * @param suppressionLimit the largest share of the table's records that may be suppressed, in [0, 1]
 * @param metric the information-loss metric the search minimises
 * @param suppressedRecords whether suppressed records are masked ({@code *} in every quasi-identifier) or dropped
 */
public record AnonymitySpec(List<Attribute> quasiIdentifiers, List<PrivacyModel> models,
        Optional<String> tClosenessHierarchy, double suppressionLimit, QualityMetric metric,
        Anonymizer.Suppression suppressedRecords) {

    public AnonymitySpec {
        quasiIdentifiers = List.copyOf(quasiIdentifiers);
        models = List.copyOf(models);
        Objects.requireNonNull(tClosenessHierarchy, "tClosenessHierarchy");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(suppressedRecords, "suppressedRecords");
        if (quasiIdentifiers.isEmpty() || models.isEmpty()) {
            throw new ConfigurationException("anonymity: name at least one quasi-identifier and one privacy model");
        }
        if (!(suppressionLimit >= 0 && suppressionLimit <= 1)) {
            throw new ConfigurationException("anonymity: the suppression limit must be in [0, 1], got "
                    + suppressionLimit);
        }
    }

    /** @return the sensitive column of the l-diversity or t-closeness models, if any */
    public Optional<String> sensitiveAttribute() {
        return models.stream().map(PrivacyModel::sensitiveAttribute).filter(s -> !s.isEmpty()).findFirst();
    }

    /** A quasi-identifier and where its hierarchy comes from. */
    public sealed interface Attribute permits FileHierarchy, Intervals {
        /** @return the column, matched case-insensitively against the table's output columns */
        String column();
    }

    /**
     * A hierarchy read from an ARX CSV file.
     *
     * @param column the column
     * @param file the file as the spec names it, relative to the spec's directory
     * @param hierarchy its rows
     */
    public record FileHierarchy(String column, String file, Hierarchy hierarchy) implements Attribute {
        public FileHierarchy {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(hierarchy, "hierarchy");
        }
    }

    /**
     * An interval hierarchy generated from the column's values.
     *
     * @param column the column
     * @param intervals the parameters
     */
    public record Intervals(String column, IntervalHierarchy intervals) implements Attribute {
        public Intervals {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(intervals, "intervals");
        }
    }
}
