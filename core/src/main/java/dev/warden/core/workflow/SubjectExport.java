package dev.warden.core.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.core.job.SubjectRows;
import dev.warden.policy.ResourceRef;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Every row of one data subject in a data source, as {@link DataSubjects#export} returns it: the answer to a right of
 * access request (GDPR Article 15) in the structured, commonly used and machine-readable format of the right to data
 * portability (Article 20), JSON.
 *
 * <p>{@link #toJson()} gives:
 * <pre>{@code
 * {"format": "warden-subject-export/1", "dataSource": "data-source:shop/crm", "subjectTable": "customers",
 *  "subjectColumn": "customer_id", "exportedAt": "2026-12-05T20:00:00Z",
 *  "tables": {"customers": [{"customer_id": "ALFKI", ...}], "orders": [...], "order_details": [...]}}
 * }</pre>
 * The identifier itself appears only inside the rows. {@code toString} gives counts, never values.
 *
 * @param dataSource the data source read
 * @param rows the subject's rows per table
 * @param exportedAt when they were read
 */
public record SubjectExport(ResourceRef dataSource, SubjectRows rows, Instant exportedAt) {

    /** The {@code format} field of {@link #toJson()}. */
    public static final String FORMAT = "warden-subject-export/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public SubjectExport {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }

    /** @return rows per table, in the order found */
    public Map<String, Long> counts() {
        return rows.counts();
    }

    /** @return the export as indented UTF-8 JSON text (see the class comment) */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("dataSource", dataSource.toString());
        root.put("subjectTable", rows.table());
        root.put("subjectColumn", rows.column());
        root.put("exportedAt", exportedAt.toString());
        ObjectNode tables = root.putObject("tables");
        rows.rows().forEach((table, list) -> {
            ArrayNode array = tables.putArray(table);
            for (Map<String, Object> row : list) {
                array.add(JSON.valueToTree(row));
            }
        });
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a subject export cannot be written as JSON", e);
        }
    }

    @Override
    public String toString() {
        return "SubjectExport[" + dataSource + ", " + rows.table() + ", rows per table " + counts() + "]";
    }

    /** @return the row count of every table, summed */
    public long total() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }
}
