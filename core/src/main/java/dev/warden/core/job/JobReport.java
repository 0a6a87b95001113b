package dev.warden.core.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a job did: tables, rows in and out, the transformation of every column, the validation results, duration and
 * throughput. It never contains a data value, a key or a credential.
 *
 * @param job the job's name
 * @param profile the default profile
 * @param input the source, described without credentials
 * @param output the target, described without credentials
 * @param subset the subset rule applied, described, if any
 * @param started when the job started
 * @param duration how long it took, validation included
 * @param rowsRead rows read over all tables (the job pass only, not subset planning)
 * @param rowsWritten rows written over all tables
 * @param peakHeapBytes the JVM's peak heap use at the end of the job (all heap pools, since the JVM started)
 * @param tables per table
 * @param tablesNotCopied source tables the spec does not list, which were not copied
 * @param validation the checks after the job
 */
public record JobReport(String job, String profile, String input, String output, Optional<String> subset, Instant started,
        Duration duration, long rowsRead, long rowsWritten, long peakHeapBytes, List<TableReport> tables,
        List<String> tablesNotCopied, Validation validation) {

    public JobReport {
        tables = List.copyOf(tables);
        tablesNotCopied = List.copyOf(tablesNotCopied);
    }

    /** @return rows read per second over the whole job */
    public double rowsPerSecond() {
        double seconds = Math.max(duration.toNanos(), 1) / 1e9;
        return rowsRead / seconds;
    }

    /**
     * @param name the table's name
     * @param rowsIn rows in the source
     * @param rowsOut rows written (fewer than {@code rowsIn} with a subset)
     * @param columns per column, in output order, dropped columns included
     * @param anonymity the statistical de-identification of the table, when its spec asks for one
     */
    public record TableReport(String name, long rowsIn, long rowsOut, List<ColumnReport> columns,
            Optional<Anonymity> anonymity) {
        public TableReport {
            columns = List.copyOf(columns);
            anonymity = anonymity == null ? Optional.empty() : anonymity;
        }

        /** A table without statistical de-identification. */
        public TableReport(String name, long rowsIn, long rowsOut, List<ColumnReport> columns) {
            this(name, rowsIn, rowsOut, columns, Optional.empty());
        }
    }

    /**
     * What the statistical de-identification of a table did.
     *
     * @param quasiIdentifiers the quasi-identifier columns
     * @param models the privacy models, described (e.g. {@code k-anonymity k=5})
     * @param levels the chosen generalization level per quasi-identifier (0 = the value after the column's rule)
     * @param hierarchies per quasi-identifier, its hierarchy (file name or interval parameters)
     * @param metric the information-loss metric minimised
     * @param informationLoss the chosen transformation's loss under {@code metric}
     * @param suppressed records suppressed
     * @param suppressionLimit the most records that could be suppressed
     * @param suppressedRecords {@code mask} or {@code drop}
     * @param latticeSize transformations in the search space
     * @param nodesChecked transformations whose classes were computed
     * @param before risk of the table after the column rules, before generalization
     * @param after risk of the table as written (all records, suppressed ones included as one class when masked)
     */
    public record Anonymity(List<String> quasiIdentifiers, List<String> models, java.util.Map<String, Integer> levels,
            java.util.Map<String, String> hierarchies, String metric, double informationLoss, long suppressed,
            long suppressionLimit, String suppressedRecords, long latticeSize, long nodesChecked, Risk before,
            Risk after) {
        public Anonymity {
            quasiIdentifiers = List.copyOf(quasiIdentifiers);
            models = List.copyOf(models);
            levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
            hierarchies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hierarchies));
        }
    }

    /**
     * Re-identification risk over the quasi-identifiers (prosecutor and marketer models, the table as population).
     *
     * @param records records analysed
     * @param classes equivalence classes
     * @param smallestClass size of the smallest class
     * @param sampleUniques records alone in their class
     * @param highestProsecutorRisk {@code 1 / smallestClass}
     * @param averageProsecutorRisk {@code classes / records}
     * @param recordsAtRisk share of records whose risk exceeds {@code threshold}
     * @param threshold the risk threshold
     * @param marketerRisk expected share of records re-identified by linking every record
     */
    public record Risk(long records, long classes, long smallestClass, long sampleUniques, double highestProsecutorRisk,
            double averageProsecutorRisk, double recordsAtRisk, double threshold, double marketerRisk) {
    }

    /**
     * @param name the column's name
     * @param action {@code keep}, {@code drop} or the transformation's kind (e.g. {@code hmac}, {@code zip3})
     * @param identifier the identifier type, if the spec or a foreign key gave one
     * @param domain the consistency domain of a keyed transformation
     * @param reason where the rule came from: {@code spec}, {@code profile <name>}, {@code foreign key to t.c}
     */
    public record ColumnReport(String name, String action, Optional<String> identifier, Optional<String> domain, String reason) {
    }

    /**
     * @param checks every check run, passed or not
     */
    public record Validation(List<Check> checks) {
        public Validation {
            checks = List.copyOf(checks);
        }

        /** @return whether every check passed */
        public boolean passed() {
            return checks.stream().allMatch(Check::passed);
        }

        /** @return the details of the failed checks */
        public List<String> failures() {
            return checks.stream().filter(c -> !c.passed()).map(c -> c.name() + ": " + c.detail()).toList();
        }
    }

    /**
     * @param name the check, e.g. {@code foreign keys}, {@code row counts}, {@code detectors}, {@code original values}
     * @param passed whether it passed
     * @param detail what was checked or found (tables and columns, counts; never values)
     */
    public record Check(String name, boolean passed, String detail) {
    }

    /** @return the report as pretty-printed JSON */
    public String toJson() {
        ObjectNode root = JobSpecJson.JSON.createObjectNode();
        root.put("job", job);
        root.put("profile", profile);
        root.put("input", input);
        root.put("output", output);
        subset.ifPresent(s -> root.put("subset", s));
        root.put("started", started.toString());
        root.put("durationMillis", duration.toMillis());
        root.put("rowsRead", rowsRead);
        root.put("rowsWritten", rowsWritten);
        root.put("rowsPerSecond", Math.round(rowsPerSecond()));
        root.put("peakHeapBytes", peakHeapBytes);
        ArrayNode ts = root.putArray("tables");
        for (TableReport t : tables) {
            ObjectNode tn = ts.addObject();
            tn.put("name", t.name()).put("rowsIn", t.rowsIn()).put("rowsOut", t.rowsOut());
            ArrayNode cs = tn.putArray("columns");
            for (ColumnReport c : t.columns()) {
                ObjectNode cn = cs.addObject().put("name", c.name()).put("action", c.action());
                c.identifier().ifPresent(i -> cn.put("identifier", i));
                c.domain().ifPresent(d -> cn.put("domain", d));
                cn.put("reason", c.reason());
            }
            t.anonymity().ifPresent(a -> {
                ObjectNode an = tn.putObject("anonymity");
                a.quasiIdentifiers().forEach(an.putArray("quasiIdentifiers")::add);
                a.models().forEach(an.putArray("models")::add);
                ObjectNode levels = an.putObject("levels");
                a.levels().forEach(levels::put);
                ObjectNode hierarchies = an.putObject("hierarchies");
                a.hierarchies().forEach(hierarchies::put);
                an.put("metric", a.metric()).put("informationLoss", a.informationLoss())
                        .put("suppressed", a.suppressed()).put("suppressionLimit", a.suppressionLimit())
                        .put("suppressedRecords", a.suppressedRecords()).put("latticeSize", a.latticeSize())
                        .put("nodesChecked", a.nodesChecked());
                risk(an.putObject("riskBefore"), a.before());
                risk(an.putObject("riskAfter"), a.after());
            });
        }
        ArrayNode nc = root.putArray("tablesNotCopied");
        tablesNotCopied.forEach(nc::add);
        ObjectNode v = root.putObject("validation");
        v.put("passed", validation.passed());
        ArrayNode checks = v.putArray("checks");
        for (Check c : validation.checks()) {
            checks.addObject().put("name", c.name()).put("passed", c.passed()).put("detail", c.detail());
        }
        try {
            return JobSpecJson.JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report", e);
        }
    }

    private static void risk(ObjectNode node, Risk r) {
        node.put("records", r.records()).put("classes", r.classes()).put("smallestClass", r.smallestClass())
                .put("sampleUniques", r.sampleUniques()).put("highestProsecutorRisk", r.highestProsecutorRisk())
                .put("averageProsecutorRisk", r.averageProsecutorRisk()).put("recordsAtRisk", r.recordsAtRisk())
                .put("threshold", r.threshold()).put("marketerRisk", r.marketerRisk());
    }

    /**
     * @return the report as one self-contained HTML page (inline style, no script, every value escaped): the outcome
     *     and the failed checks first, then the run, the tables, the checks passed and what happened to each column
     */
    public String toHtml() {
        return JobReportHtml.render(this);
    }

    /** @return a short human summary: one line per table, the validation result and the throughput */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "job %s, profile %s: %s -> %s%n", job, profile, input, output));
        subset.ifPresent(s -> sb.append("subset: ").append(s).append(System.lineSeparator()));
        int width = tables.stream().mapToInt(t -> t.name().length()).max().orElse(5);
        for (TableReport t : tables) {
            long transformed = t.columns().stream().filter(c -> !c.action().equals("keep") && !c.action().equals("drop")).count();
            long dropped = t.columns().stream().filter(c -> c.action().equals("drop")).count();
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s %9d rows in %9d out  %2d columns transformed, %d kept, %d dropped%n",
                    t.name(), t.rowsIn(), t.rowsOut(), transformed, t.columns().size() - transformed - dropped, dropped));
            t.anonymity().ifPresent(a -> sb.append(String.format(Locale.ROOT,
                    "  %-" + width + "s %s over %s: levels %s, %s %.4g, %d suppressed (limit %d); highest prosecutor risk "
                            + "%.4f -> %.4f, sample uniques %d -> %d, classes %d -> %d%n",
                    "", String.join(" + ", a.models()), String.join(", ", a.quasiIdentifiers()), a.levels(), a.metric(),
                    a.informationLoss(), a.suppressed(), a.suppressionLimit(), a.before().highestProsecutorRisk(),
                    a.after().highestProsecutorRisk(), a.before().sampleUniques(), a.after().sampleUniques(),
                    a.before().classes(), a.after().classes())));
        }
        if (!tablesNotCopied.isEmpty()) {
            sb.append("  not in the spec, not copied: ").append(String.join(", ", tablesNotCopied)).append(System.lineSeparator());
        }
        for (Check c : validation.checks()) {
            sb.append(c.passed() ? "  ok    " : "  FAIL  ").append(c.name()).append(": ").append(c.detail()).append(System.lineSeparator());
        }
        sb.append(String.format(Locale.ROOT, "%s: %d rows read, %d written in %.2f s (%,.0f rows/s), peak heap %d MiB%n",
                validation.passed() ? "validation passed" : "VALIDATION FAILED", rowsRead, rowsWritten,
                duration.toNanos() / 1e9, rowsPerSecond(), peakHeapBytes >> 20));
        return sb.toString();
    }
}
