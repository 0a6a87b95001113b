package dev.warden.core.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A compliance report over a period of an audit log, meant to be handed to an auditor as evidence: the period the
 * log actually covers (first and last event), whether its hash chain was verified (key id, records, last sequence
 * number and MAC), counts per event type, authentications and failures per user and over time, lockouts, access denied,
 * data source accesses, secret accesses (reference, store and version; never a value), configuration and permission
 * changes (workflow versions included), workflow runs with their row counts, erasures, re-identifications, alerts, and
 * the audit log's own events (purges, gaps, repairs). Rendered as text, JSON or one self-contained HTML file whose
 * charts are inline SVG (no script, no external resource).
 *
 * <p>Every value from the log is escaped for the output: control and line-separator characters are shown as
 * {@code \}{@code uXXXX} in text, JSON is written by Jackson, HTML escapes {@code & < > " '}; a hostile user name can
 * therefore neither add a row nor inject markup.
 *
 * @param from the period's start as requested, if bounded
 * @param to the period's end (exclusive) as requested, if bounded
 * @param generatedAt when the report was made
 * @param events how many events the period holds
 * @param sections the report's tables, in order
 * @param firstEvent the time of the period's first event; empty when it holds none
 * @param lastEvent the time of the period's last event; empty when it holds none
 * @param eventTypes the number of events per type, types in declaration order, only those that occur
 * @param logins log-ins and failed log-ins per time bucket, oldest first (see {@link Bucket})
 * @param chain the hash chain's verification, when the log was verified for this report
 */
public record ComplianceReport(Optional<Instant> from, Optional<Instant> to, Instant generatedAt, long events,
                               List<Section> sections, Optional<Instant> firstEvent, Optional<Instant> lastEvent,
                               Map<AuditEventType, Long> eventTypes, List<Bucket> logins, Optional<ChainCheck> chain) {

    /**
     * One table of the report.
     *
     * @param title the heading
     * @param columns the column names
     * @param rows the rows, each as many cells as columns
     */
    public record Section(String title, List<String> columns, List<List<String>> rows) {
        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Authentications in one interval of the period: an hour when the log covers up to two days, else a day (UTC).
     *
     * @param start the interval's start (UTC)
     * @param length the interval's length
     * @param succeeded {@code LOGIN} and {@code API_KEY_USED} events in it
     * @param failed {@code LOGIN_FAILED} and {@code MFA_FAILED} events in it
     */
    public record Bucket(Instant start, Duration length, long succeeded, long failed) {
    }

    /**
     * The result of verifying the log's HMAC-SHA256 hash chain, as {@code warden audit verify} reports it.
     *
     * @param intact whether no finding was made
     * @param records complete records read
     * @param keyId the chain key's id (a fingerprint of the key, never the key)
     * @param lastSeq the sequence number of the last record accepted
     * @param lastMac the MAC of the last record accepted, hex
     * @param findings each problem found, e.g. {@code MODIFIED at audit-...jsonl:12: ...}; empty when intact
     */
    public record ChainCheck(boolean intact, long records, String keyId, long lastSeq, String lastMac, List<String> findings) {
        public ChainCheck {
            findings = List.copyOf(findings);
        }

        /**
         * @param report a verification's result
         * @param keyId the id of the key it was verified with ({@code ChainKey.keyId()})
         * @return the check, for {@link ComplianceReport#withChain}
         */
        public static ChainCheck of(VerificationReport report, String keyId) {
            return new ChainCheck(report.intact(), report.records(), keyId, report.lastSeq(), report.lastMac(),
                    report.findings().stream().map(Finding::toString).toList());
        }

        /** @return one line: intact or the first finding, with records, key id, last sequence number and MAC */
        public String summary() {
            return (intact ? "intact" : "NOT intact: " + findings.get(0)) + "; " + records + " records, key id " + keyId
                    + ", last record " + lastSeq + ", last MAC " + lastMac;
        }
    }

    private static final Set<AuditEventType> CHANGES = EnumSet.of(AuditEventType.CONFIGURATION_CHANGED,
            AuditEventType.PERMISSION_GRANTED, AuditEventType.PERMISSION_REVOKED, AuditEventType.USER_CREATED,
            AuditEventType.USER_DISABLED, AuditEventType.API_KEY_CREATED, AuditEventType.API_KEY_REVOKED,
            AuditEventType.MFA_ENROLLED, AuditEventType.WORKFLOW_CREATED, AuditEventType.WORKFLOW_UPDATED,
            AuditEventType.WORKFLOW_DELETED, AuditEventType.DATA_SOURCE_CREATED, AuditEventType.DATA_SOURCE_UPDATED,
            AuditEventType.DATA_SOURCE_DELETED);
    private static final Set<AuditEventType> LOG_EVENTS = EnumSet.of(AuditEventType.AUDIT_LOG_PURGED,
            AuditEventType.AUDIT_LOG_GAP, AuditEventType.AUDIT_LOG_REPAIRED);

    public ComplianceReport {
        sections = List.copyOf(sections);
        Map<AuditEventType, Long> types = new java.util.EnumMap<>(AuditEventType.class);
        types.putAll(eventTypes);
        eventTypes = java.util.Collections.unmodifiableMap(types);
        logins = List.copyOf(logins);
    }

    /**
     * @param check the hash chain's verification of the log this report was made from
     * @return a copy that states it
     */
    public ComplianceReport withChain(ChainCheck check) {
        return new ComplianceReport(from, to, generatedAt, events, sections, firstEvent, lastEvent, eventTypes, logins,
                Optional.of(check));
    }

    /** @return the section with this title */
    public Optional<Section> section(String title) {
        return sections.stream().filter(s -> s.title().equals(title)).findFirst();
    }

    /**
     * @param events the events, oldest first (already limited to the period)
     * @param from the period's start, for the heading
     * @param to the period's end, for the heading
     * @return the report
     */
    public static ComplianceReport of(Iterable<AuditEvent> events, Optional<Instant> from, Optional<Instant> to) {
        Map<String, long[]> auth = new TreeMap<>();           // user -> logins, failures, mfa failures, lockouts
        Map<String, long[]> access = new TreeMap<>();         // user \u0000 resource -> reads, writes
        List<List<String>> lockouts = new ArrayList<>();
        List<List<String>> denied = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        List<List<String>> erasures = new ArrayList<>();
        List<List<String>> reids = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        List<List<String>> alerts = new ArrayList<>();
        List<List<String>> logEvents = new ArrayList<>();
        List<List<String>> secrets = new ArrayList<>();
        Map<AuditEventType, Long> types = new java.util.EnumMap<>(AuditEventType.class);
        List<Instant[]> authTimes = new ArrayList<>();   // time, and a non-null second cell for a failure
        Instant first = null;
        Instant last = null;
        long count = 0;
        for (AuditEvent e : events) {
            count++;
            first = first == null || e.time().isBefore(first) ? e.time() : first;
            last = last == null || e.time().isAfter(last) ? e.time() : last;
            types.merge(e.type(), 1L, Long::sum);
            String user = e.actor().principalId();
            switch (e.type()) {
                case LOGIN, API_KEY_USED -> authTimes.add(new Instant[] {e.time(), null});
                case LOGIN_FAILED, MFA_FAILED -> authTimes.add(new Instant[] {e.time(), e.time()});
                default -> { }
            }
            switch (e.type()) {
                case LOGIN, API_KEY_USED -> auth.computeIfAbsent(user, u -> new long[4])[0]++;
                case LOGIN_FAILED -> auth.computeIfAbsent(user, u -> new long[4])[1]++;
                case MFA_FAILED -> auth.computeIfAbsent(user, u -> new long[4])[2]++;
                case ACCOUNT_LOCKED -> {
                    String locked = e.resource().isEmpty() ? user : e.resource();
                    auth.computeIfAbsent(locked, u -> new long[4])[3]++;
                    lockouts.add(List.of(e.time().toString(), locked, e.sourceAddress(), details(e)));
                }
                case ACCESS_DENIED -> denied.add(List.of(e.time().toString(), user, e.resource(), e.sourceAddress(), details(e)));
                case DATA_SOURCE_READ, DATA_SOURCE_WRITTEN -> {
                    long[] counts = access.computeIfAbsent(user + "\u0000" + e.resource(), k -> new long[2]);
                    counts[e.type() == AuditEventType.DATA_SOURCE_READ ? 0 : 1]++;
                }
                case DATA_ERASED -> erasures.add(List.of(e.time().toString(), user, e.resource(), e.outcome().name(), details(e)));
                case WORKFLOW_EXECUTED -> {
                    if (!"started".equals(e.details().get("phase"))) { // one row per run: how it ended
                        runs.add(List.of(e.time().toString(), user, e.resource(), e.details().getOrDefault("version", ""),
                                e.outcome().name(), e.details().getOrDefault("rowsRead", ""),
                                e.details().getOrDefault("rowsWritten", ""), e.details().getOrDefault("dryRun", "")));
                    }
                }
                case SECRET_ACCESSED -> secrets.add(List.of(e.time().toString(), user, e.details().getOrDefault("reference", ""),
                        e.details().getOrDefault("store", ""), e.details().getOrDefault("version", ""), e.outcome().name(),
                        details(e, Set.of("reference", "store", "version"))));
                case REIDENTIFICATION_PERFORMED -> reids.add(List.of(e.time().toString(), user, e.resource(), e.outcome().name(), details(e)));
                case ALERT -> alerts.add(List.of(e.time().toString(), e.details().getOrDefault("rule", ""),
                        e.details().getOrDefault("subject", ""), e.details().getOrDefault("count", "")));
                default -> {
                    if (CHANGES.contains(e.type())) {
                        changes.add(List.of(e.time().toString(), e.type().name(), user, e.resource(), e.outcome().name(), details(e)));
                    } else if (LOG_EVENTS.contains(e.type())) {
                        logEvents.add(List.of(e.time().toString(), e.type().name(), details(e)));
                    }
                }
            }
        }
        List<List<String>> authRows = new ArrayList<>();
        auth.forEach((user, c) -> authRows.add(List.of(user, Long.toString(c[0]), Long.toString(c[1]), Long.toString(c[2]),
                Long.toString(c[3]))));
        List<List<String>> accessRows = new ArrayList<>();
        access.forEach((key, c) -> {
            int split = key.indexOf('\u0000');
            accessRows.add(List.of(key.substring(0, split), key.substring(split + 1), Long.toString(c[0]), Long.toString(c[1])));
        });
        List<Section> sections = List.of(
                new Section("Authentications per user", List.of("user", "logins", "failed logins", "failed MFA", "lockouts"), authRows),
                new Section("Account lockouts", List.of("time", "user", "source", "details"), lockouts),
                new Section("Access denied", List.of("time", "user", "resource", "source", "details"), denied),
                new Section("Data source accesses", List.of("user", "data source", "reads", "writes"), accessRows),
                new Section("Secret accesses", List.of("time", "by", "reference", "store", "version", "outcome", "details"), secrets),
                new Section("Configuration and permission changes", List.of("time", "type", "by", "resource", "outcome", "details"), changes),
                new Section("Workflow runs", List.of("time", "by", "workflow", "version", "outcome", "rows read",
                        "rows written", "dry run"), runs),
                new Section("Erasures", List.of("time", "by", "resource", "outcome", "details"), erasures),
                new Section("Re-identifications", List.of("time", "by", "resource", "outcome", "details"), reids),
                new Section("Alerts", List.of("time", "rule", "subject", "count"), alerts),
                new Section("Audit log events", List.of("time", "type", "details"), logEvents));
        return new ComplianceReport(from, to, Instant.now(), count, sections, Optional.ofNullable(first),
                Optional.ofNullable(last), types, buckets(authTimes, first, last), Optional.empty());
    }

    /** Hours when the log covers up to two days, else days; every interval from the first event's to the last's. */
    private static List<Bucket> buckets(List<Instant[]> times, Instant first, Instant last) {
        if (first == null) {
            return List.of();
        }
        Duration length = Duration.between(first, last).compareTo(Duration.ofDays(2)) <= 0 ? Duration.ofHours(1) : Duration.ofDays(1);
        java.time.temporal.ChronoUnit unit = length.equals(Duration.ofHours(1)) ? java.time.temporal.ChronoUnit.HOURS
                : java.time.temporal.ChronoUnit.DAYS;
        Instant start = first.truncatedTo(unit);
        int n = (int) Math.min(10_000, Duration.between(start, last).dividedBy(length) + 1);
        long[] ok = new long[n];
        long[] failed = new long[n];
        for (Instant[] t : times) {
            int i = (int) Math.min(n - 1, Duration.between(start, t[0]).dividedBy(length));
            if (t[1] == null) {
                ok[i]++;
            } else {
                failed[i]++;
            }
        }
        List<Bucket> buckets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            buckets.add(new Bucket(start.plus(length.multipliedBy(i)), length, ok[i], failed[i]));
        }
        return buckets;
    }

    private static String details(AuditEvent e) {
        return details(e, Set.of());
    }

    private static String details(AuditEvent e, Set<String> shownElsewhere) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(e.details()).forEach((k, v) -> {
            if (!shownElsewhere.contains(k)) {
                out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(v);
            }
        });
        if (e.outcome() != Outcome.SUCCESS && out.length() == 0) {
            out.append(e.outcome().name().toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    /** @return the period the events cover, and the bounds asked for when there were any */
    String period() {
        String covered = firstEvent.isEmpty() ? "no events"
                : "first event " + firstEvent.get() + ", last event " + lastEvent.orElseThrow();
        if (from.isEmpty() && to.isEmpty()) {
            return covered + " (the whole log)";
        }
        return covered + " (asked: " + from.map(Instant::toString).orElse("the log's start") + " up to "
                + to.map(Instant::toString).orElse("its end") + ", exclusive)";
    }

    /** @return the chain verification's line, or that the log was not verified for this report */
    String chainLine() {
        return chain.map(ChainCheck::summary).orElse("not verified for this report (warden audit report --key REF, or "
                + "warden audit verify)");
    }

    /** @return the event types and their counts, e.g. {@code LOGIN 3, LOGIN_FAILED 1} */
    String typeLine() {
        StringBuilder out = new StringBuilder();
        eventTypes.forEach((t, n) -> out.append(out.length() == 0 ? "" : ", ").append(t.name()).append(' ').append(n));
        return out.length() == 0 ? "none" : out.toString();
    }

    /** @return the report as plain text, one table per section */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append("Warden audit compliance report\nPeriod: ").append(period()).append("\nHash chain: ").append(chainLine())
                .append("\nGenerated: ").append(generatedAt).append("\nEvents: ").append(events).append(" (").append(typeLine())
                .append(")\n");
        for (Section section : sections) {
            out.append('\n').append(section.title()).append(" (").append(section.rows().size()).append(")\n");
            if (section.rows().isEmpty()) {
                out.append("  none\n");
                continue;
            }
            int[] widths = new int[section.columns().size()];
            List<List<String>> shown = new ArrayList<>();
            shown.add(section.columns());
            section.rows().forEach(r -> shown.add(r.stream().map(ComplianceReport::printable).toList()));
            for (List<String> row : shown) {
                for (int i = 0; i < row.size(); i++) {
                    widths[i] = Math.max(widths[i], Math.min(60, row.get(i).length()));
                }
            }
            for (List<String> row : shown) {
                out.append(' ');
                for (int i = 0; i < row.size(); i++) {
                    out.append(' ').append(String.format("%-" + Math.max(1, widths[i]) + "s", row.get(i)));
                }
                out.setLength(out.length() - trailingSpaces(out));
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int trailingSpaces(StringBuilder out) {
        int n = 0;
        while (n < out.length() && out.charAt(out.length() - 1 - n) == ' ') {
            n++;
        }
        return n;
    }

    /** @return text with every control or line-separator character shown as {@code \}{@code uXXXX} */
    static String printable(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean escape = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029 || c == '\\';
            if (escape && out == null) {
                out = new StringBuilder(value.substring(0, i));
            }
            if (out != null) {
                if (escape) {
                    out.append(c == '\\' ? "\\\\" : String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? value : out.toString();
    }

    /** @return the report as a JSON object */
    public String toJson() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("title", "Warden audit compliance report");
        root.put("from", from.map(Instant::toString).orElse(null));
        root.put("to", to.map(Instant::toString).orElse(null));
        root.put("generatedAt", generatedAt.toString());
        root.put("events", events);
        root.put("firstEvent", firstEvent.map(Instant::toString).orElse(null));
        root.put("lastEvent", lastEvent.map(Instant::toString).orElse(null));
        ObjectNode chainNode = root.putObject("chain");
        chainNode.put("verified", chain.isPresent());
        chain.ifPresent(c -> {
            chainNode.put("intact", c.intact());
            chainNode.put("records", c.records());
            chainNode.put("keyId", c.keyId());
            chainNode.put("lastSeq", c.lastSeq());
            chainNode.put("lastMac", c.lastMac());
            c.findings().forEach(chainNode.putArray("findings")::add);
        });
        ObjectNode typesNode = root.putObject("eventTypes");
        eventTypes.forEach((t, n) -> typesNode.put(t.name(), n));
        ArrayNode loginsNode = root.putArray("logins");
        for (Bucket b : logins) {
            loginsNode.addObject().put("start", b.start().toString()).put("length", b.length().toString())
                    .put("succeeded", b.succeeded()).put("failed", b.failed());
        }
        ArrayNode list = root.putArray("sections");
        for (Section section : sections) {
            ObjectNode s = list.addObject();
            s.put("title", section.title());
            ArrayNode rows = s.putArray("rows");
            for (List<String> row : section.rows()) {
                ObjectNode r = rows.addObject();
                for (int i = 0; i < row.size(); i++) {
                    r.put(section.columns().get(i), row.get(i));
                }
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return the report as one self-contained HTML5 document (inline CSS and SVG charts, no scripts, no external
     *     resources), laid out for a 1280-pixel-wide window: long values wrap at their separators, never inside a word
     */
    public String toHtml() {
        return ComplianceReportHtml.render(this);
    }

    /** @return {@code value} with {@code & < > " '} as character references */
    static String html(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
