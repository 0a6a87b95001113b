package dev.warden.core.job;

import dev.warden.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The job spec leaves columns unclassified: neither an identifier type, a transformation, {@code keep} nor
 * {@code drop}, and not a foreign key. Thrown before anything is written. The message lists the columns per table;
 * it names columns only, never values.
 */
public final class UnclassifiedColumnsException extends ConfigurationException {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, List<String>> columns;

    /** @param columns the unclassified columns, per table, in source order */
    public UnclassifiedColumnsException(Map<String, List<String>> columns) {
        super(message(columns));
        Map<String, List<String>> copy = new LinkedHashMap<>();
        columns.forEach((t, c) -> copy.put(t, List.copyOf(c)));
        this.columns = java.util.Collections.unmodifiableMap(copy);
    }

    /** @return the unclassified columns, per table */
    public Map<String, List<String>> columns() {
        return columns;
    }

    private static String message(Map<String, List<String>> columns) {
        StringBuilder sb = new StringBuilder("the job spec does not classify these columns, so nothing was written: ");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : columns.entrySet()) {
            sb.append(first ? "" : "; ").append(e.getKey()).append(": ").append(String.join(", ", e.getValue()));
            first = false;
        }
        return sb.append(". Give each an identifier type, a transformation, \"keep\" or \"drop\" (warden classify proposes them).").toString();
    }
}
