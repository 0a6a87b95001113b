package dev.warden.core.anonymity;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.deid.Hierarchy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A generalization hierarchy for a numeric quasi-identifier, generated from a few parameters instead of written out
 * (ARX's "interval-based hierarchy"), with optional bottom and top coding.
 *
 * <p>Level 0 is the original value. Level {@code i} (1 to {@code widths.size()}) is the half-open interval of width
 * {@code widths[i-1]} that holds it, aligned on {@code bottom} (or on 0 without one) and written {@code [lo, hi)},
 * e.g. {@code [1985, 1990)}. The last level is {@code *}. With {@code bottom}, every value below it is written
 * {@code <bottom} at every level from 1 (bottom coding); with {@code top}, every value at or above it is written
 * {@code >=top} and the interval below it ends at {@code top} (top coding). A value listed in {@code categories}
 * (e.g. {@code 90+} left by Safe Harbor, or the empty string for a missing value) is not a number: it stays as it is
 * up to the last level, where it becomes {@code *}.
 *
 * @param widths the interval widths, one per level above the original value, at least one; each positive and a
 *     whole multiple of the one before, so that every interval lies inside one interval of the next level
 * @param bottom the bottom-coding threshold, if any
 * @param top the top-coding threshold, if any; greater than {@code bottom}
 * @param categories non-numeric values the column may hold
 */
public record IntervalHierarchy(List<BigDecimal> widths, Optional<BigDecimal> bottom, Optional<BigDecimal> top,
        Set<String> categories) {

    public IntervalHierarchy {
        widths = List.copyOf(widths);
        Objects.requireNonNull(bottom, "bottom");
        Objects.requireNonNull(top, "top");
        categories = Set.copyOf(categories);
        if (widths.isEmpty()) {
            throw new ConfigurationException("interval hierarchy: give at least one width");
        }
        for (int i = 0; i < widths.size(); i++) {
            BigDecimal width = widths.get(i);
            if (width.signum() <= 0) {
                throw new ConfigurationException("interval hierarchy: width " + width.toPlainString()
                        + " must be positive");
            }
            if (i > 0 && width.remainder(widths.get(i - 1)).signum() != 0) {
                throw new ConfigurationException("interval hierarchy: width " + width.toPlainString()
                        + " is not a whole multiple of the width before it, " + widths.get(i - 1).toPlainString()
                        + "; an interval must lie inside one interval of the next level");
            }
        }
        if (bottom.isPresent() && top.isPresent() && bottom.get().compareTo(top.get()) >= 0) {
            throw new ConfigurationException("interval hierarchy: bottom " + bottom.get().toPlainString()
                    + " must be below top " + top.get().toPlainString());
        }
    }

    /** @return the number of levels above the original value, {@code *} included */
    public int depth() {
        return widths.size() + 1;
    }

    /**
     * Generates the hierarchy rows for the values a column holds.
     *
     * @param column the column, for messages
     * @param values the column's values (repeats are fine)
     * @param showValues whether an error may quote a value; false for a column whose values identify people
     * @return a hierarchy with one row per distinct value
     * @throws InvalidInputException if a value is neither a number nor one of the categories (naming the column, and
     *     the value when {@code showValues})
     */
    public Hierarchy hierarchy(String column, Iterable<String> values, boolean showValues) {
        Set<String> distinct = new LinkedHashSet<>();
        values.forEach(distinct::add);
        List<List<String>> rows = new ArrayList<>(distinct.size());
        for (String value : distinct) {
            rows.add(row(column, value, showValues));
        }
        if (rows.isEmpty()) {
            throw new InvalidInputException("column '" + column + "': no values to build its interval hierarchy from");
        }
        return new Hierarchy(toString(), rows);
    }

    private List<String> row(String column, String value, boolean showValues) {
        List<String> row = new ArrayList<>(widths.size() + 2);
        row.add(value);
        if (categories.contains(value)) {
            for (int i = 0; i < widths.size(); i++) {
                row.add(value);
            }
            row.add(Anonymizer.SUPPRESSED);
            return row;
        }
        BigDecimal x;
        try {
            x = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("column '" + column + "': "
                    + (showValues ? "value '" + clip(value) + "'" : "a value (not shown: the column is an identifier)")
                    + " is not a number; list it under the interval hierarchy's categories if it is expected, "
                    + "or use a hierarchy file");
        }
        for (BigDecimal width : widths) {
            row.add(label(x, width));
        }
        row.add(Anonymizer.SUPPRESSED);
        return row;
    }

    private String label(BigDecimal x, BigDecimal width) {
        if (bottom.isPresent() && x.compareTo(bottom.get()) < 0) {
            return "<" + bottom.get().toPlainString();
        }
        if (top.isPresent() && x.compareTo(top.get()) >= 0) {
            return ">=" + top.get().toPlainString();
        }
        BigDecimal origin = bottom.orElse(BigDecimal.ZERO);
        BigDecimal steps = x.subtract(origin).divide(width, 0, RoundingMode.FLOOR);
        BigDecimal lo = origin.add(steps.multiply(width));
        BigDecimal hi = lo.add(width);
        if (top.isPresent() && hi.compareTo(top.get()) > 0) {
            hi = top.get();
        }
        return "[" + lo.stripTrailingZeros().toPlainString() + ", " + hi.stripTrailingZeros().toPlainString() + ")";
    }

    private static String clip(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    @Override
    public String toString() {
        return "interval(" + widths.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(", "))
                + bottom.map(b -> ", bottom " + b.toPlainString()).orElse("")
                + top.map(t -> ", top " + t.toPlainString()).orElse("") + ")";
    }
}
