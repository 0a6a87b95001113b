package dev.warden.core.job;

import dev.warden.core.deid.detect.CodeSystem;
import dev.warden.core.deid.detect.CodeSystemMatch;
import dev.warden.core.deid.detect.CodeSystems;
import dev.warden.deid.IdentifierType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The checks after every job, fed row by row as the rows are written and finished against the staged output:
 *
 * <ul>
 *   <li><b>foreign keys</b>: every non-null foreign key value in the output is a key of the parent table's output; a
 *       composite key is checked as a tuple (a row with a null in any of its columns is not checked, SQL
 *       {@code MATCH SIMPLE});</li>
 *   <li><b>primary keys</b>: no two output rows of a table share a primary key, single or composite (a transformation
 *       that is not injective, such as truncation, could merge two keys); checked on the first
 *       {@value #PRIMARY_KEY_LIMIT} distinct keys of each table by 64-bit fingerprint, and every suspected duplicate is
 *       confirmed on the staged output by value;</li>
 *   <li><b>row counts</b>: the staged output holds as many rows per table as were written (the input's count, or the
 *       subset plan's);</li>
 *   <li><b>detectors</b>: the identifier detectors find nothing in the output of a column whose transformation is meant
 *       to remove identifiers (format-preserving transformations are listed as not applicable);</li>
 *   <li><b>original values</b>: no input value of a transformed column appears in the output: not in any column copied
 *       unchanged (compared by keyed fingerprints, {@link Fingerprints}, never by the values), and no transformed cell
 *       equals its own input. A transformed cell that happens to equal some other input value (a shifted date landing
 *       on another patient's date, a pseudonym that is also a town's name) is the generator's output, not a copy of
 *       the input, and is not counted.</li>
 * </ul>
 */
final class OutputValidator {

    /** Distinct primary keys per table held (as 8-byte fingerprints) for the duplicate check: at most 72 MiB. */
    static final int PRIMARY_KEY_LIMIT = 1 << 22;

    private final List<TablePlan> plans;
    private final ValueDetector detector;
    /** Exact fingerprint sets up to 2^19 distinct values per side (at most 8 MiB each), then Bloom filters of 48 MiB. */
    private final Fingerprints fingerprints = new Fingerprints(1 << 19, 1 << 28, 1 << 27);
    /**
     * Words of kept text (output side) and input values of people's identifiers that a word may copy (input side, see
     * {@link #wordLike}), apart from the whole cells: a word equal to a town or a code is no candidate, so a job whose
     * texts name no one reads nothing twice.
     */
    private final Fingerprints wordPrints = fingerprints.withSameKey(1 << 18, 1 << 26, 1 << 25);
    /** Output values of referenced columns, per "table.column". */
    private final Map<String, Set<String>> keys = new HashMap<>();
    private final Set<String> complete = new HashSet<>();
    /** Per foreign key "table.column -> parent.column": values waiting for the parent, and violations. */
    private final Map<String, Set<String>> pending = new LinkedHashMap<>();
    private final Map<String, Long> violations = new LinkedHashMap<>();
    private final Map<String, Long> detectorHits = new TreeMap<>();
    private final Map<String, String> detectorTypes = new HashMap<>();
    private long detectorChecked;
    private final List<String> detectorSkipped = new ArrayList<>();
    private long foreignKeyValues;
    /** Per table with a suspected duplicate primary key: the fingerprints seen twice; and tables not checked whole. */
    private final Map<String, Fingerprints.LongSet> duplicateCandidates = new LinkedHashMap<>();
    private final List<String> primaryKeysCut = new ArrayList<>();
    /** Output cells that hold an input identifier value, per "table.column". */
    private final Map<String, Long> leaks = new TreeMap<>();

    /** Keys of things, not people: see {@link #thingKeys}. */
    private final Set<String> thingKeys;

    /** The data subjects' table, whose key tells how many entities share a coincidental value. */
    private final java.util.Optional<String> entity;
    /** Values of kept columns found by the detectors, per "table.column", and the first type found. */
    private final Map<String, Long> keptHits = new TreeMap<>();
    private final Map<String, String> keptTypes = new HashMap<>();
    /** Kept columns of plain numbers whose few yyyymmdd-shaped values read as dates by chance: "dates of shaped". */
    private final Map<String, String> keptCoincidences = new TreeMap<>();
    /** Kept columns whose URLs are a few addresses on many rows (a code system's), per "table.column". */
    private final Map<String, String> sharedUrls = new TreeMap<>();
    /** A kept column's URLs are shared addresses when it holds at most this many distinct ones... */
    static final int SHARED_URLS = 3;
    /** ...each on this many rows on average at least. */
    static final int MIN_ROWS_PER_SHARED_URL = 10;
    private long keptChecked;
    /** Cells of kept columns equal to an input identifier value but shared by three or more entities, per column. */
    private final Map<String, Long> coincidences = new TreeMap<>();
    /**
     * Words of kept texts equal to an input identifier value (see {@link #wordLike}), per column, counted once per cell
     * and word: carried by fewer than three entities, and by three or more (shared vocabulary).
     */
    private final Map<String, Long> leakedWords = new TreeMap<>();
    private final Map<String, Long> sharedWords = new TreeMap<>();

    OutputValidator(List<TablePlan> plans, ValueDetector detector) {
        this(plans, detector, java.util.Optional.empty());
    }

    /**
     * @param plans the tables' plans
     * @param detector the detector of transformed columns
     * @param entity the data subjects' table, if the spec names one
     */
    OutputValidator(List<TablePlan> plans, ValueDetector detector, java.util.Optional<String> entity) {
        this.plans = plans;
        this.detector = detector;
        this.entity = entity;
        this.thingKeys = thingKeys(plans, entity);
        for (TablePlan p : plans) {
            for (TablePlan.Fk f : p.foreignKeys) {
                if (f.written()) {
                    keys.computeIfAbsent(f.parentKey(), k -> new HashSet<>());
                }
            }
            for (int o = 0; o < p.outputColumns.size(); o++) {
                if (p.transformers[o] != null && !p.detectorCheck[o] && !p.columnReports.get(p.outputFrom[o]).reason().startsWith("foreign key")) {
                    detectorSkipped.add(p.name + "." + p.outputColumns.get(o).name());
                }
            }
        }
    }

    /** Per-table state, so the per-row path does no map lookups. */
    final class TableCheck {
        private final TablePlan plan;
        private final Set<String>[] fkParents;
        private final Set<String>[] fkPending;
        private final long[] fkViolations;
        /** Key sets of this table's referenced column sets, with their output positions. */
        private final List<Set<String>> referenced = new ArrayList<>();
        private final List<int[]> referencedAt = new ArrayList<>();
        private final Fingerprints.LongSet primaryKeys = new Fingerprints.LongSet();
        private final Fingerprints.LongSet duplicates = new Fingerprints.LongSet();
        private final long[] unchanged;
        /** Per output column, the memo of input values (identifier columns) and of copied cells just fingerprinted. */
        private final Fingerprints.Recent[] recentInput;
        private final Fingerprints.Recent[] recentOutput;
        /**
         * Per output column, whether its transformation generalizes (age, year, range, bucket, hierarchy, ZIP3): its
         * output may rightly equal its input (an age under 90, a year of birth), and an input that is a short number
         * (an age, a year) is a quasi-identifier many share, not a value whose copy elsewhere would identify anyone.
         */
        private final boolean[] generalizing;
        /** Per output column, whether it is a record id, whose small integer values (surrogate keys) are not fingerprinted. */
        private final boolean[] surrogate;
        /** Per output column, its identifier type when it is one of a person ({@link SpecProposer#PERSONAL_TYPES}); else null. */
        private final IdentifierType[] personal;
        /** Per output column copied unchanged whose words are compared with the identifier values, its memo; else null. */
        private final Fingerprints.Recent[] recentText;
        /** Per output column copied unchanged, its detector; null for transformed columns. */
        private final KeptColumnDetector[] kept;
        private final long[] keptFound;
        private final IdentifierType[] keptType;
        /** Per kept column: values read as URLs, and the first few distinct ones (judged at the end, see finish). */
        private final long[] keptUrls;
        private final String[][] keptUrlValues;
        /** Per output column copied unchanged, {@link KeptColumnDetector#EVIDENCE} counts that judge its bare yyyymmdd dates. */
        private final long[] keptEvidence;

        @SuppressWarnings("unchecked")
        TableCheck(TablePlan plan) {
            this.plan = plan;
            int n = plan.foreignKeys.size();
            fkParents = new Set[n];
            fkPending = new Set[n];
            fkViolations = new long[n];
            for (int i = 0; i < n; i++) {
                TablePlan.Fk f = plan.foreignKeys.get(i);
                if (!f.written()) {
                    continue;
                }
                fkParents[i] = keys.get(f.parentKey());
                if (!complete.contains(JobPlanner.key(f.parentTable()))) {
                    fkPending[i] = pending.computeIfAbsent(edge(plan, f), k -> new HashSet<>());
                }
            }
            unchanged = new long[plan.outputColumns.size()];
            recentInput = new Fingerprints.Recent[unchanged.length];
            recentOutput = new Fingerprints.Recent[unchanged.length];
            for (int o = 0; o < unchanged.length; o++) {
                if (plan.identifier[o]) {
                    recentInput[o] = new Fingerprints.Recent();
                }
                if (plan.transformers[o] == null) {
                    recentOutput[o] = new Fingerprints.Recent();
                }
            }
            generalizing = new boolean[unchanged.length];
            surrogate = new boolean[unchanged.length];
            personal = new IdentifierType[unchanged.length];
            recentText = new Fingerprints.Recent[unchanged.length];
            for (int o = 0; o < unchanged.length; o++) {
                JobReport.ColumnReport r = plan.columnReports.get(plan.outputFrom[o]);
                generalizing[o] = GENERALIZING.contains(r.action());
                surrogate[o] = smallIntegersIdentifyNoOne(r.identifier());
                IdentifierType type = plan.identifier[o] ? r.identifier().map(IdentifierType::valueOf).orElse(null) : null;
                personal[o] = type != null && SpecProposer.PERSONAL_TYPES.contains(type) ? type : null;
                if (plan.transformers[o] == null && plan.wordsChecked[o]) {
                    recentText[o] = new Fingerprints.Recent();
                }
            }
            kept = new KeptColumnDetector[unchanged.length];
            keptFound = new long[unchanged.length];
            keptType = new IdentifierType[unchanged.length];
            keptUrls = new long[unchanged.length];
            keptUrlValues = new String[unchanged.length][];
            keptEvidence = new long[unchanged.length * KeptColumnDetector.EVIDENCE];
            for (int o = 0; o < unchanged.length; o++) {
                if (plan.transformers[o] == null) {
                    String column = plan.outputColumns.get(o).name();
                    kept[o] = new KeptColumnDetector(column, thingKeys.contains(
                            (plan.name + "." + column).toLowerCase(java.util.Locale.ROOT)));
                }
            }
            Set<String> seen = new HashSet<>();
            for (TablePlan child : plans) {
                for (TablePlan.Fk f : child.foreignKeys) {
                    Set<String> set = keys.get(f.parentKey());
                    if (set != null && f.parentTable().equalsIgnoreCase(plan.name) && seen.add(f.parentKey())) {
                        referenced.add(set);
                        // A dropped parent column leaves the set empty, so every child value is reported as not joining.
                        int[] at = f.parentColumns().stream().mapToInt(plan::outputIndex).toArray();
                        referencedAt.add(Arrays.stream(at).allMatch(o -> o >= 0) ? at : null);
                    }
                }
            }
        }

        void row(String[] input, String[] output) {
            for (int o = 0; o < output.length; o++) {
                String out = output[o];
                boolean transformed = plan.transformers[o] != null;
                if (plan.identifier[o]) {
                    String in = input[plan.outputFrom[o]];
                    if (in != null && informative(in) && !MissingValues.missing(in) && !(surrogate[o] && smallInteger(in))) {
                        if (!generalizing[o]) {
                            long f = fingerprints.addInput(in, recentInput[o]);
                            if (f != 0 && personal[o] != null && wordLike(in, personal[o])) {
                                wordPrints.addInputFingerprint(f);
                            }
                            if (in.equals(out)) {
                                unchanged[o]++;
                            }
                        } else if (!shortNumber(in)) {
                            fingerprints.addInput(in, recentInput[o]);
                        }
                    }
                }
                if (out == null || out.isEmpty()) {
                    continue;
                }
                if (!transformed) {
                    fingerprints.addOutput(out, recentOutput[o]);
                    if (recentText[o] != null && hasSpace(out) && recentText[o].firstTime(out)) {
                        forEachWord(out, wordPrints::addOutputWord);
                    }
                    keptChecked++;
                    IdentifierType hit = kept[o].detect(out);
                    kept[o].tally(keptEvidence, o * KeptColumnDetector.EVIDENCE, hit);
                    // A bare yyyymmdd date is judged at the end, on the column's other numbers (a byte count may read as one).
                    if (hit == IdentifierType.URL) {
                        url(o, out);
                    } else if (hit != null && !kept[o].bareDate(hit)) {
                        keptFound[o]++;
                        if (keptType[o] == null) {
                            keptType[o] = hit;
                        }
                    }
                }
                if (plan.detectorCheck[o]) {
                    detectorChecked++;
                    IdentifierType hit = detector.detect(out);
                    if (hit != null) {
                        String column = plan.name + "." + plan.outputColumns.get(o).name();
                        detectorHits.merge(column, 1L, Long::sum);
                        detectorTypes.putIfAbsent(column, hit.name());
                    }
                }
            }
            for (int r = 0; r < referenced.size(); r++) {
                int[] at = referencedAt.get(r);
                String k = at == null ? null : TablePlan.keyOf(output, at);
                if (k != null) {
                    referenced.get(r).add(k);
                }
            }
            if (plan.primaryKeyOutputs.length > 0) {
                String k = TablePlan.keyOf(output, plan.primaryKeyOutputs);
                if (k != null) {
                    long f = fingerprints.of(k);
                    if (primaryKeys.contains(f)) {
                        duplicates.add(f);
                    } else if (primaryKeys.size() < PRIMARY_KEY_LIMIT) {
                        primaryKeys.add(f);
                    }
                }
            }
            for (int i = 0; i < fkParents.length; i++) {
                if (fkParents[i] == null) {
                    continue;
                }
                String v = TablePlan.keyOf(output, plan.foreignKeys.get(i).outputs());
                if (v == null) {
                    continue;
                }
                foreignKeyValues++;
                if (fkPending[i] != null) {
                    fkPending[i].add(v);
                } else if (!fkParents[i].contains(v)) {
                    fkViolations[i]++;
                }
            }
        }

        /** A kept value read as a URL: counted, and remembered while the column has held at most {@value #SHARED_URLS}. */
        private void url(int o, String value) {
            keptUrls[o]++;
            String[] seen = keptUrlValues[o];
            if (seen == null) {
                keptUrlValues[o] = new String[] {value};
            } else if (seen.length <= SHARED_URLS && !java.util.Arrays.asList(seen).contains(value)) {
                keptUrlValues[o] = java.util.Arrays.copyOf(seen, seen.length + 1);
                keptUrlValues[o][seen.length] = value;
            }
        }

        void finish() {
            for (int o = 0; o < unchanged.length; o++) {
                String column = plan.name + "." + plan.outputColumns.get(o).name();
                int at = o * KeptColumnDetector.EVIDENCE;
                long dates = keptEvidence[at + KeptColumnDetector.BARE_DATES];
                long found = keptFound[o];
                if (keptUrls[o] > 0) {
                    int distinct = keptUrlValues[o].length;
                    if (distinct <= SHARED_URLS && keptUrls[o] >= MIN_ROWS_PER_SHARED_URL * distinct) {
                        // FHIR's coding.system http://loinc.org on every row: a standard's address, no one's page
                        sharedUrls.put(column, keptUrls[o] + " values, " + distinct + " distinct");
                    } else {
                        found += keptUrls[o];
                        if (keptType[o] == null) {
                            keptType[o] = IdentifierType.URL;
                        }
                    }
                }
                if (dates > 0 && kept[o].coincidental(keptEvidence, at)) {
                    keptCoincidences.put(column, KeptColumnDetector.dates(keptEvidence, at));
                } else {
                    found += dates;
                }
                if (found > 0) {
                    keptHits.merge(column, found, Long::sum);
                    keptTypes.putIfAbsent(column, (keptType[o] != null ? keptType[o] : IdentifierType.DATE).name());
                }
                if (unchanged[o] > 0) {
                    leaks.merge(plan.name + "." + plan.outputColumns.get(o).name(), unchanged[o], Long::sum);
                }
            }
            for (int i = 0; i < fkViolations.length; i++) {
                if (fkParents[i] != null) {
                    violations.merge(edge(plan, plan.foreignKeys.get(i)), fkViolations[i], Long::sum);
                }
            }
            if (!duplicates.isEmpty()) {
                duplicateCandidates.put(plan.name, duplicates);
            }
            if (primaryKeys.size() >= PRIMARY_KEY_LIMIT) {
                primaryKeysCut.add(plan.name);
            }
            complete.add(JobPlanner.key(plan.name));
        }
    }

    /**
     * A value made of one repeated character ({@code 00000}, {@code XXX}) is a placeholder that identifies nobody, and
     * transformations such as masking rightly leave it as it is.
     */
    static boolean informative(String value) {
        int n = value.length();
        if (n == 0) {
            return false;
        }
        char first = value.charAt(0);
        if (Character.isSurrogate(first)) {
            int cp = value.codePointAt(0);
            return value.codePoints().anyMatch(c -> c != cp);
        }
        for (int i = 1; i < n; i++) {
            if (value.charAt(i) != first) {
                return true;
            }
        }
        return false;
    }

    /**
     * Key columns ({@code table.column}, lower case) of the tables that no chain of foreign keys links to the data
     * subjects' table, and the foreign keys that refer to them: the keys of facilities, payers or products, whose rows
     * are not about a person. A record identifier of a person is a UUID that must not be copied; the key of a thing
     * is not, so the UUID detector does not run on these columns. Empty when the spec names no entity table.
     */
    private static Set<String> thingKeys(List<TablePlan> plans, java.util.Optional<String> entity) {
        Set<String> keys = new HashSet<>();
        if (entity.isEmpty()) {
            return keys;
        }
        Set<String> linked = new HashSet<>();
        linked.add(entity.get().toLowerCase(java.util.Locale.ROOT));
        for (boolean grew = true; grew; ) {
            grew = false;
            for (TablePlan p : plans) {
                String name = p.name.toLowerCase(java.util.Locale.ROOT);
                if (!linked.contains(name) && p.foreignKeys.stream()
                        .anyMatch(f -> linked.contains(f.parentTable().toLowerCase(java.util.Locale.ROOT)))) {
                    grew = linked.add(name) || grew;
                }
            }
        }
        if (plans.stream().noneMatch(p -> p.name.equalsIgnoreCase(entity.get()))) {
            return keys;
        }
        for (TablePlan p : plans) {
            String name = p.name.toLowerCase(java.util.Locale.ROOT);
            if (!linked.contains(name)) {
                p.primaryKey.forEach(c -> keys.add(name + "." + c.toLowerCase(java.util.Locale.ROOT)));
            }
            for (TablePlan.Fk f : p.foreignKeys) {
                if (!linked.contains(f.parentTable().toLowerCase(java.util.Locale.ROOT))) {
                    f.columns().forEach(c -> keys.add(name + "." + c.toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        return keys;
    }

    /** Columns to read from a table, and where among them the row's entity is (-1 when it is not read). */
    private record ReadList(List<String> columns, int entity) {
    }

    /**
     * @param names the columns to read
     * @param columnAt the name, in the table read, of the output column at an index
     * @return the columns, then the row's entity column ({@link #entityColumn}) when the output has it
     */
    private ReadList withEntity(TablePlan p, List<String> names, java.util.function.IntFunction<String> columnAt) {
        List<String> read = new ArrayList<>(names);
        String entityColumn = entityColumn(p);
        if (entityColumn == null || p.outputIndex(entityColumn) < 0) {
            return new ReadList(read, -1);
        }
        read.add(columnAt.apply(p.outputIndex(entityColumn)));
        return new ReadList(read, read.size() - 1);
    }

    /** The output column that names a row's entity: the entity table's key, or a foreign key to it; else null. */
    private String entityColumn(TablePlan p) {
        if (entity.isEmpty()) {
            return null;
        }
        if (p.name.equalsIgnoreCase(entity.get())) {
            return p.primaryKey.size() == 1 ? p.primaryKey.get(0) : null;
        }
        for (TablePlan.Fk f : p.foreignKeys) {
            if (f.parentTable().equalsIgnoreCase(entity.get()) && f.columns().size() == 1 && f.written()) {
                return f.columns().get(0);
            }
        }
        return null;
    }

    /**
     * Whether an input identifier value is one a word of a kept text copies when it holds it: a value of a type that
     * singles out a person wherever it is written ({@link SpecProposer#PERSONAL_TYPES}: names, record numbers,
     * phones, e-mail), of {@value #MIN_WORD} characters or more; a name of one word or two (given and family name), any
     * other one word of at most {@value #MAX_CODE_WORD} characters holding a digit (customer ids such as QUEEN are words
     * that text holds by chance; a UUID is no word of a sentence), never a small integer. The same rule as the proposer's, so a proposal does not fail its own check.
     */
    static boolean wordLike(String v, IdentifierType type) {
        if (type == null || !SpecProposer.PERSONAL_TYPES.contains(type) || v.length() < MIN_WORD || smallInteger(v)) {
            return false;
        }
        boolean name = type == IdentifierType.NAME || type == IdentifierType.GIVEN_NAME || type == IdentifierType.FAMILY_NAME;
        if (!name && v.length() > MAX_CODE_WORD) {
            return false; // a UUID or a token: no one types it into a sentence, and every row's key has one
        }
        int spaces = 0;
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isWhitespace(c)) {
                spaces++;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            }
        }
        return name ? spaces <= 1 : spaces == 0 && digit;
    }

    /** The longest code (record number, phone) looked for as a word of kept text. */
    static final int MAX_CODE_WORD = 20;

    /** Distinct values of a copied column read to judge whether it is a closed vocabulary. */
    private static final int MAX_VOCABULARY_VALUES = 100_000;

    /** How many cells carry one value in one column, and whether three or more entities do. */
    private static final class Spread {
        /** The value, held only while the column is judged; never reported. */
        final String value;
        long cells;
        String first;
        String second;
        /** Three or more entities carry the value. */
        boolean shared;

        Spread(String value) {
            this.value = value;
        }

        void add(String entity) {
            cells++;
            if (shared) {
                return;
            }
            if (first == null) {
                first = entity;
            } else if (second == null) {
                if (!first.equals(entity)) {
                    second = entity;
                }
            } else if (!first.equals(entity) && !second.equals(entity)) {
                shared = true;
            }
        }
    }

    /** Transformation kinds that generalize: an output equal to its input is their rule, not a failure. */
    static final Set<String> GENERALIZING = Set.of("age", "birth-year", "date-year", "date-range", "bucket",
            "ranges", "zip3", "hierarchy", "date-month");

    /** The identifier type of record ids. */
    static final String SURROGATE = IdentifierType.OTHER_UNIQUE_IDENTIFIER.name();

    /**
     * @param identifier a column's identifier type, by name
     * @return whether an integer of at most six digits in it singles out no one alone and is not looked for in copied
     *     columns: a surrogate key ({@link #smallInteger}), a house number, whose street is protected beside it (a
     *     lane count of 2 is no copy of house number 2; breaker53), or the numeric code of a county or a smaller area
     *     (a PUMA 1800, a FIPS county 31), which a household weight of 1800 or a count of 31 carries by chance
     *     (breaker56)
     */
    static boolean smallIntegersIdentifyNoOne(java.util.Optional<String> identifier) {
        return identifier.filter(t -> t.equals(SURROGATE) || t.equals(IdentifierType.STREET_ADDRESS.name())
                || t.equals(IdentifierType.GEOGRAPHIC_SUBDIVISION.name()) || t.equals(IdentifierType.COUNTY.name())).isPresent();
    }

    /**
     * An integer of at most six digits: a surrogate key (OMOP's person_id 1, 2, 3, ...). Such a number is carried by
     * chance in any numeric column (a quantity, a count, a code) and cannot single out a person on its own, so a record
     * id of this shape is not looked for in copied columns; longer numbers and any other shape still are.
     */
    static boolean smallInteger(String v) {
        return digitsOnly(v, 6);
    }

    /**
     * An integer of at most four digits (an age or a year), or a number of at most three digits with one to three
     * decimals (an age written {@code 58.0} or {@code 0.08}).
     */
    static boolean shortNumber(String v) {
        if (digitsOnly(v, 4)) {
            return true;
        }
        int dot = v.indexOf('.');
        return dot > 0 && dot <= 3 && v.length() - dot - 1 >= 1 && v.length() - dot - 1 <= 3
                && digitsOnly(v.substring(0, dot), 3) && digitsOnly(v.substring(dot + 1), 3);
    }

    /** One to {@code max} ASCII digits and nothing else. */
    static boolean digitsOnly(String v, int max) {
        int n = v.length();
        if (n == 0 || n > max) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The words of the longest value that make a column text whose words are compared with identifier values. */
    static final int TEXT_WORDS = 4;

    /** The shortest word of a kept text compared with the identifier values: an initial or a short word matches nothing. */
    static final int MIN_WORD = 4;

    /**
     * @param text a cell
     * @return its words: runs of letters, digits and {@code @._+-}, without the sentence punctuation at their ends
     *         ("RR81200000." gives "RR81200000"); empty ones left out
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}@._+-]+")) {
            int a = 0;
            int b = w.length();
            while (a < b && ".,_-+".indexOf(w.charAt(a)) >= 0) {
                a++;
            }
            while (b > a && ".,_-+".indexOf(w.charAt(b - 1)) >= 0) {
                b--;
            }
            if (b > a) {
                words.add(w.substring(a, b));
            }
        }
        return words;
    }

    private static boolean hasSpace(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (Character.isWhitespace(v.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The forms of a kept text's words that an input identifier value may equal: each word of {@link #MIN_WORD}
     * characters or more as written, in capitals, in small letters and capitalised (a surname stored as THRELFALL and
     * written Threlfall), and each two neighbouring words as written (a full name, "Winifred Threlfall").
     */
    static void forEachWord(String text, java.util.function.Consumer<String> form) {
        forEachWord(words(text), form);
    }

    /** {@link #forEachWord(String, java.util.function.Consumer)} on a text already split by {@link #words}. */
    private static void forEachWord(List<String> words, java.util.function.Consumer<String> form) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() >= MIN_WORD) {
                form.accept(w);
                String upper = w.toUpperCase(java.util.Locale.ROOT);
                String lower = w.toLowerCase(java.util.Locale.ROOT);
                int first = w.offsetByCodePoints(0, 1);
                String title = w.substring(0, first).toUpperCase(java.util.Locale.ROOT)
                        + w.substring(first).toLowerCase(java.util.Locale.ROOT);
                if (!upper.equals(w)) {
                    form.accept(upper);
                }
                if (!lower.equals(w)) {
                    form.accept(lower);
                }
                if (!title.equals(w) && !title.equals(upper) && !title.equals(lower)) {
                    form.accept(title);
                }
            }
            if (i > 0) {
                form.accept(words.get(i - 1) + " " + w);
            }
        }
    }

    /**
     * The detectors' note on kept columns whose bare yyyymmdd dates were judged coincidences
     * ({@link KeptColumnDetector#coincidental}), or empty.
     *
     * @param columns per "table.column", "dates of date-shaped numbers"
     */
    static String coincidentalDates(Map<String, String> columns) {
        if (columns.isEmpty()) {
            return "";
        }
        List<String> each = new ArrayList<>();
        columns.forEach((column, counts) -> each.add(column + " (" + counts + ")"));
        return "; numbers that read as yyyymmdd dates by chance, in columns of numbers where few eight-digit values "
                + "from 19000000 to 20999999 do (dates of such values): " + String.join(", ", each);
    }

    TableCheck table(TablePlan plan) {
        return new TableCheck(plan);
    }

    private static String edge(TablePlan plan, TablePlan.Fk f) {
        return plan.name + "." + f;
    }

    /** Confirms suspected duplicate primary keys on the staged output, by value. */
    private JobReport.Check primaryKeys(TableSource staged) {
        List<String> duplicated = new ArrayList<>();
        long checked = 0;
        for (TablePlan p : plans) {
            if (p.primaryKeyOutputs.length == 0) {
                continue;
            }
            checked++;
            Fingerprints.LongSet candidates = duplicateCandidates.get(p.name);
            if (candidates == null) {
                continue;
            }
            List<String> names = Arrays.stream(p.primaryKeyOutputs).mapToObj(o -> p.outputColumns.get(o).name()).toList();
            int[] all = java.util.stream.IntStream.range(0, names.size()).toArray();
            Map<String, Integer> seen = new HashMap<>();
            long extra = 0;
            try (RowReader r = staged.open(p.name, names)) {
                for (String[] row = r.next(); row != null; row = r.next()) {
                    String k = TablePlan.keyOf(row, all);
                    if (k != null && candidates.contains(fingerprints.of(k)) && seen.merge(k, 1, Integer::sum) > 1) {
                        extra++;
                    }
                }
            }
            if (extra > 0) {
                duplicated.add(p.name + " (" + extra + " rows repeat a primary key of (" + String.join(", ", names) + "))");
            }
        }
        String cut = primaryKeysCut.isEmpty() ? "" : "; checked on the first " + PRIMARY_KEY_LIMIT + " keys of: " + String.join(", ", primaryKeysCut);
        return new JobReport.Check("primary keys", duplicated.isEmpty(), (duplicated.isEmpty()
                ? checked + " tables' primary keys are unique in the output"
                : "duplicate primary keys in the output: " + String.join(", ", duplicated)) + cut);
    }

    /**
     * @param staged the staged output
     * @param written rows written per table (output name)
     * @return the checks
     */
    List<JobReport.Check> finish(TableSource source, TableSource staged, Map<String, Long> written) {
        List<JobReport.Check> checks = new ArrayList<>();
        // Foreign keys deferred by a cycle or a self-reference.
        for (TablePlan p : plans) {
            for (TablePlan.Fk f : p.foreignKeys) {
                Set<String> waiting = pending.get(edge(p, f));
                if (waiting != null) {
                    Set<String> parent = keys.get(f.parentKey());
                    long missing = waiting.stream().filter(v -> !parent.contains(v)).count();
                    violations.merge(edge(p, f), missing, Long::sum);
                }
            }
        }
        List<String> broken = new ArrayList<>();
        violations.forEach((edge, n) -> {
            if (n > 0) {
                broken.add(edge + " (" + n + " rows)");
            }
        });
        checks.add(new JobReport.Check("foreign keys", broken.isEmpty(), broken.isEmpty()
                ? violations.size() + " foreign keys, " + foreignKeyValues + " values, all join"
                : "values that do not join: " + String.join(", ", broken)));

        checks.add(primaryKeys(staged));

        List<String> wrongCounts = new ArrayList<>();
        for (TablePlan p : plans) {
            long expected = written.getOrDefault(p.name, 0L);
            long actual = staged.count(p.name);
            if (actual != expected) {
                wrongCounts.add(p.name + " (" + actual + " staged, " + expected + " expected)");
            }
        }
        checks.add(new JobReport.Check("row counts", wrongCounts.isEmpty(), wrongCounts.isEmpty()
                ? plans.size() + " tables hold the rows planned" : "mismatch: " + String.join(", ", wrongCounts)));

        List<String> hits = new ArrayList<>();
        detectorHits.forEach((column, n) -> hits.add(column + " (" + n + " values look like " + detectorTypes.get(column) + ")"));
        List<String> keptFoundIn = new ArrayList<>();
        keptHits.forEach((column, n) -> keptFoundIn.add(column + " (" + n + " values hold " + keptTypes.get(column) + ")"));
        checks.add(new JobReport.Check("detectors", hits.isEmpty() && keptFoundIn.isEmpty(), (hits.isEmpty() && keptFoundIn.isEmpty()
                ? detectorChecked + " transformed and " + keptChecked + " kept values checked, no identifier found"
                : (hits.isEmpty() ? "" : "identifiers found in transformed columns: " + String.join(", ", hits)
                        + (keptFoundIn.isEmpty() ? "" : "; "))
                        + (keptFoundIn.isEmpty() ? "" : "identifiers found in columns copied unchanged: "
                        + String.join(", ", keptFoundIn) + "; give each a rule (an identifier type, suppress or drop)"))
                + coincidentalDates(keptCoincidences)
                + (sharedUrls.isEmpty() ? "" : "; URLs that are a few addresses on many rows (a code system's, at most "
                        + SHARED_URLS + " distinct, " + MIN_ROWS_PER_SHARED_URL + " rows each): " + sharedUrls)
                + (detectorSkipped.isEmpty() ? "" : "; foreign keys are checked at their parent key; not applicable to format-preserving columns: " + String.join(", ", detectorSkipped))));

        Fingerprints.LongSet candidates = fingerprints.candidates();
        Fingerprints.LongSet wordCandidates = wordPrints.candidates();
        if (!candidates.isEmpty() || !wordCandidates.isEmpty()) {
            // Confirm: which candidates are fingerprints of input identifier values...
            Fingerprints.LongSet confirmed = new Fingerprints.LongSet();
            // The confirmed values that a word of a kept text may copy (see wordLike), and how many input entities carry
            // each: a word that three or more data subjects' identifier values are (a town many live in, a common
            // surname) names none of them, as a kept cell that three or more entities carry does not (breaker47: a
            // branch named KADUNA AHMADU BELLO WAY, where many customers live in Kaduna or on that road).
            Fingerprints.LongSet wordConfirmed = new Fingerprints.LongSet();
            Map<Long, Spread> wordCarriers = new HashMap<>();
            for (TablePlan p : plans) {
                List<String> names = new ArrayList<>();
                List<Boolean> general = new ArrayList<>();
                List<Boolean> keys = new ArrayList<>();
                List<IdentifierType> types = new ArrayList<>();
                for (int o = 0; o < p.outputColumns.size(); o++) {
                    if (p.identifier[o]) {
                        names.add(p.inputColumns.get(p.outputFrom[o]));
                        JobReport.ColumnReport cr = p.columnReports.get(p.outputFrom[o]);
                        general.add(GENERALIZING.contains(cr.action()));
                        keys.add(smallIntegersIdentifyNoOne(cr.identifier()));
                        types.add(cr.identifier().map(IdentifierType::valueOf).orElse(null));
                    }
                }
                if (names.isEmpty()) {
                    continue;
                }
                int identifiers = names.size();
                ReadList read = withEntity(p, names, o -> p.inputColumns.get(p.outputFrom[o]));
                int e = read.entity();
                long row = 0;
                try (RowReader r = source.open(p.name, read.columns())) {
                    for (String[] cells = r.next(); cells != null; cells = r.next()) {
                        row++;
                        for (int i = 0; i < identifiers; i++) {
                            String v = cells[i];
                            if (v != null && informative(v) && !(general.get(i) && shortNumber(v)) && !(keys.get(i) && smallInteger(v))) {
                                long f = fingerprints.of(v);
                                if (candidates.contains(f)) {
                                    confirmed.add(f);
                                }
                                if (wordCandidates.contains(f) && wordLike(v, types.get(i))) {
                                    String who = e >= 0 && cells[e] != null ? cells[e] : p.name + " row " + row;
                                    wordCarriers.computeIfAbsent(f, k -> new Spread("")).add(p.name + "\u0000" + who);
                                }
                            }
                        }
                    }
                }
            }
            wordCarriers.forEach((f, carriers) -> {
                if (!carriers.shared) {
                    wordConfirmed.add(f);
                }
            });
            // ...and which copied cells of the staged output carry them. A cell is the row's own value of its column; it
            // leaks an identifier unless three or more entities carry that value in that column (shared vocabulary that
            // happens to equal an identifier elsewhere, such as a country that is also someone's surname).
            for (TablePlan p : plans) {
                List<String> names = new ArrayList<>();
                List<Boolean> text = new ArrayList<>();
                for (int o = 0; o < p.outputColumns.size(); o++) {
                    if (p.transformers[o] == null) {
                        names.add(p.outputColumns.get(o).name());
                        text.add(p.wordsChecked[o]);
                    }
                }
                if (names.isEmpty() || confirmed.isEmpty() && wordConfirmed.isEmpty()) {
                    continue;
                }
                ReadList read = withEntity(p, names, o -> p.outputColumns.get(o).name());
                int e = read.entity();
                List<Map<Long, Spread>> spread = new ArrayList<>();
                List<Map<Long, Spread>> wordSpread = new ArrayList<>();
                List<Set<String>> distinct = new ArrayList<>();
                for (int o = 0; o < names.size(); o++) {
                    spread.add(new HashMap<>());
                    wordSpread.add(new HashMap<>());
                    distinct.add(new HashSet<>());
                }
                Set<Long> inCell = new HashSet<>();
                int[] maxWords = new int[names.size()];
                long row = 0;
                try (RowReader r = staged.open(p.name, read.columns())) {
                    for (String[] cells = r.next(); cells != null; cells = r.next()) {
                        row++;
                        String who = e >= 0 && cells[e] != null ? cells[e] : "row " + row;
                        for (int o = 0; o < names.size(); o++) {
                            String v = cells[o];
                            if (v != null && !v.isEmpty()) {
                                if (distinct.get(o).size() < MAX_VOCABULARY_VALUES) {
                                    distinct.get(o).add(v);
                                }
                                long f = fingerprints.of(v);
                                if (confirmed.contains(f)) {
                                    spread.get(o).computeIfAbsent(f, k -> new Spread(v)).add(who);
                                } else if (text.get(o) && !wordConfirmed.isEmpty() && hasSpace(v)) {
                                    // A word of the text (in any of its cases) that is a person's identifier value,
                                    // counted once per cell under its small-letter form.
                                    List<String> cellWords = words(v);
                                    maxWords[o] = Math.max(maxWords[o], cellWords.size());
                                    inCell.clear();
                                    Map<Long, Spread> ws = wordSpread.get(o);
                                    forEachWord(cellWords, w -> {
                                        if (wordConfirmed.contains(fingerprints.of(w))) {
                                            String key = w.toLowerCase(java.util.Locale.ROOT);
                                            long k = fingerprints.of(key);
                                            if (inCell.add(k)) {
                                                ws.computeIfAbsent(k, x -> new Spread(key)).add(who);
                                            }
                                        }
                                    });
                                }
                            }
                        }
                    }
                }
                for (int o = 0; o < names.size(); o++) {
                    // Text is a column with a value of four words or more (as the proposer reads it: shorter values
                    // are names of things, "Lincoln Park"); a word that three or more entities' texts hold (a town, a
                    // common first name) is shared vocabulary.
                    for (Spread sp : maxWords[o] >= TEXT_WORDS ? wordSpread.get(o).values() : List.<Spread>of()) {
                        (sp.shared ? sharedWords : leakedWords).merge(p.name + "." + names.get(o), sp.cells, Long::sum);
                    }
                    if (spread.get(o).isEmpty()) {
                        continue;
                    }
                    // A column whose values are all of a closed vocabulary (ISO 3166 countries, US states, ISO 4217
                    // currencies, a code system with a check digit): a value of that vocabulary names a country or a
                    // concept, even where it equals someone's name.
                    CodeSystem vocabulary = CodeSystems.recognize(p.name, names.get(o), distinct.get(o))
                            .map(CodeSystemMatch::system).filter(CodeSystem::closedList).orElse(null);
                    for (Spread sp : spread.get(o).values()) {
                        boolean shared = sp.shared || vocabulary != null && vocabulary.matches(sp.value);
                        (shared ? coincidences : leaks).merge(p.name + "." + names.get(o), sp.cells, Long::sum);
                    }
                }
            }
        }
        List<String> leaked = new ArrayList<>();
        leaks.forEach((column, n) -> leaked.add(column + " (" + n + " cells)"));
        leakedWords.forEach((column, n) -> leaked.add(column + " (" + n + " words of its text)"));
        List<String> shared = new ArrayList<>();
        coincidences.forEach((column, n) -> shared.add(column + " (" + n + " cells)"));
        sharedWords.forEach((column, n) -> shared.add(column + " (" + n + " words of its text)"));
        String vocabulary = shared.isEmpty() ? "" : "; cells of copied columns equal to an input identifier value but "
                + "carried there by three or more entities or values of the column's closed vocabulary (country, state, "
                + "currency, code system): shared vocabulary, not a copy of the identifier: "
                + String.join(", ", shared);
        checks.add(new JobReport.Check("original values", leaked.isEmpty(), (leaked.isEmpty()
                ? fingerprints.inputCount() + " input identifier values fingerprinted; none is in a copied column, "
                        + "and no transformed cell kept its input value"
                : "input identifier values found in the output: " + String.join(", ", leaked)) + vocabulary));
        return checks;
    }
}
