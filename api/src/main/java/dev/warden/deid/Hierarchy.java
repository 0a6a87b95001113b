package dev.warden.deid;

import dev.warden.InvalidInputException;
import java.util.List;
import java.util.Objects;

/**
 * A generalization hierarchy: one row per original value, then its generalizations from the most specific to the
 * most general (usually {@code *}), as in the ARX hierarchy files ({@code value;level1;level2;...;*}).
 *
 * @param name a name for messages, e.g. the file name; never a value
 * @param rows the rows; every row has the same number of cells, at least two; the first cells are distinct
 */
public record Hierarchy(String name, List<List<String>> rows) {

    public Hierarchy {
        Objects.requireNonNull(name, "hierarchy: name");
        rows = rows.stream().map(List::copyOf).toList();
        if (rows.isEmpty()) {
            throw new InvalidInputException("hierarchy '" + name + "': no rows");
        }
        int width = rows.get(0).size();
        if (width < 2) {
            throw new InvalidInputException("hierarchy '" + name + "': row 1 has fewer than two levels");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != width) {
                throw new InvalidInputException("hierarchy '" + name + "': row " + (i + 1) + " has "
                        + rows.get(i).size() + " levels, row 1 has " + width);
            }
            if (!seen.add(rows.get(i).get(0))) {
                throw new InvalidInputException("hierarchy '" + name + "': row " + (i + 1)
                        + " repeats an original value");
            }
        }
    }

    /** @return the highest level, the number of cells in a row minus one */
    public int depth() {
        return rows.get(0).size() - 1;
    }

    @Override
    public String toString() {
        return "Hierarchy[" + name + ", " + rows.size() + " rows, depth " + depth() + "]";
    }
}
