package dev.warden.core.anonymity;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.deid.Hierarchy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table's quasi-identifiers as integer codes: each column's values are numbered in order of first appearance in the
 * data (as ARX's dictionary does, which fixes the order of ARX's floating-point sums), and each level of its
 * hierarchy numbers its distinct generalized values.
 */
final class EncodedTable {

    final int rows;
    final int columns;
    final String[] names;
    /** leaf[c][row]: the row's value code in column c. */
    final int[][] leaf;
    /** ids[c][level][leafCode]: the code of the leaf's generalization at that level (0-based per level). */
    final int[][][] ids;
    /** labels[c][level][id]: the text of a generalized value. */
    final String[][][] labels;
    /** leafCount[c][level][id]: number of leaves in the hierarchy under that generalized value. */
    final int[][][] leafCount;
    /** hierarchyLeaves[c]: number of rows (leaves) of the hierarchy. */
    final int[] hierarchyLeaves;
    final int[] depth;
    /** bits[c]: bits to hold any level's code of column c; shift[c] its offset in a packed class key. */
    final int[] shift;
    /** Sensitive attribute: code per row, labels; null when none. */
    final int[] sensitive;
    final String[] sensitiveLabels;

    EncodedTable(Table table, List<QuasiIdentifier> qis, String sensitiveColumn) {
        this(table, qis, sensitiveColumn, java.util.Set.of());
    }

    /** @param confidential lower-case names of columns whose values errors must not quote */
    EncodedTable(Table table, List<QuasiIdentifier> qis, String sensitiveColumn, java.util.Set<String> confidential) {
        this.rows = table.rowCount();
        this.columns = qis.size();
        this.names = new String[columns];
        this.leaf = new int[columns][rows];
        this.ids = new int[columns][][];
        this.labels = new String[columns][][];
        this.leafCount = new int[columns][][];
        this.hierarchyLeaves = new int[columns];
        this.depth = new int[columns];
        this.shift = new int[columns];
        int bitsUsed = 0;
        for (int c = 0; c < columns; c++) {
            QuasiIdentifier qi = qis.get(c);
            int column = table.columnIndex(qi.column());
            names[c] = table.columns().get(column);
            Hierarchy hierarchy = qi.hierarchy();
            depth[c] = hierarchy.depth();
            hierarchyLeaves[c] = hierarchy.rows().size();
            Map<String, List<String>> byLeaf = new HashMap<>();
            for (List<String> row : hierarchy.rows()) {
                byLeaf.put(row.get(0), row);
            }
            Map<String, Integer> leafCodes = new HashMap<>();
            List<List<String>> leafRows = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                String value = table.value(r, column);
                Integer code = leafCodes.get(value);
                if (code == null) {
                    List<String> hierarchyRow = byLeaf.get(value);
                    if (hierarchyRow == null) {
                        boolean show = !confidential.contains(names[c].toLowerCase(java.util.Locale.ROOT));
                        throw new InvalidInputException("column '" + names[c] + "', row " + (r + 1) + ": "
                                + (show ? "value '" + value + "'" : "a value (not shown: the column is an identifier)")
                                + " is missing from its hierarchy " + hierarchy.name()
                                + "; add a row for it to the hierarchy");
                    }
                    code = leafRows.size();
                    leafCodes.put(value, code);
                    leafRows.add(hierarchyRow);
                }
                leaf[c][r] = code;
            }
            encodeLevels(c, hierarchy, leafRows, !confidential.contains(names[c].toLowerCase(java.util.Locale.ROOT)));
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, labels[c][0].length - 1));
            shift[c] = bitsUsed;
            bitsUsed += bits;
        }
        if (bitsUsed > 63) {
            throw new ConfigurationException("the quasi-identifiers have too many distinct values together ("
                    + bitsUsed + " bits, at most 63): use fewer quasi-identifiers or coarser ones");
        }
        if (sensitiveColumn == null) {
            this.sensitive = null;
            this.sensitiveLabels = null;
        } else {
            int column = table.columnIndex(sensitiveColumn);
            this.sensitive = new int[rows];
            Map<String, Integer> codes = new HashMap<>();
            List<String> labelList = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                String value = table.value(r, column);
                Integer code = codes.get(value);
                if (code == null) {
                    code = labelList.size();
                    codes.put(value, code);
                    labelList.add(value);
                }
                sensitive[r] = code;
            }
            this.sensitiveLabels = labelList.toArray(String[]::new);
        }
    }

    private void encodeLevels(int c, Hierarchy hierarchy, List<List<String>> leafRows, boolean show) {
        int levels = depth[c] + 1;
        ids[c] = new int[levels][leafRows.size()];
        labels[c] = new String[levels][];
        leafCount[c] = new int[levels][];
        // Parent of each level's value at the next level, to reject hierarchies that are not trees (a rollup from a
        // coarser level would otherwise differ from generalizing the original values).
        Map<String, String> parent = new HashMap<>();
        for (int level = 0; level < levels; level++) {
            Map<String, Integer> codes = new HashMap<>();
            List<String> text = new ArrayList<>();
            for (int l = 0; l < leafRows.size(); l++) {
                String value = leafRows.get(l).get(level);
                Integer code = codes.get(value);
                if (code == null) {
                    code = text.size();
                    codes.put(value, code);
                    text.add(value);
                }
                ids[c][level][l] = code;
            }
            // Leaves under each value count over the whole hierarchy, not only the values present.
            Map<String, Integer> leavesUnder = new HashMap<>();
            for (List<String> row : hierarchy.rows()) {
                leavesUnder.merge(row.get(level), 1, Integer::sum);
                if (level + 1 < levels) {
                    String previous = parent.put(level + "\u0000" + row.get(level), row.get(level + 1));
                    if (previous != null && !previous.equals(row.get(level + 1))) {
                        throw new InvalidInputException("hierarchy " + hierarchy.name() + " of column '" + names[c]
                                + "': " + (show ? "value '" + row.get(level) + "'" : "a value") + " at level " + level
                                + " has two generalizations at level " + (level + 1) + "; a hierarchy must be a tree");
                    }
                }
            }
            labels[c][level] = text.toArray(String[]::new);
            leafCount[c][level] = new int[text.size()];
            for (int id = 0; id < text.size(); id++) {
                leafCount[c][level][id] = leavesUnder.get(text.get(id));
            }
        }
    }

    /** @return number of lattice nodes: the product of (depth + 1) */
    long latticeSize() {
        long size = 1;
        for (int d : depth) {
            size *= d + 1;
        }
        return size;
    }
}
