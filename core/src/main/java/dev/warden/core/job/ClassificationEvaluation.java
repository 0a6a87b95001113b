package dev.warden.core.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How well {@code warden classify}'s unedited proposal protected one data set (or one cut of it), measured against
 * its {@link ClassificationGold gold labels} by {@link ClassificationEvaluator}. Holds table and column names, labels,
 * rules, comments and counts; never a data value.
 *
 * <p>The floors ({@link #meetsFloors()}) are those of the labelled benchmark: identifier recall 100%, keep rate of
 * non-identifying columns at least 95%, the proposal runs unedited, every gold foreign key is declared and joins,
 * no identifier value in any output column, and no date element output with month or day (45 CFR
 * 164.514(b)(2)(i)(C)).
 *
 * @param dataset the gold's data set name
 * @param cut {@code "whole"} or {@code "first N"} rows of the entity table with the rows that go with them
 * @param tables tables evaluated
 * @param columns columns labelled and evaluated
 * @param rows input rows over all tables
 * @param identifierColumns gold identifier, credential and free-text columns
 * @param identifierColumnsCaught of those, the ones not proposed keep and with no output cell equal to its input cell
 * @param nonIdentifyingColumns gold non-identifying columns
 * @param nonIdentifyingColumnsKept of those, the ones whose output column is byte-identical to the input column
 * @param runsUnedited whether the proposal was made, the job finished and its validation passed
 * @param runFailures why not: the failed validation checks' text, or the error's type and message
 * @param foreignKeys gold foreign keys
 * @param foreignKeyFailures gold foreign keys not declared by the proposal (nor the database) or not joining in the output
 * @param leakCells output cells, in any column, passed through unchanged and equal to a non-trivial input value of a
 *     gold identifier column
 * @param leaks where those cells are
 * @param dateViolations gold date columns with output cells that still parse as a full date
 * @param missed identifier columns not caught
 * @param destroyed non-identifying columns not kept byte-identical
 * @param notes remarks that do not count against the proposal (e.g. foreign keys that do not join in the input)
 * @param proposeMillis time to propose the spec
 * @param jobMillis time the job ran
 */
public record ClassificationEvaluation(String dataset, String cut, int tables, int columns, long rows,
        int identifierColumns, int identifierColumnsCaught, int nonIdentifyingColumns, int nonIdentifyingColumnsKept,
        boolean runsUnedited, List<String> runFailures, int foreignKeys, List<String> foreignKeyFailures,
        long leakCells, List<Leak> leaks, List<DateViolation> dateViolations, List<Miss> missed,
        List<Destroyed> destroyed, List<String> notes, long proposeMillis, long jobMillis) {

    public ClassificationEvaluation {
        runFailures = List.copyOf(runFailures);
        foreignKeyFailures = List.copyOf(foreignKeyFailures);
        leaks = List.copyOf(leaks);
        dateViolations = List.copyOf(dateViolations);
        missed = List.copyOf(missed);
        destroyed = List.copyOf(destroyed);
        notes = List.copyOf(notes);
    }

    /**
     * An output column holding identifier values.
     *
     * @param column {@code table.column} of the output
     * @param cells how many of its cells equal an input identifier value
     * @param sources the gold identifier columns ({@code table.column}) those values came from
     */
    public record Leak(String column, long cells, List<String> sources) {
        public Leak {
            sources = List.copyOf(sources);
        }
    }

    /**
     * A gold date column output with month or day.
     *
     * @param column {@code table.column}
     * @param label its gold label
     * @param rule the proposed rule
     * @param cells output cells that parse as a full date
     */
    public record DateViolation(String column, String label, String rule, long cells) {
    }

    /**
     * An identifier column the proposal did not catch.
     *
     * @param column {@code table.column}
     * @param label its gold label
     * @param rule the proposed rule ({@code keep}, an identifier type, a transformation as JSON; {@code via FK} when
     *     the column takes its parent key's rule)
     * @param comment the proposal's comment on the column, or empty
     * @param unchangedCells non-empty cells output unchanged
     * @param nonEmptyCells non-empty input cells
     */
    public record Miss(String column, String label, String rule, String comment, long unchangedCells, long nonEmptyCells) {
    }

    /**
     * A non-identifying column the proposal changed or removed.
     *
     * @param column {@code table.column}
     * @param rule the proposed rule
     * @param comment the proposal's comment on the column, or empty
     * @param changedCells cells whose output differs from the input ({@code -1} when the column is not in the output)
     * @param cells the column's cells
     */
    public record Destroyed(String column, String rule, String comment, long changedCells, long cells) {
    }

    /** @return share of identifier columns caught, 1 when there are none */
    public double recall() {
        return identifierColumns == 0 ? 1 : identifierColumnsCaught / (double) identifierColumns;
    }

    /** @return share of non-identifying columns kept byte-identical, 1 when there are none */
    public double keepRate() {
        return nonIdentifyingColumns == 0 ? 1 : nonIdentifyingColumnsKept / (double) nonIdentifyingColumns;
    }

    /** @return whether every gold foreign key is declared and joins */
    public boolean foreignKeysJoin() {
        return foreignKeyFailures.isEmpty();
    }

    /** @return whether all floors of the labelled benchmark hold (see the class comment) */
    public boolean meetsFloors() {
        return missed.isEmpty() && keepRate() >= 0.95 && runsUnedited && foreignKeysJoin() && leakCells == 0
                && dateViolations.isEmpty();
    }

    /** @return a human-readable rendering, several lines */
    public String toText() {
        StringBuilder b = new StringBuilder();
        String nl = System.lineSeparator();
        b.append(String.format(Locale.ROOT, "%s (%s): %d tables, %d columns, %d rows%n", dataset, cut, tables, columns, rows));
        b.append(String.format(Locale.ROOT, "  identifier recall  %5.1f%% (%d of %d columns)%n", recall() * 100,
                identifierColumnsCaught, identifierColumns));
        b.append(String.format(Locale.ROOT, "  keep rate          %5.1f%% (%d of %d non-identifying columns byte-identical)%n",
                keepRate() * 100, nonIdentifyingColumnsKept, nonIdentifyingColumns));
        b.append("  runs unedited      ").append(runsUnedited ? "yes" : "no").append(nl);
        runFailures.forEach(f -> b.append("    ").append(f).append(nl));
        b.append(String.format(Locale.ROOT, "  foreign keys       %d of %d declared and joining%n",
                foreignKeys - foreignKeyFailures.size(), foreignKeys));
        foreignKeyFailures.forEach(f -> b.append("    ").append(f).append(nl));
        b.append("  identifier values in the output: ").append(leakCells).append(" cells").append(nl);
        leaks.forEach(l -> b.append("    ").append(l.column()).append(": ").append(l.cells()).append(" cells, values of ")
                .append(String.join(", ", l.sources())).append(nl));
        if (!dateViolations.isEmpty()) {
            b.append("  dates output with month or day:").append(nl);
            dateViolations.forEach(d -> b.append("    ").append(d.column()).append(" (").append(d.label()).append(", ")
                    .append(d.rule()).append("): ").append(d.cells()).append(" cells").append(nl));
        }
        if (!missed.isEmpty()) {
            b.append("  missed identifier columns:").append(nl);
            missed.forEach(m -> b.append("    ").append(m.column()).append(" (").append(m.label()).append("): proposed ")
                    .append(m.rule()).append(", ").append(m.unchangedCells()).append(" of ").append(m.nonEmptyCells())
                    .append(" non-empty cells unchanged").append(m.comment().isEmpty() ? "" : " -- " + m.comment()).append(nl));
        }
        if (!destroyed.isEmpty()) {
            b.append("  destroyed non-identifying columns:").append(nl);
            destroyed.forEach(d -> b.append("    ").append(d.column()).append(": proposed ").append(d.rule())
                    .append(d.changedCells() < 0 ? ", not in the output" : ", " + d.changedCells() + " of " + d.cells() + " cells changed")
                    .append(d.comment().isEmpty() ? "" : " -- " + d.comment()).append(nl));
        }
        notes.forEach(n -> b.append("  note: ").append(n).append(nl));
        b.append("  floors ").append(meetsFloors() ? "met" : "NOT met").append(String.format(Locale.ROOT,
                " (propose %d ms, job %d ms)%n", proposeMillis, jobMillis));
        return b.toString();
    }

    /**
     * The benchmark's summary as a Markdown table, one row per evaluation, sorted by data set and then by cut
     * (first 10, 40, 200, whole).
     *
     * @param results evaluations in any order
     * @return the table, lines ending in the line separator
     */
    public static String summaryTable(List<ClassificationEvaluation> results) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder(nl);
        b.append("| data set | cut | tables | columns | identifier recall | keep rate | runs unedited | FKs join | leaked cells |").append(nl);
        b.append("|---|---|---:|---:|---:|---:|---|---|---:|").append(nl);
        List<ClassificationEvaluation> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(ClassificationEvaluation::dataset).thenComparingLong(r -> cutOrder(r.cut())));
        for (ClassificationEvaluation r : sorted) {
            b.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f%% (%d/%d) | %.1f%% (%d/%d) | %s | %s | %d |%n",
                    r.dataset(), r.cut(), r.tables(), r.columns(), r.recall() * 100, r.identifierColumnsCaught(),
                    r.identifierColumns(), r.keepRate() * 100, r.nonIdentifyingColumnsKept(), r.nonIdentifyingColumns(),
                    r.runsUnedited() ? "yes" : "no", r.foreignKeysJoin() ? "yes" : "no", r.leakCells()));
        }
        return b.toString();
    }

    private static long cutOrder(String cut) {
        return cut.startsWith("first ") ? Long.parseLong(cut.substring(6)) : Long.MAX_VALUE;
    }

    /** @return the evaluation as a JSON object (one line and a line separator) */
    public String toJson() {
        ObjectNode root = JobSpecJson.JSON.createObjectNode();
        root.put("dataset", dataset).put("cut", cut).put("tables", tables).put("columns", columns).put("rows", rows);
        root.put("identifierRecall", recall()).put("identifierColumns", identifierColumns)
                .put("identifierColumnsCaught", identifierColumnsCaught);
        root.put("keepRate", keepRate()).put("nonIdentifyingColumns", nonIdentifyingColumns)
                .put("nonIdentifyingColumnsKept", nonIdentifyingColumnsKept);
        root.put("runsUnedited", runsUnedited);
        strings(root.putArray("runFailures"), runFailures);
        root.put("foreignKeys", foreignKeys);
        strings(root.putArray("foreignKeyFailures"), foreignKeyFailures);
        root.put("leakCells", leakCells);
        ArrayNode ls = root.putArray("leaks");
        for (Leak l : leaks) {
            ObjectNode n = ls.addObject().put("column", l.column()).put("cells", l.cells());
            strings(n.putArray("sources"), l.sources());
        }
        ArrayNode ds = root.putArray("dateViolations");
        dateViolations.forEach(d -> ds.addObject().put("column", d.column()).put("label", d.label()).put("rule", d.rule())
                .put("cells", d.cells()));
        ArrayNode ms = root.putArray("missed");
        missed.forEach(m -> ms.addObject().put("column", m.column()).put("label", m.label()).put("rule", m.rule())
                .put("comment", m.comment()).put("unchangedCells", m.unchangedCells()).put("nonEmptyCells", m.nonEmptyCells()));
        ArrayNode xs = root.putArray("destroyed");
        destroyed.forEach(d -> xs.addObject().put("column", d.column()).put("rule", d.rule()).put("comment", d.comment())
                .put("changedCells", d.changedCells()).put("cells", d.cells()));
        strings(root.putArray("notes"), notes);
        root.put("meetsFloors", meetsFloors()).put("proposeMillis", proposeMillis).put("jobMillis", jobMillis);
        try {
            return JobSpecJson.JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the evaluation", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
