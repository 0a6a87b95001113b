package dev.warden.core.anonymity;

import dev.warden.deid.Hierarchy;
import java.util.Objects;

/**
 * A quasi-identifier column and the generalization hierarchy (ARX format) the search may apply to it.
 *
 * @param column the column name, matched case-insensitively against the table's header
 * @param hierarchy its hierarchy; every value of the column must appear in its first cells
 */
public record QuasiIdentifier(String column, Hierarchy hierarchy) {
    public QuasiIdentifier {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(hierarchy, "hierarchy");
    }
}
