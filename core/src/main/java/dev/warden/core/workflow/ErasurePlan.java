package dev.warden.core.workflow;

import dev.warden.InvalidInputException;
import dev.warden.deid.Transformation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a data subject's rows are erased ({@link DataSubjects#erase}): deleted, except in the tables named here, whose
 * rows must stay (an invoice kept for the tax authority, an order line other rows still refer to) and are masked in
 * place, each named column overwritten by an irreversible transformation ({@code suppress} for SQL NULL,
 * {@code redact}, {@code replace}, {@code hmac}, generalizations, ...). Keyed transformations run under a random key
 * made for the erasure and wiped after it, so nothing links a masked value back to the original; the reversible kinds
 * ({@code ff1}/{@code ff3-1} and {@code token}) are refused.
 *
 * <p>Immutable: {@link #mask} returns a new plan.
 *
 * @param masks per table, per column, its transformation; a table with no column keeps its rows unchanged
 */
public record ErasurePlan(Map<String, Map<String, Transformation>> masks) {

    /** @throws InvalidInputException if a transformation is reversible or a table names no column */
    public ErasurePlan {
        Map<String, Map<String, Transformation>> copy = new LinkedHashMap<>();
        masks.forEach((table, columns) -> {
            columns.forEach((column, t) -> {
                if (t instanceof Transformation.FormatPreservingEncryption || t instanceof Transformation.KeyedToken) {
                    throw new InvalidInputException("erasure plan, " + table + "." + column + ": " + t.kind()
                            + " is reversible; erasure masks with an irreversible transformation (suppress, redact, "
                            + "replace, hmac, a generalization)");
                }
            });
            copy.put(table, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns)));
        });
        masks = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return a plan that deletes every row of the subject */
    public static ErasurePlan delete() {
        return new ErasurePlan(Map.of());
    }

    /** @return this plan with {@code table}'s rows kept unchanged (rows with no personal data, e.g. order lines) */
    public ErasurePlan keep(String table) {
        Map<String, Map<String, Transformation>> next = new LinkedHashMap<>();
        masks.forEach((t, c) -> next.put(t, new LinkedHashMap<>(c)));
        next.putIfAbsent(table, new LinkedHashMap<>());
        return new ErasurePlan(next);
    }

    /** @return this plan with {@code table}'s rows kept and {@code column} overwritten by {@code transformation} */
    public ErasurePlan mask(String table, String column, Transformation transformation) {
        Map<String, Map<String, Transformation>> next = new LinkedHashMap<>();
        masks.forEach((t, c) -> next.put(t, new LinkedHashMap<>(c)));
        next.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(column, transformation);
        return new ErasurePlan(next);
    }
}
