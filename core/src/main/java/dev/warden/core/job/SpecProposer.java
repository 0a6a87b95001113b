package dev.warden.core.job;

import dev.warden.core.deid.AgeBands;
import dev.warden.core.deid.detect.CodeSystem;
import dev.warden.core.deid.detect.CodeSystemMatch;
import dev.warden.core.deid.detect.CodeSystems;
import dev.warden.core.deid.detect.ColumnClassifier;
import dev.warden.core.deid.detect.ColumnHeader;
import dev.warden.core.deid.detect.CryptoAddress;
import dev.warden.core.deid.detect.DetectorKind;
import dev.warden.core.deid.detect.NationalNumbers;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.Transformation;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
    /** An organisation's name has at most this many words; longer values are sentences (notes), not names. */
    private static final int MAX_ORGANISATION_WORDS = 8;

    private static final Set<String> NAME_PARTS = Set.of("prefix", "suffix", "title", "nameprefix", "namesuffix",
            "salutation", "middle", "middleinitial", "nickname", "alias");

    /** Numbers a person holds alone, which a list's key under their header never makes a thing's. */
    private static final Set<IdentifierType> PERSONS_OWN_NUMBERS = Set.of(IdentifierType.NATIONAL_ID,
            IdentifierType.SOCIAL_SECURITY_NUMBER, IdentifierType.MEDICAL_RECORD_NUMBER,
            IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER);

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
            "medicare", "medicaid", "practice", "office", "network", "plan", "fund", "the", "of", "and",
            // kinds of business (Stark Industries, Jordan Freight, Bluebird Bakery) (breaker46)
            "industries", "industry", "enterprises", "manufacturing", "logistics", "freight", "traders", "trading",
            "bakery", "motors", "realty", "construction", "consulting", "technologies", "software", "capital",
            "investments", "properties", "ventures", "studios", "media", "foods", "farms", "supply", "supplies",
            // churches, schools and funeral homes (Trinity Lutheran Church, Lincoln Elementary; breaker71; not Abbey,
            // a family name: breaker75)
            "church", "chapel", "cathedral", "mosque", "synagogue", "ministries", "congregation", "basilica",
            "funeral", "mortuary", "crematorium", "cemetery", "elementary", "academy",
            // Turkish couriers and their branches (MNG Kargo, Kadıköy Şube, Merkez; breaker72)
            "kargo", "şube", "şubesi", "sube", "subesi", "merkez", "merkezi", "lojistik", "şti", "sti",
            // Indonesian clinics and hospitals (Poli Umum, Posyandu Melati, RSUD Kota; breaker86)
            "poli", "poliklinik", "posyandu", "puskesmas", "pustu", "polindes", "rsud", "rsup", "rsia", "klinik",
            // Costa Rica's EBAIS, Rwanda's and francophone Africa's centres de santé (CS) and district hospitals (HD),
            // postes de santé; Latin America's centros de salud (breaker89, breaker90)
            "ebais", "cs", "hd", "chu", "poste", "centro", "salud", "hôpital", "hopital", "dispensary", "dispensaire",
            // a test's type written as words (Type A, Type As: a tympanogram; breaker91)
            "type");

    /** A word of a person's name: letters with apostrophes, hyphens or a dot, optionally followed by digits. */
    /**
     * An abbreviated title before a name: letters and a closing period, at least two letters before it, lower case
     * or ending a longer word ({@code spl.} for a nurse, {@code hjelpepl.}, {@code Bpk.}); a single initial
     * ({@code J.}) is part of the name.
     */
    private static final Pattern TITLE_ABBREVIATION = Pattern.compile("\\p{Ll}[\\p{L}-]+\\.|\\p{Lu}\\p{Ll}{2,}\\.|\\p{Lu}{2,4}\\.");

    private static final Pattern NAME_WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'\u2019.\\-]*[0-9]*");

    /** Types whose transformations parse the value (dates, ZIP codes, ages): proposed only when every sampled value fits. */
    private static final Set<IdentifierType> STRICT = Set.of(IdentifierType.DATE, IdentifierType.DATE_OF_BIRTH,
            IdentifierType.ZIP_CODE, IdentifierType.AGE);

    /**
     * Types a primary key may keep from its header: their transformations are keyed and one-to-one in every profile
     * (a keyed code or format-preserving encryption), so keys stay unique and joins survive. A key whose header names
     * a telephone number, an e-mail or a date (replaced by a label, a pseudonym or a year) is a record identifier.
     */
    private static final Set<IdentifierType> KEY_TYPES = Set.of(IdentifierType.SOCIAL_SECURITY_NUMBER,
            IdentifierType.MEDICAL_RECORD_NUMBER, IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER,
            IdentifierType.ACCOUNT_NUMBER, IdentifierType.CREDIT_CARD_NUMBER, IdentifierType.IBAN,
            IdentifierType.CERTIFICATE_LICENSE_NUMBER, IdentifierType.NATIONAL_ID, IdentifierType.VEHICLE_IDENTIFIER,
            IdentifierType.DEVICE_IDENTIFIER, IdentifierType.OTHER_UNIQUE_IDENTIFIER);

    /** Rows read per table by default; a table with fewer rows is read whole. */
    public static final int DEFAULT_SAMPLE_ROWS = 50_000;
    /**
     * The share of a column's rows whose value at least two entities carry, above which the column is shared
     * vocabulary (entity-spread evidence). Names, user names, passwords and notes are carried by one entity each.
     */
    public static final double DEFAULT_VOCABULARY_SHARE = 0.9;
    /** Entity spread is evidence only over at least this many entities. */
    public static final int MIN_ENTITIES = 4;

    private final TableSource source;
    private final int sampleRows;
    private final double vocabularyShare;

    /**
     * @param source the source to look at
     * @param sampleRows rows read per table (the first ones), at least 1; tables with fewer rows are read whole
     */
    public SpecProposer(TableSource source, int sampleRows) {
        this(source, sampleRows, DEFAULT_VOCABULARY_SHARE);
    }

    /**
     * @param source the source to look at
     * @param sampleRows rows read per table (the first ones), at least 1; tables with fewer rows are read whole
     * @param vocabularyShare the entity-spread threshold, in (0, 1]: see {@link #DEFAULT_VOCABULARY_SHARE}
     */
    public SpecProposer(TableSource source, int sampleRows, double vocabularyShare) {
        this.source = source;
        this.sampleRows = Math.max(1, sampleRows);
        if (!(vocabularyShare > 0 && vocabularyShare <= 1)) {
            throw new dev.warden.InvalidInputException("classify: the vocabulary share must be in (0, 1], e.g. 0.9");
        }
        this.vocabularyShare = vocabularyShare;
    }

    /** The rows read of one table, and whether they are all its rows. */
    private record Sample(List<String[]> rows, boolean whole) {
    }

    /**
     * @param name the spec's name
     * @param profile the default profile
     * @param asOf the as-of date
     * @return the proposed spec; every column carries the evidence behind its rule in {@code comment}
     */
    public JobSpec propose(String name, String profile, LocalDate asOf) {
        List<String> tables = source.tables();
        Map<String, TableSchema> schemas = new LinkedHashMap<>();
        Map<String, Sample> samples = new HashMap<>();
        for (String t : tables) {
            TableSchema s = source.schema(t);
            schemas.put(t, s);
            List<String[]> rows = new ArrayList<>();
            boolean whole = true;
            try (RowReader r = source.open(t, s.columnNames())) {
                for (String[] row = r.next(); row != null; row = r.next()) {
                    if (rows.size() == sampleRows) {
                        whole = false;
                        break;
                    }
                    rows.add(row);
                }
            }
            samples.put(t, new Sample(rows, whole));
        }
        Map<String, String> primaryKeys = new LinkedHashMap<>();
        for (String t : tables) {
            TableSchema s = schemas.get(t);
            Optional<String> pk = s.primaryKey().or(() -> guessPrimaryKey(t, s, samples.get(t).rows(), tables));
            pk.ifPresent(k -> primaryKeys.put(t, k));
        }
        sharedKeyHomes(tables, schemas, samples, primaryKeys).forEach(primaryKeys::putIfAbsent);
        Map<String, Set<String>> keyValues = new HashMap<>();
        for (Map.Entry<String, String> e : primaryKeys.entrySet()) {
            Sample sample = samples.get(e.getKey());
            int k = indexOf(schemas.get(e.getKey()), e.getValue());
            if (sample.whole() && k >= 0) {
                Set<String> keys = new HashSet<>();
                for (String[] row : sample.rows()) {
                    if (row[k] != null) {
                        keys.add(row[k]);
                    }
                }
                keyValues.put(e.getKey(), keys);
            } else {
                keyValues.put(e.getKey(), allValues(e.getKey(), e.getValue()));
            }
        }
        Set<String> idLikeKeys = new HashSet<>();
        keyValues.forEach((t, keys) -> {
            if (idLike(keys)) {
                idLikeKeys.add(t);
            }
        });
        Map<String, List<ForeignKey>> foreignKeys = new LinkedHashMap<>();
        Map<String, Optional<Set<String>>> uniqueColumns = new HashMap<>();
        // the data subjects' table as the headers alone tell (before any link is known): a primary key refers to it
        Optional<String> subjects = entityTable(tables, schemas, primaryKeys, Map.of());
        for (String t : tables) {
            TableSchema s = schemas.get(t);
            List<ForeignKey> fks = new ArrayList<>(s.foreignKeys());
            if (fks.isEmpty()) {
                fks.addAll(inferForeignKeys(t, s, samples.get(t).rows(), primaryKeys, keyValues, idLikeKeys));
                fks.addAll(alternateKeyReferences(t, s, samples, schemas, primaryKeys, fks, uniqueColumns, subjects));
                fks.addAll(personReferences(t, s, samples, schemas, fks));
            }
            foreignKeys.put(t, fks);
        }
        resolveChains(tables, schemas, foreignKeys);
        Optional<String> entity = entityTable(tables, schemas, primaryKeys, foreignKeys);
        Map<String, ColumnHeader.Meaning> meanings = new HashMap<>();
        Set<String> referenced = new HashSet<>();
        foreignKeys.values().forEach(l -> l.forEach(f -> referenced.add(f.referencedTable().toLowerCase(Locale.ROOT))));
        Map<String, Pending> pending = new LinkedHashMap<>();
        Map<String, List<String>> entitiesOf = new HashMap<>();
        Set<String> unlinkedTables = new HashSet<>();
        Set<String> references = new HashSet<>();
        for (String t : tables) {
            TableSchema s = schemas.get(t);
            List<String> entities = entities(t, s, samples.get(t).rows(), entity, primaryKeys, foreignKeys, samples, schemas);
            entitiesOf.put(t, entities);
            // A reference table: other tables refer to its rows, it has no link to the data subjects, and none of its
            // headers names a personal identifier (categories, products, regions, care sites).
            // A lookup table is one that nothing links to the data subjects' tables at all (a list of states beside
            // the orders), judged the same way.
            boolean isReferenced = referenced.contains(t.toLowerCase(Locale.ROOT));
            boolean lookup = entity.isPresent() && !isReferenced && foreignKeys.get(t).isEmpty();
            boolean unlinked = !entity.map(t::equalsIgnoreCase).orElse(false) && entities.stream().allMatch(x -> x.startsWith("r:"));
            if (unlinked) {
                unlinkedTables.add(t);
            }
            // "None of its headers names a personal identifier" is evidence only when the headers can be read: one of
            // them names a thing, a category or a code (product_name, category, concept_id), or the table's name
            // names organisations. A table whose headers say nothing readable (another script, another language) is
            // judged column by column, as any other.
            boolean readable = ColumnHeader.namesOrganisations(t) || s.columns().stream().map(c -> ColumnHeader.meaning(t, c.name()).kind())
                    .anyMatch(k -> k == ColumnHeader.Kind.VOCABULARY || k == ColumnHeader.Kind.THING_NAME
                            || k == ColumnHeader.Kind.CONCEPT_ID)
                    || s.columns().stream().anyMatch(c -> ColumnHeader.namesCompany(c.name()));
            // A table keyed by a person's key (SDTM's dm by USUBJID) or holding a person's sex, race or ethnicity
            // describes people, however few of its headers name an identifier.
            String key = primaryKeys.get(t);
            boolean people = key != null && ColumnHeader.namesPersonKey(key) && !ColumnHeader.namesActorKey(key)
                    || s.columns().stream().anyMatch(c -> ColumnHeader.namesDemographic(c.name()));
            if ((isReferenced || lookup) && unlinked && readable && !people
                    && s.columns().stream().noneMatch(c -> personal(ColumnHeader.meaning(t, c.name())))) {
                references.add(t);
            }
        }
        // A table that refers to a group of the data subjects (segments -> bookings, which the passengers refer to, at
        // most three passengers a booking on average) or to a table linked to them records events of those people,
        // not things: it is no reference table, nor are the tables that refer to it in turn. A reference to an
        // organisation many people share (books -> branches) or to a person acting on the row (a department's head)
        // does not count.
        Set<String> groups = new HashSet<>();
        String entityTable = entity.map(en -> tableNamed(tables, en)).orElse(null);
        if (entityTable != null) {
            for (ForeignKey f : foreignKeys.get(entityTable)) {
                String p = tableNamed(tables, f.referencedTable());
                int k = indexOf(schemas.get(entityTable), f.column());
                if (p == null || p.equals(entityTable) || k < 0) {
                    continue;
                }
                List<String[]> rows = samples.get(entityTable).rows();
                int parents = nonEmptyValues(rows, k).size();
                if (parents > 0 && rows.size() <= 3 * parents) {
                    groups.add(p);
                }
            }
        }
        for (boolean changed = true; changed; ) {
            changed = references.removeIf(t -> foreignKeys.get(t).stream()
                    .filter(f -> !ColumnHeader.namesActor(f.column()))
                    .map(f -> tableNamed(tables, f.referencedTable()))
                    .anyMatch(p -> p != null && !p.equals(t) && !entity.map(p::equalsIgnoreCase).orElse(false)
                            && !references.contains(p) && (groups.contains(p)
                            || !unlinkedTables.contains(p))));
        }
        for (String t : tables) {
            TableSchema s = schemas.get(t);
            Sample sample = samples.get(t);
            List<String> entities = entitiesOf.get(t);
            boolean isReferenced = referenced.contains(t.toLowerCase(Locale.ROOT));
            boolean unlinked = unlinkedTables.contains(t);
            boolean reference = references.contains(t);
            // A table of organisations (shippers, payers): referred to, not linked to the data subjects, a column that
            // names the organisation and none that names a person. Its key names an organisation, not a person.
            // Columns of a contact (contact_name, contact_title): the rows are organisations reached through a person.
            boolean contacts = s.columns().stream().anyMatch(c -> ColumnHeader.words(c.name()).contains("contact"));
            boolean organisations = isReferenced && unlinked && !reference && !namesPeople(t)
                    && (ColumnHeader.namesOrganisations(t) || s.columns().stream()
                            .anyMatch(c -> ColumnHeader.meaning(t, c.name()).rule().equals(ColumnHeader.ORGANISATION_COMPANY_RULE)
                                    || ColumnHeader.namesCompany(c.name())))
                    && noPersonName(t, s, sample);
            Pending p = new Pending(s, sample, entities);
            pending.put(t, p);
            for (int c = 0; c < s.columns().size(); c++) {
                String column = s.columns().get(c).name();
                if (foreignKeys.get(t).stream().anyMatch(f -> f.column().equalsIgnoreCase(column))) {
                    continue; // takes its parent key's rule
                }
                List<String> cells = new ArrayList<>(sample.rows().size());
                for (String[] row : sample.rows()) {
                    cells.add(row[c]);
                }
                ColumnEvidence e = ColumnEvidence.of(cells, entities);
                p.evidence.put(column, e);
                ColumnHeader.Meaning m = ColumnHeader.meaning(t, column);
                meanings.put(t + "." + column, m);
                Column col = new Column(t, s.columns().get(c), m, e, sample.whole(), column.equalsIgnoreCase(primaryKeys.get(t)),
                        reference, organisations, contacts, entity.map(t::equalsIgnoreCase).orElse(false),
                        primaryKeys.containsKey(t), p.rowsAreEntities(), asOf);
                Optional<ColumnSpec> spec = decide(col);
                spec = spec.map(x -> oldDatesAreBirthDates(x, e, reference, asOf));
                spec = byNeighbour(s, c, spec, p.decided, e);
                if (spec.isPresent()) {
                    p.decided.put(column, spec.get());
                } else {
                    p.later.add(c);
                }
            }
        }
        Map<String, Integer> vocabulary = vocabulary(pending);
        Trial trial = new Trial(profile, asOf);
        List<TableSpec> specs = new ArrayList<>();
        for (String t : tables) {
            Pending p = pending.get(t);
            TableSchema s = p.schema;
            // Second pass: descriptions of a kept code column, the data set's shared vocabulary, then the protective
            // default.
            for (int c : p.later) {
                String column = s.columns().get(c).name();
                ColumnEvidence e = p.evidence.get(column);
                // one value among blanks is no description of a code (a patient_blob filled once)
                Optional<String> code = e.distinct < 2 && e.nonBlank * 2 < e.rows ? Optional.empty()
                        : describes(c, p.sample.rows(), p.decided, s, p.evidence, e);
                if (code.isPresent()) {
                    p.decided.put(column, keep(column, DESCRIPTION_EVIDENCE + " " + code.get()
                            + ": every code has one description, so it names a concept, not a person"));
                    continue;
                }
                ColumnHeader.Kind kind = meanings.get(t + "." + column).kind();
                Optional<ColumnSpec> organisations = kind == ColumnHeader.Kind.IDENTIFIER || kind == ColumnHeader.Kind.FREE_TEXT
                        || e.maxWords > MAX_ORGANISATION_WORDS ? Optional.empty() : organisationValues(column, e);
                if (organisations.isPresent()) {
                    p.decided.put(column, organisations.get());
                    continue;
                }
                double share = globalShare(c, p, vocabulary);
                if (e.embeddedHitValues() == 0 && e.entities >= MIN_ENTITIES && sharedEnough(share, e.nonBlank, e.distinct)
                        && e.meanLength() <= ColumnEvidence.MAX_VOCABULARY_LENGTH) {
                    p.decided.put(column, keep(column, String.format(Locale.ROOT, "%.0f%% of its rows hold a value that two or "
                            + "more entities carry here or in a kept column of another table: the data set's shared "
                            + "vocabulary", share * 100)));
                } else if (e.distinct >= 1 && e.distinct <= 2 && e.embeddedHitValues() == 0
                        && e.values.stream().allMatch(v -> FLAG_VALUES.contains(v.strip().toLowerCase(Locale.ROOT)))) {
                    // VAERS' DIED, L_THREAT: Y where it happened, blank elsewhere
                    p.decided.put(column, keep(column, "flags (" + String.join(", ", e.values) + "): a yes or a no "
                            + "names no one, however few rows hold it"));
                } else {
                    p.decided.put(column, protective(column, meanings.get(t + "." + column), e, p.sample.whole()));
                }
            }
        }
        categoriesOfReferencedLists(tables, pending, foreignKeys, entity);
        organisationRoles(tables, pending);
        namedPeople(tables, pending);
        rareValuesOfPeople(tables, pending, entity, vocabularyShare);
        staffByValues(tables, pending, entity);
        namesWrittenFamilyFirst(tables, pending, foreignKeys);
        referenceTablesNamingPeople(tables, pending);
        keysOfThings(tables, pending, primaryKeys, foreignKeys, entity);
        attributeValues(tables, pending, primaryKeys, foreignKeys);
        rowIdentifiersInside(tables, pending);
        placesBesidePlaces(tables, pending);
        subdivisionsBelowTheFirst(tables, pending);
        longitudesBesideLatitudes(tables, pending);
        digests(tables, pending);
        jsonPayloads(tables, pending);
        aliasesOfIdentifiers(tables, pending);
        copiedIdentifiers(tables, pending, primaryKeys, foreignKeys);
        agesBesideBirthDates(tables, pending, asOf);
        keysKeepJoining(tables, pending, foreignKeys);
        for (String t : tables) {
            Pending p = pending.get(t);
            TableSchema s = p.schema;
            List<ColumnSpec> columns = new ArrayList<>();
            for (SourceColumn sc : s.columns()) {
                ColumnSpec cs = p.decided.get(sc.name());
                if (cs != null) {
                    columns.add(tried(cs, p.evidence.get(sc.name()), t, trial));
                }
            }
            String pk = primaryKeys.get(t);
            specs.add(new TableSpec(t, Optional.ofNullable(pk), foreignKeys.get(t), Optional.empty(), columns));
        }
        return new JobSpec(name, profile, Optional.of(asOf), entity, Optional.empty(), specs);
    }

    /**
     * A column other tables' foreign keys refer to, proposed suppressed (nine-digit keys read as ZIP+4 under a header
     * that says nothing, {@code Ref}), would empty the key and every reference to it: 0 rows would join. It is proposed
     * as a keyed code instead (OTHER_UNIQUE_IDENTIFIER), which protects the values as well and keeps the joins.
     */
    private static void keysKeepJoining(List<String> tables, Map<String, Pending> pending,
            Map<String, List<ForeignKey>> foreignKeys) {
        for (List<ForeignKey> fks : foreignKeys.values()) {
            for (ForeignKey f : fks) {
                Pending p = pending.get(tableNamed(tables, f.referencedTable()));
                if (p == null) {
                    continue;
                }
                for (String key : f.referencedColumns()) {
                    p.decided.entrySet().stream().filter(d -> d.getKey().equalsIgnoreCase(key)).findFirst().ifPresent(d -> {
                        if (d.getValue().rule() instanceof ColumnRule.Explicit x && x.transformation() instanceof Transformation.Suppress) {
                            d.setValue(identifier(d.getKey(), IdentifierType.OTHER_UNIQUE_IDENTIFIER, "other tables' foreign "
                                    + "keys refer to it, so it is replaced by a keyed code, which keeps the joins (it was "
                                    + d.getValue().comment().orElse("suppressed") + ")"));
                        }
                    });
                }
            }
        }
    }

    /**
     * Third pass: a column proposed {@code keep} whose values are input values of a column proposed as an identifier
     * (a territory list whose names are the employees' cities) would copy that identifier into the output, and the
     * job's validation would rightly fail it. The same rule as the validation's ({@link OutputValidator}) decides
     * what is a copy: a value carried by fewer than three entities in the kept column, not of that column's closed
     * vocabulary (countries, states, currencies, code systems); written in another case, a value of five characters or
     * more with a letter and a character that is none (a login, a handle: not a word, which a tour stop SAVANNAH
     * shares with a fan named Savannah) of an identifier that names a person (not a place) is a copy too (a mailbox
     * {@code Benson-R} beside the login {@code benson-r}). Such a column is protected like its source: a keyed
     * code when it is a key other rows refer to, else suppressed.
     */
    private static void copiedIdentifiers(List<String> tables, Map<String, Pending> pending, Map<String, String> primaryKeys,
            Map<String, List<ForeignKey>> foreignKeys) {
        Map<String, String> identifierValues = new HashMap<>();
        // the same values in another case (a mailbox Benson-R beside the login benson-r): letters only change case
        Map<String, String> folded = new HashMap<>();
        // small integers coding a county or a smaller area (a PUMA 1800, a FIPS county 31): one of them in a column of
        // weights or counts is chance, half of a column's values is a copy (a service area copied from county_fips)
        Map<String, String> areaCodes = new HashMap<>();
        for (String t : tables) {
            Pending p = pending.get(t);
            p.decided.forEach((column, spec) -> {
                Optional<IdentifierType> type = identifierType(spec.rule());
                ColumnEvidence e = p.evidence.get(column);
                if (type.isEmpty() || e == null) {
                    return;
                }
                boolean generalizing = GENERALIZED_TYPES.contains(type.get());
                boolean surrogate = OutputValidator.smallIntegersIdentifyNoOne(type.map(IdentifierType::name));
                for (String v : e.values) {
                    if ((type.get() == IdentifierType.COUNTY || type.get() == IdentifierType.GEOGRAPHIC_SUBDIVISION)
                            && OutputValidator.informative(v) && OutputValidator.smallInteger(v)) {
                        areaCodes.putIfAbsent(v, t + "." + column);
                    }
                    if (OutputValidator.informative(v) && !(generalizing && OutputValidator.shortNumber(v))
                            && !(surrogate && OutputValidator.smallInteger(v))) {
                        identifierValues.putIfAbsent(v, t + "." + column);
                        if (PERSONAL_TYPES.contains(type.get()) && v.strip().length() >= 5 && v.chars().anyMatch(Character::isLetter)
                                && v.strip().chars().anyMatch(ch -> !Character.isLetter(ch) && ch != ' ')) {
                            folded.putIfAbsent(v.strip().toLowerCase(Locale.ROOT), t + "." + column);
                        }
                    }
                }
            });
        }
        if (identifierValues.isEmpty() && areaCodes.isEmpty()) {
            return;
        }
        Set<String> referencedKeys = new HashSet<>();
        foreignKeys.values().forEach(l -> l.forEach(f -> f.referencedColumns()
                .forEach(c -> referencedKeys.add((f.referencedTable() + "." + c).toLowerCase(Locale.ROOT)))));
        for (String t : tables) {
            Pending p = pending.get(t);
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                String column = d.getKey();
                ColumnEvidence e = p.evidence.get(column);
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || e == null || e.values.isEmpty()) {
                    continue;
                }
                CodeSystem closed = CodeSystems.recognize(t, column, e.values).map(CodeSystemMatch::system)
                        .filter(CodeSystem::closedList).orElse(null);
                int copied = 0;
                int equal = 0;
                String source = null;
                for (int i = 0; i < e.values.size(); i++) {
                    String v = e.values.get(i);
                    String from = identifierValues.get(v);
                    if (from == null && closed == null) {
                        from = folded.get(v.strip().toLowerCase(Locale.ROOT));
                    }
                    if (from != null && !from.equals(t + "." + column) && (closed == null || !closed.matches(v))) {
                        equal++;
                        if (e.carriers(i) < 3) {
                            copied++;
                        }
                        source = source == null ? from : source;
                    }
                }
                // In a table linked to no data subject, each row counts as its own entity, so a copy repeated on every
                // row of one person (an owner's phone on each of their pets' consultations) looks shared: there, a
                // column whose values are at least half copies of an identifier's is a copy of it.
                if (copied == 0 && equal * 2 >= e.values.size() && p.rowsAreEntities()) {
                    copied = equal;
                }
                boolean areaCopy = false;
                if (copied == 0 && !areaCodes.isEmpty()) {
                    String self = t + "." + column;
                    List<String> codes = e.values.stream().filter(v -> areaCodes.containsKey(v) && !areaCodes.get(v).equals(self)).toList();
                    if (!codes.isEmpty() && codes.size() * 2 >= e.values.size()) {
                        copied = codes.size();
                        source = areaCodes.get(codes.get(0));
                        areaCopy = true;
                    }
                }
                if (copied == 0) {
                    continue;
                }
                String why = String.format(Locale.ROOT, "%d of its %d distinct values are values of %s (an identifier) "
                        + (areaCopy ? "that codes a county or a smaller area, half or more of its values: a copy of it"
                                : "that fewer than three entities carry here: kept, it would copy that identifier"), copied,
                        e.values.size(), source);
                boolean key = column.equalsIgnoreCase(primaryKeys.get(t))
                        || referencedKeys.contains((t + "." + column).toLowerCase(Locale.ROOT));
                d.setValue(key ? identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, why + "; a keyed code keeps joins")
                        : suppress(column, why));
            }
        }
        namesInsideText(tables, pending);
    }

    /** Identifier types whose values single out a person wherever they are written (not places, dates or ages). */
    static final Set<IdentifierType> PERSONAL_TYPES = Set.of(IdentifierType.NAME, IdentifierType.GIVEN_NAME,
            IdentifierType.FAMILY_NAME, IdentifierType.MEDICAL_RECORD_NUMBER, IdentifierType.SOCIAL_SECURITY_NUMBER,
            IdentifierType.NATIONAL_ID, IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, IdentifierType.ACCOUNT_NUMBER,
            IdentifierType.TELEPHONE_NUMBER, IdentifierType.EMAIL_ADDRESS, IdentifierType.OTHER_UNIQUE_IDENTIFIER,
            IdentifierType.CERTIFICATE_LICENSE_NUMBER, IdentifierType.VEHICLE_IDENTIFIER, IdentifierType.DEVICE_IDENTIFIER,
            IdentifierType.CREDIT_CARD_NUMBER, IdentifierType.IBAN, IdentifierType.FAX_NUMBER, IdentifierType.IP_ADDRESS);

    /** Distinct values from which a column of words under an unread header is read as names rather than categories. */
    private static final int NAME_LIKE_DISTINCT = 10;
    /** Entities per value below which such a column's values are too rare for a category of people. */
    private static final int CATEGORY_CARRIERS = 8;

    /** @return whether the column is kept as integers (counts, amounts, codes) under a header no convention reads */
    private static boolean keptIntegersUnderUnreadHeader(String table, ColumnSpec spec, ColumnEvidence e) {
        return spec.rule() instanceof ColumnRule.Keep && e != null && e.allIntegers
                && spec.comment().orElse("").startsWith("keep: integers")
                && ColumnHeader.meaning(table, spec.name()).kind() == ColumnHeader.Kind.NONE;
    }

    /**
     * @return whether the column is kept for its entity spread alone (the spread test's comment) under a header that
     *     no convention reads: the case the rules below look at again with evidence from the values
     */
    private static boolean keptBySpreadUnderUnreadHeader(String table, ColumnSpec spec, ColumnEvidence e) {
        String comment = spec.comment().orElse("");
        if (!(spec.rule() instanceof ColumnRule.Keep) || e == null || e.allNumbers
                || !comment.contains("entities share") && !comment.contains("shared vocabulary")) {
            return false;
        }
        ColumnHeader.Meaning h = ColumnHeader.meaning(table, spec.name());
        // or read by its header as a phone its values refute (Rwanda's Cell, the akagari: no digit; breaker89): as good
        // as unread; not an Account of companies' names beside their City
        return h.kind() == ColumnHeader.Kind.NONE
                || comment.contains(NO_VALUE_HAS) && h.type().filter(x -> x == IdentifierType.TELEPHONE_NUMBER).isPresent();
    }

    /** The comment's words when a header's identifier type is refuted by the values: none has what the type needs. */
    private static final String NO_VALUE_HAS = ", but no value has ";

    /** Place types whose values group a table's rows by where the person lives. */
    private static final Set<IdentifierType> PLACE_TYPES = Set.of(IdentifierType.ZIP_CODE, IdentifierType.CITY,
            IdentifierType.COUNTY, IdentifierType.GEOGRAPHIC_SUBDIVISION);
    /** The chance, under independence, below which a column that follows a place column is read as a place too. */
    static final double PLACE_DEPENDENCE_CHANCE = 1e-3;

    /**
     * A kept column under a header no convention reads whose values follow a place column of the same row, or that
     * the place column follows, is a place too (a town beside its postcode, a county beside its town, a postcode
     * beside its town: {@code település}, {@code maakond}, {@code ptt} in languages whose words the headers were not
     * read in). Evidence: grouped by one column's values (one row per entity, groups of two entities or more), the
     * other column holds one value in every group (the column determines the place; or the place determines it and it
     * has at least three quarters as many distinct values, since a much coarser column may be a state or a province,
     * which Safe Harbor lets stand), and the chance of that for a column with the same value frequencies
     * that does not depend on place (the product over the groups of the sum of each value's frequency to the power of
     * the group's size) is under {@value #PLACE_DEPENDENCE_CHANCE}. A category (sex, blood group, insurance) follows
     * no postcode, and when each postcode has one person there are no groups and no evidence. Such a column is
     * proposed as a geographic subdivision smaller than a state (45 CFR 164.514(b)(2)(i)(B)).
     */
    /**
     * Subdivisions of countries and the ones they hold, as exports list them from the largest down: a province, a
     * department, a canton is the first level in some countries and a lower one in others (Ecuador's provincias hold
     * cantones, Peru's departamentos hold provincias, Switzerland's cantons are its first level), so a level is read
     * as lower only after the one that holds it (not a company's departamento after a municipio).
     */
    private static final Map<String, Set<String>> SUBDIVISIONS_BELOW = Map.ofEntries(
            // Peru and Bolivia: departamento > provincia > distrito (Bolivia: municipio)
            Map.entry("departamento", Set.of("provincia", "distrito", "municipio")),
            // Ecuador, Costa Rica, Panama, Chile, Spain, Italy: provincia > cantón, distrito, comuna, municipio, comune
            Map.entry("provincia", Set.of("canton", "cantón", "distrito", "parroquia", "comuna", "municipio", "comune",
                    "corregimiento")),
            Map.entry("canton", Set.of("distrito", "parroquia")), Map.entry("cantón", Set.of("distrito", "parroquia")),
            // France, Chile, Italy: région > département, provincia
            // an area or a district after a region: Italy's province codes under Area (breaker55)
            Map.entry("region", Set.of("provincia", "departement", "département", "department", "comuna", "province",
                    "area", "district")),
            Map.entry("región", Set.of("provincia", "comuna")), Map.entry("regione", Set.of("provincia", "comune")),
            Map.entry("oblast", Set.of("raion", "district")), Map.entry("область", Set.of("район")),
            Map.entry("kanton", Set.of("bezirk", "gemeinde")));
    /** Two capital letters: a province's or a state's code (MI, CO). */
    private static final Pattern TWO_CAPITALS = Pattern.compile("[A-Z]{2}");
    /** Header words of the first level of a country's subdivisions, which Safe Harbor lets stand wherever they come. */
    private static final Set<String> STATE_WORDS = Set.of("state", "estado", "country", "pais", "país", "land",
            "bundesland", "uf");

    /**
     * Subdivisions below the first one a table names: where a table lists a country's subdivisions from the largest
     * down, as exports do (Peru's DEPARTAMENTO, PROVINCIA, DISTRITO; Ecuador's provincia, canton, parroquia; Italy's
     * regione, provincia), every kept one after the first is smaller than the country's first level, a geographic
     * subdivision smaller than a state (45 CFR 164.514(b)(2)(i)(B)); alone, a province or a canton may be the first
     * level and stays (breaker48). A state or a country is never one of them.
     */
    private static void subdivisionsBelowTheFirst(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            String first = null;
            Set<String> below = Set.of();
            for (SourceColumn sc : p.schema.columns()) {
                List<String> w = ColumnHeader.words(sc.name());
                if (w.stream().anyMatch(STATE_WORDS::contains)) {
                    continue;
                }
                String level = w.stream().filter(below::contains).findFirst().orElse(null);
                if (level == null) {
                    if (first == null) {
                        String top = w.stream().filter(SUBDIVISIONS_BELOW::containsKey).findFirst().orElse(null);
                        if (top != null) {
                            first = sc.name();
                            below = SUBDIVISIONS_BELOW.get(top);
                        }
                    }
                    continue; // the first level, its code beside its name (cod_provincia, provincia), or no level
                }
                ColumnSpec spec = p.decided.get(sc.name());
                ColumnEvidence e = p.evidence.get(sc.name());
                // Canadian provinces or US states after a sales region: the first level, whatever came before (breaker54)
                // every value: Italian province codes (MI, VA, CO) are often also a state's or a province's (breaker55)
                boolean firstLevel = e != null && !e.values.isEmpty() && e.values.stream().allMatch(v ->
                        CodeSystem.US_STATE.matches(v.strip()) || CANADIAN_PROVINCES.contains(v.strip()));
                // an area with digits is a measurement (floor area, 120.5), not a place; a few named areas are a sales
                // organisation's (DACH, Nordics; breaker59): an area is a place below the region when its values are
                // two-letter codes (Italy's provinces MI, CO) or a dozen or more
                boolean notAPlace = level.equals("area") && (e == null || e.values.stream().anyMatch(v -> v.chars().anyMatch(Character::isDigit))
                        || e.distinct < 12 && !e.values.stream().allMatch(v -> TWO_CAPITALS.matcher(v.strip()).matches()));
                if (spec != null && spec.rule() instanceof ColumnRule.Keep && !firstLevel && !notAPlace) {
                    p.decided.put(sc.name(), identifier(sc.name(), IdentifierType.GEOGRAPHIC_SUBDIVISION, "the table names "
                            + "a larger subdivision before it (" + first + "): a subdivision below a country's first "
                            + "level, smaller than a state (45 CFR 164.514(b)(2)(i)(B)); change to keep after review if "
                            + "it is the first level"));
                }
            }
        }
    }

    /**
     * A kept column headed {@code Long} or {@code X} in a table whose latitude is protected, every value a decimal number
     * from -180 to 180: the longitude that goes with it (a beekeepers' register's {@code Lat}, {@code Long}), a
     * geographic coordinate (45 CFR 164.514(b)(2)(i)(B)); {@code Long} alone may be anything, so it takes the latitude
     * beside it to say so.
     */
    private static void longitudesBesideLatitudes(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            boolean latitude = p.decided.entrySet().stream().anyMatch(d -> identifierType(d.getValue().rule())
                    .filter(x -> x == IdentifierType.GEOCOORDINATE).isPresent()
                    && ColumnHeader.words(d.getKey()).stream().anyMatch(w -> w.equals("lat") || w.equals("latitude") || w.equals("y")));
            if (!latitude) {
                continue;
            }
            for (SourceColumn sc : p.schema.columns()) {
                List<String> w = ColumnHeader.words(sc.name());
                ColumnSpec spec = p.decided.get(sc.name());
                ColumnEvidence e = p.evidence.get(sc.name());
                if (spec == null || !(spec.rule() instanceof ColumnRule.Keep) || e == null || e.values.isEmpty()
                        || w.stream().noneMatch(x -> x.equals("long") || x.equals("x"))) {
                    continue;
                }
                boolean degrees = e.values.stream().allMatch(v -> LONGITUDE.matcher(v.strip()).matches()
                        && Math.abs(Double.parseDouble(v.strip())) <= 180);
                if (degrees) {
                    p.decided.put(sc.name(), identifier(sc.name(), IdentifierType.GEOCOORDINATE, "every value is a decimal "
                            + "number from -180 to 180 beside a protected latitude: the longitude that goes with it, a "
                            + "geographic coordinate (45 CFR 164.514(b)(2)(i)(B))"));
                }
            }
        }
    }

    /** A longitude in decimal degrees: a sign, up to three digits, a point and at least two decimals. */
    private static final Pattern LONGITUDE = Pattern.compile("[-+]?[0-9]{1,3}\\.[0-9]{2,}");

    private static void placesBesidePlaces(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            List<Integer> places = new ArrayList<>();
            Map<Integer, IdentifierType> placeTypes = new HashMap<>();
            for (int c = 0; c < p.schema.columns().size(); c++) {
                String name = p.schema.columns().get(c).name();
                ColumnSpec spec = p.decided.get(name);
                // a place the proposal protects, or suppresses although its header names one (a UK postcode)
                Optional<IdentifierType> type = spec == null ? Optional.empty()
                        : identifierType(spec.rule()).or(() -> spec.rule() instanceof ColumnRule.Keep ? Optional.empty()
                                : ColumnHeader.meaning(t, name).type());
                if (type.filter(PLACE_TYPES::contains).isPresent()) {
                    places.add(c);
                    placeTypes.put(c, type.get());
                }
            }
            for (int c = 0; c < p.schema.columns().size() && !places.isEmpty(); c++) {
                String column = p.schema.columns().get(c).name();
                ColumnSpec spec = p.decided.get(column);
                ColumnEvidence e = p.evidence.get(column);
                if (spec == null || e == null || e.distinct < 3
                        || !(keptBySpreadUnderUnreadHeader(t, spec, e) || keptIntegersUnderUnreadHeader(t, spec, e))) {
                    continue;
                }
                for (int place : places) {
                    String placeColumn = p.schema.columns().get(place).name();
                    // the column determines the place (it is as fine or finer: a postcode beside its town), or it
                    // follows a place of nearly its own fineness (a town beside a postcode or two per town); a column
                    // much coarser than the place may be a state or province, which Safe Harbor lets stand
                    ColumnEvidence pe = p.evidence.get(placeColumn);
                    boolean nearlyAsFine = pe != null && e.distinct * 4L >= pe.distinct * 3L;
                    double follows = Math.min(nearlyAsFine ? chanceOfFollowing(p, place, c) : 1, chanceOfFollowing(p, c, place));
                    if (follows < PLACE_DEPENDENCE_CHANCE) {
                        p.decided.put(column, identifier(column, IdentifierType.GEOGRAPHIC_SUBDIVISION, String.format(
                                Locale.ROOT, "its values follow the row's %s (%s), or it follows them, one value to each, "
                                        + "which a column that does not depend on place would do by chance with "
                                        + "probability %.1e: a place of the data subjects' address, a geographic "
                                        + "subdivision smaller than a state (45 CFR 164.514(b)(2)(i)(B)); change to keep "
                                        + "after review if it is no place", placeColumn, placeTypes.get(place), follows)));
                        break;
                    }
                }
            }
        }
    }

    /**
     * "No" in Uzbek, Russian, Ukrainian, Polish, Dutch, Scandinavian, Finnish, Hungarian, Turkish and Portuguese exports:
     * a flag's column holds one (yes-words alone are words too: Ha and Sim are Korean surnames; breaker92).
     */
    private static final Set<String> NO_IN_OTHER_LANGUAGES = Set.of("yo'q", "yoʻq", "нет", "ні", "nie", "nee", "nej", "ei",
            "nem", "hayır", "não", "nao");
    /** "Yes" in the languages of {@link #NO_IN_OTHER_LANGUAGES}. */
    private static final Set<String> YES_IN_OTHER_LANGUAGES = Set.of("bor", "ha", "да", "так", "tak", "kyllä", "igen",
            "evet", "sim");
    /** A measurement: a signed or decimal number, maybe a percent ({@code ±0.05}, {@code 12.5%}, {@code 2345.5}). */
    private static final Pattern MEASURED = Pattern.compile("[±+-]?[0-9]{1,9}(?:[.,][0-9]+)?\\s?%?");
    /** A sign, a percent or a fraction other than zeros (a float-exported ZIP or number 68102.0 is whole). */
    private static final Pattern MEASURED_NOT_WHOLE = Pattern.compile("^[±+]|%$|[.,][0-9]*[1-9]");
    /** Types whose values are never measurements: names, places (not a ZIP, which exports write 68102.0), licences. */
    private static final Set<IdentifierType> MEASURABLE_TYPES = Set.of(IdentifierType.NAME, IdentifierType.GIVEN_NAME,
            IdentifierType.FAMILY_NAME, IdentifierType.CITY, IdentifierType.COUNTY, IdentifierType.GEOGRAPHIC_SUBDIVISION,
            IdentifierType.STREET_ADDRESS, IdentifierType.CERTIFICATE_LICENSE_NUMBER);

    /** Values of a yes/no flag, lower-cased: a column holding only these (one or two of them) names no one. */
    private static final Set<String> FLAG_VALUES = Set.of("y", "n", "yes", "no", "true", "false", "t", "f", "x",
            "ja", "nein", "oui", "non", "si", "sí");

    /** An age as a number: whole years or years with a fraction (45.5). */
    private static final Pattern AGE_NUMBER = Pattern.compile("[0-9]{1,3}(\\.[0-9]+)?");

    /** Five letters in a row: a word (an analyser's model, cobas 6000), which a plate or a unit's number seldom holds. */
    private static final Pattern LONG_LETTER_RUN = Pattern.compile("\\p{L}{5}");

    /**
     * Distinct values from which a column paired one to one with an identifier is another name of it whatever its
     * values look like: a category (a make, a colour) seldom has as many values, each going with one thing.
     */
    private static final int MANY_ALIASES = 10;

    /**
     * @return whether a column's values read as other names of one thing each: nine in ten of them hold a digit and no
     *     word of five letters or more (plates, units' numbers; a vanity plate LUCKY7 among them), or there are
     *     {@link #MANY_ALIASES} or more of them (plates without digits, CLI FRN; handles, ambercedar) and not most
     *     name an organisation (a merchant's name beside its account)
     */
    private static boolean aliasLike(ColumnEvidence e) {
        long codes = e.values.stream().filter(v -> v.chars().anyMatch(Character::isDigit) && !LONG_LETTER_RUN.matcher(v).find()).count();
        if (nineInTen(codes, e.values.size())) {
            return true;
        }
        long organisations = e.values.stream().filter(SpecProposer::namesOrganisation).count();
        return e.distinct >= MANY_ALIASES && organisations * 2 < e.values.size();
    }

    /** Types whose values each name one person, account or thing: a column paired one to one with one names it too. */
    private static final Set<IdentifierType> ALIASED_TYPES = Set.of(IdentifierType.VEHICLE_IDENTIFIER,
            IdentifierType.DEVICE_IDENTIFIER, IdentifierType.SOCIAL_SECURITY_NUMBER, IdentifierType.MEDICAL_RECORD_NUMBER,
            IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, IdentifierType.ACCOUNT_NUMBER,
            IdentifierType.CERTIFICATE_LICENSE_NUMBER, IdentifierType.NATIONAL_ID, IdentifierType.CREDIT_CARD_NUMBER,
            IdentifierType.IBAN, IdentifierType.EMAIL_ADDRESS, IdentifierType.OTHER_UNIQUE_IDENTIFIER);

    /**
     * A kept column under a header no convention reads (or one of free text, kept for its spread) whose values are
     * paired one to one with the values of a column
     * the proposal protects as an identifier of one person, account or thing (a vehicle's plate beside its VIN under
     * {@code Reg No}, {@code Tag} or {@code col3}; a device's name beside its serial), over rows where that identifier
     * repeats, is another name of the same thing and is protected as the same type. Evidence: every value of each
     * column goes with one value of the other, both have the same three or more distinct values, the identifier recurs
     * (more rows than values: with one row per value every unique column would pair), and the values read as names of
     * things ({@link #aliasLike}: a digit and no word of five letters or more, as numbers, plates and codes of one
     * thing have and categories, a make, a colour, an analyser's model, seldom do; or ten values or more). A device's
     * alias needs ten values: an organisation's few devices are named after their place (Bench B-2, Lane 3).
     */
    private static void aliasesOfIdentifiers(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            List<Integer> identifiers = new ArrayList<>();
            for (int c = 0; c < p.schema.columns().size(); c++) {
                ColumnSpec spec = p.decided.get(p.schema.columns().get(c).name());
                if (spec != null && identifierType(spec.rule()).filter(ALIASED_TYPES::contains).isPresent()) {
                    identifiers.add(c);
                }
            }
            for (int c = 0; c < p.schema.columns().size() && !identifiers.isEmpty(); c++) {
                String column = p.schema.columns().get(c).name();
                ColumnSpec spec = p.decided.get(column);
                ColumnEvidence e = p.evidence.get(column);
                // a header of free text kept for its spread (tags) is read the same way
                if (spec == null || e == null || e.distinct < 3 || !(keptBySpreadUnderUnreadHeader(t, spec, e)
                        || spec.rule() instanceof ColumnRule.Keep && spec.comment().orElse("").contains("entities share")
                        && ColumnHeader.meaning(t, column).kind() == ColumnHeader.Kind.FREE_TEXT)
                        || e.values.isEmpty() || !aliasLike(e)) {
                    continue;
                }
                for (int id : identifiers) {
                    String idColumn = p.schema.columns().get(id).name();
                    IdentifierType type = identifierType(p.decided.get(idColumn).rule()).orElseThrow();
                    // an organisation's few devices (six analysers, eight tills) have names of their place (Bench B-2,
                    // Lane 3): a person's devices are many (breaker41)
                    if (type == IdentifierType.DEVICE_IDENTIFIER && e.distinct < MANY_ALIASES) {
                        continue;
                    }
                    if (pairedOneToOne(p.sample.rows(), id, c)) {
                        p.decided.put(column, identifier(column, type, String.format(Locale.ROOT, "its %d values pair one "
                                + "to one with those of %s (%s), which recur over the rows: another name of the same "
                                + "person, account or thing (a plate beside its VIN); change to keep after review if it "
                                + "is a category", e.distinct, idColumn, type)));
                        break;
                    }
                }
            }
        }
    }

    /**
     * @return whether, over the rows where both hold a value, each value of column {@code a} goes with one value of
     *     column {@code b} and each value of {@code b} with one of {@code a}, and some value of {@code a} recurs
     */
    static boolean pairedOneToOne(List<String[]> rows, int a, int b) {
        Map<String, String> forward = new HashMap<>();
        Map<String, String> backward = new HashMap<>();
        int paired = 0;
        for (String[] row : rows) {
            String x = a < row.length ? row[a] : null;
            String y = b < row.length ? row[b] : null;
            if (x == null || x.isBlank() || y == null || y.isBlank()) {
                continue;
            }
            x = x.strip();
            y = y.strip();
            String was = forward.putIfAbsent(x, y);
            String back = backward.putIfAbsent(y, x);
            if ((was != null && !was.equals(y)) || (back != null && !back.equals(x))) {
                return false;
            }
            paired++;
        }
        return forward.size() >= 3 && paired > forward.size();
    }

    /**
     * @return the chance that column {@code by}'s groups (one row per entity, groups of two or more) each hold one
     *     value of column {@code of} if {@code of} were independent of {@code by}; 1 when they do not all hold one
     *     value, or when fewer than three groups exist
     */
    private static double chanceOfFollowing(Pending p, int by, int of) {
        Map<String, Map<String, String>> groups = new HashMap<>(); // by value -> entity -> of value
        Map<String, Integer> frequency = new HashMap<>();
        int counted = 0;
        List<String[]> rows = p.sample.rows();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            String key = by < row.length ? row[by] : null;
            String value = of < row.length ? row[of] : null;
            if (key == null || key.isBlank() || value == null || value.isBlank()) {
                continue;
            }
            String who = p.entities.get(r);
            String was = groups.computeIfAbsent(key.strip(), k -> new HashMap<>()).putIfAbsent(who, value.strip());
            if (was != null && !was.equals(value.strip())) {
                return 1; // one entity, two values: the entity moved, or the column is no place
            }
            if (was == null && seen.add(who + "\u0000" + value.strip())) {
                frequency.merge(value.strip(), 1, Integer::sum);
                counted++;
            }
        }
        double logChance = 0;
        int judged = 0;
        for (Map<String, String> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            if (g.values().stream().distinct().count() > 1) {
                return 1;
            }
            judged++;
            double sum = 0;
            for (int f : frequency.values()) {
                sum += Math.pow((double) f / counted, g.size());
            }
            logChance += Math.log(sum);
        }
        return judged < 3 ? 1 : Math.exp(logChance);
    }

    /**
     * A column of the data subjects' own table (or, where none is known, of a table whose rows are its entities) kept as shared vocabulary
     * under a header no convention reads, whose values are many and rare: {@value #NAME_LIKE_DISTINCT} or more distinct
     * values of one to three words without a digit, fewer than {@value #CATEGORY_CARRIERS} entities each on average.
     * A category of people (sex, blood group, marital status) has few values that many carry; given names and family
     * names repeat just enough to pass the spread test, in any language and script (ชื่อ, نام, 名前), so that
     * without a readable header the spread is no evidence. A column whose value changes between one entity's rows
     * records events (a drug dispensed), not the person, and is left as it is. Suppressed, with what would make it kept.
     * Likewise integers of one length, four to six digits, that few entities share (not years): postcodes (a Bulgarian
     * 4005) and numbers of a person have that shape, counts and amounts seldom do.
     */
    private static void rareValuesOfPeople(List<String> tables, Map<String, Pending> pending, Optional<String> entity,
            double vocabularyShare) {
        for (String t : tables) {
            Pending p = pending.get(t);
            if (!entity.map(t::equalsIgnoreCase).orElse(entity.isEmpty() && p.rowsAreEntities())) {
                continue;
            }
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                String comment = d.getValue().comment().orElse("");
                if (keptIntegersUnderUnreadHeader(t, d.getValue(), e) && !comment.startsWith("keep: " + MONEY_OR_UNIT_HEADER)
                        && e.distinct >= 3
                        && e.minDigits >= 4 && e.maxLength == e.minDigits && e.maxLength <= 6
                        && !(e.minInteger >= 1800 && e.maxInteger <= 2100) && e.sharedShare() < vocabularyShare) {
                    d.setValue(suppress(d.getKey(), String.format(Locale.ROOT, "integers of %d digits, every one, that "
                            + "few entities share (%.0f%% of rows), in the data subjects' own rows, under a header no "
                            + "convention reads: postcodes and numbers that name a person have this shape, counts and "
                            + "amounts seldom do; change to keep after review if they are counts", e.minDigits,
                            e.sharedShare() * 100)));
                    continue;
                }
                if (keptBySpreadUnderUnreadHeader(t, d.getValue(), e)
                        && e.distinct >= 3 && e.entities < (long) CATEGORY_CARRIERS * e.distinct
                        && !e.values.isEmpty() && e.values.stream().allMatch(v -> STAFF_CODE.matcher(v.strip()).matches())) {
                    // KY-04001 on each member's row: a household's, a family's or a case's number, shared by the few
                    // people it groups, not by a category
                    d.setValue(identifier(d.getKey(), IdentifierType.OTHER_UNIQUE_IDENTIFIER, String.format(Locale.ROOT,
                            "codes of letters and digits in the data subjects' own rows, %d distinct over %d entities "
                            + "(%.1f each): the number of a group of people (a household, a family, a case), too rare "
                            + "for a category; a keyed code keeps the groups", e.distinct, e.entities,
                            (double) e.entities / e.distinct)));
                    continue;
                }
                if (!keptBySpreadUnderUnreadHeader(t, d.getValue(), e) || namesThings(t, d.getValue())
                        || e.distinct < NAME_LIKE_DISTINCT || e.entities >= (long) CATEGORY_CARRIERS * e.distinct
                        || e.maxWords > 3 || e.values.stream().anyMatch(v -> v.chars().anyMatch(Character::isDigit))
                        || variesWithinEntity(p, indexOf(p.schema, d.getKey()))) {
                    continue;
                }
                d.setValue(suppress(d.getKey(), String.format(Locale.ROOT, "the values of the data subjects' own rows, "
                        + "%d distinct over %d entities (%.1f each): too many and too rare for a category of people, as "
                        + "given names and family names are, and no convention reads the header; change to keep after "
                        + "review if it is a category", e.distinct, e.entities, (double) e.entities / e.distinct)));
            }
        }
    }

    /**
     * @return whether some entity's rows hold two different values of the column: then it records the rows' events (a
     *     drug dispensed, a diagnosis), not an attribute that follows the person as a name does
     */
    private static boolean variesWithinEntity(Pending p, int column) {
        if (column < 0) {
            return false;
        }
        Map<String, String> first = new HashMap<>();
        List<String[]> rows = p.sample.rows();
        for (int i = 0; i < rows.size(); i++) {
            String v = rows.get(i)[column];
            if (v == null || v.isBlank()) {
                continue;
            }
            String was = first.putIfAbsent(p.entities.get(i), v);
            if (was != null && !was.equals(v)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a capitalised pair of words the name of a place or a site (Galway Depot, Dublin Hub). */
    private static final Set<String> PLACE_WORDS = Set.of("depot", "hub", "sort", "warehouse", "station", "terminal",
            "ward", "unit", "branch", "store", "shop", "market", "street", "road", "avenue", "park", "city", "town",
            "village", "district", "county", "north", "south", "east", "west", "central", "airport", "port", "bay",
            "hill", "valley", "river", "lake", "beach", "square", "plaza", "mall", "campus", "building", "floor", "room",
            "wing", "block", "zone", "area", "region", "site", "yard", "dock", "gate");

    /** @return whether a word of the value names a place or a site */
    private static boolean namesPlace(String value) {
        return anyWordIn(value, PLACE_WORDS);
    }

    /** People named among organisations from which a column of mostly organisations is protected (a petitioner). */
    private static final int MIN_PEOPLE_AMONG_ORGANISATIONS = 3;

    /**
     * A column kept as shared vocabulary under a header no convention reads, in a table of the data subjects or of their
     * events (not a reference table), whose values are people's full names (all of two words or more, 80% read as two to
     * four capitalised name words, no digit, no organisation word): the staff who saw them (Nomsa Khumalo on every second
     * visit), named as providers are, however many rows share one. Values that name organisations are set aside first:
     * three or more people among as many employers or banks or more (a petitioner, a seller), under a header that does
     * not name organisations, are named so too.
     */
    private static void staffByValues(List<String> tables, Map<String, Pending> pending, Optional<String> entity) {
        for (String t : tables) {
            Pending p = pending.get(t);
            if (entity.isPresent() && !entity.get().equalsIgnoreCase(t) && p.rowsAreEntities()) {
                continue; // a reference or lookup table: its names are of things, or re-protected when they are people's
            }
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                // a rental's pick-up branch (Abholfiliale: München Hbf, Frankfurt Flughafen) names an organisation's
                // place, not its staff (breaker73)
                if (!keptBySpreadUnderUnreadHeader(t, d.getValue(), e) || e.distinct < 2
                        || ColumnHeader.namesOrganisations(d.getKey())) {
                    continue;
                }
                // Karen Mulder, RN: the credentials behind the name do not make it longer
                List<String> all = e.values.stream().map(SpecProposer::withoutCredentials).toList();
                // a petitioner or a seller is mostly an employer or a bank, sometimes a person (breaker44): the people
                // among the organisations are named as the staff are
                List<String> names = all.stream().filter(v -> !namesOrganisation(v)).toList();
                boolean organisations = names.size() < all.size();
                // mostly organisations, under a header that does not name them (Organization: Bluebird Bakery and
                // Jordan Freight read as names)
                if (organisations && (all.size() - names.size() < names.size() || ColumnHeader.namesCompany(d.getKey())
                        || ColumnHeader.namesOrganisations(d.getKey()))) {
                    continue;
                }
                if (names.size() < (organisations ? MIN_PEOPLE_AMONG_ORGANISATIONS : 1)
                        || !names.stream().allMatch(v -> SPACES.split(v.strip()).length >= 2) || !peopleNames(names)) {
                    continue;
                }
                long named = names.stream().filter(v -> readsAsName(v, first -> true) && !namesPlace(v)).count();
                if (named * 5 >= names.size() * 4L) {
                    // Nomsa Khumalo on every second row, under a header in a language no convention reads: the staff
                    // who saw the data subjects, named as providers are, however many rows share one
                    d.setValue(identifier(d.getKey(), IdentifierType.NAME, String.format(Locale.ROOT, "in the rows of the data "
                            + "subjects or their events, under a header no convention reads, %d of its %d distinct values read as "
                            + "people's full names (two to four capitalised name words, no digit, no organisation word; the "
                            + "others name organisations or are read alike): "
                            + "staff are named as providers are (45 CFR 164.514(b)(2)(i)(A)), however many rows share one",
                            named, e.values.size())));
                }
            }
        }
    }

    /**
     * A family name (maybe with particles, VAN DER BERG, van den Bosch, or a suffix, LINDQVIST JR.), a comma or a
     * semicolon, a given name (ED, Zane) or an initial (K.), maybe more given names or initials.
     */
    private static final Pattern FAMILY_FIRST_WITH_GIVEN = Pattern.compile("(?:\\p{Ll}{1,3} ){0,2}\\p{Lu}[\\p{L}'’-]+"
            + "(?: (?:\\p{Ll}{1,3}|\\p{Lu}[\\p{L}'’.-]*)){0,3} ?[,;] ?\\p{Lu}(?:[\\p{L}'’-]+|\\.)( \\p{Lu}[\\p{L}'’.-]*){0,3}");

    /**
     * A column kept for its spread under a header no convention reads (or one of free text), in a table no other table
     * refers to or one of events ({@link #recordsEvents}; not a list of things: a library's authors {@code Tolkien, John}
     * stay), whose values, credentials taken off ({@code Rivera, Mary RN, BSN}), are people's names
     * written family name first: five or more distinct values, at least 80% of them a capitalised family name, a comma
     * and a given name ({@code IVANOVA, ZANE W}, as an access-control panel prints its cardholders), no digit; as
     * many different given names as half of those values, and no code system's (a town's country repeats and is a
     * country: Paris, France). A category written before its subcategory ({@code Electronics, Phones}) has the same
     * shape and is protected too: a known loss, to be kept after review. Each
     * person's name repeats over their events, so the spread test reads it as shared; it is a name, however many rows
     * share one (45 CFR 164.514(b)(2)(i)(A)).
     */
    private static void namesWrittenFamilyFirst(List<String> tables, Map<String, Pending> pending,
            Map<String, List<ForeignKey>> foreignKeys) {
        Set<String> referenced = new HashSet<>();
        foreignKeys.values().forEach(l -> l.forEach(f -> referenced.add(f.referencedTable().toLowerCase(Locale.ROOT))));
        for (String t : tables) {
            boolean isReferenced = referenced.contains(t.toLowerCase(Locale.ROOT));
            Pending p = pending.get(t);
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                ColumnHeader.Kind kind = ColumnHeader.meaning(t, d.getKey()).kind();
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || e == null || e.distinct < 5
                        || !d.getValue().comment().orElse("").contains("entities share")
                        || kind != ColumnHeader.Kind.NONE && kind != ColumnHeader.Kind.FREE_TEXT) {
                    continue;
                }
                // a list of things other tables refer to (a library's books) names their authors (Tolkien, John); an
                // events table the alarms refer to names its cardholders (breaker41)
                if (isReferenced && !recordsEvents(p)) {
                    continue;
                }
                List<String> written = e.values.stream().filter(v -> v != null && v.chars().noneMatch(Character::isDigit)
                        && !namesOrganisation(v)).map(SpecProposer::familyFirstWithoutCredentials)
                        .filter(v -> FAMILY_FIRST_WITH_GIVEN.matcher(v).matches() && !townWithItsState(v)).toList();
                // people's given names vary (families share surnames); a town's country repeats and is a country
                List<String> givens = written.stream().map(v -> COMMA_OR_SEMICOLON.split(v)[1].strip()).distinct().toList();
                if (written.size() * 5 >= e.values.size() * 4L && givens.size() * 2 >= written.size()
                        && CodeSystems.recognize(t, d.getKey(), givens).isEmpty()) {
                    d.setValue(identifier(d.getKey(), IdentifierType.NAME, String.format(Locale.ROOT, "%d of its %d "
                            + "distinct values are people's names written family name first (a family name, a comma, a "
                            + "given name: IVANOVA, ZANE W), in rows of events, not a list of things: names, however many "
                            + "rows share one (45 CFR 164.514(b)(2)(i)(A)); change to keep after review if they are no "
                            + "people", written.size(), e.values.size())));
                }
            }
        }
    }

    /** Distinct full dates from which a table's dates are its events' however often each repeats (a visit's day). */
    private static final int EVENT_DATES = 30;

    /**
     * @return whether a table's rows are events: a column the proposal protects as a date holds full dates or times
     *     (eight characters or more), one row in two or more its own or {@link #EVENT_DATES} dates or more (an access
     *     event's time, a visit's day; a book's year of publication is no event)
     */
    private static boolean recordsEvents(Pending p) {
        for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
            ColumnEvidence e = p.evidence.get(d.getKey());
            if (e != null && identifierType(d.getValue().rule()).filter(x -> x == IdentifierType.DATE).isPresent()
                    && (e.distinct * 2 > e.nonBlank || e.distinct >= EVENT_DATES)
                    && e.values.stream().allMatch(v -> v.strip().length() >= 8)) {
                return true;
            }
        }
        return false;
    }

    /** A name written family name first and the credentials after it: Rivera, Mary RN, BSN; Sanchez, Rebecca CNA. */
    private static final Pattern TRAILING_CREDENTIAL = Pattern.compile("(.+,.+?)[\\s,]+([\\p{L}./-]+)");

    /**
     * @return the value, stripped, without the credentials written after a name written family name first
     *     ({@code Rivera, Mary RN, BSN} is {@code Rivera, Mary}); the value when that would leave no given name
     */
    private static String familyFirstWithoutCredentials(String value) {
        String v = value.strip();
        for (java.util.regex.Matcher m = TRAILING_CREDENTIAL.matcher(v); m.matches()
                && CREDENTIALS.contains(m.group(2).toLowerCase(Locale.ROOT).replace(".", ""))
                && FAMILY_FIRST_WITH_GIVEN.matcher(m.group(1).strip()).matches(); m = TRAILING_CREDENTIAL.matcher(v)) {
            v = m.group(1).strip();
        }
        return v;
    }

    /**
     * A kept column of text (some value of four words or more) in which a word is a value of an identifier column that
     * fewer than three entities carry there (a patient's MRN, a rare given name, a phone number): the text names
     * people, however often its values repeat, so it is suppressed as free text. Values many entities carry (a city, a
     * common first name) are no evidence; words of four characters or more only, so that a two-letter initial matches
     * nothing, and two neighbouring words for a full name ({@link OutputValidator#wordLike}). The validation of the
     * job's output applies the same rule to every row ({@link OutputValidator}).
     */
    private static void namesInsideText(List<String> tables, Map<String, Pending> pending) {
        Map<String, String> personal = new HashMap<>();
        Set<String> names = new HashSet<>(); // every such value, however many entities carry it
        for (String t : tables) {
            Pending p = pending.get(t);
            p.decided.forEach((column, spec) -> {
                Optional<IdentifierType> type = identifierType(spec.rule());
                ColumnEvidence e = p.evidence.get(column);
                if (type.isEmpty() || !PERSONAL_TYPES.contains(type.get()) || e == null) {
                    return;
                }
                for (int i = 0; i < e.values.size(); i++) {
                    String v = e.values.get(i).strip();
                    if (OutputValidator.wordLike(v, type.get()) && OutputValidator.informative(v)) {
                        if (e.carriers(i) < 3) {
                            personal.putIfAbsent(v.toLowerCase(Locale.ROOT), t + "." + column);
                        }
                        names.add(v.toLowerCase(Locale.ROOT));
                    }
                }
            });
        }
        if (personal.isEmpty()) {
            return;
        }
        for (String t : tables) {
            Pending p = pending.get(t);
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || e == null || e.maxWords < OutputValidator.TEXT_WORDS) {
                    continue;
                }
                // A thing's name may hold a family name (Boulangerie Martin); in the events of the data subjects, a
                // thing's name that holds a person's full name, two neighbouring name words of the data set of which
                // one is rare (Daniel Fitzgerald Donation 1/1/2024), names that person.
                boolean fullNamesOnly = namesThings(t, d.getValue());
                if (fullNamesOnly && p.rowsAreEntities()) {
                    continue;
                }
                int naming = 0;
                String source = null;
                for (String v : e.values) {
                    String[] from = new String[1];
                    if (fullNamesOnly) {
                        String[] words = NOT_NAME_CHARACTERS.split(v.toLowerCase(Locale.ROOT));
                        for (int i = 1; i < words.length && from[0] == null; i++) {
                            String pair = personal.get(words[i - 1] + " " + words[i]);
                            // one word of the pair rare, the other any name of the data set (Daniel, a common given name)
                            String rare = personal.containsKey(words[i]) && names.contains(words[i - 1]) ? words[i]
                                    : personal.containsKey(words[i - 1]) && names.contains(words[i]) ? words[i - 1] : null;
                            if (pair != null || rare != null) {
                                from[0] = pair != null ? pair : personal.get(rare);
                            }
                        }
                    } else {
                        OutputValidator.forEachWord(v, w -> from[0] = from[0] != null ? from[0] : personal.get(w.toLowerCase(Locale.ROOT)));
                    }
                    if (from[0] != null) {
                        naming++;
                        source = source == null ? from[0] : source;
                    }
                }
                if (naming > 0) {
                    d.setValue(suppress(d.getKey(), String.format(Locale.ROOT, "free text: %d of its %d distinct values "
                            + "hold a value of %s (an identifier that fewer than three entities carry) as a word: it "
                            + "names people, however often its values repeat", naming, e.values.size(), source)));
                }
            }
        }
    }

    /**
     * Whether a kept column's text names things by the proposal's own evidence, so a word in it that equals a person's
     * identifier is a coincidence, not a copy: a code system's codes, the description of a code (every code has one
     * description: Parkinson's disease, Hodgkin lymphoma), an organisation's own name, or a column whose header names a
     * thing or a company (product_name, company_name): an organisation's or a product's own name may hold a family
     * name (Boulangerie Martin, Ana Trujillo Emparedados y helados); nor are those of a state, province or country
     * (San Pedro de Macorís holds a given name). Read by the proposer and by the validation of the
     * job's output, so that a proposal never fails its own check on these columns.
     *
     * @param table the table
     * @param spec the column's spec (its comment carries the evidence)
     * @return whether the words of this kept column are not compared with identifier values
     */
    static boolean namesThings(String table, ColumnSpec spec) {
        String comment = spec.comment().orElse("");
        return comment.contains(CODE_EVIDENCE) || comment.contains(DESCRIPTION_EVIDENCE) || comment.contains(ORGANISATION_EVIDENCE)
                || ColumnHeader.meaning(table, spec.name()).kind() == ColumnHeader.Kind.THING_NAME
                || ColumnHeader.namesCompany(spec.name()) || ColumnHeader.namesRegion(spec.name());
    }

    /**
     * A name column for a role that a company fills as often as a person (orders.ship_name) whose values are, at
     * least {@link ColumnClassifier#MIN_HIT_RATE} of them, names kept elsewhere as an organisation's own name
     * (customers.company_name): it names those organisations, and is kept.
     */
    private static void organisationRoles(List<String> tables, Map<String, Pending> pending) {
        Set<String> organisations = new HashSet<>();
        for (String t : tables) {
            Pending p = pending.get(t);
            p.decided.forEach((column, spec) -> {
                ColumnEvidence e = p.evidence.get(column);
                if (e != null && spec.rule() instanceof ColumnRule.Keep && spec.comment().orElse("").contains(ORGANISATION_EVIDENCE)) {
                    organisations.addAll(e.values);
                }
            });
        }
        if (organisations.isEmpty()) {
            return;
        }
        for (String t : tables) {
            Pending p = pending.get(t);
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                if (e == null || e.values.isEmpty() || !identifierType(d.getValue().rule()).filter(x -> x == IdentifierType.NAME).isPresent()
                        || ColumnHeader.words(d.getKey()).stream().noneMatch(ROLE_WORDS::contains)) {
                    continue;
                }
                long known = e.values.stream().filter(organisations::contains).count();
                if (known >= ColumnClassifier.MIN_HIT_RATE * e.values.size()) {
                    d.setValue(keep(d.getKey(), String.format(Locale.ROOT, "the header names a role a company fills as "
                            + "often as a person, and %d of its %d distinct values are kept elsewhere as an %s", known,
                            e.values.size(), ORGANISATION_EVIDENCE)));
                }
            }
        }
    }

    /** Words in the comment of a column kept as the names of organisations. */
    private static final String ORGANISATION_EVIDENCE = "organisation's own name";

    /** Identifier types whose transformations generalize (their output may rightly equal a short numeric input). */
    private static final Set<IdentifierType> GENERALIZED_TYPES = Set.of(IdentifierType.DATE, IdentifierType.DATE_OF_BIRTH,
            IdentifierType.AGE, IdentifierType.ZIP_CODE);

    /** Titles before a person's name. */
    private static final Set<String> HONORIFICS = Set.of("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss",
            "prof", "prof.", "sir", "dame", "herr", "frau", "mme", "mme.", "mlle", "m.", "sr", "sr.", "sra", "sra.", "dott",
            "dott.", "dra", "dra.", "pan", "pani", "hon", "hon.", "judge", "justice", "rev", "rev.", "revd", "revd.",
            "fr", "fr.", "father", "canon", "pastor", "rabbi", "imam", "mx", "mx.", "lady", "lord", "dhr", "dhr.", "mevr",
            "mevr.", "sig", "sig.", "sig.ra", "signora", "signor",
            // German and Austrian academic degrees written after Dr. (Dr. med., Dr. rer. nat., Dipl.-Ing., Mag.)
            "med", "med.", "rer.", "nat.", "phil.", "jur.", "dent.", "vet.", "dipl.", "ing.", "dipl.-ing.", "mag.",
            "univ.", "dr.-ing.", "mult.",
            // Indonesian and Malay
            "ibu", "bapak", "bpk", "bpk.", "pak", "sdr", "sdr.", "sdri", "sdri.", "tuan", "nona", "nyonya",
            // Czech and Slovak academic titles, Filipino honorifics
            "mudr.", "mudr", "pharmdr.", "mgr.", "bc.", "judr.", "phdr.", "rndr.", "mvdr.", "doc.", "csc.",
            "ph.d.", "aling", "mang", "ginang", "ginoo", "gng.");

    /**
     * A kept text column whose values read as people's names by the data set's own evidence: at least half of its
     * distinct values are two to four capitalised name words, no digit and no organisation word, beginning with an
     * honorific ({@code Dr Miriam Okonjo}) or with a given name that a column proposed as a name holds
     * ({@code Anna Wróblewska} where the candidates' given names include Anna). Staff, recruiters and account owners
     * are named in such columns; a few names shared by many rows are still names.
     */
    private static void namedPeople(List<String> tables, Map<String, Pending> pending) {
        Set<String> givenNames = new HashSet<>();
        Set<String> familyNames = new HashSet<>();
        Set<String> fullNames = new HashSet<>();
        for (String t : tables) {
            pending.get(t).decided.forEach((column, spec) -> {
                Optional<IdentifierType> type = identifierType(spec.rule());
                if (type.isEmpty() && !(spec.rule() instanceof ColumnRule.Keep)) {
                    type = ColumnHeader.meaning(t, column).type(); // a given name suppressed as a part of a name
                }
                ColumnEvidence e = pending.get(t).evidence.get(column);
                if (e != null && type.isEmpty() && spec.rule() instanceof ColumnRule.Explicit x
                        && x.transformation() instanceof Transformation.Suppress && e.values.size() >= 5
                        && e.values.stream().filter(v -> readsAsName(v, first -> true)).count() * 5 >= e.values.size() * 4L) {
                    // A column of five or more full names no header named (họ_tên), protected for its spread: the first
                    // words of its names are this data set's name words too (a Vietnamese family name, a given name).
                    e.values.forEach(v -> givenNames.add(SPACES.split(v.strip())[0].toLowerCase(Locale.ROOT)));
                    return;
                }
                if (e == null || type.isEmpty()) {
                    return;
                }
                if (type.get() == IdentifierType.GIVEN_NAME) {
                    e.values.forEach(v -> givenNames.add(v.strip().toLowerCase(Locale.ROOT)));
                } else if (type.get() == IdentifierType.NAME) {
                    e.values.forEach(v -> givenNames.add(SPACES.split(v.strip())[0].toLowerCase(Locale.ROOT)));
                    e.values.forEach(v -> fullNamesOf(v, fullNames, familyNames));
                } else if (e.values.size() >= MIN_TITLES_NAMING
                        && e.values.stream().filter(v -> readsAsName(v, first -> true)).count() * 5 >= e.values.size() * 4L) {
                    // a Patient column of full names typed as a record's identifier (breaker69): its names are still
                    // the ones titles and households would hold
                    e.values.forEach(v -> fullNamesOf(v, fullNames, familyNames));
                }
            });
        }
        givenNames.removeIf(v -> v.length() < 2 || HONORIFICS.contains(v));
        familyNames.removeIf(v -> v.length() < 2 || givenNames.contains(v));
        for (String t : tables) {
            Pending p = pending.get(t);
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || e == null || e.values.isEmpty()
                        || d.getValue().comment().orElse("").contains(ORGANISATION_EVIDENCE)
                        || d.getValue().comment().orElse("").contains(CODE_EVIDENCE)) {
                    continue;
                }
                int named = 0;
                int given = 0;
                int nonBlank = 0;
                int holdsName = 0;
                int couples = 0;
                int tributes = 0;
                // a book's or a greeting card's title (In Memoriam A.H.H., In Loving Memory Of Dad Card; breaker75)
                boolean thingTitles = ColumnHeader.words(d.getKey()).stream().anyMatch(TITLE_OF_THING_WORDS::contains);
                for (String v : e.values) {
                    if (v == null || v.isBlank()) {
                        continue;
                    }
                    nonBlank++;
                    if (TRIBUTE.matcher(v).find() && !thingTitles) {
                        tributes++;
                    }
                    if (readsAsName(v, first -> HONORIFICS.contains(first) || givenNames.contains(first))) {
                        named++;
                    } else if (holdsFullName(v, fullNames)) {
                        holdsName++;
                    }
                    String joined = coupleJoinedByAmpersand(v);
                    if (joined.indexOf('&') >= 0 && couple(joined) && couplesNamesKnown(joined, givenNames, familyNames)) {
                        couples++;
                    }
                    if (givenNames.contains(v.strip().toLowerCase(Locale.ROOT))) {
                        given++;
                    }
                }
                if (tributes > 0) {
                    // a gift's memo: In memory of Grandma Olsen among General Fund (breaker71)
                    d.setValue(suppress(d.getKey(), String.format(Locale.ROOT, "%d of its %d distinct values dedicate a "
                            + "gift or a notice to someone (In memory of, In honor of, In loving memory of): free text "
                            + "that names people, however many rows share one", tributes, nonBlank)));
                } else if (nonBlank >= 3 && given * 5 >= nonBlank * 4) {
                    d.setValue(identifier(d.getKey(), IdentifierType.NAME, String.format(Locale.ROOT, "%d of its %d "
                            + "distinct values are given names that a name column of this data set holds: the given name "
                            + "of a relative or another person (a father's name, a patronymic), however many rows share one "
                            + "(45 CFR 164.514(b)(2)(i)(A))", given, nonBlank)));
                } else if (nonBlank > 0 && named * 2 >= nonBlank) {
                    d.setValue(identifier(d.getKey(), IdentifierType.NAME, String.format(Locale.ROOT, "%d of its %d "
                            + "distinct values read as people's names (an honorific, or a given name that a name column "
                            + "of this data set holds, then capitalised name words): names, however many rows share one "
                            + "(45 CFR 164.514(b)(2)(i)(A))", named, nonBlank)));
                } else if (couples >= MIN_COUPLES && couples * 5 >= nonBlank) {
                    // a foster home's HARPER, DALE & LINDA among group homes under ResourceName (breaker63)
                    d.setValue(identifier(d.getKey(), IdentifierType.NAME, String.format(Locale.ROOT, "%d of its %d "
                            + "distinct values name a couple (HARPER, DALE & LINDA; Dale & Linda Harper): households "
                            + "named by their people, however many rows share one (45 CFR 164.514(b)(2)(i)(A))",
                            couples, nonBlank)));
                } else if (holdsName >= MIN_TITLES_NAMING && holdsName * 10 >= nonBlank) {
                    // Virtual Visit with Karen Miller, Call with Karen Miller 3pm: a title that names the patient
                    // (breaker61's Teams attendance report alone, where the names are those of its Full Name column)
                    d.setValue(suppress(d.getKey(), String.format(Locale.ROOT, "%d of its %d distinct values hold a "
                            + "person's full name that a name column of this data set holds (Virtual Visit with Karen "
                            + "Miller): titles or subjects that name people, free text", holdsName, nonBlank)));
                }
            }
        }
    }

    /**
     * Adds a name column's value to the full names titles would hold, and its family name (the last word, or the first
     * before a comma) to the family names; a name written given name first is also added family name first, which a
     * title must write with a comma after the family name ({@code Telehealth - ROSSI, ETHAN} holds Ethan Rossi;
     * breaker69), so {@code Friends of Charles Jones} does not hold {@code Jones Charles} (fec-contributions).
     *
     * @param value a value of a column of people's names ({@code Karen Miller (Guest)}: the bracketed note is left out)
     */
    private static void fullNamesOf(String value, Set<String> fullNames, Set<String> familyNames) {
        String[] full = NOT_LETTERS_OR_DIGITS.split(withoutBracketedNote(value).toLowerCase(Locale.ROOT));
        if (full.length >= 2 && !full[0].isEmpty()) {
            fullNames.add(String.join(" ", full)); // O'Brien as the words of a title split it
            if (value.indexOf(',') < 0) {
                String family = full[full.length - 1];
                // a title may write it ROSSI, ETHAN: the family-first form, marked to be matched before a comma only
                fullNames.add(FAMILY_FIRST_MARK + family + " " + String.join(" ", Arrays.copyOfRange(full, 0, full.length - 1)));
                familyNames.add(family);
            } else {
                familyNames.add(full[0]);
            }
        }
    }

    /** Marks a full name written family name first, which a title must write with a comma after the family name. */
    private static final String FAMILY_FIRST_MARK = ",";

    /** Words joining a couple's given names in place of {@code &}: Dale and Linda Harper, Jean et Marie Dupont. */
    private static final Pattern COUPLE_JOINER = Pattern.compile(" (?:and|und|et|en|y|e|og|och|i) ",
            Pattern.CASE_INSENSITIVE);

    /**
     * @return the value with the one word joining a couple's given names ({@code Dale and Linda Harper}, {@code
     *     HARPER, DALE and LINDA}) written as {@code &}, so {@link #couple} reads it; the value itself when it has an
     *     {@code &}, no such word or more than one, or more than a given name (or a family name and a comma) before it:
     *     a list of authors ({@code Camille Becker and Rahul Sato}) names two people but no household (easychair-reviews)
     */
    private static String coupleJoinedByAmpersand(String value) {
        if (value.indexOf('&') >= 0) {
            return value;
        }
        java.util.regex.Matcher m = COUPLE_JOINER.matcher(value);
        if (!m.find()) {
            return value;
        }
        int start = m.start();
        int end = m.end();
        String before = value.substring(0, start).strip();
        boolean givenNameBefore = before.indexOf(',') >= 0 ? before.indexOf(',') == before.lastIndexOf(',')
                && SPACES.split(before.substring(before.indexOf(',') + 1).strip()).length == 1
                : SPACES.split(before).length == 1;
        return m.find() || !givenNameBefore ? value : value.substring(0, start) + " & " + value.substring(end);
    }

    /**
     * @param couple a value that {@link #couple} reads as two people
     * @param givenNames given names (lower case) that the data set's name columns hold
     * @param familyNames family names (lower case: the last words of full names) that its name columns hold
     * @return whether the couple's names are the data set's: one given name after a family name and a comma
     *     ({@code HARPER, DALE & LINDA}); both first words, or one of them and the last word as a family name
     *     otherwise ({@code Dale & Linda Harper}, {@code James and Ruth Okafor} where a James Okafor works), so that
     *     {@code Patio, Lawn & Garden}, {@code Sales & Marketing Group} (breaker66) and {@code Rose & Crown Bristol}
     *     (breaker69) do not count
     */
    private static boolean couplesNamesKnown(String couple, Set<String> givenNames, Set<String> familyNames) {
        int comma = couple.indexOf(',');
        int amp = couple.indexOf('&');
        boolean familyFirst = comma > 0 && comma < amp;
        String left = (familyFirst ? couple.substring(comma + 1, amp) : couple.substring(0, amp)).strip();
        String right = couple.substring(amp + 1).strip();
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        boolean first = givenNames.contains(SPACES.split(left)[0].toLowerCase(Locale.ROOT));
        boolean second = givenNames.contains(SPACES.split(right)[0].toLowerCase(Locale.ROOT));
        String[] rightWords = SPACES.split(right);
        boolean family = rightWords.length >= 2
                && familyNames.contains(rightWords[rightWords.length - 1].toLowerCase(Locale.ROOT));
        // Rose & Crown Bristol: a pub, though a Rose works there (breaker69); Dale & Linda Harper names two
        // Black and Forest Green beside customers named Green: a family name alone is no couple (breaker75)
        return familyFirst ? first || second : first && second || (first || second) && family;
    }
    /**
     * A dedication to a person, as gift memos and notices write it: {@code In memory of Grandma Olsen}, {@code In
     * honour of Dr. Patel}, {@code In loving memory of}, {@code In memoriam}, and a capitalised word after it.
     */
    private static final Pattern TRIBUTE = Pattern.compile("(?i:\\bin (?:loving )?memory of|\\bin hono(?:u)?r of|\\bin "
            + "memoriam|\\bin remembrance of|\\bin tribute to) +\\p{Lu}");

    /** Header words of the titles and names of things, where a dedication is a title, not a gift's memo. */
    private static final Set<String> TITLE_OF_THING_WORDS = Set.of("title", "titles", "product", "products", "item",
            "items", "book", "books", "album", "song", "film", "movie", "sku", "card", "cards", "name");

    /** Distinct couples' names that make a kept column one of people's names. */
    private static final int MIN_COUPLES = 3;

    /** Distinct values holding a full name that make a kept column's titles text that names people. */
    private static final int MIN_TITLES_NAMING = 3;

    /**
     * @return whether a word outside {@code [from, to)} is more than a name's particle or initial: text around a name
     *     ({@code visit with}), not a name written with its particles ({@code van der HALVORSEN, INGRID A})
     */
    private static boolean wordsAround(String[] words, int from, int to) {
        for (int i = 0; i < words.length; i++) {
            if ((i < from || i >= to) && words[i].length() > 1 && !NAME_PARTICLES.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** @return the value without a bracketed note at its end ({@code Karen Miller (Guest)} is Karen Miller) */
    private static String withoutBracketedNote(String value) {
        String v = value.strip();
        int bracket = v.indexOf('(');
        return bracket > 0 ? v.substring(0, bracket).strip() : v;
    }

    /**
     * @param value a non-blank value
     * @param fullNames full names (lower case, two words or more) that name columns of the data set hold
     * @return whether two to four consecutive words of the value, with more words around them, are one of those full
     *     names ({@code Virtual Visit with Karen Miller}, {@code Call with Karen Miller 3pm}); a room named after
     *     Grace Hopper is not, unless a name column holds her
     */
    private static boolean holdsFullName(String value, Set<String> fullNames) {
        if (fullNames.isEmpty()) {
            return false;
        }
        String lower = value.strip().toLowerCase(Locale.ROOT);
        String[] words = NOT_LETTERS_OR_DIGITS.split(lower);
        for (int length = 2; length <= 4; length++) {
            for (int from = 0; from + length <= words.length; from++) {
                String window = String.join(" ", Arrays.copyOfRange(words, from, from + length));
                if ((fullNames.contains(window) || fullNames.contains(FAMILY_FIRST_MARK + window)
                        && Pattern.compile("\\b" + Pattern.quote(words[from]) + " *, *" + Pattern.quote(words[from + 1]))
                                .matcher(lower).find())
                        && wordsAround(words, from, from + length)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words of the comments of columns kept because their table was judged a reference table. */
    private static final String REFERENCE_EVIDENCE = "of a reference table";

    /** Header words of the person whose the row is (a stall's owner), not a staff member acting on it. */
    private static final Set<String> OWNER_WORDS = Set.of("owner", "owners", "proprietor", "holder", "stallholder",
            "licensee", "keeper", "pemilik", "eigentümer", "inhaber", "propriétaire", "propietario", "dueño");

    /**
     * A table judged a list of things (a reference table: referred to, no link to the data subjects, no personal header)
     * in which a column's values turned out to name people (shop owners written {@code Ibu Andi Pratama}; not staff
     * named by a role header, who act on the rows) holds people:
     * what was kept only because the table was a reference table is protected after all — its keys by a keyed code
     * (joins survive), its other such columns suppressed.
     */
    private static void referenceTablesNamingPeople(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            Optional<String> person = p.decided.entrySet().stream()
                    .filter(d -> identifierType(d.getValue().rule()).filter(x -> x != IdentifierType.OTHER_UNIQUE_IDENTIFIER
                            && PERSONAL_TYPES.contains(x)).isPresent()
                            // staff acting on the row (a job offer's recruiter) do not make the rows theirs; an
                            // owner does (a stall's, a shop's)
                            && !(d.getValue().comment().orElse("").contains("names a person's role")
                                    && ColumnHeader.words(d.getKey()).stream().noneMatch(OWNER_WORDS::contains)))
                    .map(Map.Entry::getKey).findFirst();
            if (person.isEmpty()) {
                continue;
            }
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                String comment = d.getValue().comment().orElse("");
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || !comment.contains(REFERENCE_EVIDENCE)) {
                    continue;
                }
                String why = "kept as a column of a reference table, but " + person.get() + " names people, so the rows "
                        + "are people's";
                d.setValue(comment.contains("key of a reference table")
                        ? identifier(d.getKey(), IdentifierType.OTHER_UNIQUE_IDENTIFIER, why + "; a keyed code keeps joins")
                        : suppress(d.getKey(), why));
            }
        }
    }

    /** Identifier types whose value a composed column (a path, a label, a full address) may repeat. */
    private static final Set<IdentifierType> REPEATED_TYPES = java.util.EnumSet.of(IdentifierType.ZIP_CODE,
            IdentifierType.CITY, IdentifierType.STREET_ADDRESS, IdentifierType.COUNTY, IdentifierType.GEOGRAPHIC_SUBDIVISION,
            IdentifierType.NAME, IdentifierType.GIVEN_NAME, IdentifierType.FAMILY_NAME, IdentifierType.TELEPHONE_NUMBER,
            IdentifierType.EMAIL_ADDRESS, IdentifierType.DATE_OF_BIRTH, IdentifierType.SOCIAL_SECURITY_NUMBER,
            IdentifierType.MEDICAL_RECORD_NUMBER, IdentifierType.NATIONAL_ID, IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER,
            IdentifierType.ACCOUNT_NUMBER);

    /**
     * A kept column whose values hold, as a token, the same row's value of an identifier column (i2b2's
     * {@code statecityzip_path} {@code Zip codes\Massachusetts\Boston\02115\} beside {@code zip_cd} 02115; a label
     * "Smith, John (MRN 1234)") in at least half of the rows where both are filled, and at least three, repeats that
     * identifier however widely its values are shared: it is suppressed.
     */
    private static void rowIdentifiersInside(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            List<String[]> rows = p.sample.rows();
            List<Map.Entry<Integer, IdentifierType>> identifiers = new ArrayList<>();
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                Optional<IdentifierType> type = identifierType(d.getValue().rule());
                int i = indexOf(p.schema, d.getKey());
                if (i >= 0 && type.filter(REPEATED_TYPES::contains).isPresent()) {
                    identifiers.add(Map.entry(i, type.get()));
                }
            }
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                int k = indexOf(p.schema, d.getKey());
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || e == null || k < 0 || e.allNumbers) {
                    continue; // a region's path or a company's name holding the row's own ZIP or family name repeats it
                }
                Optional<String> labelled = labelledIdentifier(t, e.values);
                if (labelled.isPresent()) {
                    d.setValue(suppress(d.getKey(), "its values write identifiers as label and value (" + labelled.get()
                            + "): kept, it would copy them, however widely its other values are shared"));
                    continue;
                }
                for (Map.Entry<Integer, IdentifierType> id : identifiers) {
                    int i = id.getKey();
                    int both = 0;
                    int inside = 0;
                    for (String[] r : rows) {
                        String kv = k < r.length ? r[k] : null;
                        String iv = i < r.length && r[i] != null ? r[i].strip() : null;
                        if (kv == null || kv.isBlank() || iv == null || iv.length() < 3) {
                            continue;
                        }
                        both++;
                        if (!kv.strip().equals(iv) && containsToken(kv, iv)) {
                            inside++;
                        }
                    }
                    if (inside >= 3 && inside * 2 >= both) {
                        String source = p.schema.columns().get(i).name();
                        d.setValue(suppress(d.getKey(), String.format(Locale.ROOT, "in %d of %d rows its value holds the "
                                + "same row's %s (%s): kept, it would copy that identifier, however widely its values "
                                + "are shared", inside, both, source, id.getValue())));
                        break;
                    }
                }
            }
        }
    }

    /** A label and a value inside a cell: {@code DEM|ZIP:02169}, {@code name=Ann Lee}, {@code SSN: 123-45-6789}. */
    private static final java.util.regex.Pattern LABEL_AND_VALUE =
            java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}_]{1,20})\\s*[:=]\\s*[\\p{L}\\p{N}]");

    /**
     * @return the first value whose label names an identifier (a ZIP code, a name, an SSN; not a date), as
     *     {@code ZIP:...} with the value left out, or empty
     */
    private static Optional<String> labelledIdentifier(String table, List<String> values) {
        for (String v : values) {
            java.util.regex.Matcher m = LABEL_AND_VALUE.matcher(v);
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase("urn") && v.regionMatches(true, m.start(1), "urn:", 0, 4)) {
                    continue; // a URN (urn:oid:2.16.840..., FHIR's identifier.system) is no label: an Australian URN is
                }
                ColumnHeader.Meaning meaning = ColumnHeader.meaning(table, m.group(1));
                if (meaning.kind() == ColumnHeader.Kind.IDENTIFIER && meaning.type().filter(x -> x != IdentifierType.DATE
                        && x != IdentifierType.OTHER_UNIQUE_IDENTIFIER).isPresent()) {
                    return Optional.of(m.group(1) + ":..., " + meaning.type().get());
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code token} occurs in {@code text} with no letter or digit on either side. */
    private static boolean containsToken(String text, String token) {
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
            int end = at + token.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Header words of an entity-attribute-value table's attribute column (attr_name, field, variable, concept). */
    private static final Set<String> ATTRIBUTE_WORDS = Set.of("attr", "attribute", "field", "fieldname", "key",
            "variable", "var", "param", "parameter", "property", "element", "item", "question", "concept", "obs",
            "observation", "feature", "metric", "label", "tag", "eigenschaft", "merkmal", "campo", "atributo", "champ");
    /** A field's name: one to three words of letters, digits and underscores, 40 characters at most. */
    private static final java.util.regex.Pattern FIELD_NAME =
            java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*([ .-][\\p{L}\\p{N}_]+){0,2}");
    /** At least this share of the rows an identifier attribute names holds distinct values beside it. */
    private static final double ATTRIBUTE_VALUES_VARIED = 0.3;

    /**
     * An entity-attribute-value table (observations: {@code attr_name}, {@code attr_value}): a kept column headed as
     * an attribute ({@code attr_name}, {@code field}, {@code variable}, {@code concept}) whose values are field names
     * that name identifiers ({@code first_name}, {@code ssn}, {@code dob}) in some rows makes the values
     * beside it in those rows identifiers. Each other kept column (not a key) whose values vary in those rows (20
     * distinct values, or {@value #ATTRIBUTE_VALUES_VARIED} of those rows when fewer, at least 3) and have the shape of
     * the identifier each row names (80%: an '@' beside {@code email}, digits beside {@code phone}, letters beside
     * {@code first_name}; not a survey's answers beside a channel called "Phone") is suppressed, however widely its values are shared across the whole table (a first name,
     * a heart rate of 72).
     */
    private static void attributeValues(List<String> tables, Map<String, Pending> pending, Map<String, String> primaryKeys,
            Map<String, List<ForeignKey>> foreignKeys) {
        for (String t : tables) {
            Pending p = pending.get(t);
            Set<String> keys = new HashSet<>();
            Optional.ofNullable(primaryKeys.get(t)).ifPresent(keys::add);
            foreignKeys.get(t).forEach(f -> keys.addAll(f.columns()));
            List<String[]> rows = p.sample.rows();
            for (Map.Entry<String, ColumnSpec> a : p.decided.entrySet()) {
                ColumnEvidence ae = p.evidence.get(a.getKey());
                int ai = indexOf(p.schema, a.getKey());
                if (!(a.getValue().rule() instanceof ColumnRule.Keep) || ae == null || ai < 0 || ae.distinct < 2
                        || ae.distinct > 500 || keys.contains(a.getKey())
                        || ColumnHeader.words(a.getKey()).stream().noneMatch(ATTRIBUTE_WORDS::contains)) {
                    continue;
                }
                Map<String, IdentifierType> named = new LinkedHashMap<>();
                for (String v : ae.values) {
                    if (!FIELD_NAME.matcher(v.strip()).matches()) {
                        continue; // a field's name (first_name, SSN, Date of birth), not a sentence or a title
                    }
                    ColumnHeader.Meaning m = ColumnHeader.meaning(t, v);
                    if (m.kind() == ColumnHeader.Kind.IDENTIFIER && m.type().filter(x -> x != IdentifierType.DATE).isPresent()) {
                        named.put(v, m.type().get());
                    } else if (m.kind() == ColumnHeader.Kind.BIRTH_DATE_PART || m.kind() == ColumnHeader.Kind.CREDENTIAL) {
                        named.put(v, IdentifierType.OTHER_UNIQUE_IDENTIFIER);
                    }
                }
                if (named.isEmpty()) {
                    continue;
                }
                List<String[]> attributeRows = rows.stream().filter(r -> ai < r.length && r[ai] != null && named.containsKey(r[ai])).toList();
                if (attributeRows.size() < 3) {
                    continue;
                }
                for (Map.Entry<String, ColumnSpec> v : p.decided.entrySet()) {
                    int vi = indexOf(p.schema, v.getKey());
                    if (v.getKey().equals(a.getKey()) || !(v.getValue().rule() instanceof ColumnRule.Keep) || vi < 0
                            || keys.contains(v.getKey())) {
                        continue;
                    }
                    // the values have their attribute's shape: an '@' beside "email", digits beside "phone", letters
                    // beside "first_name" (a channel beside "Phone" has none)
                    Set<String> values = new HashSet<>();
                    long filled = 0;
                    long shaped = 0;
                    for (String[] r : attributeRows) {
                        String x = vi < r.length ? r[vi] : null;
                        if (x != null && !x.isBlank()) {
                            values.add(x);
                            filled++;
                            shaped += hasShapeOf(named.get(r[ai]), x) ? 1 : 0;
                        }
                    }
                    long distinct = values.size();
                    if (distinct >= Math.max(3, Math.min(ATTRIBUTE_VALUES_VARIED * attributeRows.size(), 20))
                            && filled > 0 && shaped * 5 >= filled * 4) {
                        v.setValue(suppress(v.getKey(), String.format(Locale.ROOT, "an entity-attribute-value table: "
                                + "%s names identifiers in %d of the rows read (%s), and this column's values there vary "
                                + "(%d distinct): they are those identifiers, however widely the column's values are "
                                + "shared elsewhere", a.getKey(), attributeRows.size(),
                                String.join(", ", named.keySet().stream().limit(5).toList()), distinct)));
                    }
                }
            }
        }
    }

    /** Whether a value could be an identifier of this type, by its characters alone. */
    private static boolean hasShapeOf(IdentifierType type, String value) {
        String v = value.strip();
        long digits = v.chars().filter(Character::isDigit).count();
        boolean letters = v.chars().anyMatch(Character::isLetter);
        return switch (type) {
            case EMAIL_ADDRESS -> v.indexOf('@') > 0;
            case TELEPHONE_NUMBER, FAX_NUMBER -> digits >= 7;
            case DATE_OF_BIRTH, AGE -> fits(type, v);
            case NAME, GIVEN_NAME, FAMILY_NAME, CITY -> letters && digits == 0;
            case STREET_ADDRESS -> letters;
            case ZIP_CODE, SOCIAL_SECURITY_NUMBER, CREDIT_CARD_NUMBER, IBAN -> digits >= 4;
            default -> digits > 0 || letters;
        };
    }

    /** Identifiers a site or a thing has as well as a person: its place, its telephone, its web site. */
    private static final Set<IdentifierType> SITE_TYPES = Set.of(IdentifierType.CITY, IdentifierType.STREET_ADDRESS,
            IdentifierType.ZIP_CODE, IdentifierType.COUNTY, IdentifierType.GEOGRAPHIC_SUBDIVISION,
            IdentifierType.GEOCOORDINATE, IdentifierType.TELEPHONE_NUMBER, IdentifierType.FAX_NUMBER, IdentifierType.URL);
    /** Header words of a thing's role-holder beside {@link ColumnHeader#namesActor}'s: a track's chair, a site's contact. */
    private static final Set<String> ROLE_HOLDER_WORDS = Set.of("chair", "chairperson", "chairman", "chairwoman",
            "director", "coordinator", "convenor", "organiser", "organizer", "principal", "dean", "captain");
    /** Distinct entities that refer to each row of a list of things, on average, at least. */
    static final int MIN_ENTITIES_PER_THING = 5;

    /**
     * The primary key of a list of things whose headers were not read (tracks, agencies, cell sites: {@code agcyCd},
     * {@code Track ID}) is kept, as a reference table's is, when the evidence says its rows are not people: no foreign
     * key links the table to the data subjects; other tables refer to its rows, each row by at least
     * {@value #MIN_ENTITIES_PER_THING} distinct data subjects on average, counted through the referring rows that are
     * linked to one (a household's three members do not make a list of things, nor do a bank account's transactions); some column besides the key is kept; and no column is a person's own identifier (nor a suppressed
     * column whose values read as people's names, a shop's owners): a site's place,
     * telephone or web site (protected in their own right) and the name of a role-holder ({@code Track Chair},
     * {@code manager}) are a thing's attributes. Its values must not have an identifier's shape (no UUID, no detector
     * hit). The key's foreign keys follow it, so joins and the things' codes survive.
     */
    private static void keysOfThings(List<String> tables, Map<String, Pending> pending, Map<String, String> primaryKeys,
            Map<String, List<ForeignKey>> foreignKeys, Optional<String> entity) {
        for (String t : tables) {
            Pending p = pending.get(t);
            String pk = primaryKeys.get(t);
            ColumnSpec key = pk == null ? null : p.decided.get(pk);
            ColumnEvidence ke = pk == null ? null : p.evidence.get(pk);
            if (key == null || ke == null || entity.map(t::equalsIgnoreCase).orElse(false) || !p.rowsAreEntities()
                    || !key.comment().orElse("").contains("the primary key: a record identifier")
                    || ke.embeddedHitValues() != 0 || ke.wholeShare(DetectorKind.UUID) != 0 || identifierShaped(ke)
                    // a list of doctors keyed by their ΑΜΚΑ (breaker86): a person's own number names a person
                    || ColumnHeader.meaning(t, pk).type().filter(PERSONS_OWN_NUMBERS::contains).isPresent()) {
                continue;
            }
            boolean keptAttribute = false;
            boolean personal = false;
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                if (d.getKey().equals(pk)) {
                    continue;
                }
                ColumnRule rule = d.getValue().rule();
                keptAttribute |= rule instanceof ColumnRule.Keep;
                Optional<IdentifierType> type = identifierType(rule);
                boolean roleHeader = ColumnHeader.namesActor(d.getKey())
                        || ColumnHeader.namesActor(ColumnHeader.withAbbreviationsWrittenOut(d.getKey()))
                        || ColumnHeader.words(d.getKey()).stream().anyMatch(ROLE_HOLDER_WORDS::contains);
                boolean roleHolder = roleHeader && type.filter(x -> x == IdentifierType.NAME || x == IdentifierType.GIVEN_NAME
                        || x == IdentifierType.FAMILY_NAME).isPresent();
                ColumnEvidence de = p.evidence.get(d.getKey());
                // a column suppressed for want of evidence whose values read as people's names (a shop's owner)
                boolean names = type.isEmpty() && !(rule instanceof ColumnRule.Keep) && !roleHeader && de != null
                        && peopleNames(de.values);
                personal |= type.isPresent() && !SITE_TYPES.contains(type.get()) && !roleHolder || names;
            }
            if (!keptAttribute || personal) {
                continue;
            }
            Referrers r = referrers(t, tables, pending, foreignKeys, entity);
            if (!r.many()) {
                continue;
            }
            p.decided.put(pk, keep(pk, String.format(Locale.ROOT, "the key of a list of things: no foreign key links its "
                    + "rows to the data subjects, other tables refer to %d of them from %.1f distinct entities each on "
                    + "average, and its other columns are a thing's attributes (kept, or a place, telephone or web site "
                    + "protected in their own right, or a role-holder's name): it names a thing, not a person",
                    r.rows(), r.perRow())));
        }
    }

    /**
     * How the data subjects refer to the rows of a table: the rows referred to, and the distinct (row, entity) pairs.
     *
     * @param rows the distinct key values other tables refer to
     * @param pairs the distinct pairs of a referred key value and an entity referring to it
     */
    private record Referrers(int rows, int pairs) {
        /** @return the distinct entities referring to each referred row, on average */
        double perRow() {
            return rows == 0 ? 0 : (double) pairs / rows;
        }

        /** @return whether rows are referred to, each by {@value #MIN_ENTITIES_PER_THING} distinct entities on average */
        boolean many() {
            return rows > 0 && pairs >= (long) MIN_ENTITIES_PER_THING * rows;
        }
    }

    /**
     * Counts how many distinct entities refer to each row of a table, over every single-column foreign key to it.
     * Referring rows not linked to a data subject count for nothing when there are data subjects: a bank account's
     * 2,400 transactions are one account's rows, not 2,400 people.
     */
    private static Referrers referrers(String t, List<String> tables, Map<String, Pending> pending,
            Map<String, List<ForeignKey>> foreignKeys, Optional<String> entity) {
        Set<String> referred = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (String child : tables) {
            Pending c = pending.get(child);
            for (ForeignKey f : foreignKeys.get(child)) {
                if (child.equals(t) || f.columns().size() != 1 || !t.equalsIgnoreCase(f.referencedTable())) {
                    continue;
                }
                int k = indexOf(c.schema, f.column());
                List<String[]> rows = c.sample.rows();
                for (int r = 0; k >= 0 && r < rows.size(); r++) {
                    String v = k < rows.get(r).length ? rows.get(r)[k] : null;
                    String who = c.entities.get(r);
                    if (v != null && !v.isBlank() && (entity.isEmpty() || !who.startsWith("r:"))) {
                        referred.add(v);
                        pairs.add(v + "\u0000" + who);
                    }
                }
            }
        }
        return new Referrers(referred.size(), pairs.size());
    }

    /**
     * A text column of a list that the data subjects refer to (doctors, wards, schools: no foreign key links its rows to
     * the data subjects, and each referred row is referred to by {@value #MIN_ENTITIES_PER_THING} distinct entities on
     * average), suppressed for want of evidence, is kept when its values are categories of that list's rows: at most
     * half as many distinct values as rows (one more allowed), so that most values are held by several of the list's
     * rows and, through them, by the many entities that refer to those rows (a doctor's speciality, a ward's
     * department); no value holds an identifier, none is longer than vocabulary, and they do not read as people's
     * names. A list's own names (one per row) stay protected. Runs before {@link #namedPeople}, which protects a kept
     * column again when its values are given names that a name column of the data set holds.
     */
    private static void categoriesOfReferencedLists(List<String> tables, Map<String, Pending> pending,
            Map<String, List<ForeignKey>> foreignKeys, Optional<String> entity) {
        for (String t : tables) {
            Pending p = pending.get(t);
            if (entity.isEmpty() || entity.get().equalsIgnoreCase(t) || !p.rowsAreEntities()) {
                continue;
            }
            Referrers r = null;
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                ColumnHeader.Meaning m = ColumnHeader.meaning(t, d.getKey());
                if (e == null || !d.getValue().comment().orElse("").startsWith("suppressed: text" + NO_EVIDENCE)
                        || m.kind() == ColumnHeader.Kind.FREE_TEXT || m.kind() == ColumnHeader.Kind.IDENTIFIER
                        || e.distinct < 2 || e.distinct >= e.nonBlank || e.distinct * 2 > e.nonBlank + 1
                        || e.embeddedHitValues() != 0 || e.meanLength() > ColumnEvidence.MAX_VOCABULARY_LENGTH
                        // a unit's head written family name first (Åberg, Karin; breaker80)
                        || peopleNames(e.values) || familyNameFirst(e.values) * 2 > e.values.size()) {
                    continue;
                }
                if (r == null) {
                    r = referrers(t, tables, pending, foreignKeys, entity);
                }
                if (!r.many()) {
                    break;
                }
                p.decided.put(d.getKey(), keep(d.getKey(), String.format(Locale.ROOT, "categories of a list the data "
                        + "subjects refer to: %d distinct values over %d rows of %s, whose rows are not linked to the "
                        + "data subjects and are referred to by %.1f distinct entities each on average; its values do "
                        + "not read as people's names", e.distinct, e.nonBlank, t, r.perRow())));
            }
        }
    }

    /** Reads the JSON held in cells (Moodle's {@code other}, an event's {@code properties}). */
    private static final com.fasterxml.jackson.databind.ObjectMapper CELL_JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    /** JSON cells read per column, at most. */
    private static final int MAX_JSON_CELLS = 500;

    /**
     * A kept text column whose values are mostly JSON objects or arrays (an event log's payload: Moodle's {@code other},
     * Segment's {@code properties}) is judged by its field names, read as headers are: when one names an identifier
     * or free text ({@code username}, {@code loggedinasusername}, {@code email}; not a thing's key such as
     * {@code courseid}), the column is suppressed as free text however often its values repeat, since a payload
     * repeats for every event of the same kind.
     */
    private static void jsonPayloads(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || e == null || e.allNumbers || e.values.isEmpty()) {
                    continue;
                }
                long json = e.values.stream().map(String::strip).filter(v -> v.startsWith("{") || v.startsWith("[")).count();
                if (json * 2 < e.values.size()) {
                    continue;
                }
                Set<String> names = new java.util.TreeSet<>();
                e.values.stream().limit(MAX_JSON_CELLS).forEach(v -> {
                    try {
                        fieldNames(CELL_JSON.readTree(v.strip()), names, 0);
                    } catch (IOException notJson) {
                        // a value that only starts like JSON says nothing
                    }
                });
                // a thing's key (courseid, objectid) in a payload is no one's; a person's key, a login, any other
                // identifier or free text is
                for (String n : names) {
                    ColumnHeader.Meaning m = ColumnHeader.meaning(t, n);
                    if (m.kind() == ColumnHeader.Kind.FREE_TEXT || m.kind() == ColumnHeader.Kind.IDENTIFIER
                            && (m.type().filter(x -> x != IdentifierType.OTHER_UNIQUE_IDENTIFIER).isPresent()
                                    || ColumnHeader.namesPersonKey(n) || m.rule().contains("user name"))) {
                        d.setValue(suppress(d.getKey(), "JSON whose field " + n + " names "
                                + m.type().map(Object::toString).orElse("free text") + " (" + m.rule() + "): free text, "
                                + "however often its values repeat"));
                        break;
                    }
                }
            }
        }
    }

    private static void fieldNames(com.fasterxml.jackson.databind.JsonNode node, Set<String> names, int depth) {
        if (depth > 8 || node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                names.add(f.getKey());
                fieldNames(f.getValue(), names, depth + 1);
            });
        } else if (node.isArray()) {
            node.forEach(x -> fieldNames(x, names, depth + 1));
        }
    }

    /** A digest written in hexadecimal: MD5 (32), SHA-1 (40) or SHA-256 (64 characters). */
    private static final Pattern HEX_DIGEST = Pattern.compile("[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64}");

    /**
     * A kept column whose every value is a hexadecimal digest (MD5, SHA-1, SHA-256) of the same length holds
     * hashed identifiers: an unsalted hash of a medallion, a card or a licence number is reversed by hashing every
     * possible number (the New York taxi trips of 2013 were re-identified so within hours). It is proposed as an
     * identifier, whose keyed hash keeps the joins and the repetitions; what the digests were of is lost, not
     * recoverable.
     */
    private static void digests(List<String> tables, Map<String, Pending> pending) {
        for (String t : tables) {
            Pending p = pending.get(t);
            for (Map.Entry<String, ColumnSpec> d : p.decided.entrySet()) {
                ColumnEvidence e = p.evidence.get(d.getKey());
                if (!(d.getValue().rule() instanceof ColumnRule.Keep) || e == null || e.distinct < 2 || e.values.isEmpty()
                        || e.values.stream().map(v -> v.strip().length()).distinct().count() != 1
                        || !e.values.stream().allMatch(v -> HEX_DIGEST.matcher(v.strip()).matches())) {
                    continue;
                }
                d.setValue(identifier(d.getKey(), IdentifierType.OTHER_UNIQUE_IDENTIFIER, String.format(Locale.ROOT,
                        "every value is a hexadecimal digest of %d characters (MD5, SHA-1 or SHA-256): a hash of "
                                + "something, which, when it is an identifier (a medallion, a card, a licence), is "
                                + "reversed by hashing every possible one; a keyed code keeps the joins (R)", e.maxLength)));
            }
        }
    }

    /**
     * A kept column of integers 0-120 that, in at least 80% of the rows read (ten or more), equals the years from a
     * birth date in the same row to one year for all rows (or one less: asOf, the year of the export, a year of the
     * Buddhist era) is that person's age, whatever its header says
     * ({@code eta}, {@code yaş}, {@code c4}); so is one that, in 80% of ten or more rows, is within a year of an age
     * column of the same row (VAERS' {@code CAGE_YR} beside {@code AGE_YRS}): Safe Harbor aggregates ages over 89 (45 CFR 164.514(b)(2)(i)(C)), so it
     * is proposed as an age, top-coded to 90+.
     */
    private static void agesBesideBirthDates(List<String> tables, Map<String, Pending> pending, LocalDate asOf) {
        for (String t : tables) {
            Pending p = pending.get(t);
            List<Integer> births = new ArrayList<>();
            List<Integer> ages = new ArrayList<>();
            for (int c = 0; c < p.schema.columns().size(); c++) {
                ColumnSpec spec = p.decided.get(p.schema.columns().get(c).name());
                Optional<IdentifierType> type = spec == null ? Optional.empty() : identifierType(spec.rule());
                if (type.filter(x -> x == IdentifierType.DATE_OF_BIRTH || x == IdentifierType.DATE).isPresent()) {
                    births.add(c);
                }
                if (type.filter(x -> x == IdentifierType.AGE).isPresent()) {
                    ages.add(c);
                }
            }
            for (int c = 0; c < p.schema.columns().size() && !(births.isEmpty() && ages.isEmpty()); c++) {
                String column = p.schema.columns().get(c).name();
                ColumnSpec spec = p.decided.get(column);
                ColumnEvidence e = p.evidence.get(column);
                if (spec == null || !(spec.rule() instanceof ColumnRule.Keep) || e == null || e.nonBlank < 10 || e.distinct < 3
                        || !e.allNumbers) {
                    continue;
                }
                if (e.allIntegers && e.minInteger >= 0 && e.maxInteger > MAX_HUMAN_AGE && e.maxInteger <= 12L * MAX_HUMAN_AGE) {
                    ageInMonths(p, c, ages);
                    continue;
                }
                if (e.allIntegers && (e.minInteger < 0 || e.maxInteger > MAX_HUMAN_AGE)) {
                    continue;
                }
                for (int b : e.allIntegers ? births : List.<Integer>of()) {
                    // birth year + age, per row: one year for all rows (or one more, before the birthday) is the year
                    // the ages were taken, whether asOf, the year of the export, or a year of another era (BE 2567)
                    Map<Integer, Integer> sums = new HashMap<>();
                    int read = 0;
                    for (String[] row : p.sample.rows()) {
                        if (row[c] == null || row[c].isBlank() || row[b] == null) {
                            continue;
                        }
                        int born = yearOf(row[b]);
                        if (born < 0) {
                            continue;
                        }
                        read++;
                        sums.merge(born + Integer.parseInt(row[c].strip()), 1, Integer::sum);
                    }
                    int taken = -1;
                    int agree = 0;
                    for (int year : sums.keySet()) {
                        int n = sums.get(year) + sums.getOrDefault(year - 1, 0);
                        if (n > agree || n == agree && Math.abs(year - asOf.getYear()) < Math.abs(taken - asOf.getYear())) {
                            agree = n;
                            taken = year;
                        }
                    }
                    if (read >= 10 && agree * 5 >= read * 4) {
                        p.decided.put(column, identifier(column, IdentifierType.AGE, String.format(Locale.ROOT, "in %d "
                                + "of %d rows the value is the years from the date in %s to %d (the year the ages were "
                                + "taken): a person's age; ages over 89 become 90+ (45 CFR 164.514(b)(2)(i)(C))", agree, read,
                                p.schema.columns().get(b).name(), taken)));
                        break;
                    }
                }
                if (!(p.decided.get(column).rule() instanceof ColumnRule.Keep)) {
                    continue;
                }
                for (int a : ages) {
                    // VAERS' CAGE_YR beside AGE_YRS: the same age, computed another way, a year apart at most
                    int read = 0;
                    int agree = 0;
                    for (String[] row : p.sample.rows()) {
                        String age = row[a] == null ? "" : row[a].strip();
                        String value = row[c] == null ? "" : row[c].strip();
                        if (!AGE_NUMBER.matcher(value).matches() || !AGE_NUMBER.matcher(age).matches()) {
                            continue;
                        }
                        read++;
                        if (Math.abs(Double.parseDouble(value) - Double.parseDouble(age)) <= 1) {
                            agree++;
                        }
                    }
                    if (read >= 10 && agree * 5 >= read * 4) {
                        p.decided.put(column, identifier(column, IdentifierType.AGE, String.format(Locale.ROOT, "in %d "
                                + "of %d rows the value is, to a year, the age in %s: a person's age too; ages over 89 "
                                + "become 90+ (45 CFR 164.514(b)(2)(i)(C))", agree, read, p.schema.columns().get(a).name())));
                        break;
                    }
                }
            }
        }
    }

    /**
     * Proposes column {@code c} as an age in months when, in 80% of ten or more rows, twelve times the age of one of
     * {@code ages} in the same row is within twelve of it (an infant's age in months beside the age in years): ages in
     * months over 1,079 (ninety years) become {@code 1080+} (45 CFR 164.514(b)(2)(i)(C)) (breaker41).
     */
    private static void ageInMonths(Pending p, int c, List<Integer> ages) {
        String column = p.schema.columns().get(c).name();
        for (int a : ages) {
            int read = 0;
            int agree = 0;
            for (String[] row : p.sample.rows()) {
                String age = row[a] == null ? "" : row[a].strip();
                String value = row[c] == null ? "" : row[c].strip();
                boolean capped = age.equals((MAX_KEPT_AGE + 1) + "+");
                if (!AGE_NUMBER.matcher(age).matches() && !capped || value.isEmpty() || value.length() > 4
                        || !value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    continue;
                }
                read++;
                double years = capped ? MAX_KEPT_AGE + 1 : Double.parseDouble(age);
                int months = Integer.parseInt(value);
                // an export that caps ages at 90 (or writes 90+) leaves the months of the oldest uncapped (breaker46)
                if (Math.abs(months - 12 * years) <= 12 || years >= MAX_KEPT_AGE + 1 && months >= 12 * MAX_KEPT_AGE) {
                    agree++;
                }
            }
            if (read >= 10 && agree * 5 >= read * 4) {
                p.decided.put(column, agesInMonths(column, String.format(Locale.ROOT, "in %d of %d rows the value is, to "
                        + "a year, twelve times the age in %s: a person's age in months", agree, read,
                        p.schema.columns().get(a).name())));
                return;
            }
        }
    }

    /** @return column {@code column} as ages in months, those over {@link #MAX_KEPT_AGE_MONTHS} top-coded, with why */
    private static ColumnSpec agesInMonths(String column, String why) {
        return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.AgeTopCode(MAX_KEPT_AGE_MONTHS,
                (MAX_KEPT_AGE_MONTHS + 1) + "+"), Optional.of(IdentifierType.AGE)), Optional.empty(),
                Optional.of(String.format(Locale.ROOT, "AGE: %s; ages over %d months (89 years) become %d+ (45 CFR "
                        + "164.514(b)(2)(i)(C))", why, MAX_KEPT_AGE_MONTHS, MAX_KEPT_AGE_MONTHS + 1)));
    }

    private static Optional<IdentifierType> identifierType(ColumnRule rule) {
        if (rule instanceof ColumnRule.Identifier i) {
            return Optional.of(i.type());
        }
        if (rule instanceof ColumnRule.Explicit x) {
            return x.type();
        }
        return Optional.empty();
    }

    /**
     * The profile's transformations under a throwaway random key, to try each proposed rule on the values read: a
     * proposal must run unedited, so a rule whose transformation refuses a value is replaced before it is proposed.
     */
    private static final class Trial {
        final dev.warden.deid.Profile profile;
        final dev.warden.deid.Deidentifier deidentifier;

        Trial(String profile, LocalDate asOf) {
            this.profile = dev.warden.deid.Profiles.named(profile, asOf);
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            this.deidentifier = dev.warden.core.deid.Deidentifiers.forProfile(this.profile, key);
        }
    }

    /**
     * The rule, tried on the column's distinct values read, missing-value markers aside (the job leaves them as they
     * are); when its transformation refuses one (FF1 on a value too short for its domain, a date it cannot read), a keyed hash (an identifier) or suppression takes its place, and
     * the comment says why (without the value).
     */
    private static ColumnSpec tried(ColumnSpec spec, ColumnEvidence e, String table, Trial trial) {
        if (e == null || e.values.isEmpty()) {
            return spec;
        }
        Transformation t;
        Optional<IdentifierType> type;
        if (spec.rule() instanceof ColumnRule.Identifier id) {
            type = Optional.of(id.type());
            t = trial.profile.transformationFor(id.type()).orElse(null);
        } else if (spec.rule() instanceof ColumnRule.Explicit x) {
            type = x.type();
            t = x.transformation();
        } else {
            return spec;
        }
        if (t == null) {
            return new ColumnSpec(spec.name(), new ColumnRule.Explicit(new Transformation.Suppress(), type), Optional.empty(),
                    Optional.of(spec.comment().orElse("") + "; the profile has no transformation for it: suppressed"));
        }
        dev.warden.deid.ValueTransformer vt;
        try {
            vt = trial.deidentifier.compile(t, new dev.warden.deid.ConsistencyDomain(table + "." + spec.name()));
        } catch (RuntimeException ex) {
            return spec; // the job reports what the spec cannot compile
        }
        int n = Math.min(e.values.size(), ColumnEvidence.MAX_SHAPED_VALUES);
        for (int i = 0; i < n; i++) {
            if (MissingValues.missing(e.values.get(i))) {
                continue; // the job leaves a missing value (NULL, NaT) as it is, untransformed
            }
            try {
                if (t.needsEntity()) {
                    vt.apply(e.values.get(i), "trial");
                } else {
                    vt.apply(e.values.get(i));
                }
            } catch (RuntimeException ex) {
                String why = "; the profile's " + t.kind() + " refuses some of its values (tried on the " + n
                        + " distinct values read), so ";
                if (type.isPresent() && !(t instanceof Transformation.KeyedHash)) {
                    return new ColumnSpec(spec.name(), new ColumnRule.Explicit(Transformation.KeyedHash.hex(), type),
                            Optional.empty(), Optional.of(spec.comment().orElse("") + why + "a keyed hash (HMAC-SHA256) "
                                    + "replaces it: still consistent, so joins survive"));
                }
                return new ColumnSpec(spec.name(), new ColumnRule.Explicit(new Transformation.Suppress(), type),
                        Optional.empty(), Optional.of(spec.comment().orElse("") + why + "suppressed"));
            }
        }
        return spec;
    }

    /** A table's columns decided so far, and the ones left for the second pass. */
    private static final class Pending {
        final TableSchema schema;
        final Sample sample;
        final List<String> entities;
        final Map<String, ColumnSpec> decided = new LinkedHashMap<>();
        final Map<String, ColumnEvidence> evidence = new HashMap<>();
        final List<Integer> later = new ArrayList<>();

        Pending(TableSchema schema, Sample sample, List<String> entities) {
            this.schema = schema;
            this.sample = sample;
            this.entities = entities;
        }

        /** @return whether no row was linked to a data subject, so that each row counted as its own entity */
        boolean rowsAreEntities() {
            return !entities.isEmpty() && entities.stream().allMatch(x -> x.startsWith("r:"));
        }
    }

    /**
     * The data set's shared vocabulary: each text value of a kept column, with how many distinct entities (up to 2)
     * carry it across all tables. An entity of a table with no link to the entity table is the row.
     */
    private static Map<String, Integer> vocabulary(Map<String, Pending> pending) {
        Map<String, String> first = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Map.Entry<String, Pending> t : pending.entrySet()) {
            Pending p = t.getValue();
            for (int c = 0; c < p.schema.columns().size(); c++) {
                ColumnSpec spec = p.decided.get(p.schema.columns().get(c).name());
                ColumnEvidence e = p.evidence.get(p.schema.columns().get(c).name());
                if (spec == null || !(spec.rule() instanceof ColumnRule.Keep) || e == null || e.allNumbers) {
                    continue;
                }
                List<String[]> rows = p.sample.rows();
                for (int i = 0; i < rows.size(); i++) {
                    String v = rows.get(i)[c];
                    if (v == null || v.isBlank() || count.size() > 1_000_000) {
                        continue;
                    }
                    String who = p.entities.get(i).startsWith("r:") ? t.getKey() + "#" + p.entities.get(i) : p.entities.get(i);
                    String was = first.putIfAbsent(v, who);
                    if (was == null) {
                        count.put(v, 1);
                    } else if (!was.equals(who)) {
                        count.put(v, 2);
                    }
                }
            }
        }
        return count;
    }

    /** The share of a column's non-blank rows whose value two or more entities carry, in it or in the vocabulary. */
    private static double globalShare(int c, Pending p, Map<String, Integer> vocabulary) {
        Map<String, String> first = new HashMap<>();
        Set<String> shared = new HashSet<>();
        List<String[]> rows = p.sample.rows();
        for (int i = 0; i < rows.size(); i++) {
            String v = rows.get(i)[c];
            if (v == null || v.isBlank()) {
                continue;
            }
            String was = first.putIfAbsent(v, p.entities.get(i));
            if (was != null && !was.equals(p.entities.get(i))) {
                shared.add(v);
            }
        }
        int n = 0;
        int hits = 0;
        for (String[] row : rows) {
            String v = row[c];
            if (v == null || v.isBlank()) {
                continue;
            }
            n++;
            if (shared.contains(v) || vocabulary.getOrDefault(v, 0) >= 2) {
                hits++;
            }
        }
        return n == 0 ? 0 : (double) hits / n;
    }

    /** One column under judgement. */
    private record Column(String table, SourceColumn source, ColumnHeader.Meaning header, ColumnEvidence values,
                          boolean whole, boolean primaryKey, boolean referenceTable, boolean organisationTable,
                          boolean contactTable, boolean entityTable, boolean tableHasKey, boolean rowsAreEntities,
                          LocalDate asOf) {
        /**
         * @return whether the header names a data subject's key in a table whose rows are linked to no data subject,
         *     so the rows' spread over values says nothing: an events log's {@code user_id} (1,200 events of 50 users)
         *     names the users, however many rows carry each
         */
        boolean personKeyOfUnlinkedRows() {
            return unlinkedRows() && ColumnHeader.namesPersonKey(source.name());
        }

        /** @return whether the rows are linked to no data subject and are not the data subjects' own table */
        boolean unlinkedRows() {
            return rowsAreEntities && !entityTable;
        }

        String name() {
            return source.name();
        }
    }

    /** A header that names something personal, which makes a table more than a list of things. */
    private static boolean personal(ColumnHeader.Meaning m) {
        return m.kind() == ColumnHeader.Kind.CREDENTIAL || m.kind() == ColumnHeader.Kind.BIRTH_DATE_PART
                || m.kind() == ColumnHeader.Kind.BIRTH_YEAR || m.kind() == ColumnHeader.Kind.FREE_TEXT
                || m.kind() == ColumnHeader.Kind.IDENTIFIER && m.type().filter(t -> t != IdentifierType.OTHER_UNIQUE_IDENTIFIER
                        && t != IdentifierType.FULL_FACE_PHOTOGRAPH && t != IdentifierType.DATE).isPresent();
    }

    /**
     * Whether no column of a table names a person: no person-name header, except a contact person's (protected in its
     * own column) and a header that is just "name" whose values read as names of organisations
     * ({@link #organisationNames}).
     */
    private static boolean noPersonName(String table, TableSchema schema, Sample sample) {
        for (int c = 0; c < schema.columns().size(); c++) {
            String column = schema.columns().get(c).name();
            if (!personName(ColumnHeader.meaning(table, column)) || ColumnHeader.words(column).contains("contact")
                    || ColumnHeader.namesCompany(column)) {
                continue; // a contact person at the organisation is protected in its own column; a company is no person
            }
            if (!normalizedHeader(column).equals("name")) {
                return false;
            }
            Set<String> values = new java.util.LinkedHashSet<>();
            for (String[] row : sample.rows()) {
                if (row[c] != null && !row[c].isBlank() && values.size() < 1000) {
                    values.add(row[c]);
                }
            }
            if (organisationNames(column, new ArrayList<>(values)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A header that names a person's name. */
    private static boolean personName(ColumnHeader.Meaning m) {
        return m.kind() == ColumnHeader.Kind.IDENTIFIER && m.type().filter(t -> t == IdentifierType.NAME
                || t == IdentifierType.GIVEN_NAME || t == IdentifierType.FAMILY_NAME).isPresent();
    }

    private static ColumnSpec keep(String column, String why) {
        return new ColumnSpec(column, new ColumnRule.Keep(), Optional.empty(), Optional.of("keep: " + why));
    }

    /** @return {@code kept} with {@code why} before its own evidence: a header overruled by the values' reading */
    private static ColumnSpec keptBecause(String why, ColumnSpec kept) {
        return keep(kept.name(), why + kept.comment().orElse("").replaceFirst("^keep: ", ""));
    }

    private static ColumnSpec suppress(String column, String why) {
        return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.Suppress()), Optional.empty(),
                Optional.of("suppressed: " + why));
    }

    private static ColumnSpec identifier(String column, IdentifierType type, String why) {
        return new ColumnSpec(column, new ColumnRule.Identifier(type), Optional.empty(), Optional.of(type + ": " + why));
    }

    /** The rule that evidence decides; empty when only the second pass (code descriptions, defaults) can. */
    private Optional<ColumnSpec> decide(Column c) {
        String column = c.name();
        ColumnEvidence e = c.values();
        ColumnHeader.Meaning h = c.header();
        List<String> headerWords = ColumnHeader.words(column);
        String type = c.source().sqlType().orElse("").toUpperCase(Locale.ROOT);
        if (c.source().binary() || type.contains("BINARY") || type.contains("BLOB") || type.contains("BYTEA") || type.equals("IMAGE")) {
            return Optional.of(new ColumnSpec(column, new ColumnRule.Drop(), Optional.empty(), Optional.of(
                    "drop: binary data (" + (c.source().binary() ? "bytes, not text" : type) + "), e.g. a full-face photograph "
                    + "(45 CFR 164.514(b)(2)(i)(Q))")));
        }
        if (h.kind() == ColumnHeader.Kind.CREDENTIAL) {
            return Optional.of(new ColumnSpec(column, new ColumnRule.Drop(), Optional.empty(), Optional.of(
                    "drop: " + h.rule() + "; a credential is dropped, never kept or hashed")));
        }
        if (e.nonBlank == 0) {
            if (c.whole() && h.kind() != ColumnHeader.Kind.IDENTIFIER) {
                // Suppressing an empty column changes no output cell here, and a later export of the same schema that
                // fills it (a guardian's name) is protected by the same spec.
                return Optional.of(suppress(column, "every one of its " + e.rows + " values is empty: suppressed, which "
                        + "changes nothing in this data and protects a later export that fills it; change to keep after "
                        + "review"));
            }
            if (h.kind() == ColumnHeader.Kind.IDENTIFIER) {
                return Optional.of(identifier(column, h.type().orElseThrow(), h.rule() + "; no values in the rows read"));
            }
            return Optional.of(suppress(column, "no values in the " + e.rows + " rows read to judge by"));
        }
        long registrations = headerWords.stream().noneMatch(AIRCRAFT_WORDS::contains) ? 0
                : e.values.stream().filter(v -> AIRCRAFT_REGISTRATION.matcher(v.strip()).matches()).count();
        if (e.values.size() >= 2 && nineInTen(registrations, e.values.size())) {
            // tail numbers in a pilot's logbook: the FAA's registry gives each one's owner and address (breaker57)
            return Optional.of(identifier(column, IdentifierType.VEHICLE_IDENTIFIER, String.format(Locale.ROOT, "%d of its "
                    + "%d distinct values are aircraft registrations (N7219F, C-GABC, G-ABCD) under a header naming an "
                    + "aircraft: vehicle identifiers (45 CFR 164.514(b)(2)(i)(L)), whose registry names the owner",
                    registrations, e.values.size())));
        }
        // The key of a reference table: its primary key, or (on files, where none is declared) an id column with one
        // value per row.
        boolean key = c.primaryKey() || !c.tableHasKey() && h.type().filter(x -> x == IdentifierType.OTHER_UNIQUE_IDENTIFIER).isPresent()
                && e.distinct == e.nonBlank && e.nonBlank >= 2;
        // a court's docket numbers key its cases, which the parties refer to: a case is people's, not a thing (breaker73)
        boolean caseKey = headerWords.stream().anyMatch(CASE_WORDS::contains);
        if (key && c.referenceTable() && e.embeddedHitValues() == 0 && e.wholeShare(DetectorKind.UUID) == 0
                && !identifierShaped(e) && !caseKey) {
            return Optional.of(keep(column, "the key of a reference table (other tables refer to its rows, none of its "
                    + "headers names a personal identifier): it names a thing, not a person"));
        }
        if (!key && c.referenceTable() && !namesPeople(c.table()) && h.type().filter(x -> x == IdentifierType.OTHER_UNIQUE_IDENTIFIER).isPresent()
                && !caseKey && e.distinct == e.nonBlank && e.nonBlank >= 2 && e.embeddedHitValues() == 0
                && e.wholeShare(DetectorKind.UUID) == 0 && !identifierShaped(e)) {
            return Optional.of(keep(column, "another key of a reference table (one value per row; other tables refer to "
                    + "its rows, none of its headers names a personal identifier): it numbers things, not people"));
        }
        if (c.primaryKey() && c.organisationTable()
                && (e.wholeShare(DetectorKind.UUID) == 1.0 || e.embeddedHitValues() == 0 && !identifierShaped(e))) {
            return Optional.of(keep(column, "the key of a table of organisations (other tables refer to its rows, no "
                    + "foreign key links them to the data subjects, the table or a column names organisations and no "
                    + "column a person): it names an organisation, not a person"));
        }
        if (c.primaryKey() && c.organisationTable()) {
            Optional<String> register = codeSystem(c.table(), column, e, true);
            if (register.isPresent()) {
                return Optional.of(keep(column, "the key of a table of organisations (other tables refer to its rows, no "
                        + "foreign key links them to the data subjects, the table or a column names organisations and "
                        + "no column a person), and its values are the organisations' register numbers: " + register.get()));
            }
        }
        if (c.primaryKey()) {
            // A key of small integers (101, 102, ...) is a record number whatever its header says (member_id reads as a
            // health plan number): its values are no code an outsider could hold, and a number that equals one of them
            // elsewhere (a page count) is a coincidence, as the validation treats record ids.
            boolean recordNumbers = e.allIntegers && e.values.stream().allMatch(OutputValidator::smallInteger);
            IdentifierType t = h.kind() == ColumnHeader.Kind.IDENTIFIER && KEY_TYPES.contains(h.type().orElseThrow())
                    && !recordNumbers ? h.type().orElseThrow() : IdentifierType.OTHER_UNIQUE_IDENTIFIER;
            return Optional.of(identifier(column, t, "the primary key: a record identifier (R); a keyed code keeps joins"));
        }
        String normalized = normalizedHeader(column);
        String written = normalizedHeader(ColumnHeader.withAbbreviationsWrittenOut(column));
        if ((NAME_PARTS.contains(normalized) || !written.equals(normalized) && written.endsWith("middleinitial"))
                && !(normalized.equals("title") && !honorifics(e))) {
            return Optional.of(suppress(column, "a part of a name (45 CFR 164.514(b)(2)(i)(A))"));
        }
        switch (h.kind()) {
            case BIRTH_DATE_PART:
                return Optional.of(suppress(column, h.rule() + ": only the year of a date may stay "
                        + "(45 CFR 164.514(b)(2)(i)(C))"));
            case BIRTH_YEAR:
                if (birthYears(e)) {
                    return Optional.of(birthYearsToYear(column, h.rule(), c.asOf()));
                }
                return Optional.of(suppress(column, h.rule() + ", but not every value is a four-digit year"));
            case CONCEPT_ID:
                if (e.allIntegers) {
                    return Optional.of(keep(column, h.rule() + "; " + e.distinct + " distinct integer ids"));
                }
                break;
            default:
                break;
        }
        Optional<String> code = codeSystem(c.table(), column, e, c.organisationTable());
        if (code.isPresent() && code.get().contains(CodeSystem.GTIN.displayName())
                && headerWords.stream().anyMatch(LOYALTY_CARD_WORDS::contains)
                && e.values.stream().filter(SpecProposer::restrictedCirculation).count() * 5 >= e.values.size() * 4L) {
            // a loyalty card printed as an EAN-13 (GS1's prefixes 20-29 are for a retailer's own numbers): the card
            // passes the check digit as a product would, but it is one customer's account (breaker66, breaker69)
            return Optional.of(identifier(column, IdentifierType.ACCOUNT_NUMBER, "the header names a loyalty or "
                    + "membership card, whose numbers are printed as GS1 EAN-13 barcodes (" + code.get() + "): one "
                    + "customer's account number, not a product's, however many rows share one (45 CFR "
                    + "164.514(b)(2)(i)(J))"));
        }
        if (h.kind() == ColumnHeader.Kind.IDENTIFIER && !e.values.isEmpty() && lacksWhatItsTypeNeeds(h.type().orElseThrow(), e)) {
            // A CRM's "Account" is the customer company: a number the header names has digits; names of
            // organisations have none. A "consent_email" flag holds yes or no, no '@'.
            Optional<ColumnSpec> organisations = organisationValues(column, e);
            if (organisations.isPresent()) {
                return organisations;
            }
            IdentifierType needing = h.type().orElseThrow();
            if (e.meanLength() <= ColumnEvidence.MAX_VOCABULARY_LENGTH && vocabulary(e) && !peopleNames(e.values)) {
                return Optional.of(keep(column, h.rule() + (flagsOrMeasurements(needing, e)
                        ? ", but its values are yes/no flags or measurements (±0.05, 12.5%), no " + needing + ": "
                                + spread(e) : NO_VALUE_HAS
                        + (needing == IdentifierType.EMAIL_ADDRESS ? "an '@', as an e-mail address would"
                                : needing == IdentifierType.DATE || needing == IdentifierType.DATE_OF_BIRTH
                                        ? "a year or a date's digits, as a date would"
                                : LONGER_THAN_THREE_DIGITS.contains(needing)
                                        ? "more than three digits, as a national or a licence's number would"
                                : e.allNumbers ? "a letter, as a name would" : "a digit, as such a number would")
                        + ": " + spread(e))));
            }
            if (e.allNumbers && (needing == IdentifierType.NAME || needing == IdentifierType.GIVEN_NAME
                    || needing == IdentifierType.FAMILY_NAME)) {
                ColumnSpec read = numbers(c);
                return Optional.of(read.rule() instanceof ColumnRule.Keep ? keptBecause(h.rule() + ", but every value is "
                        + "a number, as no name is written; ", read) : read);
            }
            if (e.allNumbers && (needing == IdentifierType.NATIONAL_ID || needing == IdentifierType.SOCIAL_SECURITY_NUMBER)) {
                // ten rows of sick-leave days under Dni (breaker85): numbers of three digits or fewer, read as numbers
                ColumnSpec read = numbers(c);
                return Optional.of(read.rule() instanceof ColumnRule.Keep ? keptBecause(h.rule() + ", but every value is "
                        + "an integer of three digits or fewer, as no national number is; ", read) : read);
            }
        }
        if (h.kind() == ColumnHeader.Kind.IDENTIFIER && PER_PERSON_TYPES.contains(h.type().orElseThrow())
                && e.entities >= MIN_ENTITIES_AGAINST_HEADER && e.sharedShare() >= vocabularyShare && e.distinct * 5L <= e.entities
                && (e.allNumbers || e.maxLength <= 3) && e.embeddedHitValues() == 0
                && !c.unlinkedRows() && !fixedWidthNumbers(e)) {
            // CMS's SP_DEPRESSN (a flag, 1 or 2), MEDREIMB_IP (inpatient amounts), BENE_HI_CVRAGE_TOT_MONS (months of
            // cover): the header's letters spell an identifier, but no person's own number is shared by most rows
            String why = String.format(Locale.ROOT, "the header reads as %s, but %.0f%% of its rows hold a value two or "
                    + "more entities share (%d distinct values over %d entities): a person's own %s is shared by no one; ",
                    h.type().orElseThrow(), e.sharedShare() * 100, e.distinct, e.entities, h.type().orElseThrow());
            ColumnSpec read = e.allNumbers ? numbers(c) : keep(column, "short codes");
            if (read.rule() instanceof ColumnRule.Keep) {
                return Optional.of(keptBecause(why, read));
            }
        }
        if (h.type().filter(x -> x == IdentifierType.IP_ADDRESS).isPresent() && e.allNumbers
                && e.values.stream().noneMatch(v -> v.chars().filter(ch -> ch == '.').count() >= 3)) {
            // MEDREIMB_IP: amounts for inpatient stays; an IP address has three points, or is a long integer, which
            // numbers() protects as a number that identifies
            ColumnSpec read = numbers(c);
            return Optional.of(read.rule() instanceof ColumnRule.Keep ? keptBecause("the header reads as an IP address, "
                    + "but every value is a number with at most one point, as no IP address is written; ", read) : read);
        }
        if (h.kind() == ColumnHeader.Kind.IDENTIFIER) {
            return Optional.of(byHeader(c, h.type().orElseThrow(), code));
        }
        if (code.isPresent() && (e.embeddedHitValues() == 0 || luhnCodeExplainsCards(column, e))) {
            return Optional.of(keep(column, code.get()));
        }
        // in a list of things (books and their authors, Tolkien, J. R. R.) only names written given name first count
        if (namesStaff(column) && (peopleNames(e.values) || (!c.referenceTable() || namesHolder(column))
                && namesWrittenOtherwise(e.values) || listsNames(e.values) || namesInCaselessScripts(e.values))) {
            return Optional.of(identifier(column, IdentifierType.NAME, "the header names a person's role ("
                    + String.join(" ", headerWords) + ") and most values read as people's names: staff "
                    + "are named as providers are (45 CFR 164.514(b)(2)(i)(A)), however many records share one"));
        }
        if (staffLogins(column, e)) {
            // cford, mlincoln under Adjuster or Handler: the staff's logins, as a claims system prints who owns a claim
            return Optional.of(identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a person's role ("
                    + String.join(" ", headerWords) + ") and every value is a login (one word of lower-case "
                    + "letters, digits, dots or dashes, maybe after a domain; an initial and a family name; a user id of "
                    + "capitals): the staff's user names, replaced by a keyed code as staff names "
                    + "are protected, however many records share one"));
        }
        if (namesStaff(column) && !e.values.isEmpty() && e.values.stream().allMatch(v -> STAFF_CODE.matcher(v.strip()).matches())) {
            return Optional.of(identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the header names a person's role ("
                    + String.join(" ", headerWords) + ") and every value is a code of letters and digits: "
                    + "staff numbers, replaced by a keyed code as staff names are protected, however many records share one"));
        }
        if (!e.values.isEmpty() && e.values.stream().allMatch(v -> ACCOUNT_HANDLE.matcher(v.strip()).matches())) {
            return Optional.of(identifier(column, IdentifierType.ACCOUNT_NUMBER, "every value is an account handle "
                    + "(name@provider with no domain, as UPI payment addresses and chat handles are written): an "
                    + "account identifier (45 CFR 164.514(b)(2)(i)(J))"));
        }
        if (!e.values.isEmpty() && e.values.stream().allMatch(v -> GEDCOM_XREF.matcher(v.strip()).matches())) {
            return Optional.of(identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, "every value is a GEDCOM "
                    + "cross-reference (@I12@, @F3@): the record key of a person, a family or a source, replaced by a "
                    + "keyed code so the links survive"));
        }
        long vins = e.values.stream().filter(v -> vin(v.strip())).count();
        if (nineInTen(vins, e.values.size())) {
            return Optional.of(identifier(column, IdentifierType.VEHICLE_IDENTIFIER, String.format(Locale.ROOT, "%d of its "
                    + "%d distinct values are vehicle identification numbers with a valid check digit (ISO 3779, 49 CFR "
                    + "565): vehicle identifiers (45 CFR 164.514(b)(2)(i)(L))", vins, e.values.size())));
        }
        Optional<ColumnSpec> national = nationalNumbers(column, e);
        if (national.isPresent()) {
            return national;
        }
        long bands = e.values.stream().filter(v -> AgeBands.lowest(v.strip()) >= 0).count();
        // a dose's or a score's range (dose_mg_range, exam_score_band) is no age (breaker46)
        boolean measured = headerWords.stream().anyMatch(w -> RANGE_OF_MEASURE_WORDS.contains(w)
                || MEASURE_WORDS.contains(w) && !w.equals("age") || UNIT_WORDS.contains(w));
        if (e.values.size() >= 3 && nineInTen(bands, e.values.size()) && !measured) {
            return Optional.of(identifier(column, IdentifierType.AGE, String.format(Locale.ROOT, "%d of its %d distinct "
                    + "values are age bands of five or ten years (85-89, 90-94, 90+): bands over 89 become 90+ (45 CFR "
                    + "164.514(b)(2)(i)(C)), the rest stay", bands, e.values.size())));
        }
        long units = e.values.stream().filter(v -> SECONDARY_UNIT.matcher(v.strip()).matches()).count();
        // a household's unit is carried by its few members; a ward (Unit 4A), a responding unit or a lot of stock
        // (LOT 24117) among fewer than ten, each on ten rows or more, is shared by many (breaker45)
        // ... unless a third of them are written with a designator only an address has (APT 3B, STE 200, #104), which
        // no ward or stock lot is (breaker60)
        long addressOnly = e.values.stream().filter(v -> ADDRESS_ONLY_UNIT.matcher(v.strip()).lookingAt()).count();
        boolean sharedUnits = e.distinct < 10 && e.nonBlank >= 10L * e.distinct && addressOnly * 3 < e.values.size();
        // under a header naming the unit, half will do: the rest are bare letters (A, B), as an address's unit is written
        boolean unitHeader = headerWords.stream().anyMatch(x -> x.equals("unit") || x.equals("apt") || x.equals("suite"));
        if ((nineInTen(units, e.values.size()) || unitHeader && units * 2 >= e.values.size()) && !sharedUnits) {
            return Optional.of(identifier(column, IdentifierType.STREET_ADDRESS, String.format(Locale.ROOT, "%d of its %d "
                    + "distinct values are secondary address units (APT 406, STE 200, #12B: USPS Publication 28, "
                    + "secondary unit designators): part of a street address (45 CFR 164.514(b)(2)(i)(B))", units,
                    e.values.size())));
        }
        long streets = e.values.stream().filter(v -> STREET_LINE.matcher(v.strip()).matches()).count();
        // a person's street address is carried by their household; a few sites (a clinic's 100 Main St on every row
        // of its visits) are shared by many, as the shared units above (sharedUnits; breaker51: Address Type)
        if (e.values.size() >= 3 && nineInTen(streets, e.values.size()) && !sharedUnits) {
            return Optional.of(identifier(column, IdentifierType.STREET_ADDRESS, String.format(Locale.ROOT, "%d of its %d "
                    + "distinct values are street lines (a house number and a street with its suffix, 4711 Okafor St, "
                    + "12 rue de la Paix, Calle Mayor 12, Hauptstraße 5): street addresses (45 CFR 164.514(b)(2)(i)(B)), "
                    + "however many rows share one", streets, e.values.size())));
        }
        if (medicareNumbers(e)) {
            // a claims table of a few patients: their numbers on every claim (breaker53)
            return Optional.of(identifier(column, IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, String.format(Locale.ROOT,
                    "%d distinct values, nine in ten of them Medicare numbers (an MBI, 1EG4-TE5-MK73, or a HICN, nine "
                    + "digits and a beneficiary code): health plan beneficiary numbers (45 CFR 164.514(b)(2)(i)(I)), "
                    + "however many rows share one", e.values.size())));
        }
        // London, United Kingdom among Austin, TX: a town with its country's name counts too (breaker67), beside
        // towns with their state's code (Barcelona, Spain and Rioja, Spain alone are venues and wines; breaker69): a
        // majority of them, or any under a header that names no event's place (members' Leeds, United Kingdom beside
        // Austin, TX and Denver, CO; breaker69)
        long stateTowns = e.values.stream().filter(SpecProposer::townWithItsState).count();
        boolean eventPlaces = headerWords.stream().anyMatch(EVENT_PLACE_WORDS::contains);
        long towns = stateTowns * 2 > e.values.size() || stateTowns > 0 && !eventPlaces
                ? stateTowns + e.values.stream().filter(SpecProposer::townWithItsCountryName).count() : stateTowns;
        // a store's, a branch's or a supplier's head office's town is an organisation's place (breaker55)
        boolean sites = headerWords.stream().anyMatch(SITE_WORDS::contains);
        // a few towns on every row of the data subjects' own table are where they live, not a site's address
        if (e.values.size() >= 3 && nineInTen(towns, e.values.size()) && (!sharedUnits || c.entityTable()) && !sites) {
            return Optional.of(identifier(column, IdentifierType.CITY, String.format(Locale.ROOT, "%d of its %d distinct "
                    + "values are towns written with their US state's or Canadian province's code (Minneapolis, MN) or, "
                    + "beside them, their country's name: "
                    + "where the data subjects live, a subdivision smaller than a state (45 CFR 164.514(b)(2)(i)(B)), "
                    + "however many rows share one", towns, e.values.size())));
        }
        if (headerWords.stream().anyMatch(x -> x.equals("answer") || x.equals("answers") || x.equals("response"))
                && !e.values.isEmpty() && e.values.stream().filter(v -> SPACES.split(v.strip()).length >= 6).count() * 2 >= e.values.size()) {
            // a webinar's answers to questions, typed by its staff (Anke from our team will reach out ...): sentences,
            // which can name anyone however often they are pasted (breaker61); a survey's chosen answers are short
            return Optional.of(suppress(column, "the header names an answer and most of its values are sentences of six "
                    + "words or more: free text, which can name anyone however often its values repeat"));
        }
        long townsInCountries = e.values.stream().filter(SpecProposer::townWithItsCountry).count();
        if (e.values.size() >= 3 && nineInTen(townsInCountries, e.values.size()) && !sites) {
            // a video meeting's participant located at Duluth (US), as Zoom's participant report writes it (breaker61)
            return Optional.of(identifier(column, IdentifierType.CITY, String.format(Locale.ROOT, "%d of its %d distinct "
                    + "values are towns written with their country's ISO 3166 code in brackets (Duluth (US)): where the "
                    + "data subjects are, a subdivision smaller than a state (45 CFR 164.514(b)(2)(i)(B)), however many "
                    + "rows share one", townsInCountries, e.values.size())));
        }
        long generated = e.values.stream().filter(v -> GENERATED_KEY.matcher(v.strip()).matches() && mixedKey(v.strip())
                && !CHEMICAL_FORMULA.matcher(v.strip()).matches()).count();
        boolean keyHeader = headerWords.stream().anyMatch(RECORD_KEY_WORDS::contains);
        boolean thingHeader = headerWords.stream().anyMatch(NOT_KEY_WORDS::contains);
        if (nineInTen(generated, e.values.size()) && (keyHeader && e.values.size() >= MIN_KEYS_UNDER_KEY_HEADER
                || e.values.size() >= MIN_GENERATED_KEYS && !thingHeader)) {
            // DHIS2's event and enrollment uids (DiszpKrYNg8), repeated once per data value in its long layout
            // (breaker52); a vocabulary of generated keys (a data element's, an organisation unit's) has few values
            return Optional.of(identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, String.format(Locale.ROOT, "%d of "
                    + "its %d distinct values are generated keys (letters of both cases and digits, as DHIS2's uids and "
                    + "base-62 keys are written), %s: the keys of records, replaced by a keyed code that still joins",
                    generated, e.values.size(), keyHeader ? "under a header naming an event, an enrollment or an instance"
                            : MIN_GENERATED_KEYS + " or more of them")));
        }
        long wallets = cryptoAddresses(e.values);
        // a token's contract (USDT's on every row) is a public program, not a person's wallet
        // a token contract under sell_asset or mint_address; but a wallet of an owner, a recipient or a wallet under
        // asset_owner, mint_recipient, currency_wallet (breaker50)
        boolean contracts = headerWords.stream().anyMatch(NOT_WALLET_WORDS::contains) && headerWords.stream().noneMatch(WALLET_HOLDER_WORDS::contains);
        if (nineInTen(wallets, e.values.size()) && !contracts) {
            return Optional.of(identifier(column, IdentifierType.ACCOUNT_NUMBER, String.format(Locale.ROOT, "%d of its "
                    + "%d distinct values are cryptocurrency addresses (Bitcoin Base58Check or bech32 with a valid "
                    + "checksum, Ethereum 0x and 40 hex digits): each names one wallet, an account a public ledger ties "
                    + "to its owner's payments (45 CFR 164.514(b)(2)(i)(J)), however many rows share one", wallets,
                    e.values.size())));
        }
        Optional<ColumnSpec> byValues = byValues(c);
        if (byValues.isPresent()) {
            return byValues;
        }
        int loneSentences = e.allNumbers ? 0 : e.loneSentences(MAX_LABEL_WORDS, SpecProposer::namesRelative);
        if (loneSentences > 0) {
            // AETERM: HEADACHE and NAUSEA repeat, FELL WHILE CARING FOR HUSBAND RUTH PETTERSEN is one subject's
            return Optional.of(suppress(column, String.format(Locale.ROOT, "%d of its values are sentences of more than %d "
                    + "words that one entity alone carries, longer than any value two or more entities share, that name "
                    + "someone by a relation (husband, neighbour, caregiver): free text typed among the shared terms, "
                    + "which can name anyone; change to keep after review", loneSentences, MAX_LABEL_WORDS)));
        }
        if (YEARS_HEADERS.contains(String.join("", headerWords)) && e.allIntegers && e.maxInteger <= 130
                && e.distinct >= 3) {
            // runners' ages under Yrs or Jahre (breaker54): ages over 89 become 90+; years of service or of study
            // are never so many, so they stay as they are
            return Optional.of(identifier(column, IdentifierType.AGE, "the header names a number of years and every "
                    + "value is a whole number up to 130: ages, of which those over 89 become 90+ (45 CFR "
                    + "164.514(b)(2)(i)(C)); no smaller value changes"));
        }
        if (headerWords.equals(List.of("residence")) && e.distinct > 3 && !e.allNumbers) {
            // a runner's or a member's residence, a town; DHS surveys' Residence (Urban, Rural) is a category (breaker54,
            // breaker55)
            return Optional.of(identifier(column, IdentifierType.CITY, "the header names where a person lives and its "
                    + e.distinct + " values are more than a category's three (urban, rural, abroad): places smaller than a "
                    + "state (45 CFR 164.514(b)(2)(i)(B))"));
        }
        if (ColumnHeader.namesCategoryOfSomeone(c.table(), column) && e.distinct >= 3
                && e.entities < (long) CATEGORY_CARRIERS * e.distinct
                && (e.values.stream().allMatch(v -> STAFF_CODE.matcher(v.strip()).matches() && v.chars().anyMatch(Character::isDigit)
                        || v.strip().length() >= 5 && v.strip().chars().allMatch(ch -> ch >= '0' && ch <= '9'))
                        || peopleNames(e.values))) {
            // record numbers (MRN0402145, 4021450) or names under MRN Type, NPI Type, Account Class, Patient Type:
            // the person's or the identifier's own values, rarer than a category's (breaker51, breaker55)
            boolean names = peopleNames(e.values);
            return Optional.of(identifier(column, names ? IdentifierType.NAME : IdentifierType.OTHER_UNIQUE_IDENTIFIER,
                    String.format(Locale.ROOT, "the header names a category of a person or an identifier, but its %d "
                            + "values are %s, each on fewer than %d entities (%.1f each): the person's or the "
                            + "identifier's own values, not categories", e.distinct, names ? "people's names"
                            : "codes with digits", CATEGORY_CARRIERS, (double) e.entities / e.distinct)));
        }
        if (PROVINCE_HEADERS.contains(ColumnHeader.joinedWords(column)) && !e.allNumbers && !c.referenceTable() && e.distinct >= 2
                && belowTheFirstLevel(e.values)) {
            // Morocco's, Spain's, Italy's, Peru's provinces lie below a region: smaller than a state, unlike Canada's
            // or Ecuador's, which ISO 3166-2 lists as the first level (breaker82, breaker85)
            return Optional.of(identifier(column, IdentifierType.COUNTY, "the header names a province, and most of its "
                    + e.distinct + " values are no first-level subdivision of a country (ISO 3166-2: a state, a province "
                    + "of Canada or Ecuador): provinces below a region, smaller than a state (45 CFR 164.514(b)(2)(i)(B))"));
        }
        long spelled = e.values.stream().filter(SpecProposer::spellsAnIpAddress).count();
        if (spelled >= MIN_SPELLED_ADDRESSES && spelled * 10 >= e.values.size()) {
            // a mail log's client host c-73-12-45-6.hsd1.ca.comcast.net, a web log's ip-172-31-5-9: the host name
            // spells the client's IP address (breaker79)
            return Optional.of(identifier(column, IdentifierType.DEVICE_IDENTIFIER, String.format(Locale.ROOT, "%d of %d "
                    + "distinct values are host names that spell an IPv4 address (c-73-12-45-6.example.net): a client's "
                    + "address (45 CFR 164.514(b)(2)(i)(O)), so every host name is replaced by a keyed code", spelled,
                    e.values.size())));
        }
        switch (h.kind()) {
            case RECORD_NUMBER:
                if (e.allIntegers && e.distinct == e.nonBlank) {
                    return Optional.of(identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, h.rule()
                            + ", one per row: a record number (R), replaced by a keyed code"));
                }
                break;
            case THING_NAME:
                if (!c.entityTable() && familyNameFirst(e.values) * 2 > e.values.size()) {
                    return Optional.of(identifier(column, IdentifierType.NAME, h.rule() + ", but most of its values read as "
                            + "people's names, family name first (Smith, John MD): staff and people are named so"));
                }
                if (!c.entityTable()) {
                    return Optional.of(keep(column, h.rule() + ", in a table that is not the data subjects'; no value has "
                            + "the shape of an identifier"));
                }
                if (peopleNames(e.values)) {
                    // a guest's Alt_Name in Greek, Arabic or Cyrillic script, however many guests share one
                    return Optional.of(identifier(column, IdentifierType.NAME, h.rule() + ", in the data subjects' own "
                            + "table, and most of its values read as people's full names (45 CFR 164.514(b)(2)(i)(A))"));
                }
                break;
            case VOCABULARY:
                if (e.allNumbers && !(e.allIntegers && e.minDigits >= 6 && e.distinct * 10L >= e.nonBlank * 9L)) {
                    return Optional.of(keep(column, h.rule() + "; numbers"));
                }
                // The header names a category; the values need only look like one: short, and fewer distinct values
                // than 60% of the entities (or ten), so most values are shared.
                // Ten values with digits on ten rows (a 10-person cut's MRNs under "source") are no category, whatever
                // the header says: some value must repeat, or every value be words (ten departments of ten staff).
                if (e.meanLength() <= 40 && e.maxWords <= 8
                        && (vocabulary(e) || e.distinct * 5L <= Math.max(50L, e.entities * 3L) && (e.distinct < e.nonBlank
                                || e.nonBlank == 1 || e.values.stream().noneMatch(v -> v.chars().anyMatch(Character::isDigit))))) {
                    return Optional.of(keep(column, h.rule() + "; " + e.distinct + " distinct values over " + e.entities
                            + " entities"));
                }
                break;
            default:
                break;
        }
        if (e.allNumbers) {
            return Optional.of(numbers(c));
        }
        if (h.kind() == ColumnHeader.Kind.FREE_TEXT && !headerWords.isEmpty()
                && (NOTE_WORDS.contains(headerWords.get(headerWords.size() - 1))
                        || headerWords.stream().anyMatch(ColumnHeader::namesNotesInOtherLanguages)
                        || ColumnHeader.namesNotesInOtherLanguages(String.join("", headerWords)))
                || ColumnHeader.namesWrittenText(column)) {
            return Optional.of(suppress(column, (h.kind() == ColumnHeader.Kind.FREE_TEXT ? h.rule()
                    : "the header names text written for one person (a verbatim term, a prescription's directions)")
                    + ": notes, comments and verbatim terms can name anyone, "
                    + "however often their values repeat"));
        }
        // a comment's Text, a post's Body: sentences (more than five words in some value) can name anyone, however
        // often short replies such as "Thanks!" repeat; a concept's text (code.text: Diastolic blood pressure) is short
        String lastWord = headerWords.isEmpty() ? "" : headerWords.get(headerWords.size() - 1);
        int labelWords = TAG_WORDS.contains(lastWord) ? MAX_TAG_WORDS : MAX_LABEL_WORDS;
        if (h.kind() == ColumnHeader.Kind.FREE_TEXT && e.maxWords > labelWords
                && (TEXT_WORDS.contains(lastWord) || TAG_WORDS.contains(lastWord))) {
            return Optional.of(suppress(column, h.rule() + " (" + String.join(" ", headerWords) + ") and some values are "
                    + "phrases of more than " + labelWords + " words: text can name anyone, however often its "
                    + "values repeat"));
        }
        if (e.meanLength() <= ColumnEvidence.MAX_VOCABULARY_LENGTH && vocabulary(e) && peopleWithInitials(e.values)) {
            // a unit's crew (RAMIREZ J / COLE K) or a doctor as HL7 writes one (1117^SMITH^JANE), however many
            // incidents share one (breaker76)
            return Optional.of(identifier(column, IdentifierType.NAME, spread(e) + ", but its values name people with "
                    + "initials, in lists (RAMIREZ J / COLE K) or as HL7 v2 XCN composites (1117^SMITH^JANE): a crew "
                    + "or a staff member is named, however many rows share one (45 CFR 164.514(b)(2)(i)(A))"));
        }
        if (e.meanLength() <= ColumnEvidence.MAX_VOCABULARY_LENGTH && vocabulary(e)) {
            return Optional.of(keep(column, spread(e)));
        }
        if (e.numberRows * 2 >= e.nonBlank && e.entities >= MIN_ENTITIES && e.numberOrSharedShare() >= vocabularyShare
                && e.meanLength() <= ColumnEvidence.MAX_VOCABULARY_LENGTH) {
            return Optional.of(keep(column, String.format(Locale.ROOT, "values: %.0f%% of rows hold a number (a measurement), "
                    + "%.0f%% a word that two or more entities share", 100.0 * e.numberRows / e.nonBlank,
                    100.0 * e.sharedTextRows / e.nonBlank)));
        }
        if (c.referenceTable() && h.kind() != ColumnHeader.Kind.FREE_TEXT) {
            return Optional.of(keep(column, "a column of a reference table (other tables refer to its rows; none of its "
                    + "headers names a personal identifier) and no value has the shape of an identifier"));
        }
        if (h.kind() == ColumnHeader.Kind.NONE && normalized.equals("name")) {
            return organisationNames(column, e.values);
        }
        return Optional.empty();
    }

    /** @return whether every value is a four-digit year */
    private static boolean birthYears(ColumnEvidence e) {
        return e.allIntegers && e.minDigits == 4 && e.values.stream().allMatch(v -> v.strip().length() == 4);
    }

    /** Years of birth: the year stays, years implying an age over 89 become 90+. */
    private static ColumnSpec birthYearsToYear(String column, String why, LocalDate asOf) {
        return new ColumnSpec(column, new ColumnRule.Explicit(new Transformation.BirthDateToYear(asOf),
                Optional.of(IdentifierType.DATE_OF_BIRTH)), Optional.empty(), Optional.of("DATE_OF_BIRTH: " + why
                + ": the year stays, years implying an age over 89 become 90+ (45 CFR 164.514(b)(2)(i)(C))"));
    }

    /**
     * Words naming a person by a relation to the data subject, in English, Spanish, Portuguese, French, German and
     * Italian: in a sentence, they introduce someone the subject told of.
     */
    private static final Set<String> RELATIVE_WORDS = Set.of("husband", "wife", "spouse", "partner", "son", "daughter",
            "sister", "brother", "mother", "father", "mum", "mom", "dad", "grandson", "granddaughter", "grandmother",
            "grandfather", "niece", "nephew", "aunt", "uncle", "cousin", "neighbour", "neighbor", "friend", "caregiver",
            "carer", "boyfriend", "girlfriend", "fiance", "fiancee", "colleague", "landlord", "flatmate", "roommate",
            "marido", "esposa", "esposo", "hijo", "hija", "hermana", "hermano", "vecino", "vecina", "madre", "padre",
            "filho", "filha", "irmã", "irmão", "vizinho", "vizinha", "mari", "femme", "fils", "fille", "soeur", "sœur",
            "frère", "voisin", "voisine", "ehemann", "ehefrau", "sohn", "tochter", "schwester", "bruder", "nachbar",
            "nachbarin", "marito", "moglie", "figlio", "figlia", "sorella", "fratello", "vicino", "vicina",
            // a person by title: SEEN BY DR KOWALSKI AT HOME
            "dr", "mr", "mrs", "ms", "mx", "miss", "prof");

    /**
     * @return whether a word of the value (possessives and brackets aside) names a relative or a title: "SON JOAO
     *     SCHREIBER", "Dr. Kowalski"
     */
    static boolean namesRelative(String value) {
        for (String w : NOT_LETTERS.split(value.toLowerCase(Locale.ROOT))) {
            if (RELATIVE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Words naming a family or a household: a name holding one names people (The Okafor Household). */
    private static final Set<String> FAMILY_WORDS = Set.of("household", "family", "famille", "familie", "haushalt",
            "hogar", "familia", "famiglia", "gezin", "familj");

    /** A GEDCOM cross-reference identifier: @I12@, @F3@, @S1@. */
    private static final Pattern GEDCOM_XREF = Pattern.compile("@[A-Za-z][A-Za-z0-9_]{0,19}@");

    /**
     * @return whether the value is a 17-character vehicle identification number whose ninth character is the check
     *     digit of 49 CFR 565.15 (letters transliterated, weights 8 to 2, 10, 0, 9 to 2, modulo 11, 10 written X)
     */
    static boolean vin(String v) {
        if (v.length() != 17) {
            return false;
        }
        int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
        String letters = "ABCDEFGHJKLMNPRSTUVWXYZ";
        int[] values = {1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9};
        int sum = 0;
        boolean letter = false;
        for (int i = 0; i < 17; i++) {
            char ch = v.charAt(i);
            int value;
            if (ch >= '0' && ch <= '9') {
                value = ch - '0';
            } else {
                int at = letters.indexOf(ch);
                if (at < 0) {
                    return false; // I, O, Q and lower case are never written in a VIN
                }
                value = values[at];
                letter = true;
            }
            sum += value * weights[i];
        }
        int check = sum % 11;
        return letter && v.charAt(8) == (check == 10 ? 'X' : (char) ('0' + check));
    }

    /**
     * National numbers read by their check characters ({@link NationalNumbers}), of one country or of several in one
     * column (a border clinic's Chilean RUNs beside Argentine CUILs under {@code documento}: breaker50): four in five
     * of five or more distinct values pass some scheme's check, or every one of three or more passes a check that is
     * more than one decimal digit ({@link NationalNumbers#oneDigitCheck}). A random value passes the checks its shape
     * can meet about one time in eight at most (eleven digits: the OIB's one in ten, the Belgian register number's two
     * in 97), so four in five is no chance whichever schemes the values pass; three values pass a one-digit check by
     * chance once in a thousand, so those never decide by three (breaker46).
     *
     * @return a national identifier, or empty when the values do not pass often enough
     */
    private static Optional<ColumnSpec> nationalNumbers(String column, ColumnEvidence e) {
        // each value counted once, under the first strong scheme it passes, else the first scheme (eleven digits
        // passing the Belgian check and, by chance, the OIB's are a Belgian number)
        Map<String, Long> bySchemes = new LinkedHashMap<>();
        long strong = 0;
        for (String value : e.values) {
            List<String> schemes = NationalNumbers.schemes(value);
            if (schemes.isEmpty()) {
                continue;
            }
            Optional<String> strongScheme = schemes.stream().filter(x -> !NationalNumbers.oneDigitCheck(x)).findFirst();
            if (strongScheme.isPresent()) {
                strong++;
            }
            bySchemes.merge(strongScheme.orElse(schemes.get(0)), 1L, Long::sum);
        }
        long passing = bySchemes.values().stream().mapToLong(Long::longValue).sum();
        int n = e.values.size();
        if (!(n >= 5 && passing * 5 >= n * 4L || n >= 3 && strong == n)) {
            return Optional.empty();
        }
        String only = bySchemes.keySet().iterator().next();
        String schemes = bySchemes.size() == 1 ? ("AEIOU".indexOf(only.charAt(0)) >= 0 ? "an " : "a ") + only
                : "a national number (" + bySchemes.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .map(x -> x.getKey() + " " + x.getValue()).collect(Collectors.joining(", ")) + ")";
        return Optional.of(identifier(column, IdentifierType.NATIONAL_ID, String.format(Locale.ROOT, "%d of its %d "
                + "distinct values pass the check of %s: national identifiers, however many rows share one", passing, n,
                schemes)));
    }

    /**
     * @return whether {@code passing} values, one or more, are at least nine in ten of {@code of}: the share of a
     *     column's distinct values a check (a VIN's, a national number's, a wallet's checksum) must pass to name it
     */
    private static boolean nineInTen(long passing, int of) {
        return passing > 0 && passing * 10 >= of * 9L;
    }

    /** @return how many of the values are cryptocurrency addresses ({@link CryptoAddress}) */
    private static long cryptoAddresses(List<String> values) {
        return values.stream().filter(v -> CryptoAddress.valid(v.strip())).count();
    }

    /** A column whose header names an identifier type. */
    private ColumnSpec byHeader(Column c, IdentifierType type, Optional<String> code) {
        String column = c.name();
        ColumnEvidence e = c.values();
        String why = c.header().rule();
        if (type == IdentifierType.STREET_ADDRESS && nineInTen(cryptoAddresses(e.values), e.values.size())) {
            // deposit_address, counterparty_address: a wallet's address, not a street's
            return identifier(column, IdentifierType.ACCOUNT_NUMBER, why + ", but its values are cryptocurrency "
                    + "addresses (valid Bitcoin checksums, Ethereum 0x and 40 hex digits): a wallet, an account number "
                    + "(45 CFR 164.514(b)(2)(i)(J))");
        }
        if (type == IdentifierType.NAME && c.contactTable() && ColumnHeader.words(column).contains("company")
                && !c.source().name().toLowerCase(Locale.ROOT).contains("employer")) {
            return keep(column, why + ", but the table has contact columns: its rows are organisations reached "
                    + "through a contact person, and this is the " + ORGANISATION_EVIDENCE + ", not a person's employer");
        }
        if (type == IdentifierType.NAME && (normalizedHeader(column).equals("name")
                || ColumnHeader.words(column).stream().anyMatch(ROLE_WORDS::contains))) {
            Optional<ColumnSpec> organisations = organisationNames(column, e.values);
            if (organisations.isPresent()) {
                return organisations.get();
            }
        }
        if (type == IdentifierType.NAME && c.organisationTable() && ColumnHeader.namesCompany(column)) {
            return keep(column, why + ", but the rows are organisations (other tables refer to them, nothing links them to "
                    + "the data subjects, no column names a person): this is the " + ORGANISATION_EVIDENCE);
        }
        if (type == IdentifierType.FULL_FACE_PHOTOGRAPH && c.referenceTable()) {
            return keep(column, why + ", but in a reference table (a list of things, no personal header): a picture of "
                    + "a thing, not a face");
        }
        if (type == IdentifierType.OTHER_UNIQUE_IDENTIFIER && code.isPresent() && e.embeddedHitValues() == 0
                // a hostel's staff S01 to S15 under a person's header: a numbered series, not ICD-10 categories (breaker74)
                && !(why.startsWith(PERSON_HEADER_RULE) && numberedSeries(e.values))) {
            return keep(column, why + ", but " + code.get());
        }
        if (type == IdentifierType.OTHER_UNIQUE_IDENTIFIER && !c.primaryKey() && !e.allNumbers && vocabulary(e)
                && !c.personKeyOfUnlinkedRows() && !staffLogins(column, e)
                // a mail server's SASL logins (mortiz) under a user name's header, each on many messages (breaker79)
                && !(why.contains("user name") && logins(e))
                && e.values.stream().noneMatch(v -> v.chars().anyMatch(Character::isDigit))
                // the patients' own names under paciente, however many visits share one (breaker50)
                && !peopleNames(e.values)) {
            return keep(column, why + ", but its values are words without digits that many entities share: "
                    + spread(e) + " (an OMOP *_domain_id names a domain, not a record)");
        }
        // a person acting on the rows (modifierid, created_by) is a person, however many rows name the same one
        if (type == IdentifierType.OTHER_UNIQUE_IDENTIFIER && !c.primaryKey() && sharedThing(e) && !c.personKeyOfUnlinkedRows()
                // a decedent's case number on each line of their funeral's statement, alone (breaker71)
                && !(c.unlinkedRows() && why.startsWith(ColumnHeader.PEOPLE_NUMBERED_RULE))
                // a customer's mobile number as CUST_REF (2547...): no ward or site is numbered so long (breaker62)
                && !longIntegersThatIdentify(column, e)
                && !ColumnHeader.namesActorKey(column) && !staffLogins(column, e) && !peopleNames(e.values)
                // enumerators' logins under username (florence.okello on forty households each; breaker52)
                && !(why.contains("user name") && logins(e)) && !medicareNumbers(e)
                // a badge's or a card's number as issued (507183): its holder's on each of their events
                && !(fixedWidthNumbers(e) && ColumnHeader.words(column).stream().anyMatch(x -> x.equals("badge") || x.equals("card")))) {
            return keep(column, why + ", but every one of its " + e.distinct + " values is carried by three or more of "
                    + e.entities + " entities: it names something they share (a ward, a site, a plan), not one of them");
        }
        if (type == IdentifierType.DATE_OF_BIRTH && birthYears(e)) {
            // SDTM's BRTHDTC written as years only (ISO 8601 allows a partial date)
            return birthYearsToYear(column, why + ", written as years only", c.asOf());
        }
        if (type == IdentifierType.AGE && e.allIntegers && ColumnHeader.words(column).stream()
                .anyMatch(x -> x.equals("month") || x.equals("months") || x.equals("mos") || x.equals("mo"))) {
            // age_months: ages in months, over 1,079 (89 years) top-coded (breaker46)
            return agesInMonths(column, why + ", in months");
        }
        if (STRICT.contains(type)) {
            List<String> judged = e.values.size() > ColumnEvidence.MAX_SHAPED_VALUES
                    ? e.values.subList(0, ColumnEvidence.MAX_SHAPED_VALUES) : e.values;
            // a missing value (NULL, N/A, a dash) stays as it is: no shape to read (breaker46)
            long fit = judged.stream().filter(v -> MissingValues.missing(v) || fits(type, v)).count();
            if (fit < judged.size()) {
                return suppress(column, String.format(Locale.ROOT, "%s, but only %d of its %d distinct values have the "
                        + "shape its transformation reads, so it could fail: suppressed; review", why, fit, judged.size()));
            }
        }
        return identifier(column, type, why);
    }

    /**
     * An id column whose every value three or more entities carry, with at least three entities per value on average
     * and {@value #MIN_SHARED_THING_ENTITIES} entities or more: the id of a ward, a site or a plan, which no value singles
     * out one person by. Identifier-shaped values (UUIDs, e-mails, SSNs) never qualify.
     */
    private static boolean sharedThing(ColumnEvidence e) {
        if (e.entities < MIN_SHARED_THING_ENTITIES || e.distinct < 2 || (long) e.distinct * 3 > e.entities
                || e.embeddedHitValues() > 0 || identifierShaped(e) || e.wholeShare(DetectorKind.UUID) > 0) {
            return false;
        }
        for (int i = 0; i < e.values.size(); i++) {
            if (e.carriers(i) < 3) {
                return false;
            }
        }
        return true;
    }

    /** Entities needed before an id column's spread can show that it names something they share. */
    static final int MIN_SHARED_THING_ENTITIES = 20;

    /** Whether most values have the whole shape of an identifier a detector knows (ZIP codes, phone numbers, dates). */
    private static boolean identifierShaped(ColumnEvidence e) {
        for (DetectorKind k : DetectorKind.values()) {
            if (e.wholeShare(k) >= ColumnClassifier.MIN_HIT_RATE) {
                return true;
            }
        }
        return false;
    }

    /** A number and a unit symbol: 40A, 6 kVA, 2.5 mg, 37,5 °C. */
    private static final Pattern QUANTITY = Pattern.compile("[0-9]{1,9}(?:[.,][0-9]{1,6})? ?([A-Za-zµ°%/]{1,6})");

    /**
     * Unit symbols of the SI and of everyday measurement (electric current, power, energy, mass, volume, length,
     * frequency, data, time, temperature, pressure, concentration).
     */
    private static final Set<String> UNITS = Set.of("A", "mA", "kA", "V", "kV", "mV", "VA", "kVA", "MVA", "W", "kW", "MW",
            "Wh", "kWh", "MWh", "Hz", "kHz", "MHz", "GHz", "mg", "g", "kg", "mcg", "µg", "ug", "t", "ml", "mL", "l", "L",
            "dl", "dL", "cl", "cm", "mm", "m", "km", "in", "ft", "lb", "lbs", "oz", "%", "°C", "°F", "K", "kB", "KB", "MB",
            "GB", "TB", "Mbps", "Gbps", "kbps", "min", "h", "hrs", "ms", "mmHg", "bpm", "IU", "mmol/L", "mg/dL", "g/dL",
            "kcal", "cal", "Nm", "bar", "kPa", "psi", "m2", "sqm", "ha");

    /**
     * @return the unit every value is written with, when each is a number and the same unit symbol of {@link #UNITS};
     *     empty otherwise (seats 12A and 14C, flats 4A and 4B differ in their letter)
     */
    private static Optional<String> commonUnit(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        String unit = null;
        for (String v : values) {
            Optional<String> u = unitOf(v);
            if (u.isEmpty() || unit != null && !unit.equals(u.get())) {
                return Optional.empty();
            }
            unit = u.get();
        }
        return Optional.of(unit);
    }

    /** @return whether every value is a number with a unit, one unit or several (250 mg, 1 g) */
    private static boolean quantities(List<String> values) {
        return !values.isEmpty() && values.stream().allMatch(v -> unitOf(v).isPresent());
    }

    /** @return the unit of a quantity (a number, then a unit of {@link #UNITS}), or empty */
    private static Optional<String> unitOf(String value) {
        String v = value.strip();
        java.util.regex.Matcher m = QUANTITY.matcher(v);
        if (!m.matches() || !UNITS.contains(m.group(1))
                // a card's number and its letter (an Irish medical card's 1717941A; breaker91): six digits or more
                // written against a one-letter "unit" are no quantity
                || m.group(1).length() == 1 && v.indexOf(' ') < 0 && m.start(1) >= 6 && v.indexOf('.') < 0
                        && v.indexOf(',') < 0) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /**
     * An amount with its currency before it: a symbol or an ISO 4217-style code, a sign, digits grouped by spaces, points
     * or commas, and up to two decimals ({@code R 2 546,38}, {@code -$1,234.56}, {@code EUR 12,50}, {@code ₹ 1,20,000});
     * or after it, as most of Europe writes it ({@code 245,00 €}, {@code 1.234,50 EUR}, {@code 99 zł}).
     */
    private static final Pattern MONEY;

    static {
        // grouped thousands (2 546, 1,20,000) or up to seven digits plain: no long run of digits (R 1234567890123)
        String amount = "(?:[0-9]{1,3}(?:[ \\u00A0\\u202F.,][0-9]{2,3})+|[0-9]{1,7})";
        String cents = "[.,][0-9]{1,2}";
        // a symbol may touch the amount ($1,234.56); a code needs a space or cents (R 2 546,38, R12.50), so that record
        // ids such as R000123 are not read as money
        MONEY = Pattern.compile("-?(?:(?:US|A|C|R|N|GH|RD)?[$€£₹¥₦₱₩₵¢₲₡]\\s?-?" + amount + "(?:" + cents + ")?"
                // Ghana's cedi GH¢ 125.50 (breaker82), Uruguay's and Nepal's codes
                // Paraguay's Gs. 2.850.000, Costa Rica's, the Dominican Republic's, Rwanda's, Ethiopia's and Zambia's codes
                + "|(?:R|ZAR|USD|EUR|GBP|Rs\\.?|INR|KES|KSh|Ksh|NGN|JPY|CHF|AUD|CAD|NZD|BRL|PHP|KRW|GHS|UYU|NPR|UZS|Gs\\.?|PYG|CRC"
                + "|DOP|RD\\$|RWF|FRW|ETB|ZMW)"
                + "(?:\\s-?" + amount + "(?:" + cents + ")?|-?" + amount + cents + ")"
                // or after it, as most of Europe writes it (245,00 €, 1.234,50 EUR, 99 zł, 350 kr; the lead's marina)
                + "|-?" + amount + "(?:" + cents + ")?[\\s\\u00A0\\u202F]?(?:[€£₺]|EUR|CHF|zł|PLN|Kč|CZK|kr|SEK|NOK|DKK|Ft|HUF|lei|RON|TL|TRY|so'm|soʻm|сўм|сум|UZS))");
    }

    /**
     * A date once its digits are written in ASCII: year, month and day, or day, month and year, with one separator;
     * days up to 32, as the Bikram Sambat calendar has them.
     */
    private static final Pattern OTHER_DIGITS_DATE = Pattern.compile("[0-9]{4}([-/.])(0?[1-9]|1[0-2])\\1(0?[1-9]|[12][0-9]|3[0-2])"
            + "|(0?[1-9]|[12][0-9]|3[0-2])([-/.])(0?[1-9]|1[0-2])\\5[0-9]{4}");

    /**
     * @return the value with every decimal digit of any script (Devanagari ४, Arabic-Indic ٤, Persian ۴, Bengali ৪,
     *     Thai ๔) written as its ASCII digit; the value itself when it has none
     */
    static String asciiDigits(String v) {
        StringBuilder b = null;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp > 127 && Character.isDigit(cp)) {
                if (b == null) {
                    b = new StringBuilder(v.length()).append(v, 0, i);
                }
                b.append((char) ('0' + Character.digit(cp, 10)));
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
            i += n;
        }
        return b == null ? v : b.toString();
    }

    /** A day-first date with dots (31.12.2024) or a month and year (12.2024), as German exports write them. */
    private static final Pattern DOTTED_DATE = Pattern.compile("(0?[1-9]|[12][0-9]|3[01])\\.(0?[1-9]|1[0-2])\\.[0-9]{4}"
            + "|(0?[1-9]|1[0-2])\\.(19|20)[0-9]{2}");

    /** A column whose values alone show an identifier. */
    private Optional<ColumnSpec> byValues(Column c) {
        ColumnEvidence e = c.values();
        String column = c.name();
        List<String> judged = e.values.size() > ColumnEvidence.MAX_SHAPED_VALUES
                ? e.values.subList(0, ColumnEvidence.MAX_SHAPED_VALUES) : e.values;
        if (!judged.isEmpty() && judged.stream().allMatch(v -> TIME_OF_DAY.matcher(v.strip()).matches())
                && durations(column, judged)) {
            return Optional.of(keep(column, "every value is a duration (m:ss or h:mm:ss) under a header naming one or a "
                    + "distance, or written as a stopwatch writes it (0:15:28): a measurement, such as a split or a pace, "
                    + "not the time of an event"));
        }
        if (!judged.isEmpty() && !c.referenceTable() && judged.stream().allMatch(v -> TIME_OF_DAY.matcher(v.strip()).matches())) {
            return Optional.of(suppress(column, "every value is a time of day (HH:mm): the time of an event of the data "
                    + "subjects, an element of its date and time (45 CFR 164.514(b)(2)(i)(C)); change to keep after review "
                    + "if it is no one's event (opening hours)"));
        }
        if (judged.size() >= 3 && !c.referenceTable() && judged.stream().allMatch(v -> shortYearDate(v.strip()))) {
            return Optional.of(suppress(column, "every value is a date with a two-digit year (dd/mm/yy, mm/dd/yy): an "
                    + "element of a date of the data subjects (45 CFR 164.514(b)(2)(i)(C)), and its century cannot be "
                    + "told for sure, so no year is kept; change to keep after review if the dates are no one's events"));
        }
        // also written with the month's name: May 2024, January 2024, Jan-24 (a visit month; breaker59)
        if (!judged.isEmpty() && !c.referenceTable() && judged.stream().allMatch(v -> YEAR_MONTH.matcher(v.strip()).matches()
                || NAMED_MONTH_AND_YEAR.matcher(v.strip()).matches())) {
            return Optional.of(suppress(column, "every value is a year and a month (yyyy-MM, MM/yyyy, May 2024): the month is an "
                    + "element of a date of the data subjects (45 CFR 164.514(b)(2)(i)(C)); change to keep after review if "
                    + "the months are no one's events"));
        }
        if (!judged.isEmpty() && judged.stream().allMatch(v -> MEASUREMENT_PAIR.matcher(v.strip()).matches()
                && Integer.parseInt(v.strip().substring(0, v.strip().indexOf('/'))) > 31)) {
            return Optional.of(keep(column, "every value is a pair of measurements (164/74, as blood pressure is written) "
                    + "whose first number is over 31: no day, month or date"));
        }
        if (e.distinct >= 2 && !judged.isEmpty() && judged.stream().allMatch(v -> MissingValues.missing(v)
                || MONEY.matcher(v.strip()).matches())) {
            // a municipality's R 2 546,38, a shop's $1,234.56: an amount with its currency (breaker68)
            return Optional.of(keep(column, "every value is an amount of money written with its currency (R 2 546,38, "
                    + "$1,234.56, € 12,50): amounts, not identifiers"));
        }
        long areas = judged.stream().filter(v -> STATISTICAL_AREA.matcher(v.strip()).matches()).count();
        if (!judged.isEmpty() && areas >= ColumnClassifier.MIN_HIT_RATE * judged.size()
                && ColumnHeader.words(column).stream().noneMatch(PRODUCT_CODE_WORDS::contains)) {
            // E01000001, W01000010: the UK statistics' nine-character codes of output areas, LSOAs, MSOAs, wards and
            // districts (lead's probe)
            return Optional.of(identifier(column, IdentifierType.GEOGRAPHIC_SUBDIVISION, String.format(Locale.ROOT,
                    "%d of %d distinct values are the UK's statistical codes of small areas (E01000001: an output area, "
                    + "an LSOA or MSOA, a ward, a district): places smaller than a state (45 CFR 164.514(b)(2)(i)(B))",
                    areas, judged.size())));
        }
        Optional<String> unit = commonUnit(judged);
        if (unit.isPresent() && e.distinct >= 2) {
            return Optional.of(keep(column, "every value is a number with the same unit (" + unit.get() + "): "
                    + "measurements, such as a supply's capacity or a dose, not an identifier"));
        }
        long otherDigits = judged.stream().map(String::strip).filter(v -> {
            String ascii = asciiDigits(v);
            return !ascii.equals(v) && OTHER_DIGITS_DATE.matcher(ascii).matches();
        }).count();
        if (!judged.isEmpty() && otherDigits >= ColumnClassifier.MIN_HIT_RATE * judged.size()) {
            // a Nepali register's Bikram Sambat २०८१-०५-१०, an Iranian form's ١٤٠٣/٠٢/٣١ (breaker84)
            return Optional.of(suppress(column, String.format(Locale.ROOT, "%d of %d distinct values are dates written "
                    + "in another script's digits (२०८१-०५-१०, ۱۴۰۳/۰۲/۳۱), a shape the date transformations do not "
                    + "write back: suppressed (45 CFR 164.514(b)(2)(i)(C))", otherDigits, judged.size())));
        }
        long dotted = judged.stream().filter(v -> DOTTED_DATE.matcher(v.strip()).matches()).count();
        long dates = judged.stream().filter(v -> DetectorKind.DATE.matchesWhole(v.strip())).count();
        if (!judged.isEmpty() && dotted >= ColumnClassifier.MIN_HIT_RATE * judged.size() && dates < judged.size()) {
            return Optional.of(suppress(column, String.format(Locale.ROOT, "%d of %d distinct values are dates written "
                    + "day first with dots or a month and year (12.2024), and not every one is a whole date the date "
                    + "transformations read: suppressed (45 CFR 164.514(b)(2)(i)(C))", dotted, judged.size())));
        }
        long named = judged.stream().filter(v -> MONTH_NAMED_DATE.matcher(v.strip()).matches()).count();
        if (!judged.isEmpty() && named >= ColumnClassifier.MIN_HIT_RATE * judged.size() && dates < judged.size()) {
            // a loan system's 05 January 2024, a report's January 5, 2024, Oracle's 05-Jan-24 (breaker58)
            return Optional.of(suppress(column, String.format(Locale.ROOT, "%d of %d distinct values are dates written "
                    + "with the month's name (05 January 2024, January 5, 2024, 05-Jan-24), a shape the date "
                    + "transformations do not read: suppressed (45 CFR 164.514(b)(2)(i)(C))", named, judged.size())));
        }
        DetectorKind best = null;
        double bestShare = 0;
        for (DetectorKind k : DetectorKind.values()) {
            double share = e.wholeShare(k);
            if (share > bestShare) {
                best = k;
                bestShare = share;
            }
        }
        if (best != null && bestShare >= ColumnClassifier.MIN_HIT_RATE) {
            String share = String.format(Locale.ROOT, "%.0f%% of %d distinct values have the shape of %s", bestShare * 100,
                    e.distinct, best);
            IdentifierType type = best.identifierType();
            switch (best) {
                case ZIP:
                    if (e.allIntegers && ColumnHeader.words(column).stream()
                            .anyMatch(w -> MEASURE_WORDS.contains(w) || UNIT_WORDS.contains(w))) {
                        return Optional.empty(); // bytesDown, amount_cents: a header naming a measure says what they are
                    }
                    if (e.allIntegers && ColumnHeader.words(column).stream().anyMatch(SERVICE_CODE_WORDS::contains)) {
                        // RAMQ's code_acte 15804, a fee schedule's item: a code of a service or a product (breaker63)
                        return Optional.empty();
                    }
                    if (e.allIntegers && roundAmounts(e)) {
                        return Optional.empty(); // 7500, 13500: amounts, which ZIP codes almost never are
                    }
                    if (!e.allIntegers || e.minDigits < 5 || e.values.stream().anyMatch(v -> v.strip().startsWith("0"))
                            || e.sharedShare() < vocabularyShare) {
                        return Optional.of(suppress(column, share + " and no header says what they are"));
                    }
                    return Optional.empty(); // five-digit numbers that many entities share: judged as numbers
                case URL:
                    if (e.distinct <= 3 && e.entities >= MIN_ENTITIES && e.sharedShare() >= vocabularyShare) {
                        // FHIR's coding.system http://loinc.org on every row: a code system's address, no one's page
                        return Optional.of(keep(column, share + ", but " + e.distinct + " address(es) carried by "
                                + e.entities + " entities: a standard's or an organisation's address, not a person's page"));
                    }
                    return Optional.of(bestShare == 1.0 ? identifier(column, type, share) : suppress(column, share));
                case DATE:
                    if (e.allIntegers && ColumnHeader.words(column).stream().anyMatch(CODE_NUMBER_WORDS::contains)
                            && e.values.stream().allMatch(v -> MONTH_FIRST_DIGITS.matcher(v.strip()).matches())) {
                        // GL Account 10102000, Part Number 01122023, EAN8: codes whose eight digits read as MMDDYYYY
                        // (breaker81); a date's header (Opened, DAI) says nothing of the kind
                        return Optional.empty();
                    }
                    return Optional.of(bestShare == 1.0 ? identifier(column, IdentifierType.DATE, share
                            + " (45 CFR 164.514(b)(2)(i)(C)): year only")
                            : suppress(column, share + "; the others would not parse"));
                default:
                    return Optional.of(bestShare == 1.0 ? identifier(column, type, share)
                            : suppress(column, share));
            }
        }
        if (e.embeddedHitValues() > 0 && !(luhnCodeExplainsCards(column, e) && gs1Numbers(e))) {
            return Optional.of(suppress(column, String.format(Locale.ROOT, "%d of %d distinct values hold an identifier "
                    + "inside (%s): free text", e.embeddedHitValues(), e.distinct, e.embeddedKinds())));
        }
        return Optional.empty();
    }

    /** Eight digits that are no yyyyMMdd (the fifth and sixth no month): read as a date only as MMddyyyy. */
    private static final Pattern MONTH_FIRST_DIGITS = Pattern.compile("[0-9]{4}(?!0[1-9]|1[0-2])[0-9]{4}");
    /** Header words of a code or a number, under which eight digits that read as MMDDYYYY are no date. */
    private static final Set<String> CODE_NUMBER_WORDS = Set.of("account", "acct", "acc", "center", "centre", "cost",
            "code", "ean", "ean8", "sku", "part", "gl", "ledger", "upc", "gtin", "item", "product", "serial", "order",
            "invoice", "ref", "reference", "no", "nr", "number", "num", "id", "key", "batch", "lot", "model", "catalog",
            "catalogue", "article", "artikel");

    /** Header words of a code of a service, a procedure or a product, whose five digits are no ZIP code. */
    private static final Set<String> SERVICE_CODE_WORDS = Set.of("acte", "act", "procedure", "proc", "billing", "service",
            "tarif", "tariff", "fee", "cpt", "hcpcs", "product", "item", "sku", "article", "artikel", "produit", "leistung",
            "prestation", "prestacion", "prestación");

    /**
     * Whether a "title" column holds honorifics (Mr., Dr., Frau), a part of a name, rather than job titles: most
     * distinct values are one short word.
     */
    private static boolean honorifics(ColumnEvidence e) {
        long shortWords = e.values.stream().map(String::strip).filter(v -> v.length() <= 6 && v.indexOf(' ') < 0).count();
        return shortWords * 10 >= e.values.size() * 8L;
    }

    /** Header words naming a person by the role they play for the data subject (a teacher, an account manager). */
    private static final Set<String> STAFF_WORDS = Set.of("teacher", "gestor", "advisor", "adviser", "counselor",
            "counsellor", "instructor", "tutor", "coach", "therapist", "surgeon", "dentist", "pharmacist", "physician",
            // case handlers in Spanish, French, German, Portuguese, Dutch and Italian (breaker45)
            "responsable", "sachbearbeiterin", "bearbeiterin", "atendente", "medewerker", "behandelt", "asignado",
            "asignada", "zugewiesen", "incaricato", "incaricata", "atribuido", "atribuída", "attribué", "assegnato",
            "doctor", "nurse", "agent", "manager", "representative", "consultant", "officer", "clerk", "technician",
            "provider",
            // a grant's principal investigator and project leader (Contact PI / Project Leader; breaker56)
            "pi", "leader",
            // a health professional in Spanish exports (PROFESIONAL, MEDICO_TRATANTE; breaker48)
            "profesional", "tratante", "médico", "obstetra", "odontologo", "operatore", "operatrice", "gestora",
            "responsável", "responsavel", "referente",
            "odontólogo",
            "reviewer", "approver", "author", "assignee", "attending", "caseworker", "handler", "lehrer", "lehrerin",
            "betreuer", "berater", "beraterin", "sachbearbeiter", "arzt", "aerztin", "conseiller", "conseillere",
            "oberarzt", "chefarzt", "assistenzarzt", "stationsarzt", "facharzt", "hausarzt", "behandler", "pflegekraft",
            "gestionnaire", "professeur", "enseignant", "medecin", "asesor", "asesora", "profesor", "profesora", "medico",
            "enfermera", "enfermero", "docente", "insegnante", "consulente", "operator", "operador", "vendeur",
            "vendedor", "verkaeufer", "salesperson", "recruiter", "interviewer", "examiner", "inspector", "driver",
            "owner", "rekruter", "prowadzacy", "prowadzący", "opiekun", "lekarz", "veterinario", "veterinário",
            "veterinarian", "vet", "clinician", "referrer", "rep", "trainer", "judge", "magistrate", "counsel",
            "lawyer", "solicitor", "barrister", "mediator", "midwife", "carer", "caregiver", "courier", "dispatcher",
            "cashier", "porter", "paramedic", "vaccinator", "collector", "phlebotomist", "radiologist", "pathologist",
            "cardiologist", "anaesthetist", "anesthetist", "adjuster", "underwriter", "teller", "postman", "mailman",
            // clergy and registrars of parish and civil registers; case handlers in Nordic, Dutch, Spanish, Italian
            "worker", "officiant", "celebrant", "minister", "priest", "vicar", "curate", "chaplain", "pastor", "rabbi", "imam", "registrar", "käsittelijä", "kasittelija", "virkailija", "handläggare", "handlaggare", "behandelaar", "tramitador", "gestore", "sagsbehandler", "saksbehandler", "notary", "notaire", "notario", "notaio", "employee", "staff",
            // nurses, doctors, coaches, officers and clerks in Malay, Ukrainian, Bulgarian, Lithuanian, Swahili,
            // Georgian and Welsh (breaker14-16)
            "doktor", "jururawat", "лікар", "медсестра", "сестра", "треньор", "тренер", "лекар", "veterinaras",
            "gydytojas", "slaugytoja", "daktari", "muuguzi", "afisa", "karani", "aliyesajili", "aliyetoa", "ექთანი",
            "ექიმი", "nyrs", "meddyg",
            // claims and case desks: the people a row is assigned to (breaker41); a DICOM operator, a technologist
            // (breaker38); a landlord (breaker39)
            "coordinator", "analyst", "auditor", "investigator", "processor", "specialist", "csr", "technologist",
            "operators", "landlord");

    /**
     * Staff roles in scripts written without spaces between words (Thai, Chinese, Japanese), found anywhere in the
     * header (แพทย์ผู้ตรวจ: the examining doctor; 主治医师: the attending physician); and in Hindi, written with spaces
     * or underscores but in words of their own (जाँचकर्ता: the examiner).
     */
    private static final List<String> STAFF_IN_UNSPACED_SCRIPTS = List.of("แพทย์", "พยาบาล", "ผู้ตรวจ", "เจ้าหน้าที่",
            "医生", "医师", "医師", "护士", "看護", "担当", "जाँचकर्ता", "जांचकर्ता", "डॉक्टर", "चिकित्सक", "कर्मचारी",
            "नर्स", "कार्यकर्ता",
            // Hebrew, Persian: nurse, doctor, assessor (breaker14)
            "אחות", "רופא", "רופאה", "کارشناس", "پزشک", "پرستار",
            // Korean, Japanese and Chinese: in charge, trainer, coach, doctor, nurse, teacher, counsellor (breaker29)
            "담당", "트레이너", "코치", "의사", "간호사", "선생", "상담사", "직원", "トレーナー", "コーチ", "先生", "教练",
            "老师", "负责人",
            // Traditional and Simplified Chinese: a bank's relationship manager, a clerk, an account manager; Arabic:
            // a doctor, a nurse, an employee, a representative, words found with their prefixes (الطبيب, للممرضة)
            // (breaker40)
            "理專", "理财", "理財", "專員", "专员", "經辦", "经办", "經理", "经理", "業務員", "业务员", "承辦", "承办",
            "負責", "醫師", "醫生", "護理", "护理", "طبيب", "ممرض", "موظف", "مندوب",
            // Sinhala: a doctor, an officer, a nurse; Burmese: an officer, a collector, a doctor, a nurse; Khmer: an
            // officer, a doctor, a nurse (breaker58)
            "වෛද්‍ය", "නිලධාරී", "හෙද", "အရာရှိ", "ငွေကောက်ခံသူ", "ဆရာဝန်", "သူနာပြု", "មន្ត្រី", "វេជ្ជបណ្ឌិត",
            "គិលានុបដ្ឋាក");

    /**
     * @return whether every value is written with the same number of characters, at least six, over at least ten
     *     distinct values: a person's number as a register issues it (a Medicaid number, a record number), which a
     *     person carries on each of their rows; a flag, a count or an amount varies in width
     */
    private static boolean fixedWidthNumbers(ColumnEvidence e) {
        if (e.distinct < 10 || e.maxLength < 6) {
            return false;
        }
        return e.values.stream().filter(v -> v != null && !v.isBlank()).allMatch(v -> v.strip().length() == e.maxLength);
    }

    /** @return whether a header names staff by role and its values, three or more, are all written as logins */
    private static boolean staffLogins(String column, ColumnEvidence e) {
        return namesStaff(column) && logins(e);
    }

    /** @return whether three or more values are present and every one is a login ({@link #STAFF_LOGIN}) */
    private static boolean logins(ColumnEvidence e) {
        // a missing value among the logins (N/A, a dash) is no login, nor evidence against them (breaker46)
        List<String> present = e.values.stream().filter(v -> !MissingValues.missing(v) && !v.strip().equalsIgnoreCase("na")).toList();
        return present.size() >= 3 && present.stream().allMatch(v -> STAFF_LOGIN.matcher(v.strip()).matches());
    }

    /** Last header words that name the login or id of the role before them ({@code Adjuster ID}, {@code Examiner Login}). */
    private static final Set<String> LOGIN_SUFFIXES = Set.of("id", "login", "user", "username", "userid", "uid");

    /** Last header words naming the holder of a card or a badge (access-control events, breaker41). */
    private static final Set<String> HOLDER_WORDS = Set.of("cardholder", "holder", "badgeholder");

    /** Last header words naming a person other than by role: a contact, a relative, a witness, a card's holder. */
    private static final Set<String> PERSON_NOUNS = Stream.concat(HOLDER_WORDS.stream(), Stream.of("contact", "person",
            "guardian", "parent", "spouse", "kin", "relative", "witness", "signer", "recipient", "beneficiary", "attorney",
            "referrer", "sponsor", "zeuge", "zeugin", "testigo", "témoin", "temoin", "testimone", "getuige", "vittne",
            "świadek", "swiadek")).collect(Collectors.toUnmodifiableSet());

    /** @return whether the header's last word names the holder of a card or a badge: a person in any table */
    private static boolean namesHolder(String column) {
        List<String> w = ColumnHeader.words(column);
        return !w.isEmpty() && HOLDER_WORDS.contains(w.get(w.size() - 1));
    }

    /** @return whether the header names a person by role (its last word) or whoever referred the row ("Referred By") */
    private static boolean namesStaff(String column) {
        List<String> w = ColumnHeader.words(column);
        if (w.size() >= 2 && (GENDER_SUFFIX_WORDS.contains(w.get(w.size() - 1)) || w.get(w.size() - 1).equals("s"))) {
            // Sachbearbeiter/in, Sachbearbeiter:in, Berater*innen; a plural written Project Leader(s)
            w = w.subList(0, w.size() - 1);
        }
        String lastWord = w.isEmpty() ? "" : w.get(w.size() - 1);
        if (GERMAN_ROLE_ENDINGS.stream().anyMatch(lastWord::endsWith)) {
            return true; // Kundenbetreuer, Schadenbearbeiter, Gruppenleiter (breaker50)
        }
        if (w.size() >= 2 && LOGIN_SUFFIXES.contains(w.get(w.size() - 1))) {
            w = w.subList(0, w.size() - 1); // Adjuster ID, Examiner Login: the role's login (breaker41)
        }
        // Spanish puts the role first: RESPONSABLE_ATENCION, MEDICO_TRATANTE, PERSONAL_SALUD (breaker48)
        boolean roleFirst = w.size() >= 2 && (ROLE_FIRST_WORDS.contains(w.get(0))
                || w.get(0).equals("personal") && (w.contains("salud") || w.contains("sanitario") || w.contains("medico")));
        return !w.isEmpty() && (STAFF_WORDS.contains(w.get(w.size() - 1)) || PERSON_NOUNS.contains(w.get(w.size() - 1)) || roleFirst
                || STAFF_IN_UNSPACED_SCRIPTS.stream().anyMatch(column::contains)
                || w.contains("referred") || w.size() >= 2 && BY_WORDS.contains(w.get(w.size() - 1))
                || w.stream().anyMatch(ASSIGNED_WORDS::contains) || ColumnHeader.namesActor(column));
    }

    /** The feminine or plural ending German headers write apart (Sachbearbeiter/in, Sachbearbeiter:in, Berater*innen). */
    private static final Set<String> GENDER_SUFFIX_WORDS = Set.of("in", "innen");
    /** Endings of German compound nouns naming a person's role: a handler, a carer of accounts, a head, an adviser. */
    private static final List<String> GERMAN_ROLE_ENDINGS = List.of("bearbeiter", "bearbeiterin", "betreuer", "betreuerin",
            "leiter", "leiterin", "berater", "beraterin", "verantwortlicher", "verantwortliche", "freigabe", "prüfer",
            "pruefer", "prüferin", "prueferin");
    /** Roles that open a header in Spanish: RESPONSABLE_ATENCION, MEDICO_TRATANTE, PROFESIONAL_SALUD. */
    private static final Set<String> ROLE_FIRST_WORDS = Set.of("responsable", "profesional", "medico", "médico",
            "enfermera", "enfermero", "obstetra");

    /** "By" closing a header in English, German, Dutch, French, Spanish, Italian, Nordic and Polish (Freigabe durch). */
    private static final Set<String> BY_WORDS = Set.of("by", "durch", "von", "door", "par", "por", "da", "af", "av", "przez");

    /** "Assigned (to)" in the languages of claims and case systems (Zugewiesen an, Asignado a, Toegewezen aan). */
    private static final Set<String> ASSIGNED_WORDS = Set.of("zugewiesen", "zugeordnet", "asignado", "asignada",
            "assegnato", "assegnata", "attribué", "attribue", "atribuido", "atribuída", "toegewezen", "responsabile",
            "przypisany");

    /**
     * A name written family name first, as EHRs and registers list people: {@code SMITH, JOHN A}, {@code Smith, John MD},
     * {@code Braund, Mr. Owen Harris}.
     */
    private static final java.util.regex.Pattern FAMILY_COMMA_GIVEN = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+)?, ?(\\p{Lu}[\\p{L}'’.-]*)( \\p{Lu}[\\p{L}'’.-]*){0,3}");

    /** A name in a script written without spaces: two to four Han or Hangul characters (박서준, 山田太郎, 김코치). */
    private static final Pattern UNSPACED_NAME = Pattern.compile("[\\p{IsHan}\\p{IsHangul}]{2,4}");

    /**
     * @return whether at least half of the values read as people's names written otherwise than {@link #peopleNames}
     *     reads them: family name first ({@code Pettigrew, Karen}), or two to four Han or Hangul characters (names in
     *     scripts written without spaces)
     */
    private static boolean namesWrittenOtherwise(List<String> values) {
        long nonBlank = values.stream().filter(v -> v != null && !v.isBlank()).count();
        long unspaced = values.stream().filter(v -> v != null && UNSPACED_NAME.matcher(v.strip()).matches()).count();
        return nonBlank > 0 && (familyNameFirst(values) * 2 >= nonBlank || unspaced * 2 >= nonBlank);
    }

    /**
     * @return the first entry of each value that lists several with semicolons ({@code MARTINEZ, MEI K; TANAKA,
     *     MADISON M}, as NIH RePORTER lists a grant's investigators), a role in brackets after it removed; empty when
     *     fewer than half the values are such lists
     */
    private static List<String> firstOfLists(List<String> values) {
        long nonBlank = values.stream().filter(v -> v != null && !v.isBlank()).count();
        List<String> firsts = values.stream().filter(v -> v != null && v.indexOf(';') > 0)
                .map(v -> ROLE_IN_BRACKETS.matcher(v.substring(0, v.indexOf(';'))).replaceAll("").strip())
                .filter(v -> !v.isEmpty()).toList();
        return firsts.size() * 2 >= nonBlank ? firsts : List.of();
    }

    /** A role in brackets at the end of a listed name: {@code EMORY, PRIYA W (contact)}. */
    private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    /** @return whether the values are lists of names (their first entries read as people's names, either way round) */
    private static boolean listsNames(List<String> values) {
        List<String> firsts = firstOfLists(values);
        return peopleNames(firsts) || namesWrittenOtherwise(firsts);
    }

    /**
     * @return whether at least half of the values are written in scripts without capital letters and without spaces
     *     between a name's syllables (Burmese ဦးအောင်ကျော်, Sinhala ඒ.එම්. පෙරේරා, Khmer): letters of such a script and
     *     no digit, one to five words, an honorific first or initials with points; under a header naming a role, these
     *     are the staff's names, which the capitals test of {@link #peopleNames} cannot see (breaker58)
     */
    private static boolean namesInCaselessScripts(List<String> values) {
        long nonBlank = values.stream().filter(v -> v != null && !v.isBlank()).count();
        long names = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).filter(v -> {
            if (v.chars().anyMatch(Character::isDigit) || SPACES.split(v).length > 5) {
                return false;
            }
            // a name's marks: an honorific before it (Burmese U, Daw, Dr; Thai Nai, Nang, Nangsao; Khmer Lok, Neak Srey;
            // Hindi Shri, Dr; Tamil Thiru) or initials with points (Sinhala and Tamil ඒ.එම්.); a department's or a
            // scheme's name has none (breaker59)
            if (CASELESS_HONORIFICS.stream().noneMatch(v::startsWith) && !INITIAL_WITH_POINT.matcher(v).find()) {
                return false;
            }
            long letters = v.codePoints().filter(Character::isLetter).count();
            return letters >= 2 && v.codePoints().filter(Character::isLetter).allMatch(cp -> !Character.isUpperCase(cp)
                    && !Character.isLowerCase(cp) && CASELESS_NAME_SCRIPTS.contains(Character.UnicodeScript.of(cp)));
        }).count();
        return nonBlank > 0 && names * 2 >= nonBlank;
    }

    /** Honorifics before a name in Burmese, Thai, Khmer and Hindi. */
    private static final List<String> CASELESS_HONORIFICS = List.of("ဦး", "ဒေါ်", "ဒေါက်တာ", "นาย", "นาง",
            "นางสาว", "นพ.", "พญ.", "ดร.", "លោក", "អ្នកស្រី", "កញ្ញា", "श्री", "श्रीमती", "डॉ.", "சு.", "திரு", "திருமதி");
    /** An initial with a point after it, as Sinhala and Tamil names are written (ඒ.එම්. පෙරේරා). */
    private static final Pattern INITIAL_WITH_POINT = Pattern.compile("(?:^|\\s|\\.)\\p{L}[\\p{M}\\p{L}]{0,3}\\.");
    /** Scripts whose names the capitals test cannot read: Burmese, Sinhala, Khmer, Lao, Tibetan, Thai, Tamil, Bengali. */
    private static final Set<Character.UnicodeScript> CASELESS_NAME_SCRIPTS = Set.of(Character.UnicodeScript.MYANMAR,
            Character.UnicodeScript.SINHALA, Character.UnicodeScript.KHMER, Character.UnicodeScript.LAO,
            Character.UnicodeScript.TIBETAN, Character.UnicodeScript.THAI, Character.UnicodeScript.TAMIL,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.DEVANAGARI, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.ORIYA, Character.UnicodeScript.ETHIOPIC);

    /** @return how many values are a person's name written family name first ({@code Smith, John MD}) */
    private static long familyNameFirst(List<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank() && !namesOrganisation(v)
                && FAMILY_COMMA_GIVEN.matcher(v.strip()).matches()).count();
    }

    /**
     * @return whether at least half of the distinct values read as a person's name: two to four name words (an
     *     honorific such as {@code Ms.} counts as one), no organisation word, no digit
     */
    private static boolean peopleNames(List<String> values) {
        int nonBlank = 0;
        int people = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            nonBlank++;
            if (readsAsName(v, first -> true) && Arrays.stream(SPACES.split(v.strip())).map(w -> w.replace(".", "")
                    .toLowerCase(Locale.ROOT)).anyMatch(w -> w.length() >= 3 && !HONORIFICS.contains(w) && !TITLES.contains(w))) {
                people++; // a name word beside the titles: RN J. Kowalczyk, not a title and initials (RPh KL)
            } else if (namesWithInitials(v) || XCN_NAME.matcher(v.strip()).matches()) {
                people++;
            }
        }
        return nonBlank > 0 && people * 2 >= nonBlank;
    }

    /** A name with an initial: {@code RAMIREZ J}, {@code Cole, K.}, {@code J. Ramirez}. */
    private static final Pattern NAME_WITH_INITIAL = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019-]+,? \\p{Lu}\\.?|\\p{Lu}\\. ?\\p{Lu}[\\p{L}'\u2019-]+");
    /** A single capital standing alone in a name: an initial. */
    private static final Pattern AN_INITIAL = Pattern.compile("(?<![\\p{L}])(\\p{Lu})\\.?(?![\\p{L}])");
    /** A list's separators: a slash, a semicolon, a comma between names with initials ({@code COLE K, RAMIREZ J}). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[/;]\\s*");
    /**
     * An HL7 v2 XCN (extended composite id and name of a person, HL7 v2.5.1 2.A.89): an id with a digit, then the
     * family and given names as components ({@code 1117^SMITH^JANE^A^^DR}), as PV1-7 and DG1-16 carry doctors.
     */
    private static final Pattern XCN_NAME = Pattern.compile(
            "[A-Za-z]*[0-9][A-Za-z0-9-]*\\^\\p{L}[\\p{L}'\u2019 -]*\\^\\p{L}[\\p{L}'\u2019 -]*(\\^[^^]*)*");

    /**
     * @return whether the values name people with initials: some value a list of them ({@link #namesWithInitials}) or
     *     an HL7 XCN, at least half such lists, XCNs or one name with its initial ({@code PRATT G}), and three or more
     *     distinct first words among them ({@code Vitamin D}, {@code Hepatitis B} alone are things)
     */
    static boolean peopleWithInitials(List<String> values) {
        int nonBlank = 0;
        int lists = 0;
        int named = 0;
        Set<String> firstWords = new HashSet<>();
        Set<String> givenNames = new HashSet<>();
        Set<String> initials = new HashSet<>();
        int composites = 0;
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            nonBlank++;
            String x = v.strip();
            boolean xcn = XCN_NAME.matcher(x).matches();
            boolean list = xcn || namesWithInitials(x);
            if (list || NAME_WITH_INITIAL.matcher(x).matches() && !namesOrganisation(x)) {
                named++;
                lists += list ? 1 : 0;
                firstWords.add(x.split("[ ,.^]+")[0].toLowerCase(Locale.ROOT));
                java.util.regex.Matcher initial = AN_INITIAL.matcher(x);
                while (initial.find()) {
                    initials.add(initial.group(1));
                }
            }
            if (xcn) {
                composites++;
                givenNames.add(x.split("\\^", -1)[2]);
            }
        }
        // a coded element (HL7 CWE: 2106-3^White^CDCREC) has one coding system where an XCN has many given names
        boolean codedElements = composites * 2 >= named && givenNames.size() < 3;
        // a crew's initials vary (four or more); a list of tests or vaccines repeats A, B, C (Strep A / Influenza B; breaker81)
        return lists > 0 && named * 2 >= nonBlank && firstWords.size() >= 3 && !codedElements
                && (composites * 2 >= named || initials.size() >= 4);
    }

    /**
     * @param value a non-blank value
     * @return whether it is a crew's or a team's list of people with initials ({@code RAMIREZ J / COLE K},
     *     {@code J. Ramirez; K. Cole}): two or more parts, each a name word and an initial, not all under one first
     *     word ({@code VITAMIN D / VITAMIN C} is a list of things) and no organisation word
     */
    static boolean namesWithInitials(String value) {
        String[] parts = LIST_SEPARATOR.split(value.strip());
        if (parts.length < 2 || namesOrganisation(value)) {
            return false;
        }
        Set<String> firstWords = new HashSet<>();
        for (String part : parts) {
            if (!NAME_WITH_INITIAL.matcher(part).matches()) {
                return false;
            }
            firstWords.add(part.split("[ ,.]+")[0].toLowerCase(Locale.ROOT));
        }
        return firstWords.size() > 1;
    }

    /**
     * @param value a non-blank value
     * @param firstWord what the first word, lower-cased, must be (an honorific, a known given name), or anything
     * @return whether it reads as a person's name: two to four capitalised name words, no digit, no organisation word
     */
    private static boolean readsAsName(String value, java.util.function.Predicate<String> firstWord) {
        String[] words = SPACES.split(value.strip());
        int honorifics = 0; // Revd Canon H. W. Ashdown: titles before a name do not make it longer
        while (honorifics < words.length - 1 && (HONORIFICS.contains(words[honorifics].toLowerCase(Locale.ROOT))
                || TITLE_ABBREVIATION.matcher(words[honorifics]).matches())) {
            honorifics++;
        }
        // particles (binti, van der) do not count against the length either: Siti Hajar binti Osman is four words
        long particles = Arrays.stream(words, honorifics, words.length).filter(w -> NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))).count();
        // Dr. María José Pérez López, LIC. ENF. CONDORI CORDOVA ESTHER: up to four name words after the titles
        int nameWords = (int) (words.length - honorifics - particles);
        int titles = honorifics;
        return words.length >= 2 && nameWords <= 4 && value.chars().noneMatch(Character::isDigit)
                && !namesOrganisation(value) && (honorifics > 0 || firstWord.test(words[0].toLowerCase(Locale.ROOT)))
                && java.util.stream.IntStream.range(titles, words.length).allMatch(i -> i > titles && i < words.length - 1
                        && NAME_PARTICLES.contains(words[i].toLowerCase(Locale.ROOT))
                        || NAME_WORD.matcher(words[i]).matches() && capitalOrCaseless(words[i]));
    }

    /**
     * Particles inside a name (Pieter van der Merwe, Ana de la Cruz, Ahmad bin Ismail, Kumar a/l Muthu, the Malaysian
     * "son of" and "daughter of"): a name word between its first and last ones.
     */
    private static final Set<String> NAME_PARTICLES = Set.of("van", "der", "den", "de", "del", "della", "la", "le",
            "du", "des", "von", "zu", "da", "das", "do", "dos", "di", "y", "e", "bin", "binti", "ibn", "al", "el", "ter",
            "ten", "op", "'t", "bint", "ben", "ap", "a/l", "a/p", "s/o", "d/o", "abu", "ibnu");

    /** A word that begins with a capital, or with a letter of a script without capitals (Thai, Devanagari, Arabic). */
    private static boolean capitalOrCaseless(String word) {
        int c = word.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c)
                || Character.isLetter(c) && !Character.isLowerCase(c)
                // Georgian is written in Mkhedruli, which Unicode files as small letters of Mtavruli capitals that
                // names do not use
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.GEORGIAN;
    }

    /** @return whether a word of the value marks an organisation (a legal form, a kind of institution) */
    private static boolean namesOrganisation(String value) {
        return anyWordIn(value, ORGANISATION_WORDS);
    }

    /** @return whether a lower-case word (letters and digits) of the value is one of {@code vocabulary} */
    private static boolean anyWordIn(String value, Set<String> vocabulary) {
        for (String w : NOT_LETTERS_OR_DIGITS.split(value.toLowerCase(Locale.ROOT))) {
            if (vocabulary.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Header words of a range of something measured, whose bands (90-94) are no ages. */
    private static final Set<String> RANGE_OF_MEASURE_WORDS = Set.of("dose", "dosage", "mg", "ml", "mcg", "score",
            "grade", "level", "mmhg", "bpm", "percent", "pct", "percentile", "temperature", "temp", "speed", "income",
            "salary", "bmi", "iq");

    /** Header words naming a period or a month (Período, Mes Liquidado, pay_month, Abrechnungsmonat aside). */
    private static final Set<String> PERIOD_WORDS = Set.of("período", "periodo", "period", "mes", "month", "monat",
            "mois", "mese", "yyyymm", "yearmonth", "ym");

    /** English month names, whole or abbreviated, as a date's month is written out. */
    private static final String MONTH_NAMES = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /**
     * A date with the month's name: {@code 05 January 2024}, {@code 5th Jan. 2024}, {@code 05-Jan-24}, {@code January 5,
     * 2024}, maybe followed by a time.
     */
    private static final Pattern MONTH_NAMED_DATE = Pattern.compile("(?i)(?:[0-3]?[0-9](?:st|nd|rd|th)?[ -]" + MONTH_NAMES
            + "\\.?,?[ -](?:[12][0-9]{3}|[0-9]{2})|" + MONTH_NAMES + "\\.? [0-3]?[0-9](?:st|nd|rd|th)?,? [12][0-9]{3})"
            + "(?:,? [0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?(?: ?[ap]\\.?m\\.?)?)?");

    /**
     * A civil aircraft's registration: a US N-number (N, a digit 1-9, up to four more digits, up to two letters other
     * than I and O; three characters or more: N1 and N2 are too many other things), a one-letter nationality mark and
     * four letters (C-GABC, G-ABCD, D-EABC), a two-character mark and three letters (VH-ABC, 9V-SKA), Japan's, China's
     * and Korea's digits (JA8089, B-18908, HL7401); not any two letters, a dash and three (US-FDA, L-ALA; breaker59).
     */
    private static final Pattern AIRCRAFT_REGISTRATION = Pattern.compile(
            "N(?=[0-9A-Z]{2,5}$)[1-9][0-9]{0,4}[A-HJ-NP-Z]{0,2}|[CDFGI]-[A-Z]{4}|(?:VH|ZK|EI|OE|OO|PH|SE|LN|OY|OH|HB|EC|CS|SP"
            + "|OK|HA|YR|LZ|SX|TC|4X|VT|9V|9M|PK|HS|RP|PR|PP|PT|LV|CC|XA|XB|ZS|5Y|5N|A6|A7|HZ)-[A-Z]{3}|JA[0-9]{4}|B-[0-9]{4,5}"
            + "|HL[0-9]{4}");
    /** Header words naming an aircraft or its registration (AircraftID, Tail Number, N-Number, Registration). */
    private static final Set<String> AIRCRAFT_WORDS = Set.of("aircraft", "tail", "nnumber", "registration", "acft",
            "airframe", "plane", "ident", "reg");

    // Separators for splitting values, compiled once (String.split compiles a pattern of more than one character on
    // every call, which a profile of classify showed among its largest costs): white space, anything but letters and
    // digits, anything but letters, a comma or a semicolon, white space or commas, anything a name's word does not hold.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}0-9]+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern COMMA_OR_SEMICOLON = Pattern.compile("[,;]");
    private static final Pattern SPACES_OR_COMMAS = Pattern.compile("[\\s,]+");
    private static final Pattern NOT_NAME_CHARACTERS = Pattern.compile("[^\\p{L}\\p{M}'’-]+");
    /** Letters followed by digits somewhere (Room 12B, Bay4), or a name after a title (Dr. Okafor). */
    private static final Pattern LETTERS_THEN_DIGITS_OR_TITLE = Pattern.compile(".*\\p{L}+[0-9]+.*|(Dr|Mr|Mrs|Ms|Prof)\\.? .*");
    /** A year and a month as six digits: yyyyMM. */
    private static final Pattern YEAR_MONTH_DIGITS = Pattern.compile("(19|20)[0-9]{2}(0[1-9]|1[0-2])");

    /** The most digits of a code system's id (SNOMED CT's SCTID, 18): longer digit strings number accounts or cards. */
    private static final int LONGEST_CODE_DIGITS = 18;
    /** Header words of long integers that measure, count or code something: bytes, budgets, lots, microseconds. */
    private static final Set<String> LONG_MEASURE_OR_CODE_WORDS = Set.of("lot", "batch", "budget", "allocation",
            "appropriation", "payload", "transferred", "bytes", "byte", "octets", "size", "volume", "balance", "revenue",
            "population", "snapshot", "epoch", "timestamp", "ts", "us", "ns", "ms", "micros", "nanos", "barcode", "gtin",
            "case", "pallet", "total", "sum", "amount", "count", "hash", "checksum", "seed",
            // a code (Colombia's RIPS Código Prestador, a provider's 12-digit habilitation code)
            "code", "codigo", "código", "cod", "codice", "kode", "kod");

    /**
     * @return whether the column's values are integers of {@value #MIN_IDENTIFYING_DIGITS} digits or more that no code
     *     system explains: not GS1 numbers (GTIN-13/14), not zero-padded (SAP's 000000000012345678; breaker66), not
     *     under a header of a code, a measure, a lot or a time (bytes, budgets, lots, microseconds; breaker69)
     */
    private static boolean longIntegersThatIdentify(String column, ColumnEvidence e) {
        if (!e.allIntegers || e.minDigits < MIN_IDENTIFYING_DIGITS || gs1Numbers(e)) {
            return false;
        }
        List<String> hw = ColumnHeader.words(column);
        return hw.stream().noneMatch(w -> NOT_DIALLED_CODE_WORDS.contains(w) || LONG_MEASURE_OR_CODE_WORDS.contains(w))
                && e.values.stream().filter(v -> v.strip().startsWith("0")).count() * 2 < e.values.size();
    }

    /**
     * Digits from which a column of integers no code system explains is read as numbers that identify: an MPAN core
     * (13), a microchip (15), a mobile number with its country code (12), not a batch number of 11 (EighthRoundRulesTest).
     */
    private static final int MIN_IDENTIFYING_DIGITS = 12;

    /** The oldest age Safe Harbor lets stand (45 CFR 164.514(b)(2)(i)(C) aggregates ages over 89). */
    private static final int MAX_KEPT_AGE = 89;
    /** The oldest age in months Safe Harbor lets stand: 89 years and eleven months. */
    private static final int MAX_KEPT_AGE_MONTHS = 12 * (MAX_KEPT_AGE + 1) - 1;
    /** Integers above this are not read as a person's age in years. */
    private static final int MAX_HUMAN_AGE = 120;

    /**
     * Whether a column of integers reads as amounts: three or more distinct values, at least 80% of them positive
     * multiples of 100 ({@code 7500}, {@code 185000}). Of the US ZIP codes about 1 in 100 is a multiple of 100, as is
     * about 1 in 100 record numbers, so eight in ten of several is no chance.
     */
    private static boolean roundAmounts(ColumnEvidence e) {
        if (e.distinct < 3 || e.values.isEmpty()) {
            return false;
        }
        long round = e.values.stream().map(String::strip)
                .filter(v -> v.length() >= 3 && v.endsWith("00") && v.charAt(0) != '0' && v.charAt(0) != '-').count();
        return round * 5 >= e.values.size() * 4L;
    }

    /** Unix time, 2000-01-01 and 2035-01-01, in seconds and in milliseconds. */
    private static final long UNIX_2000 = 946_684_800L;
    private static final long UNIX_2035 = 2_051_222_400L;
    /** @return whether {@code seconds} since 1970 is a time from 2001-09-09 (10 digits) to 2035 */
    private static boolean unixSeconds(long seconds) {
        return seconds >= 1_000_000_000L && seconds <= UNIX_2035;
    }

    /** Unix seconds with microseconds, as Slack writes its message times. */
    private static final Pattern UNIX_MICROS = Pattern.compile("[0-9]{10}\\.[0-9]{6}");
    /** Unix time of 1900-01-01 in seconds: birth dates before 1970 are negative. */
    private static final long UNIX_1900 = -2_208_988_800L;
    /** Header words of a time stamp: what a column of Unix times is called. */
    private static final Set<String> TIME_WORDS = Set.of("ts", "time", "timestamp", "epoch", "unix", "ms", "millis",
            "msec", "created", "updated", "modified", "at", "when", "logged", "date", "dt", "seen", "login",
            // the events of a person's record: discharged (Unix seconds), admitted (an Excel serial day)
            "admitted", "admission", "admit", "discharged", "discharge", "died", "death", "born", "birth", "dob",
            "registered", "enrolled", "joined", "visited", "visit", "start", "started", "end", "ended", "signup",
            "expires", "expiry", "serial",
            // Moodle's run-together headers and other validity times (timeend, lastaccess, valid_until)
            "access", "lastaccess", "firstaccess", "lastlogin", "timeaccess", "timeend", "timestart", "timecreated",
            "timemodified", "until", "valid");
    /** A number written with digits and at most one point, nothing else. */
    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("[0-9]{1,9}(\\.[0-9]+)?");
    /** Excel's serial day numbers of 1927-01-01 and 2099-12-31 (day 1 = 1900-01-01). */
    private static final double EXCEL_1927 = 9_863;
    private static final double EXCEL_2099 = 73_050;

    /**
     * Whether a column of integers holds Unix times (seconds or milliseconds since 1970-01-01): every value has 13
     * digits and falls between 2000 and 2035 in milliseconds (no record number or amount fills that band by chance),
     * or, under a header naming a time ({@code ts}, {@code created_ms}, {@code epoch}), every value falls between 1900
     * and 2035 in seconds (10 digits from 2001) or milliseconds (12 or 13 digits).
     *
     * @return what was seen, or empty
     */
    private static Optional<String> unixTimes(String column, ColumnEvidence e) {
        if (e.nonBlank == 0 || e.values.isEmpty()) {
            return Optional.empty();
        }
        long min = e.minInteger;
        long max = e.maxInteger;
        boolean millis13 = e.allIntegers && e.minDigits == 13 && e.values.stream().allMatch(v -> v.strip().length() == 13)
                && min >= UNIX_2000 * 1000 && max <= UNIX_2035 * 1000;
        if (millis13) {
            return Optional.of("integers of 13 digits, every one a time between 2000 and 2035 in milliseconds since "
                    + "1970 (Unix time)");
        }
        // Slack's ts, thread_ts, latest_reply: seconds since 1970 with six decimals (1704706013.734622)
        if (e.allNumbers && !e.allIntegers && e.values.stream().allMatch(v -> {
            String x = v.strip();
            if (!UNIX_MICROS.matcher(x).matches()) {
                return false;
            }
            return unixSeconds(Long.parseLong(x.substring(0, x.indexOf('.'))));
        })) {
            return Optional.of("numbers of 10 digits and six decimals, every one a time between 2001 and 2035 in "
                    + "seconds and microseconds since 1970 (Unix time, as Slack writes ts)");
        }
        if (ColumnHeader.words(column).stream().noneMatch(TIME_WORDS::contains)) {
            return Optional.empty();
        }
        if (e.allNumbers && e.values.stream().allMatch(v -> {
            String x = v.strip();
            if (!PLAIN_DECIMAL.matcher(x).matches()) {
                return false;
            }
            double d = Double.parseDouble(x);
            return d >= EXCEL_1927 && d <= EXCEL_2099;
        })) {
            return Optional.of("numbers under a header naming a time, every one a day between 1927 and 2099 as "
                    + "spreadsheets count them (Excel serial dates: 45021 is 2023-04-05, a fraction the time of day)");
        }
        if (!e.allIntegers) {
            return Optional.empty();
        }
        if (unixSeconds(min) && unixSeconds(max) && e.values.stream().allMatch(v -> v.strip().length() == 10)) {
            return Optional.of("integers of 10 digits under a header naming a time, every one a time between 2001 and "
                    + "2035 in seconds since 1970 (Unix time)");
        }
        // Moodle's timeend, lastaccess: 0 for "none", every other value a Unix time
        List<String> times = e.values.stream().map(String::strip).filter(v -> !v.equals("0")).toList();
        if (min == 0 && times.size() >= 2 && times.stream().allMatch(v -> v.length() == 10 && unixSeconds(Long.parseLong(v)))) {
            return Optional.of("integers under a header naming a time, every one but 0 (none) a time between 2001 and "
                    + "2035 in seconds since 1970 (Unix time)");
        }
        if (min >= UNIX_1900 * 1000 && max <= UNIX_2035 * 1000 && e.values.stream()
                .map(v -> v.strip().replaceFirst("^-", "")).allMatch(v -> v.length() >= 11 && v.length() <= 13)) {
            return Optional.of("integers of 11 to 13 digits under a header naming a time, every one a time between "
                    + "1900 and 2035 in milliseconds since 1970 (Unix time)");
        }
        return Optional.empty();
    }

    /** Last header words that make a unit word a number of something: Points_No, Miles_No, Bonus_Card. */
    private static final Set<String> NUMBER_OF_WORDS = Set.of("no", "nr", "num", "number", "card", "id", "nummer",
            "numero", "número");
    /** Distinct five-digit integers under a header that says nothing before they read as ZIP codes. */
    private static final int MIN_FIVE_DIGIT_VALUES = 20;
    /** How a kept column of integers under a header of money or units is explained; such a column is not re-read. */
    private static final String MONEY_OR_UNIT_HEADER = "integers under a header naming money or a unit of measure";

    /** Header words naming the two ends of a call or message (From, To, Sender, Recipient, Caller, ANI, DNIS). */
    private static final Set<String> ENDPOINT_WORDS = Set.of("from", "to", "sender", "recipient", "receiver", "caller",
            "callee", "called", "calling", "originator", "originating", "destination", "dialed", "dialled", "ani", "dnis",
            "cli", "msisdn", "origin", "dest");
    /** A telephone number written as digits alone, maybe after a plus: 10 to 15 digits (E.164's longest is 15). */
    private static final Pattern PHONE_DIGITS = Pattern.compile("\\+?[1-9][0-9]{9,14}");
    /** A North American number written as digits with its country code 1: 1 NXX NXX XXXX (N is 2 to 9). */
    private static final Pattern NANP_DIGITS = Pattern.compile("\\+?1[2-9][0-9]{2}[2-9][0-9]{6}");

    /** Header words naming codes of ledgers, places and products, whose 11 digits beginning with 1 are no one's number. */
    private static final Set<String> NOT_DIALLED_CODE_WORDS = Set.of("gl", "ledger", "cost", "center", "centre", "tract",
            "geoid", "fips", "blockgroup", "sku", "upc", "gtin", "ean", "ndc", "ndc11", "isbn");
    /** Header words naming a number someone dials (center_callback, cost_contact: breaker55). */
    private static final Set<String> DIALLED_WORDS = Set.of("callback", "contact", "hotline", "phone", "tel", "telephone",
            "mobile", "cell", "fax", "sms", "whatsapp", "helpline", "dial");
    /** Distinct values of the NANP shape, under a header that says nothing, before they read as telephone numbers. */
    private static final int MIN_NANP_VALUES = 20;

    /**
     * Telephone numbers written as digits alone, as a spreadsheet leaves {@code +16145715935}: nine in ten values are 10
     * to 15 digits under a header naming an end of a call or message ({@code From}, {@code To}, {@code Sender}); or, under
     * any header, nine in ten of twenty or more distinct values are North American numbers with their country code
     * ({@code 1 NXX NXX XXXX}), which no amount and no common code system's ids look like. However many messages
     * share a number (breaker49: a Twilio log's numbers, each on many messages, were kept as shared integers).
     */
    private static Optional<ColumnSpec> phoneNumbersAsDigits(String column, ColumnEvidence e) {
        if (e.values.isEmpty()) {
            return Optional.empty();
        }
        // a GS1 location number (GLN, 13 digits with GS1's check digit) under Origin or Destination is a place in a
        // supply chain; a tenth of telephone numbers pass the check by chance (breaker54)
        if (gs1Numbers(e)) {
            return Optional.empty();
        }
        long phoneShaped = e.values.stream().filter(v -> PHONE_DIGITS.matcher(v.strip()).matches()).count();
        if (ColumnHeader.words(column).stream().anyMatch(ENDPOINT_WORDS::contains) && nineInTen(phoneShaped, e.values.size())) {
            return Optional.of(identifier(column, IdentifierType.TELEPHONE_NUMBER, String.format(Locale.ROOT, "%d of its %d "
                    + "distinct values are 10 to 15 digits under a header naming an end of a call or message (%s): "
                    + "telephone numbers written as digits, however many rows share one (45 CFR 164.514(b)(2)(i)(D))",
                    phoneShaped, e.values.size(), column)));
        }
        long nanp = e.values.stream().filter(v -> NANP_DIGITS.matcher(v.strip()).matches()).count();
        // a ledger's accounts, a census tract's GEOID (17097860100), a product's code: 11 digits beginning with 1 that
        // no one dials (breaker51)
        List<String> hw = ColumnHeader.words(column);
        boolean codes = hw.stream().anyMatch(NOT_DIALLED_CODE_WORDS::contains) && hw.stream().noneMatch(DIALLED_WORDS::contains);
        if (e.values.size() >= MIN_NANP_VALUES && nineInTen(nanp, e.values.size()) && !codes) {
            return Optional.of(identifier(column, IdentifierType.TELEPHONE_NUMBER, String.format(Locale.ROOT, "%d of its %d "
                    + "distinct values are North American telephone numbers written as digits with the country code "
                    + "(1 NXX NXX XXXX), however many rows share one (45 CFR 164.514(b)(2)(i)(D)); change to keep after "
                    + "review if they are codes", nanp, e.values.size())));
        }
        return Optional.empty();
    }

    /** Numbers with no header evidence. */
    private ColumnSpec numbers(Column c) {
        ColumnEvidence e = c.values();
        String column = c.name();
        if (!e.values.isEmpty() && ColumnHeader.words(column).stream().anyMatch(PERIOD_WORDS::contains)
                && e.values.stream().allMatch(v -> YEAR_MONTH_DIGITS.matcher(v.strip()).matches())) {
            // a payroll's Período 202607: the month of each person's pay (breaker42)
            return suppress(column, "every value is a year and a month written yyyyMM under a header that names a period "
                    + "or month: the month is an element of a date of the data subjects (45 CFR 164.514(b)(2)(i)(C)); "
                    + "change to keep after review if the months are no one's events");
        }
        long longDigits = e.values.stream().filter(v -> v.strip().length() > LONGEST_CODE_DIGITS
                && v.strip().chars().allMatch(ch -> ch >= '0' && ch <= '9')).count();
        if (!e.values.isEmpty() && nineInTen(longDigits, e.values.size())) {
            // a Swiss insurance card (20 digits), an Argentine CBU (22): no amount is written with so many digits
            // and no code system's ids are so long (breaker42)
            return identifier(column, IdentifierType.ACCOUNT_NUMBER, String.format(Locale.ROOT, "%d of its %d distinct "
                    + "values are strings of more than %d digits: numbers of accounts and cards (a bank account's CBU, an "
                    + "insurance card's), never an amount or a code system's id (SNOMED CT's have at most 18), however "
                    + "many rows share one", longDigits, e.values.size(), LONGEST_CODE_DIGITS));
        }
        Optional<ColumnSpec> phones = phoneNumbersAsDigits(column, e);
        if (phones.isPresent()) {
            return phones.get();
        }
        Optional<String> unixTime = unixTimes(column, e);
        if (unixTime.isPresent()) {
            return suppress(column, unixTime.get() + ": dates and times, of which Safe Harbor lets only the year "
                    + "stand (45 CFR 164.514(b)(2)(i)(C)); suppressed, as they are not rewritten to years here");
        }
        if (e.allIntegers) {
            boolean unique = e.distinct == e.nonBlank && e.nonBlank >= 2;
            List<String> hw = ColumnHeader.words(column);
            // Points_No, Miles_No, Bonus_Card: the number of a loyalty account, not an amount of points
            boolean numberOf = !hw.isEmpty() && NUMBER_OF_WORDS.contains(hw.get(hw.size() - 1));
            // a chess rating (SRtng, Elo, DWZ) or a score is a measure, too (breaker54)
            boolean rating = hw.stream().anyMatch(w -> RATING_WORDS.contains(w) || w.endsWith("rtng"));
            if ((hw.stream().anyMatch(w -> UNIT_WORDS.contains(w) || MONEY_MEASURES.contains(w)) || rating) && !numberOf
                    && !(unique && e.consecutive)) {
                return keep(column, MONEY_OR_UNIT_HEADER + " ("
                        + String.join(" ", hw) + "): amounts or measurements, not record numbers, "
                        + "however many digits they have; " + spread(e));
            }
            if (roundAmounts(e)) {
                return keep(column, "integers, " + e.distinct + " distinct, at least 80% of them multiples of 100: amounts "
                        + "(prices, salaries, limits), which record numbers and ZIP codes almost never are; " + spread(e));
            }
            if (unique && e.minDigits >= 6) {
                return identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, "integers of six digits or more, one per "
                        + "row and shared by no two rows: a record number (R)");
            }
            if (unique && e.consecutive && e.nonBlank >= 3) {
                return identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER,
                        "consecutive integers, one per row: a row number (R)");
            }
            if (e.minDigits >= 9 && e.sharedShare() < vocabularyShare) {
                return identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, "integers of nine digits or more that "
                        + "few entities share: treated as a number that identifies");
            }
            if (longIntegersThatIdentify(column, e)) {
                // a meter point's MPAN, a pet's microchip, a mobile number written 2547...: repeated on every reading,
                // vaccination or top-up of the one it names (breaker62)
                return identifier(column, IdentifierType.OTHER_UNIQUE_IDENTIFIER, "integers of " + MIN_IDENTIFYING_DIGITS
                        + " digits or more: no count or amount is written so long and no code system tried knows them, "
                        + "so they are numbers that identify (a meter point, a microchip, a telephone), however many rows "
                        + "share one");
            }
            if (ColumnHeader.saysNothing(column) && e.minInteger >= 0 && e.maxInteger > MAX_KEPT_AGE
                    && e.maxInteger <= MAX_HUMAN_AGE && e.distinct >= 3) {
                return identifier(column, IdentifierType.AGE, "the header (" + column + ") does not say what these "
                        + "integers are, and they read as ages (" + e.minInteger + " to " + e.maxInteger + ", some over "
                        + MAX_KEPT_AGE + "): ages over 89 become 90+ (45 CFR 164.514(b)(2)(i)(C)), the rest stay; "
                        + "change to keep after review if they are not ages");
            }
            if (ColumnHeader.saysNothing(column) && e.distinct >= MIN_FIVE_DIGIT_VALUES
                    && e.values.stream().allMatch(v -> v.strip().length() == 5)) {
                // a survey's Q6 "your ZIP code": no header says what they are, and ZIP codes have this shape
                return suppress(column, "integers of exactly five digits, " + e.distinct + " distinct, under a header "
                        + "that says nothing (" + column + "): ZIP codes have this shape (45 CFR 164.514(b)(2)(i)(B)); "
                        + "change to keep after review if they are counts or codes");
            }
            return keep(column, "integers (counts, amounts, codes): " + spread(e));
        }
        if (e.longFractions * 10 >= e.nonBlank * 8 && e.medianMagnitude >= 1.5 && e.medianMagnitude <= 180) {
            return suppress(column, "numbers with five or more decimals between 1.5 and 180 in magnitude: they may be "
                    + "geographic coordinates (45 CFR 164.514(b)(2)(i)(B)), and no header says what they are");
        }
        return keep(column, "numbers (measurements or amounts)");
    }

    /** What the protective default's comment says after its reading of the header. */
    private static final String NO_EVIDENCE = "; no evidence that it identifies no one: ";

    /** The protective default: no evidence that the column identifies no one. */
    private ColumnSpec protective(String column, ColumnHeader.Meaning h, ColumnEvidence e, boolean whole) {
        String read = whole ? "all " + e.rows + " rows read" : "the first " + e.rows + " rows read";
        return suppress(column, String.format(Locale.ROOT, "%s" + NO_EVIDENCE + "its %d distinct "
                + "values are carried by %d entities, %.0f%% of rows hold a value two or more entities share (%.0f%% needed, "
                + "or all but one row of a small column), "
                + "no code system or header convention explains them (%s); change to keep after review",
                h.kind() == ColumnHeader.Kind.FREE_TEXT ? h.rule() : "text", e.distinct, e.entities, e.sharedShare() * 100,
                vocabularyShare * 100, read));
    }

    /** Entity-spread evidence that a column is shared vocabulary. */
    private boolean vocabulary(ColumnEvidence e) {
        return e.entities >= MIN_ENTITIES && e.distinct < e.nonBlank && sharedEnough(e.sharedShare(), e.nonBlank, e.distinct);
    }

    /**
     * Whether a share of rows holding a value two or more entities carry is evidence of shared vocabulary: at least
     * the threshold, or, in a column of fewer rows than the threshold can judge (under ten at 90%), every row but one
     * and at most half as many distinct values as rows (three sections over seven staff, one of them alone in its own).
     *
     * @param share the share of non-blank rows whose value two or more entities carry
     * @param rows the non-blank rows
     * @param distinct the distinct values
     */
    boolean sharedEnough(double share, int rows, int distinct) {
        if (share >= vocabularyShare) {
            return true;
        }
        long unshared = Math.round((1 - share) * rows);
        return unshared <= 1 && distinct * 2 <= rows;
    }

    private String spread(ColumnEvidence e) {
        return String.format(Locale.ROOT, "%d distinct values over %d entities; %.0f%% of rows hold a value two or more "
                + "entities share", e.distinct, e.entities, e.sharedShare() * 100);
    }

    /**
     * A text column that names what a kept code column of the same table codes: each code value comes with at most
     * one value of it, so it is the code's description (Synthea's CODE/DESCRIPTION, OMOP's concept and source value).
     *
     * @return the code column's name
     */
    private Optional<String> describes(int column, List<String[]> rows, Map<String, ColumnSpec> decided,
            TableSchema schema, Map<String, ColumnEvidence> evidence, ColumnEvidence e) {
        List<String> words = ColumnHeader.words(schema.columns().get(column).name());
        if (e.embeddedHitValues() > 0 || e.maxLength > 300
                || !words.isEmpty() && NOTE_WORDS.contains(words.get(words.size() - 1))
                || words.stream().anyMatch(ColumnHeader::namesNotesInOtherLanguages)) {
            return Optional.empty(); // notes can name anyone, whatever they pair with
        }
        for (int c = 0; c < schema.columns().size(); c++) {
            ColumnSpec code = decided.get(schema.columns().get(c).name());
            ColumnEvidence ce = evidence.get(schema.columns().get(c).name());
            if (c == column || code == null || ce == null || !(code.rule() instanceof ColumnRule.Keep)) {
                continue;
            }
            // A code column: a code system, or values (without spaces) that repeat, so that pairing is evidence (any
            // column is a function of a column whose values are all different).
            boolean codeLike = code.comment().map(x -> x.contains(CODE_EVIDENCE)).orElse(false)
                    || ce.distinct * 2 <= ce.nonBlank && ce.maxWords <= 1 && ce.distinct > 0
                    && ce.values.stream().noneMatch(v -> PLAIN_NUMBER.matcher(v.strip()).matches()); // amounts are no codes
            if (!codeLike) {
                continue;
            }
            if (peopleNames(e.values)) {
                continue; // a code's description is no person's name: a provider's code beside the provider's name
            }
            Map<String, String> description = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            boolean complete = true;
            int paired = 0;
            int coded = 0;
            for (String[] row : rows) {
                String v = row[column];
                if (row[c] != null && !row[c].isBlank()) {
                    coded++;
                }
                if (v == null || v.isBlank()) {
                    continue;
                }
                String k = row[c];
                if (k == null || k.isBlank()) {
                    complete = false;
                    break;
                }
                paired++;
                String before = description.putIfAbsent(k, v);
                if (before != null && !before.equals(v)) {
                    ambiguous.add(k);
                }
            }
            // A code with two spellings of its description now and then (a renamed drug) is still a code list.
            // Beside codes that only repeat (a room, a nationality), each description on two rows or more on average: a
            // few values on as many rows (passports filled in on twelve of 1,200 stays, each beside its room) pair
            // with anything. A code system's codes (SNOMED CT beside its descriptions) are evidence enough when the
            // column describes the codes of nearly every row that has one, or some description repeats: a document
            // image filled in for four of ten customers, each of another nationality, pairs with the nationality by
            // chance.
            if (complete && paired > 0 && ambiguous.size() * 10 <= description.size()
                    && e.distinct <= description.size() + ambiguous.size()
                    && (paired >= 2L * e.distinct || code.comment().map(x -> x.contains(CODE_EVIDENCE)).orElse(false)
                            && (paired > e.distinct || paired * 5L >= coded * 4L))) {
                return Optional.of(schema.columns().get(c).name());
            }
        }
        return Optional.empty();
    }

    /**
     * A text column most of whose values are names of organisations (a legal form, a kind of institution: "PANHANDLE
     * COMMUNITY HEALTH CTR", "Acme Insurance") and none a person's name: the service providers, insurers and
     * facilities of clinical data, which are not identifiers of the individual. A header that names an employer or a
     * company is decided before this and stays an identifier.
     */
    private static Optional<ColumnSpec> organisationValues(String column, ColumnEvidence e) {
        if (e.distinct == 0 || e.embeddedHitValues() > 0) {
            return Optional.empty();
        }
        int organisations = 0;
        int people = 0;
        for (String v : e.values) {
            boolean organisation = false;
            for (String w : NOT_LETTERS_OR_DIGITS.split(v.toLowerCase(Locale.ROOT))) {
                organisation |= ORGANISATION_WORDS.contains(w) && !w.equals("the") && !w.equals("of") && !w.equals("and")
                        && !w.equals("co");
            }
            if (organisation) {
                organisations++;
            } else if (SPACES.split(v.strip()).length >= 2 && LETTERS_THEN_DIGITS_OR_TITLE.matcher(v).matches()) {
                people++;
            }
        }
        if (organisations * 10 < e.distinct * 8 || people > 0) {
            return Optional.empty();
        }
        return Optional.of(keep(column, String.format(Locale.ROOT, "%d of %d distinct values name an organisation (a legal "
                + "form or a kind of institution) and none a person: organisations are not identifiers of the individual",
                organisations, e.distinct)));
    }

    private static String normalizedHeader(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * Whether the only identifiers found inside the values are card numbers and the header names a code system whose
     * numbers pass a card's Luhn check (SIREN/SIRET by design, an EAN-13 by chance), as the validation reads them.
     */
    private static boolean luhnCodeExplainsCards(String column, ColumnEvidence e) {
        return e.embeddedKinds().equals(java.util.EnumSet.of(DetectorKind.CREDIT_CARD))
                && (CodeSystem.cardLikeNamedBy(column).isPresent() || gs1Numbers(e));
    }

    /**
     * @return whether nine in ten of five or more distinct values are 13 digits passing GS1's check (EAN-13 product
     *     codes, GS1 location numbers): a tenth of them pass the card check by chance, no card number is so written
     *     (breaker51, breaker54)
     */
    private static boolean gs1Numbers(ColumnEvidence e) {
        // GTIN-13 and GTIN-14 (a case's barcode; breaker69), with GS1's check digit
        return e.values.size() >= 4 && nineInTen(e.values.stream().filter(v -> (v.strip().length() == 13
                || v.strip().length() == 14) && CodeSystem.GTIN.matches(v)).count(), e.values.size());
    }

    /**
     * @return whether no value has what every value of the type has: a digit for the numbers ({@link #NUMBER_TYPES},
     *     telephone and fax numbers), an {@code @} for e-mail addresses
     */
    private static boolean lacksWhatItsTypeNeeds(IdentifierType type, ColumnEvidence e) {
        // yes/no flags (fog under Tuman, OA as osteoarthritis) and measurements with a decimal, a sign or a percent
        // (tolerances ±0.05 under Tole, 12.5% under النسب, a gas-oil contact's 2345.5 under GOC) name no one's place,
        // name or number (breaker85)
        if (flagsOrMeasurements(type, e)) {
            return true;
        }
        if (LONGER_THAN_THREE_DIGITS.contains(type)) {
            // Slovenian and Polish dni are days: sick-leave days 1-30 under Bolniški stalež (dni) (breaker82); no
            // country's national number has three digits or fewer, and no driver's licence (downloads 0-500 under DL)
            return e.values.stream().allMatch(v -> v.chars().noneMatch(Character::isDigit)
                    || SHORT_INTEGER.matcher(v.strip()).matches());
        }
        if (NUMBER_TYPES.contains(type) || type == IdentifierType.TELEPHONE_NUMBER || type == IdentifierType.FAX_NUMBER) {
            return e.values.stream().noneMatch(v -> v.chars().anyMatch(Character::isDigit));
        }
        if (type == IdentifierType.URL) {
            // a web address has a scheme or a dot (example.org); SDTM's DOMAIN holds DM, AE
            return e.values.stream().noneMatch(v -> v.indexOf('.') >= 0 || v.indexOf(':') >= 0);
        }
        if (type == IdentifierType.DATE_OF_BIRTH || type == IdentifierType.DATE) {
            // Born: In state, Abroad; Jg. (a school's year) 5 to 13: no year and no date (breaker55)
            // a battery's depth of discharge (DOD) up to 100% (breaker75); a pay day (10, 15, 25, 末日) or days after an
            // operation (術後病日) under a header ending in 日 (breaker81): small counts and words, no year
            return e.values.stream().noneMatch(v -> v.chars().anyMatch(Character::isDigit))
                    || e.values.stream().allMatch(v -> v.chars().noneMatch(Character::isDigit)
                            || SMALL_INTEGER.matcher(v.strip()).matches());
        }
        if (type == IdentifierType.NAME || type == IdentifierType.GIVEN_NAME || type == IdentifierType.FAMILY_NAME) {
            return e.allNumbers; // RO as a number (a reading, a ratio), no one's name
        }
        return type == IdentifierType.EMAIL_ADDRESS && e.values.stream().noneMatch(v -> v.indexOf('@') >= 0);
    }

    /**
     * @return whether the values are yes/no flags, or percentages (a utilisation rate 72.5% under UR), or (for a name,
     *     a place or a licence) measurements: quantities with units (a drug's strength 500 mg, 1 g under Str;
     *     breaker92) or signed and decimal numbers other than census tracts
     */
    private static boolean flagsOrMeasurements(IdentifierType type, ColumnEvidence e) {
        return type != IdentifierType.DATE && type != IdentifierType.DATE_OF_BIRTH && type != IdentifierType.AGE
                && !e.values.isEmpty() && (e.values.stream().allMatch(v -> PERCENTAGE.matcher(v.strip()).matches())
                        || yesNoFlags(e.values) || MEASURABLE_TYPES.contains(type) && measurements(type, e.values));
    }

    /**
     * @return whether every value is a yes or a no: of {@link #FLAG_VALUES}, or of other languages with a "no" among
     *     them
     */
    private static boolean yesNoFlags(List<String> values) {
        List<String> lower = values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).toList();
        return lower.stream().allMatch(FLAG_VALUES::contains)
                || lower.stream().allMatch(v -> FLAG_VALUES.contains(v) || YES_IN_OTHER_LANGUAGES.contains(v)
                        || NO_IN_OTHER_LANGUAGES.contains(v))
                        && lower.stream().anyMatch(NO_IN_OTHER_LANGUAGES::contains);
    }

    /**
     * @return whether the values are quantities with units, or signed or decimal numbers not all whole, which no
     *     name, place or licence is; census tracts are numbered 4017.02 (the Census Bureau's basic number and suffix;
     *     breaker92)
     */
    private static boolean measurements(IdentifierType type, List<String> values) {
        return quantities(values) || values.stream().allMatch(v -> MEASURED.matcher(v.strip()).matches())
                && values.stream().anyMatch(v -> MEASURED_NOT_WHOLE.matcher(v.strip()).find())
                && !(PLACE_TYPES.contains(type) && values.stream().allMatch(v -> CENSUS_TRACT.matcher(v.strip()).matches()));
    }

    /** A percentage: a number with a percent sign (72.5%, 12 %). */
    private static final Pattern PERCENTAGE = Pattern.compile("[-+]?[0-9]{1,3}(?:[.,][0-9]+)?\\s?%");
    /** A census tract's number: up to four digits, a point and the two-digit suffix (4017.02). */
    private static final Pattern CENSUS_TRACT = Pattern.compile("[0-9]{1,4}\\.[0-9]{2}");

    /** An integer of one to three digits: a count, a day of the month, a percentage; never a date. */
    private static final Pattern SMALL_INTEGER = Pattern.compile("[0-9]{1,2}|100");
    /** An integer of one to three digits: a count of days, a dose; no national number is so short. */
    private static final Pattern SHORT_INTEGER = Pattern.compile("[0-9]{1,3}");

    /** Entities needed before shared values can overrule a header that names a person's own number. */
    private static final int MIN_ENTITIES_AGAINST_HEADER = 10;
    /** Identifier types each person holds alone: a value most rows share is none of them. */
    private static final Set<IdentifierType> PER_PERSON_TYPES = Set.of(IdentifierType.SOCIAL_SECURITY_NUMBER,
            IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, IdentifierType.IP_ADDRESS, IdentifierType.ACCOUNT_NUMBER,
            IdentifierType.MEDICAL_RECORD_NUMBER, IdentifierType.NATIONAL_ID, IdentifierType.CREDIT_CARD_NUMBER,
            IdentifierType.IBAN, IdentifierType.CERTIFICATE_LICENSE_NUMBER, IdentifierType.DEVICE_IDENTIFIER,
            IdentifierType.VEHICLE_IDENTIFIER);

    /** Numbers no one holds with three digits or fewer: a national number, a social security number, a licence. */
    private static final Set<IdentifierType> LONGER_THAN_THREE_DIGITS = Set.of(IdentifierType.NATIONAL_ID,
            IdentifierType.SOCIAL_SECURITY_NUMBER, IdentifierType.CERTIFICATE_LICENSE_NUMBER);

    /** Identifier types that are numbers: a value without a digit is none of them. */
    private static final Set<IdentifierType> NUMBER_TYPES = Set.of(IdentifierType.ACCOUNT_NUMBER,
            IdentifierType.MEDICAL_RECORD_NUMBER, IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER,
            IdentifierType.CERTIFICATE_LICENSE_NUMBER, IdentifierType.DEVICE_IDENTIFIER);

    /**
     * @return whether a GS1 number is a restricted circulation number, which a company assigns for its own use (a
     *     loyalty card, a coupon): an EAN-13 with the prefix 20 to 29, 02 or 04 (GS1 General Specifications); a
     *     product's GTIN is not (breaker75: a rewards catalogue's product EANs)
     */
    private static boolean restrictedCirculation(String value) {
        String v = value.strip();
        return v.length() == 13 && (v.charAt(0) == '2' || v.startsWith("02") || v.startsWith("04"));
    }

    /** Header words naming a customer's loyalty or membership card, which retailers print as GS1 barcodes. */
    private static final Set<String> LOYALTY_CARD_WORDS = Set.of("loyalty", "rewards", "membership", "clubcard",
            "payback", "fidelity", "fidelite", "fidélité", "fidelidad", "fedeltà", "fedelta", "kundenkarte", "treuekarte",
            "bonuskaart", "klantenkaart", "kundekort");

    /** How {@link ColumnHeader} begins its reasons for a header that names a person (staff, client, member). */
    private static final String PERSON_HEADER_RULE = "the header names a person";
    private static final Pattern PREFIXED_NUMBER = Pattern.compile("([A-Za-z]{1,3})([0-9]{1,4})");

    /**
     * @return whether the values number a series: three or more distinct values, each one prefix of letters (the same
     *     for all, case aside) and a number, the numbers starting at 0 or 1 and covering at least four fifths of the
     *     run up to the largest ({@code S01} to {@code S15}: staff, rooms, stations numbered in turn). A column of
     *     codes of one chapter ({@code S06}, {@code S32}, {@code S72}) is no such run.
     */
    static boolean numberedSeries(Collection<String> values) {
        String prefix = null;
        java.util.BitSet numbers = new java.util.BitSet();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            java.util.regex.Matcher m = PREFIXED_NUMBER.matcher(v.strip());
            if (!m.matches() || prefix != null && !prefix.equalsIgnoreCase(m.group(1))) {
                return false;
            }
            prefix = m.group(1);
            numbers.set(Integer.parseInt(m.group(2)));
        }
        int distinct = numbers.cardinality();
        return distinct >= 3 && numbers.nextSetBit(0) <= 1 && distinct * 5L >= 4L * numbers.length();
    }

    /** Marks a keep that rests on a code system, so a description column can be paired with it. */
    private static final String CODE_EVIDENCE = "code system";
    /** The evidence of a column that describes a kept code column (Synthea's DESCRIPTION beside CODE). */
    private static final String DESCRIPTION_EVIDENCE = "the description of the code in";

    /** The code system that explains a column's values, as evidence text; empty when none does. */
    private static Optional<String> codeSystem(String table, String column, ColumnEvidence e, boolean organisations) {
        if (e.values.isEmpty()) {
            return Optional.empty();
        }
        return CodeSystems.recognize(table, column, e.values.size() > 20_000 ? e.values.subList(0, 20_000) : e.values)
                .filter(m -> organisations || !m.system().organisationRegister())
                .map(m -> (m.system().namesConcepts() ? CODE_EVIDENCE : "code format") + " ("
                        + m.system().displayName() + "): " + m.evidence());
    }

    private static boolean fits(IdentifierType type, String value) {
        String v = value.strip();
        switch (type) {
            case DATE:
            case DATE_OF_BIRTH:
                return DetectorKind.DATE.matchesWhole(v);
            case ZIP_CODE:
                return DetectorKind.ZIP.matchesWhole(v);
            case AGE:
                // years, or a band (65-69, 90+), which the top-code reads too
                return v.matches("[0-9]{1,3}(\\.[0-9]+)?") || AgeBands.lowest(v) >= 0;
            default:
                return true;
        }
    }

    /**
     * @param value a non-blank value
     * @return whether it names two people joined by {@code &} or {@code /}, as assessor rolls and deeds write owners
     *     ({@code GARCIA JOSE & MARIA}, {@code Jose & Maria Garcia}, {@code GARCIA, JOSE & MARIA},
     *     {@code TAYLOR JENNIFER/JONES LINDA}): three to six name
     *     words in all, each side one to four, no digit and no organisation word ({@code Johnson & Johnson} and
     *     {@code Barnes & Noble} have two words; {@code Smith & Sons Ltd} has a legal form)
     */
    static boolean couple(String value) {
        int amp = value.indexOf('&') >= 0 ? value.indexOf('&') : value.indexOf('/');
        if (amp < 0 || value.indexOf(value.charAt(amp), amp + 1) >= 0 || value.indexOf('&') >= 0 && value.indexOf('/') >= 0
                || namesOrganisation(value)
                || value.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] left = SPACES.split(value.substring(0, amp).replace(',', ' ').strip());
        String[] right = SPACES.split(value.substring(amp + 1).replace(',', ' ').strip());
        int total = left.length + right.length;
        return !left[0].isEmpty() && !right[0].isEmpty() && left.length <= 4 && right.length <= 4 && total >= 3 && total <= 6
                && java.util.stream.Stream.concat(Arrays.stream(left), Arrays.stream(right))
                        .allMatch(w -> NAME_WORD.matcher(w).matches());
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
            String[] words = SPACES.split(v.strip());
            // couples, and families by their name (The Okafor Household, Familie Weber)
            if (couple(v) || anyWordIn(v, FAMILY_WORDS)) {
                personLike++;
                continue;
            }
            boolean organisation = v.indexOf('&') >= 0 || v.indexOf('_') >= 0 || v.chars().noneMatch(Character::isLetter)
                    || namesOrganisation(v);
            if (organisation) {
                organisationLike++;
            } else if (FAMILY_FIRST_WITH_GIVEN.matcher(v.strip()).matches() && !townWithItsState(v)) {
                personLike++; // BENNETT, DMITRI D: a registered owner as a DMV writes them (breaker53)
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

    /** A column named {@code id} or {@code <table>id} (singular or plural, any separator) whose values read are unique. */
    private Optional<String> guessPrimaryKey(String table, TableSchema schema, List<String[]> rows, List<String> tables) {
        String t = table.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        Set<String> names = new HashSet<>(List.of("id"));
        for (String singular : List.of(t, t.replaceAll("s$", ""), t.replaceAll("ies$", "y"), t.replaceAll("es$", ""))) {
            // customer_id, id_client, driverRef, customer_key, patient_no, client_number
            for (String suffix : List.of("id", "ref", "key", "no", "nr", "number", "code")) {
                names.add(singular + suffix);
            }
            for (String prefix : List.of("id", "numero", "num", "no", "nr", "code", "ref")) {
                names.add(prefix + singular); // id_client, numero_commande
            }
        }
        for (int c = 0; c < schema.columns().size(); c++) {
            String n = normalizedHeader(schema.columns().get(c).name());
            if (names.contains(n)) {
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
        // Else the first column, when it holds a code for every row (SIRET, VIN, IBAN, MSISDN): unique, no blanks, at
        // least two rows, digits in every value and no spaces, or a header naming an identifier.
        // Not a column named for another table's key (patient_address.patient_id, death.person_id): that is a foreign
        // key, unique only because each parent row has at most one such child.
        // A first column named like a key (pax_id, seg_id) whose stem begins no other table's name is this table's own.
        String firstName = schema.columns().isEmpty() ? "" : normalizedHeader(schema.columns().get(0).name());
        boolean keyName = firstName.endsWith("id") || firstName.endsWith("ref") || firstName.endsWith("key");
        String stem = firstName.replaceAll("(id|ref|key)$", "");
        boolean namesOtherTable = !keyName || stem.length() < 2 || ROW_NUMBER_STEMS.contains(stem) || tables.stream().filter(o -> !o.equals(table))
                .map(SpecProposer::normalizedHeader).anyMatch(o -> o.startsWith(stem) || stem.startsWith(o.replaceAll("s$", "")));
        if (!schema.columns().isEmpty() && rows.size() >= 2 && !namesOtherTable
                && distinctNonBlank(rows, 0) && rows.stream().allMatch(r -> r[0].indexOf(' ') < 0)) {
            return Optional.of(schema.columns().get(0).name());
        }
        if (!schema.columns().isEmpty() && rows.size() >= 2 && !keyName) {
            String first = schema.columns().get(0).name();
            List<String> firstWords = ColumnHeader.words(first);
            boolean identifierHeader = ColumnHeader.meaning(table, first).kind() == ColumnHeader.Kind.IDENTIFIER
                    || firstWords.stream().anyMatch(CODE_WORDS::contains);
            Set<String> seen = new HashSet<>();
            boolean code = true;
            for (String[] row : rows) {
                String v = row[0];
                if (v == null || v.isBlank() || !seen.add(v) || !identifierHeader
                        && (v.indexOf(' ') >= 0 || v.chars().noneMatch(Character::isDigit))) {
                    code = false;
                    break;
                }
            }
            if (code) {
                return Optional.of(first);
            }
        }
        return Optional.empty();
    }

    /**
     * Keys named for what they identify rather than for their table (MIMIC's {@code subject_id} in {@code patients},
     * {@code hadm_id} in {@code admissions}): an id column whose header recurs in other tables is the key of the table
     * where it is unique and whose values hold every other table's values of it; of several, the one with the fewest
     * rows, then the first by name. Only tables read whole are candidates.
     *
     * @return per table, the column that is its key this way
     */
    private static Map<String, String> sharedKeyHomes(List<String> tables, Map<String, TableSchema> schemas,
            Map<String, Sample> samples, Map<String, String> primaryKeys) {
        Map<String, Map<String, Integer>> byHeader = new LinkedHashMap<>(); // header -> table -> column index
        for (String t : tables) {
            List<SourceColumn> columns = schemas.get(t).columns();
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c).name();
                if (ColumnHeader.meaning(t, name).type().filter(x -> x == IdentifierType.OTHER_UNIQUE_IDENTIFIER).isPresent()) {
                    byHeader.computeIfAbsent(normalizedHeader(name), k -> new LinkedHashMap<>()).put(t, c);
                }
            }
        }
        Map<String, String> homes = new HashMap<>();
        for (Map<String, Integer> in : byHeader.values()) {
            String header = schemas.get(in.keySet().iterator().next()).columns().get(in.values().iterator().next()).name();
            // A header that names a table with a key of its own (patient_id -> patient.id) refers to that table.
            if (in.size() < 2 || primaryKeys.entrySet().stream().anyMatch(k -> nameScore(header, k.getKey(), k.getValue(), false) >= 2)) {
                continue;
            }
            Map<String, Set<String>> values = new HashMap<>();
            in.forEach((t, c) -> {
                Set<String> v = new HashSet<>();
                for (String[] row : samples.get(t).rows()) {
                    if (row[c] != null) {
                        v.add(row[c]);
                    }
                }
                values.put(t, v);
            });
            String home = null;
            for (Map.Entry<String, Integer> e : in.entrySet()) {
                String t = e.getKey();
                Sample sample = samples.get(t);
                int c = e.getValue();
                boolean unique = sample.whole() && !sample.rows().isEmpty()
                        && sample.rows().stream().allMatch(r -> r[c] != null) && values.get(t).size() == sample.rows().size();
                boolean holdsAll = unique && in.keySet().stream().allMatch(o -> values.get(t).containsAll(values.get(o)));
                if (holdsAll && !homes.containsKey(t) && !primaryKeys.containsKey(t) && (home == null || sample.rows().size() < samples.get(home).rows().size()
                        || sample.rows().size() == samples.get(home).rows().size() && t.compareTo(home) < 0)) {
                    home = t;
                }
            }
            if (home != null) {
                homes.put(home, schemas.get(home).columns().get(in.get(home)).name());
            }
        }
        return homes;
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

    /**
     * Foreign keys of a table of files, by value containment: every value read of the column is a key of the other
     * table, and the header says so (it is the key's own name, such as OMOP's {@code person_id}, or it names the
     * table, such as Synthea's {@code PATIENT} for {@code patients}); or, without header evidence, the keys are long
     * mixed letters and digits (UUIDs), or the column's values are all eight characters or more (a microchip or
     * account number under a header {@code c2}), which no other column holds by chance.
     */
    private List<ForeignKey> inferForeignKeys(String table, TableSchema schema, List<String[]> rows,
            Map<String, String> primaryKeys, Map<String, Set<String>> keyValues, Set<String> idLikeKeys) {
        List<ForeignKey> fks = new ArrayList<>();
        for (int c = 0; c < schema.columns().size(); c++) {
            String column = schema.columns().get(c).name();
            if (column.equalsIgnoreCase(primaryKeys.get(table))) {
                continue;
            }
            Set<String> values = nonEmptyValues(rows, c);
            if (values.isEmpty()) {
                // No value read: a column named for another table's key (Synthea's SECONDARY_PAYER, all empty in a
                // small cut) is still declared, so the values a larger export holds keep joining.
                String named = null;
                int namedScore = 1;
                for (String parent : keyValues.keySet()) {
                    int score = parent.equals(table) ? 0 : nameScore(column, parent, primaryKeys.get(parent), false);
                    if (score > namedScore) {
                        named = parent;
                        namedScore = score;
                    }
                }
                if (named != null) {
                    fks.add(new ForeignKey(column, named, primaryKeys.get(named)));
                }
                continue;
            }
            // An id column (orders.customer_id) whose values are long enough that containment in another table's keys
            // is no accident (four characters or more, at least two distinct values) refers to that table even when it
            // is named for a role rather than the table.
            // So does a column named for a person acting on the row (urlaub.genehmigt_von, approved_by).
            boolean idColumn = (ColumnHeader.meaning(table, column).type()
                    .filter(x -> x == IdentifierType.OTHER_UNIQUE_IDENTIFIER).isPresent() || ColumnHeader.namesActor(column))
                    && values.size() >= 2 && values.stream().allMatch(v -> v.length() >= 4);
            // Long values (eight characters or more: microchips, account numbers, UUIDs) that are all keys of another
            // table refer to it whatever the header (c2, ref): containment of so many characters is no accident.
            boolean longValues = values.size() >= 2 && values.stream().allMatch(v -> v.length() >= 8);
            String best = null;
            int bestScore = 0;
            for (Map.Entry<String, Set<String>> e : keyValues.entrySet()) {
                String parent = e.getKey();
                if (parent.equals(table) && column.equalsIgnoreCase(primaryKeys.get(parent))) {
                    continue;
                }
                Set<String> keys = e.getValue();
                int score = nameScore(column, parent, primaryKeys.get(parent), parent.equals(table));
                if (score == 0 && !idLikeKeys.contains(parent) && !idColumn && !longValues) {
                    continue;
                }
                if (!keys.containsAll(values)) {
                    continue;
                }
                score = Math.max(score, 1);
                if (score > bestScore) {
                    best = parent;
                    bestScore = score;
                }
            }
            if (best != null) {
                fks.add(new ForeignKey(column, best, primaryKeys.get(best)));
            }
        }
        return fks;
    }

    /**
     * An inferred foreign key whose parent column is itself a foreign key of its table (a roster's key to a table whose
     * key refers on to the students) refers to where that one refers, so that every key names a column its table lists;
     * one that leads back to itself is dropped. Declared keys (database metadata) are left as they are.
     */
    private static void resolveChains(List<String> tables, Map<String, TableSchema> schemas,
            Map<String, List<ForeignKey>> foreignKeys) {
        for (String t : tables) {
            if (!schemas.get(t).foreignKeys().isEmpty()) {
                continue;
            }
            List<ForeignKey> resolved = new ArrayList<>();
            for (ForeignKey f : foreignKeys.get(t)) {
                ForeignKey at = f;
                for (int hop = 0; at != null && hop < tables.size(); hop++) {
                    String parent = tableNamed(tables, at.referencedTable());
                    ForeignKey current = at;
                    Optional<ForeignKey> next = parent == null ? Optional.empty() : foreignKeys.get(parent).stream()
                            .filter(g -> g.columns().size() == 1 && current.referencedColumns().size() == 1
                                    && g.columns().get(0).equalsIgnoreCase(current.referencedColumns().get(0))).findFirst();
                    if (next.isEmpty()) {
                        break;
                    }
                    ForeignKey n = next.get();
                    at = n.referencedTable().equalsIgnoreCase(t) && n.referencedColumns().equals(f.columns()) ? null
                            : new ForeignKey(f.columns(), n.referencedTable(), n.referencedColumns());
                }
                if (at != null) {
                    resolved.add(at);
                }
            }
            foreignKeys.put(t, resolved);
        }
    }

    /**
     * Foreign keys that {@link #inferForeignKeys} left unfound: references to another table's unique column (its
     * primary key or an alternate key such as a subscriber's MSISDN or IMEI, a guest's e-mail, a citizen's CPF) by
     * containment — every value read of the column is a value of the unique column — with one more piece of evidence
     * that the containment is no coincidence:
     * <ul>
     *   <li>the header is the unique column's own name or ends with it ({@code callRecords.callingMsisdn} ->
     *   {@code subscribers.msisdn}), or names the other table ({@code coupons.segment} -> {@code segments});</li>
     *   <li>or the values are codes: every one four characters or more, not a date or a decimal number, with a digit in
     *   each (staff numbers {@code E20000}, CPF {@code 955.692.227-07}, {@code 24945}) or, for three values or more
     *   without spaces, in half of them (record locators {@code FGCH54}, {@code QKZTRB});</li>
     *   <li>or twenty distinct values or more, not all small integers.</li>
     * </ul>
     * The parent column is unique in the rows read and holds no empty value. The child then takes the parent column's
     * rule and consistency domain, so the pair still joins after de-identification.
     */
    private List<ForeignKey> alternateKeyReferences(String table, TableSchema schema, Map<String, Sample> samples,
            Map<String, TableSchema> schemas, Map<String, String> primaryKeys, List<ForeignKey> found,
            Map<String, Optional<Set<String>>> uniqueColumns, Optional<String> people) {
        List<ForeignKey> fks = new ArrayList<>();
        List<String[]> rows = samples.get(table).rows();
        for (int c = 0; c < schema.columns().size(); c++) {
            String column = schema.columns().get(c).name();
            // A primary key is a reference too when the data subjects' table (or another table's primary key) of the
            // same specific name contains its values (a class roster's Student_Number, one row per student of the
            // students table); the data subjects' own key refers to no one
            boolean primaryKey = column.equalsIgnoreCase(primaryKeys.get(table));
            if (primaryKey && (GENERIC_KEY_NAMES.contains(normalizedHeader(column)) || people.map(table::equalsIgnoreCase).orElse(true))
                    || found.stream().anyMatch(f -> f.column().equalsIgnoreCase(column))) {
                continue;
            }
            Set<String> values = nonEmptyValues(rows, c);
            if (values.size() < 2 || values.stream().anyMatch(v -> DetectorKind.DATE.matchesWhole(v))) {
                continue;
            }
            boolean codes = values.stream().allMatch(v -> v.length() >= 4 && !PLAIN_NUMBER.matcher(v).matches())
                    && !values.stream().allMatch(OutputValidator::smallInteger) // surrogate keys coincide by chance
                    && (values.stream().allMatch(v -> v.chars().anyMatch(Character::isDigit))
                    || values.size() >= 3 && values.stream().allMatch(v -> v.chars().noneMatch(Character::isWhitespace))
                    && values.stream().filter(v -> v.chars().anyMatch(Character::isDigit)).count() * 2 >= values.size());
            boolean many = values.size() >= 20 && !values.stream().allMatch(OutputValidator::smallInteger);
            // five distinct numbers of five digits or more (a doctor's code 12433 under Šifra IOZ; breaker82) are
            // checked against sparse keys only: a parent whose keys fill their range would contain any amount
            boolean sparseCodes = values.size() >= MIN_SPARSE_CODES
                    && values.stream().allMatch(v -> v.length() >= 5 && OutputValidator.digitsOnly(v, 9));
            ForeignKey best = null;
            int bestScore = -1;
            for (Map.Entry<String, TableSchema> e : schemas.entrySet()) {
                String parent = e.getKey();
                if (parent.equals(table)) {
                    continue;
                }
                for (SourceColumn u : e.getValue().columns()) {
                    // the parent's own primary key, or in the data subjects' table a column naming their key
                    if (primaryKey && (!u.name().equalsIgnoreCase(column) || !u.name().equalsIgnoreCase(primaryKeys.get(parent))
                            && !(people.map(parent::equalsIgnoreCase).orElse(false) && ColumnHeader.namesPersonKey(column)))) {
                        continue;
                    }
                    int k = indexOf(e.getValue(), u.name());
                    int score = Math.max(alternateKeyNameScore(column, u.name()),
                            u.name().equalsIgnoreCase(primaryKeys.get(parent)) ? nameScore(column, parent, u.name(), false) : 0);
                    boolean primary = u.name().equalsIgnoreCase(primaryKeys.get(parent));
                    if (score <= bestScore || score < 2 && !codes && !many && !(sparseCodes && primary)) {
                        continue;
                    }
                    // Each candidate parent column is judged and read once per proposal: unique, two rows or more, and
                    // for an alternate key a code (MSISDN, IMEI, e-mail, CPF), not text that is unique by chance in the
                    // rows read (two organisations' addresses).
                    Optional<Set<String>> parentValues = uniqueColumns.computeIfAbsent(parent + "\u0000" + u.name(), x -> {
                        Sample ps = samples.get(parent);
                        if (ps.rows().size() < 2 || !distinctNonBlank(ps.rows(), k)
                                || !primary && ps.rows().stream().anyMatch(r -> r[k].chars().anyMatch(Character::isWhitespace))) {
                            return Optional.empty();
                        }
                        return Optional.of(ps.whole() ? nonEmptyValues(ps.rows(), k) : allValues(parent, u.name()));
                    });
                    // two tables keyed by the same values (one row per student in each) refer one way only
                    if (parentValues.isPresent() && parentValues.get().containsAll(values)
                            && (score >= 2 || codes || many || sparse(parentValues.get()))
                            && !(primaryKey && parentValues.get().size() == values.size() && !people.map(parent::equalsIgnoreCase)
                                    .orElse(false) && table.compareTo(parent) < 0)) {
                        best = new ForeignKey(column, parent, u.name());
                        bestScore = score;
                    }
                }
            }
            if (best != null) {
                fks.add(best);
            }
        }
        return fks;
    }

    /**
     * References to a person by name: a column whose header names a person acting on the row or referring it
     * ({@code Referred By}, {@code manager}, {@code approved_by}), or whose values repeat and read as people's names
     * under any header ({@code cases.Paralegal}), and whose values, full names of two words or more, are all values of
     * a column of people's full names (its header names a name, or a person whose values read as names) that holds a
     * different name on every row, in this table or another ({@code contacts.Contact}, {@code staff.Name}). Declared
     * as a foreign key, the name takes that column's consistency domain, so a person's pseudonym is the one they have
     * in their own row. A column read by its values alone must repeat one, so that it can be no such parent itself and
     * two lists of the same people never refer to each other.
     */
    private static List<ForeignKey> personReferences(String table, TableSchema schema, Map<String, Sample> samples,
            Map<String, TableSchema> schemas, List<ForeignKey> found) {
        List<ForeignKey> fks = new ArrayList<>();
        List<String[]> rows = samples.get(table).rows();
        for (int c = 0; c < schema.columns().size(); c++) {
            String column = schema.columns().get(c).name();
            if (found.stream().anyMatch(f -> f.column().equalsIgnoreCase(column))) {
                continue;
            }
            Set<String> values = nonEmptyValues(rows, c);
            if (values.isEmpty() || !values.stream().allMatch(v -> SPACES.split(v.strip()).length >= 2)) {
                continue;
            }
            if (!namesStaff(column) && (distinctNonBlank(rows, c) || values.size() < 2
                    || !peopleNames(new ArrayList<>(values)))) {
                continue;
            }
            for (Map.Entry<String, TableSchema> e : schemas.entrySet()) {
                ForeignKey match = null;
                for (SourceColumn u : e.getValue().columns()) {
                    if (u.name().equals(column) && e.getKey().equals(table)) {
                        continue;
                    }
                    boolean names = ColumnHeader.meaning(e.getKey(), u.name()).type().filter(x -> x == IdentifierType.NAME).isPresent();
                    if (!names && !namesStaff(u.name())) {
                        continue;
                    }
                    int k = indexOf(e.getValue(), u.name());
                    List<String[]> parentRows = samples.get(e.getKey()).rows();
                    if (parentRows.size() >= 2 && distinctNonBlank(parentRows, k)
                            && (names || peopleNames(new ArrayList<>(nonEmptyValues(parentRows, k))))
                            && nonEmptyValues(parentRows, k).containsAll(values)) {
                        match = new ForeignKey(column, e.getKey(), u.name());
                        break;
                    }
                }
                if (match != null) {
                    fks.add(match);
                    break;
                }
            }
        }
        return fks;
    }

    /** Distinct numeric values a child column needs before containment in sparse keys counts as a reference. */
    private static final int MIN_SPARSE_CODES = 5;

    /**
     * @return whether {@code keys} are numbers spread thinly over their range (a tenth of it or less): containment in
     *     them is no coincidence, as it would be in keys 10000..60000 that fill their range
     */
    private static boolean sparse(Set<String> keys) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (String k : keys) {
            if (!OutputValidator.digitsOnly(k, 18)) {
                return false;
            }
            long v = Long.parseLong(k);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return !keys.isEmpty() && max - min + 1 > 10L * keys.size();
    }

    /** A decimal number or a signed one (an amount, a measurement), not a code. */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+][0-9]+([.,][0-9]+)?|[0-9]+[.,][0-9]+");

    /** @return the table of {@code tables} named {@code name} (case-insensitive), or null */
    private static String tableNamed(List<String> tables, String name) {
        return tables.stream().filter(x -> x.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    /** 3: the header is the unique column's name; 2: it ends with that name (a role before it); 0: neither. */
    private static int alternateKeyNameScore(String column, String unique) {
        String c = normalizedHeader(column);
        String k = normalizedHeader(unique);
        if (k.length() < 3 || GENERIC_KEY_NAMES.contains(k) || ROW_NUMBER_STEMS.contains(k.replaceAll("(id|key|no|nr|num)$", ""))) {
            return 0; // every table's own row_id shares the name and numbers rows, not another table's
        }
        return c.equals(k) ? 3 : c.endsWith(k) && k.length() >= 4 ? 2 : 0;
    }

    /** Whether column {@code k} holds a value in every row, no two rows the same. */
    private static boolean distinctNonBlank(List<String[]> rows, int k) {
        Set<String> seen = new HashSet<>();
        for (String[] row : rows) {
            if (row[k] == null || row[k].isBlank() || !seen.add(row[k])) {
                return false;
            }
        }
        return true;
    }

    /** The distinct values of column {@code k}, empty and null cells left out. */
    private static Set<String> nonEmptyValues(List<String[]> rows, int k) {
        Set<String> values = new HashSet<>();
        for (String[] row : rows) {
            if (!MissingValues.missing(row[k])) {
                values.add(row[k]);
            }
        }
        return values;
    }

    /** Words a key of people is named by ({@code patient_id}, {@code person_id}): one may refer to another. */
    private static final Set<String> PERSON_KEY_WORDS = Set.of("patient", "person", "subject", "member", "client",
            "participant", "individual", "pt", "pat");
    /** Words of a table of user accounts or staff, whom an actor column ({@code creator}) names. */
    private static final Set<String> ACCOUNT_TABLE_WORDS = Set.of("user", "users", "staff", "employee", "employees",
            "account", "accounts", "provider", "providers");

    private static boolean idLike(Set<String> keys) {
        return !keys.isEmpty() && keys.stream().limit(100).allMatch(k -> k.length() >= 8 && k.chars().anyMatch(Character::isLetter)
                && k.chars().anyMatch(Character::isDigit));
    }

    /**
     * 3: the column has the parent key's own name (not just "id"); 2: it names the parent table, or (in the parent
     * table itself) a manager or parent row; 1: a header word begins the parent's name; 0: none of these.
     */
    private static int nameScore(String column, String table, String key, boolean sameTable) {
        String c = normalizedHeader(column);
        String k = normalizedHeader(key);
        if (!k.equals("id") && c.equals(k)) {
            return 3;
        }
        if (!k.equals("id") && k.length() > 2 && c.endsWith(k)) {
            return 2; // e.g. preceding_visit_occurrence_id, reports_to -> no
        }
        if (c.length() >= 3 && k.endsWith(c) && !GENERIC_KEY_NAMES.contains(c)) {
            return 2; // the key's distinctive last word: segmenti.PNR -> prenotazioni."Codice PNR"
        }
        if (k.length() >= 4 && c.startsWith(k) && !GENERIC_KEY_NAMES.contains(k)) {
            return 1; // the key's name and a role: "Email ospite" -> ospiti.Email; containment decides
        }
        if (c.endsWith("id") && k.endsWith("id") && PERSON_KEY_WORDS.contains(c.substring(0, c.length() - 2))
                && PERSON_KEY_WORDS.contains(k.substring(0, k.length() - 2))) {
            return 1; // OpenMRS's patient_identifier.patient_id -> person.person_id: a person by another word
        }
        String t = normalizedHeader(table);
        if (!sameTable && ColumnHeader.namesActor(column) && ColumnHeader.words(table).stream().anyMatch(ACCOUNT_TABLE_WORDS::contains)) {
            return 1; // encounter.creator -> users.user_id: containment decides
        }
        List<String> singulars = List.of(t, t.replaceAll("ies$", "y"), t.replaceAll("es$", ""), t.replaceAll("s$", ""));
        for (String singular : singulars) {
            if (singular.length() >= 3 && (c.endsWith(singular) || c.endsWith(singular + "id") || c.endsWith(singular + "key"))) {
                return 2;
            }
        }
        List<String> words = ColumnHeader.words(column);
        if (sameTable && words.stream().anyMatch(SELF_REFERENCE_WORDS::contains)) {
            return 2; // employees.reports_to, staff.manager_id: only ever checked with containment in the parent's key
        }
        // A header word that begins the name of another table, itself one word (orders.ship_via -> shippers): weaker,
        // containment decides; never a count or an amount.
        if (sameTable || ColumnHeader.words(table).size() != 1 || words.stream().anyMatch(MEASURE_WORDS::contains)) {
            return 0;
        }
        for (String w : words) {
            for (String singular : singulars) {
                if (w.length() >= 4 && singular.startsWith(w) && singular.length() - w.length() <= 3) {
                    return 1;
                }
            }
        }
        return 0;
    }

    /**
     * Words of a name header for a role that a company fills as often as a person (ship_name, account_holder): the
     * values decide, as for a header that is just "name".
     */
    private static final Set<String> ROLE_WORDS = Set.of("ship", "shipping", "billing", "bill", "account", "holder",
            "recipient", "customer", "client", "owner", "payee", "consignee", "buyer", "seller", "vendor");

    /** Header words of notes written by people (not FHIR's coded {@code *_text}, which is the code's display text). */
    /** Last words of a header naming text that may be sentences or labels: judged by the values' length. */
    private static final Set<String> TEXT_WORDS = Set.of("text", "body", "content", "txt", "message", "msg", "sms", "reply",
            "replies");
    /** More words than this in a value under a text header make it sentences, not labels. */
    private static final int MAX_LABEL_WORDS = 5;
    /** Last words of a header naming users' own tags: a user types them, short labels or phrases. */
    private static final Set<String> TAG_WORDS = Set.of("tag", "tags", "hashtag", "hashtags");
    /** More words than this in a user's tag make it a phrase the user wrote ("watched with my sister Anna"). */
    private static final int MAX_TAG_WORDS = 3;
    private static final Set<String> NOTE_WORDS = Set.of("note", "notes", "comment", "comments", "remark", "remarks", "details",
            "narrative", "memo", "freetext", "message", "bio", "biography", "feedback", "anmerkung", "bemerkung",
            "kommentar", "commentaire", "comentario", "commento", "opmerking", "anmerkungen", "bemerkungen", "notiz",
            "notizen", "hinweis", "commentaires", "remarque", "remarques", "comentarios", "observaciones", "commenti",
            "osservazioni", "opmerkingen");

    /** Header words saying a column holds codes or numbers (Codice PNR, booking code, Kod oferty). */
    private static final Set<String> CODE_WORDS = Set.of("code", "codice", "codigo", "código", "kod", "number", "numero",
            "número", "nummer", "nr", "no", "ref", "reference", "locator", "pnr");

    /** Column names too generic to name a key by themselves. */
    private static final Set<String> GENERIC_KEY_NAMES = Set.of("id", "code", "number", "num", "key", "ref", "name",
            "value", "type", "nr", "no", "uid", "uuid", "guid");

    /**
     * A date column cut to its year whose oldest year is 90 or more years before {@code asOf}, outside a reference
     * table: a date that old among records of people is most likely a birth date (HL7's PID-7, a {@code c3} under no
     * telling header), and Safe Harbor aggregates years indicative of an age over 89 (45 CFR 164.514(b)(2)(i)(C)), so
     * it is generalized as a birth date: the year stays, years implying an age over 89 become 90+.
     */
    private static ColumnSpec oldDatesAreBirthDates(ColumnSpec spec, ColumnEvidence e, boolean reference, LocalDate asOf) {
        if (reference || !(spec.rule() instanceof ColumnRule.Identifier id) || id.type() != IdentifierType.DATE) {
            return spec;
        }
        int oldest = Integer.MAX_VALUE;
        for (String v : e.values.size() > 20_000 ? e.values.subList(0, 20_000) : e.values) {
            int year = yearOf(v);
            if (year >= 0) {
                oldest = Math.min(oldest, year);
            }
        }
        if (oldest > asOf.getYear() - 90) {
            return spec;
        }
        return identifier(spec.name(), IdentifierType.DATE_OF_BIRTH, spec.comment().orElse("").replaceFirst("^DATE: ", "")
                + "; the oldest year ("
                + oldest + ") is 90 or more years before " + asOf + ": read as a birth date, years implying an age over 89 "
                + "become 90+ (45 CFR 164.514(b)(2)(i)(C))");
    }

    /** @return the year of a date value by {@link #YEAR}, or -1 when it holds none */
    private static int yearOf(String value) {
        java.util.regex.Matcher m = YEAR.matcher(value);
        return !m.find() ? -1 : Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /**
     * The year of a date: the first four digits of yyyyMMdd..., else the first 18xx-20xx (or 23xx-25xx, a year of the
     * Buddhist era: 2567 is 2024) standing alone.
     */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^((?:18|19|20)[0-9]{2})[0-9]{4}|(?<![0-9])((?:18|19|20|23|24|25)[0-9]{2})(?![0-9])");

    /** Professional titles written before a clinician's name (registered nurse, pharmacist, nurse practitioner...). */
    private static final Set<String> TITLES = Set.of("rn", "rph", "np", "pa", "md", "do", "lpn", "cna", "pharm", "pharmd",
            "dds", "dmd", "phd", "aprn", "crna", "emt");

    /**
     * Credentials written after a name, behind a comma ({@code Karen Mulder, RN}, {@code J. Ortiz, PA-C},
     * {@code Lee Ann Park, RN, BSN}): the professional titles above and degrees and licences of care staff.
     */
    private static final Set<String> CREDENTIALS = Stream.concat(TITLES.stream(), Stream.of("bsn", "msn",
            "dnp", "lvn", "fnp", "fnp-bc", "pa-c", "rd", "lcsw", "lmft", "lpc", "cnm", "mbbs", "mph", "rrt", "msw", "cma",
            "pt", "dpt", "ot", "otr", "otr/l", "slp", "ccc-slp", "od", "dpm", "mba", "crnp", "facp", "frcp", "cpht",
            "rpht", "lnha", "rac-ct", "ms", "ma", "mn", "bsc", "msc", "facc", "bcps", "bcop", "ccrn", "cen", "cnl", "faan",
            "faap", "facog", "facs", "fache", "np-c", "fnp-c", "anp-bc", "agacnp-bc", "pmhnp-bc", "cde", "cdces",
            "ibclc", "rdn", "ld", "mt", "mls", "ascp", "dvm", "mbchb", "frcs", "mrcp", "frcpc", "cic", "lmsw", "psyd",
            "edd", "jd", "esq")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A credential in parentheses after a name: Ruth Fischer (RN). */
    private static final Pattern PARENTHESISED_CREDENTIAL = Pattern.compile("(.+?)\\s*\\(([\\p{L}./-]+)\\)");

    /** A value's last part behind a comma: one or more words, each a credential if it is one. */
    private static final Pattern CREDENTIAL_TAIL = Pattern.compile("(.+?),\\s*([\\p{L}./-]+(?:\\s*,\\s*[\\p{L}./-]+|\\s+[\\p{L}./-]+){0,3})");

    /**
     * @return the value without the credentials written after it ({@code Karen Mulder, RN} is {@code Karen Mulder});
     *     the value itself when what follows its last comma is not all credentials ({@code Mulder, Karen})
     */
    static String withoutCredentials(String value) {
        java.util.regex.Matcher p = PARENTHESISED_CREDENTIAL.matcher(value.strip());
        if (p.matches() && CREDENTIALS.contains(p.group(2).toLowerCase(Locale.ROOT).replace(".", ""))) {
            return p.group(1).strip(); // Ruth Fischer (RN)
        }
        java.util.regex.Matcher m = CREDENTIAL_TAIL.matcher(value.strip());
        if (!m.matches()) {
            return value;
        }
        for (String w : SPACES_OR_COMMAS.split(m.group(2))) {
            String credential = w.toLowerCase(Locale.ROOT).replace(".", "");
            if (!CREDENTIALS.contains(credential)) {
                return value;
            }
        }
        return m.group(1).strip();
    }

    /** Stems of key names that number rows of an export rather than name what the table holds (MIMIC's row_id). */
    private static final Set<String> ROW_NUMBER_STEMS = Set.of("row", "rec", "record", "line", "seq", "entry", "rownum");

    /** A unit designator only an address has: an apartment, a suite, a flat, a trailer, a space, a number sign. */
    private static final Pattern ADDRESS_ONLY_UNIT = Pattern.compile("(?i)(?:apt|apartment|ste|suite|flat|trlr|spc)\\b|#");
    /**
     * A secondary address unit as USPS Publication 28 (appendix C2) writes it: a designator (apartment, unit, suite,
     * trailer, lot, space) or {@code #}, then the unit's number or letter ({@code APT 406}, {@code Ste. 200},
     * {@code #12B}, {@code Unit 3A}).
     */
    private static final Pattern SECONDARY_UNIT = Pattern.compile("(?i)(?:apt|apartment|unit|ste|suite|trlr|lot|spc"
            // a British flat, a German Wohnung, a Spanish piso and departamento, a building, room or floor (breaker45)
            + "|flat|wohnung|whg|bldg|rm|fl|dpto|depto)\\.?"
            + " ?#? ?[0-9]{1,5}(?:-?[A-Z])?|(?i:apt|apartment|unit|ste|suite|flat)\\.? ?#? ?[A-Z]|# ?[0-9]{1,5}[A-Z]?"
            + "|(?i:piso) ?[0-9]{1,3}(?:º|°)?,? ?(?i:dpto|depto|puerta|pta)\\.? ?[0-9A-Z]{1,3}");

    /**
     * A Medicare number: an MBI as CMS specifies it (11 characters, a digit 1-9, letters without S, L, O, I, B and Z in
     * positions 2, 5, 8 and 9, digits in 4, 7, 10 and 11, either in 3 and 6; dashes after the fourth and the seventh
     * allowed), or a HICN (nine digits, the account holder's SSN, and a beneficiary identification code: A, B, B1, C1,
     * D, M, T, W, ...).
     */
    private static final Pattern MEDICARE_NUMBER = Pattern.compile("[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?"
            + "[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]-?[AC-HJKMNP-RT-Y]{2}[0-9]{2}|[0-9]{9}[A-Z][0-9A-Z]?");

    /** @return whether nine in ten of three or more distinct values are Medicare numbers ({@link #MEDICARE_NUMBER}) */
    private static boolean medicareNumbers(ColumnEvidence e) {
        return e.values.size() >= 3 && nineInTen(e.values.stream()
                .filter(v -> MEDICARE_NUMBER.matcher(v.strip()).matches()).count(), e.values.size());
    }

    /** Header words naming where an event takes place (a conference's venue), not where the data subjects live. */
    private static final Set<String> EVENT_PLACE_WORDS = Set.of("venue", "venues", "conference", "congress", "event",
            "events", "meeting", "summit", "tournament", "festival", "expo", "fair", "match", "game", "race", "concert",
            "tour", "show");
    /** A town, a comma and a US state's or Canadian province's two-letter code (Minneapolis, MN; Red Deer, AB). */
    private static final Pattern TOWN_WITH_STATE = Pattern.compile("\\p{Lu}[\\p{L}.'’ -]{1,40}, ?([A-Z]{2})");
    /** Canadian provinces and territories by their two-letter codes (ISO 3166-2:CA). */
    private static final Set<String> CANADIAN_PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON",
            "PE", "QC", "SK", "YT");

    /** @return whether the value is a town written with its US state's or Canadian province's code */
    private static boolean townWithItsState(String value) {
        java.util.regex.Matcher m = TOWN_WITH_STATE.matcher(value.strip());
        return m.matches() && (CodeSystem.US_STATE.matches(m.group(1)) || CANADIAN_PROVINCES.contains(m.group(1)));
    }

    /**
     * @return whether the value is a town, a comma and a country's name as ISO 3166 writes it ({@code London, United
     *     Kingdom}); a two-letter code after the comma is a state's, read by {@link #townWithItsState}
     */
    private static boolean townWithItsCountryName(String value) {
        int comma = value.lastIndexOf(',');
        if (comma <= 0 || value.indexOf(',') != comma) {
            return false;
        }
        String town = value.substring(0, comma).strip();
        String country = value.substring(comma + 1).strip();
        return country.length() > 3 && !town.isEmpty() && Character.isUpperCase(town.codePointAt(0))
                && town.chars().noneMatch(Character::isDigit) && CodeSystem.ISO_3166_COUNTRY.matches(country);
    }

    /** A town and a two-letter country code in brackets: {@code Duluth (US)}, {@code Sankt Gallen (CH)}. */
    private static final Pattern TOWN_WITH_COUNTRY = Pattern.compile("(\\p{Lu}[\\p{L}.'’ -]{1,40}) \\(([A-Z]{2})\\)");
    /** Languages written with a country in brackets (English (US), Português (BR)): a locale, no place. */
    private static final Set<String> LANGUAGE_NAMES = Set.of("english", "spanish", "french", "german", "portuguese",
            "chinese", "japanese", "korean", "italian", "dutch", "arabic", "russian", "hindi", "español", "français",
            "deutsch", "português", "italiano", "nederlands");

    /** @return whether the value is a town with its country's ISO 3166 code in brackets, not a language's locale */
    private static boolean townWithItsCountry(String value) {
        java.util.regex.Matcher m = TOWN_WITH_COUNTRY.matcher(value.strip());
        return m.matches() && CodeSystem.ISO_3166_COUNTRY.matches(m.group(2))
                && !LANGUAGE_NAMES.contains(m.group(1).strip().toLowerCase(Locale.ROOT));
    }

    /** A generated key: 8 to 40 ASCII letters and digits (DHIS2's 11-character uids, base-62 keys). */
    private static final Pattern GENERATED_KEY = Pattern.compile("[A-Za-z0-9]{8,40}");
    /** Whole headers naming a number of years: a person's age in race results and registers (Yrs, Jahre, Años). */
    private static final Set<String> YEARS_HEADERS = Set.of("yrs", "years", "jahre", "anos", "años", "ans", "anni",
            "år", "jaar", "lata");
    /** A chemical formula: element symbols, each maybe with a count (C10H10ClN2O9), which a generated key is not. */
    private static final Pattern CHEMICAL_FORMULA = Pattern.compile("(?:(?:C|H|N|O|P|S|F|Cl|Br|I|Na|K|Mg|Ca|Fe|Zn|Cu|Li"
            + "|B|Si|Al|Se|Mn|Co|Ni|Pt|Au|Ag|Hg|Pb|Sn|As|Gd|Tc)[0-9]*)+");
    /** Header words naming things whose names or codes mix capitals and digits: a laptop's model, a formula. */
    private static final Set<String> NOT_KEY_WORDS = Set.of("model", "formula", "version", "build", "variant", "edition",
            "product", "part", "sku", "item", "title", "name", "description", "label", "symbol", "ticker", "release");
    /** Header words naming an organisation's place: a store, a branch, a head office, a supplier's site. */
    private static final Set<String> SITE_WORDS = Set.of("store", "branch", "hq", "headquarters", "office", "site",
            "plant", "warehouse", "facility", "supplier", "vendor", "shop", "outlet", "depot", "clinic", "hospital");
    /** Distinct generated keys under an event's or an instance's header from which they read as records' keys. */
    static final int MIN_KEYS_UNDER_KEY_HEADER = 10;
    /** Distinct generated keys under any header from which the column reads as keys of records, not a vocabulary. */
    static final int MIN_GENERATED_KEYS = 100;
    /** Header words naming an event, an enrollment or an instance whose key identifies one record. */
    private static final Set<String> RECORD_KEY_WORDS = Set.of("event", "enrollment", "enrolment", "instance", "tei",
            "trackedentityinstance", "trackedentity", "submission", "uuid", "uid", "guid");

    /**
     * @return whether the key has capitals and small letters or digits that change four or more times along it, as
     *     generated keys do (DiszpKrYNg8, a ULID 01ARZ3NDEKTSV4RRFFQ69G) and words, names with a year (Marathon2024),
     *     codes (AB12CD34) and small-letter hashes do not
     */
    private static boolean mixedKey(String v) {
        if (v.chars().noneMatch(Character::isUpperCase)) {
            return false;
        }
        int changes = 0;
        for (int i = 1; i < v.length(); i++) {
            if (charClass(v.charAt(i)) != charClass(v.charAt(i - 1))) {
                changes++;
            }
        }
        return changes >= 4;
    }

    private static int charClass(char c) {
        return Character.isUpperCase(c) ? 0 : Character.isLowerCase(c) ? 1 : 2;
    }

    /**
     * A street line: a house number, maybe a direction, one to four words and a street suffix of USPS Publication 28
     * (appendix C1: St, Ave, Rd, Blvd, Dr, Ln, Ct, Pl, Way, ...), maybe a direction or a unit after it
     * ({@code 4711 Okafor St}, {@code 12 N Main Street Apt 4}); French, Spanish, Portuguese and Italian ones, the street's
     * kind first ({@code 12 rue de la Paix}, {@code Calle Mayor 12}, {@code Rua Augusta, 15}); German, Dutch and Nordic
     * ones, the kind as the end of the street's name ({@code Hauptstraße 5}, {@code Kerkstraat 12a}, {@code Storgatan 3}).
     */
    static final Pattern STREET_LINE = Pattern.compile("(?iU)(?:"
            + "[0-9]{1,6}[a-z]?(?:-[0-9]{1,4})?,? (?:[nsew]\\.? |north |south |east |west )?(?:[\\p{L}0-9'.-]+ ){1,4}"
            + "(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|pl|place|way|ter|terrace|cir"
            + "|circle|pkwy|parkway|hwy|highway|trl|trail|sq|square|loop|close|crescent|cres|row|walk|grove|gardens)\\.?"
            + "(?: (?:[nsew]{1,2}|(?:apt|unit|ste|suite|#).*))?"
            + "|[0-9]{1,4}(?: ?bis| ?ter)?,? (?:rue|avenue|av\\.|boulevard|bd|chemin|allée|impasse|place|route|quai|cours) .+"
            + "|(?:calle|c/|avenida|avda\\.|av\\.|rua|r\\.|via|viale|piazza|carrera|cra\\.|jr\\.|jirón|pasaje|travessa|largo"
            + "|camino|paseo) [\\p{L}0-9'. -]{2,40},? (?:n[º°o]\\.? ?)?[0-9]{1,5}[a-z]?(?:[ ,].{0,20})?"
            + "|[\\p{L}.-]{2,30}(?:straße|strasse|str\\.|weg|gasse|platz|allee|damm|laan|straat|gracht|gade|vej|gatan"
            + "|vägen|veien|gata|katu|tie) ?[0-9]{1,4}[a-z]?)");

    /**
     * A login: a lower-case letter, then two to nineteen lower-case letters, digits, dots, dashes or underscores,
     * maybe after a Windows domain ({@code CORP\cford}); or an initial and a family name ({@code L.Szabo}); or a
     * mainframe user id of four to ten capitals ({@code PEREIRAM}).
     */
    private static final Pattern STAFF_LOGIN = Pattern.compile("(?:[A-Za-z][A-Za-z0-9-]{1,14}\\\\)?\\p{Ll}[\\p{Ll}0-9._-]{2,19}"
            // an initial and a family name (L.Szabo), a mainframe user id of capitals (PEREIRAM) (breaker41)
            + "|\\p{Lu}\\.\\p{Lu}[\\p{Ll}'-]{1,19}|\\p{Lu}{4,10}[0-9]{0,2}"
            // a family name and an initial (MARINO.E, Kowalski.F), a Windows domain before any of these
            // (CORP\HartmannS) (breaker45)
            + "|\\p{Lu}[\\p{L}'-]{1,19}\\.\\p{Lu}|[A-Za-z][A-Za-z0-9-]{1,14}[\\\\/]\\p{L}[\\p{L}0-9._-]{2,19}"
            // a family name and its initial run together (HartmannS, WolfA), a domain and a slash before it (breaker50)
            + "|\\p{Lu}\\p{Ll}{2,19}\\p{Lu}");

    /**
     * Header words of values shaped as cryptocurrency addresses that name no one's wallet: a token's contract or mint
     * (public programs everyone trades) or the asset or currency a trade names by it, a revision, commit or hash (git's 40 hex digits after 0x), a cache or build
     * key (random base58) (breaker41).
     */
    /** Header words naming whose address it is, which no token contract is: the owner, a recipient, a wallet. */
    private static final Set<String> WALLET_HOLDER_WORDS = Set.of("owner", "holder", "recipient", "receiver", "sender",
            "wallet", "buyer", "seller", "payer", "payee", "beneficiary", "user", "customer", "account", "from", "to",
            "creator", "minter", "depositor", "withdrawer", "trader", "maker", "taker");
    private static final Set<String> NOT_WALLET_WORDS = Set.of("contract", "token", "mint", "program", "revision", "rev",
            "commit", "sha", "sha1", "hash", "digest", "checksum", "cache", "build", "cid", "ipfs",
            // the asset a trade sells or buys, written as its token contract (breaker45)
            "asset", "currency", "coin", "pair", "market", "symbol", "instrument");

    /** A staff code: letters and digits, both, no space (C5754, EMP-0042). */
    private static final Pattern STAFF_CODE = Pattern.compile("(?=.*\\p{L})(?=.*[0-9])[\\p{L}0-9][\\p{L}0-9_./-]{1,15}");

    /** An account handle: name@provider, the provider one word without a dot (snehasid11@ybl, ravi.k@okaxis). */
    private static final Pattern ACCOUNT_HANDLE = Pattern.compile("[\\p{L}0-9._-]{2,}@[\\p{L}][\\p{L}0-9]{1,}");

    /** A month by its English name and a year: {@code May 2024}, {@code January 2024}, {@code Jan-24}. */
    private static final Pattern NAMED_MONTH_AND_YEAR = Pattern.compile("(?i)" + MONTH_NAMES + "\\.?[ -](?:[12][0-9]{3}|[0-9]{2})");
    /** A year and a month: yyyy-MM or MM/yyyy. */
    private static final java.util.regex.Pattern YEAR_MONTH = java.util.regex.Pattern.compile("(19|20)[0-9]{2}-(0[1-9]|1[0-2])|(0?[1-9]|1[0-2])/(19|20)[0-9]{2}");

    /** Two measurements written with a slash: systolic/diastolic blood pressure, 164/74. */
    private static final java.util.regex.Pattern MEASUREMENT_PAIR = java.util.regex.Pattern.compile("[0-9]{2,3}/[0-9]{2,3}");

    /** A time of day, 24-hour clock, with or without seconds. */
    /** A date with a two-digit year: day and month (either order) and year, one separator (22/02/25, 3.7.47). */
    private static final java.util.regex.Pattern SHORT_YEAR_DATE = java.util.regex.Pattern.compile(
            "([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{2})");

    /** @return whether the value is a date with a two-digit year whose day and month are in range, in either order */
    static boolean shortYearDate(String v) {
        java.util.regex.Matcher m = SHORT_YEAR_DATE.matcher(v);
        if (!m.matches()) {
            return false;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(3));
        return a >= 1 && b >= 1 && (a <= 31 && b <= 12 || a <= 12 && b <= 31);
    }

    /** Header words naming a duration (a race's split, pace or chip time), or a distance whose time it is (5K, 10K). */
    private static final Set<String> DURATION_WORDS = Set.of("pace", "split", "splits", "lap", "laps", "chip", "gun",
            "elapsed", "duration", "marathon", "mile", "miles", "km", "k", "laufzeit", "nettozeit", "bruttozeit");
    /** Words that make a time a duration only beside the word time (Net Time, Total Time; not Net Admit). */
    private static final Set<String> DURATION_BESIDE_TIME = Set.of("net", "total", "race", "run", "moving", "swim", "bike",
            // a dispatch's Response Time (06:42 minutes and seconds), a call centre's Wait, Hold, Talk Time (breaker76)
            "response", "wait", "waiting", "hold", "talk", "handle", "travel", "turnaround", "transit", "idle", "dwell");

    /**
     * @return whether values shaped as times of day are durations: under a header naming a duration or a distance
     *     (Pace, Split, 5K, Chip Time, a whole header Half, Net Time) (breaker54, breaker55: a clock's 0:05 or a
     *     Spanish tiempo are no evidence)
     */
    private static boolean durations(String column, List<String> values) {
        List<String> w = ColumnHeader.words(column);
        return w.stream().anyMatch(DURATION_WORDS::contains) || w.equals(List.of("half"))
                || w.contains("time") && w.stream().anyMatch(DURATION_BESIDE_TIME::contains);
    }

    /**
     * The ONS's GSS codes of areas below a region: a country letter (E, W, S, N, K), the entity (00 output areas, 01
     * LSOAs and data zones, 02 MSOAs, 04 parishes, 05 wards, 06-11 districts and counties) and six digits.
     */
    private static final java.util.regex.Pattern STATISTICAL_AREA = java.util.regex.Pattern.compile(
            "[EWSNK](0[0-9]|1[01])[0-9]{6}");

    /**
     * Whole headers of a province, which is a state in some countries and smaller than one in others, as their words
     * joined in any script ({@link ColumnHeader#joinedWords}: {@code Província}, {@code Préfecture/Province}).
     */
    private static final Set<String> PROVINCE_HEADERS = Set.of("province", "provincia", "provinz", "provincie",
            "província", "provins", "provinsi", "provinciaderesidencia", "préfecture", "prefecture",
            "préfectureprovince", "prefectureprovince", "provinceprefecture");

    /**
     * @return whether most of a province column's named values are no country's first-level subdivision (ISO 3166-2),
     *     counting neither missing nor unknown values ({@code Unknown}, {@code Refused}) and reading a name with its
     *     type word ({@code Henan Province}, {@code Province of Cebu}) without it; never for values written mostly in
     *     a script the list has no names in (東京都, 경기도, กรุงเทพมหานคร: breaker92), which it cannot judge
     */
    static boolean belowTheFirstLevel(List<String> values) {
        List<String> named = values.stream().map(String::strip).filter(v -> !v.isEmpty() && !MissingValues.missing(v)
                && !UNKNOWN_PLACE_VALUES.contains(v.toLowerCase(Locale.ROOT))).toList();
        long latin = named.stream().filter(v -> v.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)).count();
        if (named.isEmpty() || latin * 2 < named.size()) {
            return false;
        }
        long firstLevel = named.stream().filter(v -> CodeSystem.FIRST_LEVEL_SUBDIVISION.matches(v)
                || CodeSystem.FIRST_LEVEL_SUBDIVISION.matches(PROVINCE_TYPE_WORD.matcher(v).replaceAll("").strip())).count();
        return firstLevel * 2 < named.size();
    }

    /** Values of a place column that say no place is known. */
    private static final Set<String> UNKNOWN_PLACE_VALUES = Set.of("unknown", "refused", "other", "abroad", "none",
            "not stated", "not known", "desconocido", "otro", "otra", "extranjero", "sin dato");
    /** A province's type word written with its name: Henan Province, Province of Cebu, Prov. de Salta. */
    private static final Pattern PROVINCE_TYPE_WORD = Pattern.compile(
            "(?i)^(?:province|provincia|prov\\.)\\s+(?:of|de|del)\\s+|\\s+(?:province|prov\\.)$");

    /** Header words of a product's or a part's code, whose values may have any shape (Part No E01000001; breaker85). */
    private static final Set<String> PRODUCT_CODE_WORDS = Set.of("part", "product", "sku", "item", "article", "model",
            "catalog", "catalogue", "artikel", "material", "batch", "lot", "serial");

    /** Four numbers of an IPv4 address written inside a host name, separated by dashes or dots. */
    private static final java.util.regex.Pattern SPELLED_IPV4 = java.util.regex.Pattern.compile(
            "(?<![0-9])([0-9]{1,3})[-.]([0-9]{1,3})[-.]([0-9]{1,3})[-.]([0-9]{1,3})(?![0-9])");
    /** The host names spelling an address a column needs, at least, before the rule reads it as clients' addresses. */
    private static final int MIN_SPELLED_ADDRESSES = 3;

    /**
     * @return whether {@code value} is a host name (it has a letter) that spells an IPv4 address, each of the four
     *     numbers 0-255 ({@code c-73-12-45-6.hsd1.ca.comcast.net}, {@code ip-172-31-5-9}); a version {@code 1.2.3.4}
     *     alone or a date has no letter
     */
    static boolean spellsAnIpAddress(String value) {
        if (value.chars().noneMatch(Character::isLetter) || value.indexOf(' ') >= 0) {
            return false;
        }
        // a host name: a domain after it (c-73-12-45-6.hsd1.ca.comcast.net) or AWS's ip- prefix (ip-172-31-5-9); not a
        // package's version (curl-7.88.1-10), a batch's timestamp (etl-2024-10-15-06-00) or a tyre's size (breaker85)
        boolean hostName = (HOST_DOMAIN.matcher(value).find() || value.regionMatches(true, 0, "ip-", 0, 3))
                // a file's name: fw-4.2.1.17.bin, backup-24.10.15.06.tar.gz (breaker92)
                && !FILE_EXTENSION.matcher(value).find();
        java.util.regex.Matcher m = SPELLED_IPV4.matcher(value);
        while (hostName && m.find()) {
            boolean octets = m.group(0).chars().filter(ch -> ch == '-').count() == 3
                    || m.group(0).chars().filter(ch -> ch == '.').count() == 3;
            for (int g = 1; g <= 4; g++) {
                octets &= Integer.parseInt(m.group(g)) <= 255;
            }
            int end = m.end();
            boolean bounded = end == value.length() || value.charAt(end) == '.' || value.charAt(end) == '-';
            if (octets && bounded) {
                return true;
            }
        }
        return false;
    }

    /**
     * A file's extension at the end of a name: an archive's, a package's, a log's, an image's, a document's; none of
     * them a country's domain (not .so, .sh or .py, Somalia's, Saint Helena's and Paraguay's).
     */
    private static final java.util.regex.Pattern FILE_EXTENSION = java.util.regex.Pattern.compile("(?i)\\.(?:bin|gz|tgz|bz2|xz|"
            + "zst|tar|zip|7z|rar|msi|exe|dmg|pkg|deb|rpm|apk|jar|war|iso|img|log|txt|csv|json|xml|yaml|yml|dat|bak|sql|"
            + "pdf|docx?|xlsx?|pptx?|hex|fw|elf|dll)$");

    /** A domain after a host's label: a point followed by a label that starts with a letter ({@code .example.net}). */
    private static final java.util.regex.Pattern HOST_DOMAIN = java.util.regex.Pattern.compile("\\.[A-Za-z][A-Za-z0-9-]*(\\.|$)");

    private static final java.util.regex.Pattern TIME_OF_DAY = java.util.regex.Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?");

    /** Header words naming a case of a court, an agency or a clinic: a docket, a cause, a file (dossier, expediente). */
    private static final Set<String> CASE_WORDS = Set.of("case", "docket", "cause", "dossier", "expediente");
    /** Whole headers of a land register's parcel (Italy's particella and mappale). */
    private static final Set<String> PARCEL_HEADERS = Set.of("particella", "mappale");
    /** Whole headers of the land register's sheet, before its parcel's column (the catasto's FOGLIO). */
    private static final Set<String> PARCEL_SHEET_HEADERS = Set.of("foglio", "fg");
    /** Whole headers of a unit of the parcel named in the column before (the catasto's SUB, subalterno). */
    private static final Set<String> PARCEL_UNIT_HEADERS = Set.of("sub", "subalterno");
    /** Headers of the house number of an address, when they follow a street column. */
    private static final Set<String> HOUSE_NUMBER_HEADERS = Set.of("numero", "número", "num", "nr", "no", "number",
            "housenumber", "hausnummer", "husnummer", "huisnummer", "civico", "ncivico", "numerocivico", "номер",
            "дом", "номердома", "αριθμός", "αριθμος", "numer", "numerdomu", "numéro", "numerodomicilio",
            // a Turkish flat after its building's number (Bina No, Daire No; breaker72)
            "daire", "daireno",
            // a flat, a staircase, a door, a floor after the street or the house number: Polish (Nr domu, Nr lokalu,
            // Mieszkanie), Austrian (Stiege, Tür, Top), Russian (Дом, Корпус, Квартира, д., кв.), Spanish and Mexican
            // (Piso, Puerta, Num. Int.), Swedish (Lgh), English (Flat, Unit, Suite) (breaker77, breaker78)
            "nrdomu", "domu", "nrlokalu", "lokalu", "lokal", "nrlok", "nrmieszkania", "mieszkanie", "nrm", "stiege",
            "tür", "tuer", "top", "квартира", "кв", "корпус", "строение", "д", "piso", "puerta", "escalera",
            "numint", "numext", "numerointerior", "numeroexterior", "interior", "exterior", "lgh", "lägenhet",
            "lagenhet", "lghnr", "flat", "flatno", "unit", "unitno", "suite", "ste", "apt", "aptno", "floor", "etage",
            "étage", "porte", "bus", "boite", "boîte", "toevoeging", "huisnummertoevoeging", "huoneisto", "porras",
            "rappu", "asunto", "scala", "piano",
            // a Korean flat's building and unit (101동 1203호), a Japanese room, a Chinese building, unit and door (the
            // lead's made-up 10-row Korean lease table)
            "동", "호", "호수", "동호수", "층", "号室", "栋", "单元", "室", "门牌号");

    /** Headers of a flat, an apartment or a unit of an address: unlike a house number, also after the postcode or town. */
    private static final Set<String> FLAT_HEADERS = Set.of("flat", "flatno", "apt", "aptno", "apartment", "apartmentno",
            "unit", "unitno", "suite", "lgh", "lägenhet", "lagenhet", "lghnr", "квартира", "nrlokalu", "lokal", "nrlok",
            "byt", "číslobytu", "cislobytu", "wohnungsnr", "wohnungsnummer", "piso", "puerta", "scala",
            "nrmieszkania", "mieszkanie", "tür", "tuer", "top", "daire", "daireno", "appartement", "appt", "wohnung",
            "whg", "huoneisto", "호", "호수", "号室", "室");
    /** The parts of an address block a flat's column may follow. */
    private static final Set<IdentifierType> ADDRESS_BLOCK_TYPES = Set.of(IdentifierType.STREET_ADDRESS,
            IdentifierType.ZIP_CODE, IdentifierType.CITY);

    /**
     * A header that names an identifier only beside a column that proves what it is: its own words are too common
     * alone (a workbook's {@code Foglio}, a court's {@code Daire No}, a plan's {@code Sub}). {@code offset} is where the
     * neighbour stands (-1 before, +1 after); {@code proves} reads the neighbour's header and, for a column before, its
     * decided spec; {@code comment} names the neighbour with {@code %s}.
     */
    private record NeighbourConvention(Set<String> headers, int offset, BiPredicate<String, Optional<ColumnSpec>> proves,
            IdentifierType type, String comment, Predicate<ColumnEvidence> values) {
        NeighbourConvention(Set<String> headers, int offset, BiPredicate<String, Optional<ColumnSpec>> proves,
                IdentifierType type, String comment) {
            this(headers, offset, proves, type, comment, SpecProposer::numberedParts);
        }
    }

    /** A settlement within a town, as Zambian and Malawian registers head it. */
    private static final Set<String> COMPOUND_HEADERS = Set.of("compound", "cmpd");

    /** A header that alone may name a product's or a history's family, and a surname beside a given name. */
    private static final Set<String> FAMILY_HEADERS = Set.of("family", "fam");

    /** @return whether the header reads as a given name's ({@code Given}, {@code First Name}, {@code Forename}) */
    private static boolean givenNameHeader(String header) {
        return ColumnHeader.meaning("", header).type().filter(x -> x == IdentifierType.GIVEN_NAME).isPresent();
    }

    /** @return whether no value has a digit and at least four in five begin with a letter: words, as names are */
    private static boolean wordsWithoutDigits(ColumnEvidence e) {
        return !e.values.isEmpty() && e.values.stream().noneMatch(v -> v.chars().anyMatch(Character::isDigit))
                && e.values.stream().filter(v -> !v.isBlank() && Character.isLetter(v.strip().codePointAt(0))).count() * 5
                        >= e.values.size() * 4L;
    }

    /** The header conventions read in the context of a neighbouring column (breaker72, breaker75). */
    private static final List<NeighbourConvention> NEIGHBOUR_CONVENTIONS = List.of(
            new NeighbourConvention(HOUSE_NUMBER_HEADERS, -1,
                    (header, spec) -> spec.flatMap(x -> identifierType(x.rule()))
                            .filter(x -> x == IdentifierType.STREET_ADDRESS).isPresent(),
                    IdentifierType.STREET_ADDRESS, "the house number of the street address in the column before it (%s)"),
            // a flat, an apartment or a unit written after the postcode or the town that follow the street (Address,
            // ZIP, Flat): the flat of the address block (breaker81)
            new NeighbourConvention(FLAT_HEADERS, -1,
                    (header, spec) -> spec.flatMap(x -> identifierType(x.rule()))
                            .filter(ADDRESS_BLOCK_TYPES::contains).isPresent(),
                    IdentifierType.STREET_ADDRESS, "the flat of the street address whose postcode or town the column "
                            + "before it holds (%s)"),
            // the catasto's FOGLIO before its PARTICELLA: the land register's sheet (a workbook's Foglio alone is read
            // by its values)
            new NeighbourConvention(PARCEL_SHEET_HEADERS, 1, (header, spec) -> PARCEL_HEADERS.contains(header),
                    IdentifierType.GEOGRAPHIC_SUBDIVISION, "the sheet of the land register whose parcel the column after "
                            + "it holds (%s): a few properties' area"),
            // Italy's catasto: FOGLIO, PARTICELLA, SUB name one flat
            new NeighbourConvention(PARCEL_UNIT_HEADERS, -1, (header, spec) -> PARCEL_HEADERS.contains(header),
                    IdentifierType.OTHER_UNIQUE_IDENTIFIER, "the unit of the land register's parcel in the column before "
                            + "it (%s): with it, one property and so its owner"),
            // Given, Family (an Australian hospital's patient table; breaker87): the family name beside the given
            // name, before or after it; a product's or a history's Family is beside no given name
            new NeighbourConvention(FAMILY_HEADERS, -1, (header, spec) -> givenNameHeader(header),
                    IdentifierType.FAMILY_NAME, "the family name beside the given name in the column before it (%s) "
                            + "(45 CFR 164.514(b)(2)(i)(A))", SpecProposer::wordsWithoutDigits),
            new NeighbourConvention(FAMILY_HEADERS, 1, (header, spec) -> givenNameHeader(header),
                    IdentifierType.FAMILY_NAME, "the family name beside the given name in the column after it (%s) "
                            + "(45 CFR 164.514(b)(2)(i)(A))", SpecProposer::wordsWithoutDigits),
            // a Zambian register's Township, Compound (Kanyama, George: the settlement within the town; breaker89); a
            // chemist's compound follows no town
            new NeighbourConvention(COMPOUND_HEADERS, -1, (header, spec) -> spec.flatMap(x -> identifierType(x.rule()))
                    .filter(PLACE_TYPES::contains).isPresent(), IdentifierType.GEOGRAPHIC_SUBDIVISION,
                    "the settlement within the place in the column before it (%s): a geographic subdivision smaller "
                            + "than a state (45 CFR 164.514(b)(2)(i)(B))", SpecProposer::wordsWithoutDigits));

    /**
     * @return whether the values read as numbers of a house, a flat, a sheet or a unit: none longer than eight
     *     characters and at least half with a digit ({@code 12}, {@code 3a}, {@code 2/5}); a car's colours, a floor's
     *     covering, Y/N flags and units of measure are none (breaker81)
     */
    private static boolean numberedParts(ColumnEvidence e) {
        long withDigit = e.values.stream().filter(v -> v.chars().anyMatch(Character::isDigit)).count();
        return e.values.stream().allMatch(v -> v.strip().length() <= 8) && withDigit * 2 >= e.values.size();
    }

    /**
     * The spec of column {@code c} of {@code s} when a {@link NeighbourConvention} names it and the first pass found no
     * identifier in it; else {@code spec} unchanged. {@code decided} holds the specs of the columns before it.
     */
    private static Optional<ColumnSpec> byNeighbour(TableSchema s, int c, Optional<ColumnSpec> spec,
            Map<String, ColumnSpec> decided, ColumnEvidence e) {
        if (!spec.map(x -> x.rule() instanceof ColumnRule.Keep).orElse(true)) {
            return spec;
        }
        String column = s.columns().get(c).name();
        String header = ColumnHeader.joinedWords(column);
        for (NeighbourConvention n : NEIGHBOUR_CONVENTIONS) {
            int at = c + n.offset();
            // the header first: the values are read only for the few columns a convention names
            if (!n.headers().contains(header) || at < 0 || at >= s.columns().size() || !n.values().test(e)) {
                continue;
            }
            String neighbour = s.columns().get(at).name();
            Optional<ColumnSpec> neighbourSpec = n.offset() < 0 ? Optional.ofNullable(decided.get(neighbour)) : Optional.empty();
            if (n.proves().test(ColumnHeader.joinedWords(neighbour), neighbourSpec)) {
                return Optional.of(identifier(column, n.type(), n.comment().formatted(neighbour)));
            }
        }
        return spec;
    }

    /** Header words of a column that holds a measure, not a reference. */
    private static final Set<String> MEASURE_WORDS = Set.of("count", "number", "total", "amount", "quantity", "qty",
            "sum", "avg", "average", "days", "duration", "age", "size", "length", "weight", "price", "cost",
            // a region's population, a site's capacity (breaker41): counts of people, not a place
            "population", "capacity", "enrollment", "enrolment", "balance", "income", "revenue", "sales", "volume");

    /** Header words naming a rating or a score: a measure of a player's or an item's strength. */
    private static final Set<String> RATING_WORDS = Set.of("rating", "ratings", "rtng", "elo", "dwz", "score", "points",
            "pts");

    /** Header words naming an amount of money or a measure (not "number" or "count", which may number records). */
    private static final Set<String> MONEY_MEASURES = Set.of("price", "cost", "amount", "total", "sum", "avg", "average",
            "weight", "length", "duration");

    /** Header words naming a unit of measure: integers under such a header are measurements, whatever their shape. */
    private static final Set<String> UNIT_WORDS = Set.of("bytes", "byte", "kb", "mb", "gb", "kbps", "mbps", "bps", "mhz",
            "ghz", "hz", "km", "kg", "mg", "ml", "mm", "cm", "ms", "sec", "secs", "seconds", "min", "mins", "minutes",
            "hours", "hrs", "kwh", "watts", "volts", "pct", "percent", "deg", "degrees", "speed", "distance", "revenue",
            "balance", "fee", "fees", "amt", "volume", "calories", "steps", "score", "points", "cents", "meters",
            "metres", "miles", "feet", "grams", "pounds", "lbs", "liters", "litres", "salary", "income", "wage", "wages",
            "pay", "gross", "net", "tax", "pension", "bonus", "rent", "eur", "usd", "gbp", "rub", "sek", "brl", "chf",
            "euro", "euros", "dollars", "capital", "salario", "salário", "gehalt", "lohn", "salaire", "stipendio",
            "сумма", "цена", "τιμή", "τιμη", "arvode", "pris", "preco", "preço", "precio", "prezzo", "prix", "preis",
            // more ISO 4217 codes and salary words (Polish, Finnish, Dutch, Swedish)
            "pln", "czk", "huf", "nok", "dkk", "jpy", "cny", "inr", "aud", "cad", "mxn", "zar", "krw", "aed", "sar", "ron",
            "bgn", "ars", "clp", "cop", "pen", "nzd", "sgd", "hkd", "thb", "idr", "php", "vnd", "uah", "ils", "egp", "ngn",
            "kes", "wynagrodzenie", "płacowe", "placowe", "palkka", "salaris", "lön",
            // amounts, fees, prices and pay in Korean, Japanese and Chinese (금액, 料金, 费用)
            "금액", "요금", "가격", "비용", "급여", "진료비", "총액", "월세", "보증금", "임대료", "家賃", "租金", "金額", "料金", "価格", "費用", "給与", "合計", "金额", "价格",
            "费用", "工资", "薪资", "总额", "合计");

    /** Header words of a column that refers to another row of the same kind (a manager, a parent record). */
    private static final Set<String> SELF_REFERENCE_WORDS = Set.of("reports", "manager", "supervisor", "boss", "parent",
            "mentor", "superior", "referrer", "referredby", "predecessor", "successor", "vorgesetzter", "vorgesetzte",
            "responsable", "superieur", "jefe", "responsabile", "parrain", "marraine", "padrino", "madrina", "sponsor",
            "referent", "referente", "werber", "pate");

    /**
     * The data subjects' table: a table with a birth date (or year), referred to by the most tables; else a table
     * whose name names people, referred to by the most.
     */
    private static Optional<String> entityTable(List<String> tables, Map<String, TableSchema> schemas,
            Map<String, String> primaryKeys, Map<String, List<ForeignKey>> foreignKeys) {
        String best = null;
        long bestScore = -1;
        for (String t : tables) {
            if (!primaryKeys.containsKey(t)) {
                continue;
            }
            boolean birth = schemas.get(t).columns().stream().map(c -> ColumnHeader.meaning(t, c.name())).anyMatch(m ->
                    m.kind() == ColumnHeader.Kind.BIRTH_YEAR || m.type().filter(x -> x == IdentifierType.DATE_OF_BIRTH
                            || x == IdentifierType.AGE).isPresent());
            String n = normalizedHeader(t);
            boolean people = PEOPLE_TABLES.stream().anyMatch(n::contains);
            // SDTM's dm: keyed by the subject's key, or describing each row's sex or race
            String key = primaryKeys.get(t);
            boolean described = key != null && ColumnHeader.namesSubjectKey(key)
                    || schemas.get(t).columns().stream().anyMatch(c -> ColumnHeader.namesDemographic(c.name()));
            if (!birth && !people && !described) {
                continue;
            }
            long refs = foreignKeys.values().stream().filter(l -> l.stream().anyMatch(f -> f.referencedTable().equals(t))).count();
            long score = (birth ? 1000 : 0) + (people || described ? 100 : 0) + refs;
            if (score > bestScore) {
                best = t;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Table names of people who act rather than are the data subjects: staff, caregivers, providers. */
    private static final List<String> STAFF_TABLES = List.of("caregiver", "provider", "staff", "physician", "doctor",
            "nurse", "practitioner", "clinician", "employee", "mitarbeiter", "personal", "teacher", "agent", "author");

    /** @return whether a table's name says its rows are people (data subjects or staff) */
    private static boolean namesPeople(String table) {
        String n = normalizedHeader(table);
        return PEOPLE_TABLES.stream().anyMatch(n::contains) || STAFF_TABLES.stream().anyMatch(n::contains);
    }

    /** Table names that hold data subjects. */
    private static final List<String> PEOPLE_TABLES = List.of("patient", "person", "people", "customer", "user",
            "member", "employee", "subject", "client", "student", "citizen", "contact", "individual", "applicant",
            "donor", "participant", "respondent", "guest", "candidat", "kandydat", "passenger", "traveler", "traveller",
            "resident", "volunteer", "recipient", "beneficiar", "subscriber", "borrower", "patron", "voter", "taxpayer",
            "driver", "ospit", "tutor", "owner", "proprietar", "paciente", "pazient", "kunde", "mitarbeiter", "personne",
            "persona", "cliente", "alumno", "eleve", "mitglied", "socio");

    /**
     * The entity each row read belongs to: the row's key in the entity table; the foreign key to the entity table
     * in a table that has one (directly, or through one parent table that has one); else the row itself.
     */
    private static List<String> entities(String table, TableSchema schema, List<String[]> rows, Optional<String> entity,
            Map<String, String> primaryKeys, Map<String, List<ForeignKey>> foreignKeys, Map<String, Sample> samples,
            Map<String, TableSchema> schemas) {
        List<String> out = new ArrayList<>(rows.size());
        int column = -1;
        Map<String, String> viaParent = null;
        if (entity.isPresent()) {
            String e = entity.get();
            if (e.equals(table)) {
                column = indexOf(schema, primaryKeys.get(table));
            } else {
                // The link that names the row's data subject, not one naming a person acting on the row (the head of a
                // department, who approved a leave): a table linked to the subjects only through such actors holds
                // things (departments, approvals) and is judged row by row.
                boolean actorsOnly = false;
                for (ForeignKey f : foreignKeys.get(table)) {
                    if (f.referencedTable().equals(e)) {
                        if (ColumnHeader.namesActor(f.column())) {
                            actorsOnly = true;
                            continue;
                        }
                        column = indexOf(schema, f.column());
                        actorsOnly = false;
                        break;
                    }
                }
                if (column < 0 && !actorsOnly) {
                    for (ForeignKey f : foreignKeys.get(table)) {
                        String parent = f.referencedTable();
                        Optional<ForeignKey> up = foreignKeys.getOrDefault(parent, List.of()).stream()
                                .filter(g -> g.referencedTable().equals(e)).findFirst();
                        if (up.isPresent() && !parent.equals(table)) {
                            int key = indexOf(schemas.get(parent), primaryKeys.get(parent));
                            int link = indexOf(schemas.get(parent), up.get().column());
                            if (key >= 0 && link >= 0) {
                                viaParent = new HashMap<>();
                                for (String[] p : samples.get(parent).rows()) {
                                    viaParent.put(p[key], p[link]);
                                }
                                column = indexOf(schema, f.column());
                                break;
                            }
                        }
                    }
                }
            }
        }
        if (column < 0 && entity.isPresent() && !entity.get().equals(table) && primaryKeys.get(table) != null) {
            // Reached through a link table (case_parties: a case to each party): the row belongs to the first entity the
            // link table names for its key, so the table holds the data subjects' records, not things.
            String e = entity.get();
            for (Map.Entry<String, List<ForeignKey>> link : foreignKeys.entrySet()) {
                String l = link.getKey();
                if (l.equals(table) || l.equals(e)) {
                    continue;
                }
                Optional<ForeignKey> toTable = link.getValue().stream().filter(f -> f.referencedTable().equals(table)
                        && f.referencedColumn().equalsIgnoreCase(primaryKeys.get(table))).findFirst();
                Optional<ForeignKey> toEntity = link.getValue().stream().filter(f -> f.referencedTable().equals(e)
                        && !ColumnHeader.namesActor(f.column())).findFirst();
                // A link table is made of its links: no key of its own and at most two other columns (a role, a
                // date), so a child table such as orders or encounters, which refers to shippers or organisations and
                // to the data subjects, is no link between them.
                long others = schemas.get(l).columns().stream().filter(c -> link.getValue().stream()
                        .noneMatch(f -> f.columns().stream().anyMatch(c.name()::equalsIgnoreCase))).count();
                if (toTable.isEmpty() || toEntity.isEmpty() || samples.get(l) == null || others > 2
                        || primaryKeys.containsKey(l)) {
                    continue;
                }
                int from = indexOf(schemas.get(l), toTable.get().column());
                int to = indexOf(schemas.get(l), toEntity.get().column());
                int key = indexOf(schema, primaryKeys.get(table));
                if (from < 0 || to < 0 || key < 0) {
                    continue;
                }
                viaParent = new HashMap<>();
                for (String[] r : samples.get(l).rows()) {
                    if (r[from] != null && r[to] != null) {
                        viaParent.putIfAbsent(r[from], r[to]);
                    }
                }
                column = key;
                break;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            String v = column >= 0 ? rows.get(i)[column] : null;
            if (v != null && viaParent != null) {
                v = viaParent.getOrDefault(v, "k:" + v);
            }
            out.add(v != null ? "e:" + v : "r:" + i);
        }
        return out;
    }

    private static int indexOf(TableSchema schema, String column) {
        return column == null ? -1 : CsvDirectorySource.indexOf(schema.columnNames(), column);
    }
}
