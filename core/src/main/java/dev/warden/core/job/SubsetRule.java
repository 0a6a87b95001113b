package dev.warden.core.job;

import dev.warden.ConfigurationException;
import java.util.Objects;

/**
 * Which rows of a root table a subset starts from; the job then follows foreign keys so the subset is
 * referentially complete (every child row of an included row, and every parent row an included row needs).
 */
public sealed interface SubsetRule permits SubsetRule.Percent, SubsetRule.Filter {

    /** @return the root table */
    String table();

    /** @return the rule as a job report states it */
    default String description() {
        if (this instanceof Percent p) {
            return p.percent() + "% of " + p.table() + " by keyed hash of the primary key, with the rows they refer to and that refer to them";
        }
        return "rows of " + table() + " matching a filter, with the rows they refer to and that refer to them";
    }

    /**
     * Rows chosen by a keyed hash of their primary key: the same key and job key always give the same subset.
     *
     * @param table the root table; it must have a primary key
     * @param percent the share of rows kept, greater than 0 and at most 100
     */
    record Percent(String table, double percent) implements SubsetRule {
        public Percent {
            Objects.requireNonNull(table, "table");
            if (!(percent > 0 && percent <= 100)) {
                throw new ConfigurationException("subset: the percentage must be greater than 0 and at most 100");
            }
        }
    }

    /**
     * Rows that match a filter: for a JDBC source a SQL {@code WHERE} condition run on the (read-only) source; for
     * files a column predicate such as {@code GENDER = 'F' AND STATE IN ('NE','IA')}.
     *
     * @param table the root table
     * @param condition the condition
     */
    record Filter(String table, String condition) implements SubsetRule {
        public Filter {
            Objects.requireNonNull(table, "table");
            if (condition == null || condition.isBlank()) {
                throw new ConfigurationException("subset: the filter condition is empty");
            }
        }
    }

    /**
     * Parses the command-line form {@code <table>:<percent>} (e.g. {@code patients:10} or {@code patients:10%}) or
     * {@code <table>:<condition>}.
     *
     * @param text the option's value
     * @return the rule
     * @throws ConfigurationException if there is no table or no condition
     */
    public static SubsetRule parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new ConfigurationException("--subset: expected <table>:<percent> or <table>:<condition>, e.g. patients:10");
        }
        String table = text.substring(0, colon).trim();
        String rest = text.substring(colon + 1).trim();
        String number = rest.endsWith("%") ? rest.substring(0, rest.length() - 1) : rest;
        if (number.matches("[0-9]+(\\.[0-9]+)?")) {
            return new Percent(table, Double.parseDouble(number));
        }
        return new Filter(table, rest);
    }
}
