package dev.warden.core.job;

import dev.warden.core.deid.detect.ColumnClassification;
import dev.warden.core.deid.detect.ColumnClassifier;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.Transformation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes a {@link JobSpec} for a source ({@code warden classify}): every column gets a rule from its header name
 * and a sample of its values (the de-identification engine's {@link ColumnClassifier} and detectors); keys come from
 * the database's metadata or, for files, from the values (a column whose values are all keys of another table is a
 * foreign key to it).
 *
 * <p>It never proposes {@code keep} for a column that looks like an identifier. Where it is unsure it picks the more
 * protective rule and says why in the column's {@code comment}, so a reviewer can relax it: an identifier found by
 * the header alone, or by the values alone, is marked for review; free text with many distinct values that no
 * detector recognizes is suppressed. The proposal runs as it is with {@code warden deidentify}.
 */
public final class SpecProposer {

    /** Header names of name parts that the engine's header table does not carry (titles, suffixes). */
    private static final Set<String> NAME_PARTS = Set.of("prefix", "suffix", "title", "nameprefix", "namesuffix",
            "salutation", "middle", "middleinitial", "nickname", "alias");

    /**
     * Words that mark the name of an organisation rather than a person (legal forms, kinds of institution, public
     * programmes), compared with a value's lower-case words. General vocabulary, not tied to any data set.
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of("inc", "incorporated", "llc", "llp", "ltd", "limited",
            "corp", "corporation", "co", "company", "plc", "gmbh", "ag", "sa", "bv", "pc", "pllc", "group", "holdings",
            "partners", "associates", "services", "solutions", "systems", "hospital", "hospitals", "clinic", "clinics",
            "center", "centre", "centers", "health", "healthcare", "medical", "medicine", "care", "pharmacy",
            "laboratory", "laboratories", "lab", "labs", "insurance", "assurance", "mutual", "bank", "university",
            "college", "school", "institute", "foundation", "trust", "association", "society", "agency", "department",
            "ministry", "government", "municipal", "regional", "community", "national", "international", "federal",
            "medicare", "medicaid", "practice", "office", "network", "plan", "fund", "the", "of", "and");

    /** A word of a person's name: letters with apostrophes, hyphens or a dot, optionally followed by digits. */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019.\\-]*[0-9]*");

    /** Types whose transformations parse the value (dates, ZIP codes, ages): proposed only when every sampled value fits. */
    private static final Set<IdentifierType> STRICT = Set.of(IdentifierType.DATE, IdentifierType.DATE_OF_BIRTH,
            IdentifierType.ZIP_CODE, IdentifierType.AGE);

    private final TableSource source;
    private final int sampleRows;

    /**
     * @param source the source to look at
     * @param sampleRows rows sampled per table (the first ones), at least 1
     */
    public SpecProposer(TableSource source, int sampleRows) {
        this.source = source;
        this.sampleRows = Math.max(1, sampleRows);
    }

    /**
     * @param name the spec's name
     * @param profile the default profile
     * @param asOf the as-of date
     * @return the proposed spec
     */
    public JobSpec propose(String name, String profile, LocalDate asOf) {
        List<String> tables = source.tables();
        Map<String, TableSchema> schemas = new LinkedHashMap<>();
        Map<String, List<String[]>> samples = new HashMap<>();
        for (String t : tables) {
            TableSchema s = source.schema(t);
            schemas.put(t, s);
            List<String[]> rows = new ArrayList<>();
            try (RowReader r = source.open(t, s.columnNames())) {
                for (String[] row = r.next(); row != null && rows.size() < sampleRows; row = r.next()) {
                    rows.add(row);
                }
            }
            samples.put(t, rows);
        }
        Map<String, String> primaryKeys = new LinkedHashMap<>();
        for (String t : tables) {
            TableSchema s = schemas.get(t);
            Optional<String> pk = s.primaryKey().or(() -> guessPrimaryKey(t, s, samples.get(t)));
            pk.ifPresent(k -> primaryKeys.put(t, k));
        }
        Map<String, Set<String>> keyValues = new HashMap<>();
        for (Map.Entry<String, String> e : primaryKeys.entrySet()) {
            keyValues.put(e.getKey(), allValues(e.getKey(), e.getValue()));
        }
        Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
        for (String t : tables) {
            TableSchema s = schemas.get(t);
            List<ForeignKey> fks = new ArrayList<>(s.foreignKeys());
            if (fks.isEmpty()) {
                fks.addAll(inferForeignKeys(t, s, samples.get(t), primaryKeys, keyValues));
            }
            foreignKeys.put(t, fks);
        }
        List<TableSpec> specs = new ArrayList<>();
        for (String t : tables) {
            TableSchema s = schemas.get(t);
            List<ColumnSpec> columns = new ArrayList<>();
            for (int c = 0; c < s.columns().size(); c++) {
                String column = s.columns().get(c).name();
                if (foreignKeys.get(t).stream().anyMatch(f -> f.column().equalsIgnoreCase(column))) {
                    continue; // takes its parent key's rule
                }
                List<String> values = new ArrayList<>();
                for (String[] row : samples.get(t)) {
                    values.add(row[c]);
                }
                columns.add(proposeColumn(column, values, column.equalsIgnoreCase(primaryKeys.get(t))));
            }
            String pk = primaryKeys.get(t);
            specs.add(new TableSpec(t, Optional.ofNullable(pk), foreignKeys.get(t), Optional.empty(), columns));
        }
        Optional<String> entity = entity(specs, primaryKeys);
        return new JobSpec(name, profile, Optional.of(asOf), entity, Optional.empty(), specs);
    }

    private ColumnSpec proposeColumn(String column, List<String> values, boolean primaryKey) {
        ColumnClassification c = ColumnClassifier.classify(column, values);
        if (c.type().equals(Optional.of(IdentifierType.NAME)) && c.source() == ColumnClassification.Source.HEADER
                && normalizedHeader(column).equals("name")) {
            Optional<ColumnSpec> organisations = organisationNames(column, values);
            if (organisations.isPresent()) {
                return organisations.get();
            }
        }
        if (c.type().isPresent()) {
            IdentifierType type = c.type().get();
            if (c.source() == ColumnClassification.Source.VALUES) {
                return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.Suppress()), Optional.empty(),
                        Optional.of(String.format(Locale.ROOT, "%.0f%% of %d sampled values look like %s, but the header does not "
                                + "say so: suppressed to be safe; if it is one, set \"identifier\": \"%s\", else keep",
                                c.hitRate() * 100, c.sampled(), c.detector().map(Enum::name).orElse("?"), type)));
            }
            if (STRICT.contains(type) && !(c.source() == ColumnClassification.Source.HEADER_AND_VALUES && c.hits() == c.sampled())) {
                return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.Suppress()), Optional.empty(),
                        Optional.of(String.format(Locale.ROOT, "the header says %s, but only %d of %d sampled values have its "
                                + "shape, so its transformation could fail: suppressed; review", type, c.hits(), c.sampled())));
            }
            boolean detectable = java.util.Arrays.stream(dev.warden.core.deid.detect.DetectorKind.values())
                    .anyMatch(k -> k.identifierType() == type);
            Optional<String> comment = c.source() == ColumnClassification.Source.HEADER && detectable && c.sampled() > 0
                    ? Optional.of(String.format(Locale.ROOT, "classified as %s by its header; only %d of %d sampled values have "
                            + "its shape; review", type, c.hits(), c.sampled()))
                    : Optional.empty();
            return new ColumnSpec(column, new ColumnRule.Identifier(type), Optional.empty(), comment);
        }
        String normalized = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (NAME_PARTS.contains(normalized)) {
            return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.Suppress()), Optional.empty(),
                    Optional.of("a part of a name (45 CFR 164.514(b)(2)(i)(A)): suppressed"));
        }
        if (primaryKey) {
            return new ColumnSpec(column, new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER), Optional.empty(),
                    Optional.of("the primary key: a record identifier (R)"));
        }
        if (c.hits() > 0) {
            return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.Suppress()), Optional.empty(),
                    Optional.of(String.format(Locale.ROOT, "%d of %d sampled values look like %s: suppressed to be safe; review",
                            c.hits(), c.sampled(), c.detector().map(Enum::name).orElse("an identifier"))));
        }
        Set<String> distinct = new HashSet<>();
        int nonBlank = 0;
        boolean numeric = true;
        boolean longText = false;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            nonBlank++;
            distinct.add(v);
            numeric &= v.matches("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
            longText |= v.length() > 40 || v.contains("@");
        }
        if (nonBlank == 0) {
            return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.Suppress()), Optional.empty(),
                    Optional.of("no values in the sample to judge by: suppressed to be safe; review"));
        }
        double distinctness = (double) distinct.size() / nonBlank;
        if (numeric) {
            boolean idLike = distinctness > 0.95 && nonBlank >= 20 && distinct.stream().allMatch(v -> v.matches("[0-9]{6,}"));
            if (idLike) {
                return new ColumnSpec(column, new ColumnRule.Identifier(IdentifierType.OTHER_UNIQUE_IDENTIFIER), Optional.empty(),
                        Optional.of("unique integers of 6 digits or more: treated as a record number; review"));
            }
            return ColumnSpec.of(column, new ColumnRule.Keep());
        }
        if (distinct.size() <= 50 || distinctness < 0.5 && !longText) {
            return ColumnSpec.of(column, new ColumnRule.Keep());
        }
        return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.Suppress()), Optional.empty(),
                Optional.of(String.format(Locale.ROOT, "text with %d distinct values in %d sampled that no detector recognizes: "
                        + "suppressed to be safe; change to keep after review", distinct.size(), nonBlank)));
    }

    private static String normalizedHeader(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * A column headed just "name" is ambiguous: people's names, or the names of organisations, products or plans. The
     * values decide: when fewer than half of the sampled values look like a person's name (two to four name words,
     * none of them a word of an organisation) and some look like an organisation's name or a code (an organisation
     * word, an ampersand, an underscore, no letters), the column names organisations, which are not personal
     * identifiers under HIPAA Safe Harbor (164.514(b)(2)(i)(A) covers individuals, relatives, employers and household
     * members) nor the data subjects' names, and it is kept, with a comment for the reviewer. Otherwise (people's
     * names, single words such as given names, anything unclear) it stays a name.
     */
    static Optional<ColumnSpec> organisationNames(String column, List<String> values) {
        int nonBlank = 0;
        int personLike = 0;
        int organisationLike = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            nonBlank++;
            String[] words = v.strip().split("\\s+");
            boolean organisation = v.indexOf('&') >= 0 || v.indexOf('_') >= 0 || v.chars().noneMatch(Character::isLetter);
            for (String w : v.toLowerCase(Locale.ROOT).split("[^\\p{L}0-9]+")) {
                organisation |= ORGANISATION_WORDS.contains(w);
            }
            if (organisation) {
                organisationLike++;
            } else if (words.length >= 2 && words.length <= 4
                    && Arrays.stream(words).allMatch(w -> NAME_WORD.matcher(w).matches())) {
                personLike++;
            }
        }
        if (nonBlank == 0 || organisationLike == 0 || personLike * 2 >= nonBlank) {
            return Optional.empty();
        }
        return Optional.of(new ColumnSpec(column, new ColumnRule.Keep(), Optional.empty(), Optional.of(String.format(Locale.ROOT,
                "the header says name, but only %d of %d sampled values look like a person's name and %d like an "
                        + "organisation's name or a code: kept as names of organisations; if it names people, set "
                        + "\"identifier\": \"NAME\"", personLike, nonBlank, organisationLike))));
    }

    private Optional<String> guessPrimaryKey(String table, TableSchema schema, List<String[]> rows) {
        String singular = table.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        for (int c = 0; c < schema.columns().size(); c++) {
            String n = schema.columns().get(c).name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
            if (n.equals("id") || n.equals(singular.replaceAll("[^a-z0-9]", "") + "id")) {
                Set<String> seen = new HashSet<>();
                boolean unique = !rows.isEmpty();
                for (String[] row : rows) {
                    unique &= row[c] != null && seen.add(row[c]);
                }
                if (unique) {
                    return Optional.of(schema.columns().get(c).name());
                }
            }
        }
        return Optional.empty();
    }

    private Set<String> allValues(String table, String column) {
        Set<String> values = new HashSet<>();
        try (RowReader r = source.open(table, List.of(column))) {
            for (String[] row = r.next(); row != null; row = r.next()) {
                if (row[0] != null) {
                    values.add(row[0]);
                }
            }
        }
        return values;
    }

    /** A column all of whose sampled values are keys of one other table, and whose keys look like identifiers. */
    private List<ForeignKey> inferForeignKeys(String table, TableSchema schema, List<String[]> rows,
            Map<String, String> primaryKeys, Map<String, Set<String>> keyValues) {
        List<ForeignKey> fks = new ArrayList<>();
        for (int c = 0; c < schema.columns().size(); c++) {
            String column = schema.columns().get(c).name();
            if (column.equalsIgnoreCase(primaryKeys.get(table))) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (String[] row : rows) {
                if (row[c] != null) {
                    values.add(row[c]);
                }
            }
            if (values.isEmpty()) {
                continue;
            }
            String best = null;
            int bestScore = -1;
            for (Map.Entry<String, Set<String>> e : keyValues.entrySet()) {
                Set<String> keys = e.getValue();
                if (!idLike(keys) || !keys.containsAll(values)) {
                    continue;
                }
                int score = nameScore(column, e.getKey());
                if (score > bestScore) {
                    best = e.getKey();
                    bestScore = score;
                }
            }
            if (best != null) {
                fks.add(new ForeignKey(column, best, primaryKeys.get(best)));
            }
        }
        return fks;
    }

    private static boolean idLike(Set<String> keys) {
        return !keys.isEmpty() && keys.stream().limit(100).allMatch(k -> k.length() >= 8 && k.chars().anyMatch(Character::isLetter)
                && k.chars().anyMatch(Character::isDigit));
    }

    private static int nameScore(String column, String table) {
        String c = column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String t = table.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "").replaceAll("s$", "");
        return c.contains(t) ? 2 : 0;
    }

    /** The data subjects' table: one with a date of birth, referred to by the most tables. */
    private static Optional<String> entity(List<TableSpec> specs, Map<String, String> primaryKeys) {
        String best = null;
        long bestRefs = -1;
        for (TableSpec t : specs) {
            boolean birth = t.columns().stream().anyMatch(c -> c.rule() instanceof ColumnRule.Identifier id
                    && id.type() == IdentifierType.DATE_OF_BIRTH);
            if (!birth || !primaryKeys.containsKey(t.name())) {
                continue;
            }
            long refs = specs.stream().filter(o -> o.foreignKeys().stream().anyMatch(f -> f.referencedTable().equals(t.name()))).count();
            if (refs > bestRefs) {
                best = t.name();
                bestRefs = refs;
            }
        }
        return Optional.ofNullable(best);
    }
}
