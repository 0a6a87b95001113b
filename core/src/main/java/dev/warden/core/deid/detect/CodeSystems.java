package dev.warden.core.deid.detect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Judges whether a column holds the values of a {@link CodeSystem}: clinical codes (SNOMED CT, LOINC, ICD-10-CM,
 * ICD-9-CM, NDC, CVX, RxNorm, CPT, HCPCS, OMOP concept ids) or closed vocabularies (ISO 3166-1 countries, US states,
 * ISO 4217 currencies). Such a column is vocabulary shared by many people, not an identifier, even where its values
 * look like ZIP codes or account numbers.
 *
 * <p>The rule: at least {@link #MIN_SHARE} of the non-blank values pass the system's published check, and either a
 * header word (or context word, such as the table name) names the system, or the system is
 * {@link CodeSystem#selfEvident() self-evident} and at least {@link #MIN_DISTINCT_VALUES} distinct values pass. When
 * several systems qualify, the one named by the header wins, then a self-evident one that nothing names, then one
 * named by the context only; ties go to the larger share, then to the order of {@link CodeSystem}.
 *
 * <p>Stateless and thread-safe. Cost: one pass over the values per candidate system, stopping as soon as the failures
 * exceed what {@link #MIN_SHARE} allows, so an ordinary column is rejected by most systems after a value or two.
 */
public final class CodeSystems {

    /**
     * The share of non-blank values that must pass a system's rule: 0.98, so that a stray placeholder or a
     * mistyped code in a large column does not hide vocabulary, while a column of ZIP codes (of which about 6 in
     * 1,000 pass SNOMED CT's check by chance) is nowhere near.
     */
    public static final double MIN_SHARE = 0.98;

    /**
     * The distinct passing values a self-evident system needs when no header names it: 3, so that one value that
     * passes by chance (a ZIP+4 repeated down a column, 6 in 1,000 do) does not decide. A header that names the system
     * waives it: a {@code STATE} column holding only {@code NE} is a state column.
     */
    public static final int MIN_DISTINCT_VALUES = 3;

    /** The share, in percent, of values a self-evident system must pass in a code column of mixed systems: 75. */
    public static final int MIN_MIXED_SHARE_PERCENT = 75;

    /** Header and context text beyond this length is not searched for names (no header is that long). */
    private static final int MAX_NAME_TEXT = 256;

    private static final CodeSystem[] SYSTEMS = CodeSystem.values();

    private CodeSystems() {
    }

    /**
     * Same as {@link #recognize(String, String, Collection)} without a context.
     *
     * @param header the column's header
     * @param values sampled values; null and blank ones are skipped
     * @return the best system, or empty when none qualifies or no value is non-blank
     * @throws NullPointerException if {@code header} or {@code values} is null
     */
    public static Optional<CodeSystemMatch> recognize(String header, Collection<String> values) {
        return recognize("", header, values);
    }

    /**
     * Judges a column.
     *
     * @param context extra naming evidence, typically the table name ({@code "immunizations"}); {@code ""} for none.
     *     A word in it that names a system counts only when the header says the column holds codes (a word
     *     {@code code} or {@code cd}: {@code CODE}, {@code REASONCODE}), and ranks below a header that names one
     *     and below a self-evident system that nothing names
     * @param header the column's header ({@code "CODE"}, {@code "gender_concept_id"}, {@code "IcdCode"})
     * @param values sampled values, each stripped of leading and trailing white space; null and blank ones are skipped
     * @return the best qualifying system with its counts and an evidence sentence (which holds no value), or empty
     * @throws NullPointerException if an argument is null
     */
    public static Optional<CodeSystemMatch> recognize(String context, String header, Collection<String> values) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(values, "values");
        List<String> sample = new ArrayList<>(values.size());
        for (String v : values) {
            if (v != null) {
                String s = v.strip();
                if (!s.isEmpty()) {
                    sample.add(s);
                }
            }
        }
        if (sample.isEmpty()) {
            return Optional.empty();
        }
        Set<String> headerWords = words(header);
        Set<String> contextWords = saysCode(headerWords) ? words(context) : Set.of();
        int needed = (int) Math.ceil(MIN_SHARE * sample.size() - 1e-9);
        CodeSystemMatch best = null;
        for (CodeSystem system : SYSTEMS) {
            CodeSystemMatch.NamedBy namedBy = names(headerWords, system) ? CodeSystemMatch.NamedBy.HEADER
                    : names(contextWords, system) ? CodeSystemMatch.NamedBy.CONTEXT : CodeSystemMatch.NamedBy.NONE;
            boolean named = namedBy != CodeSystemMatch.NamedBy.NONE;
            if (!named && !system.selfEvident()) {
                continue;
            }
            CodeSystemMatch m = judge(system, sample, needed, namedBy);
            if (m != null && (best == null || better(m, best))) {
                best = m;
            }
        }
        if (best == null && saysCode(headerWords)) {
            return mixed(sample);
        }
        return best == null ? Optional.empty() : Optional.of(withEvidence(best, sample));
    }

    /**
     * A code column that mixes systems (Synthea's allergies: SNOMED CT substances beside RxNorm drugs): a
     * self-evident system that no header names passes at least {@link #MIN_MIXED_SHARE_PERCENT} percent of the values with
     * {@link #MIN_DISTINCT_VALUES} distinct ones, and every other value passes the format of another system.
     * Only asked when the header says the column holds codes.
     */
    private static Optional<CodeSystemMatch> mixed(List<String> sample) {
        for (CodeSystem system : SYSTEMS) {
            if (!system.selfEvident()) {
                continue;
            }
            int matched = 0;
            Set<String> distinct = new HashSet<>();
            boolean explained = true;
            for (String v : sample) {
                if (system.testWithoutHeader(v)) {
                    matched++;
                    distinct.add(v);
                    continue;
                }
                boolean other = false;
                for (CodeSystem o : SYSTEMS) {
                    if (o != system && o.test(v)) {
                        other = true;
                        break;
                    }
                }
                if (!other) {
                    explained = false;
                    break;
                }
            }
            if (explained && matched * 100L >= MIN_MIXED_SHARE_PERCENT * (long) sample.size()
                    && distinct.size() >= MIN_DISTINCT_VALUES) {
                return Optional.of(new CodeSystemMatch(system, matched, sample.size(), distinct.size(),
                        CodeSystemMatch.NamedBy.NONE, evidence(system, matched, sample.size(), distinct.size(),
                        CodeSystemMatch.NamedBy.NONE) + "; the header says codes and the other " + (sample.size() - matched) + " have the format of another "
                        + "code system (a column of mixed code systems)"));
            }
        }
        return Optional.empty();
    }

    /** @return the match without its distinct count and evidence (filled in for the winner only), or null */
    private static CodeSystemMatch judge(CodeSystem system, List<String> sample, int needed,
            CodeSystemMatch.NamedBy namedBy) {
        boolean named = namedBy != CodeSystemMatch.NamedBy.NONE;
        int allowedFailures = sample.size() - needed;
        int matched = 0;
        int failed = 0;
        // Distinct passing values are only counted up to MIN_DISTINCT_VALUES here; the exact count is taken once,
        // for the winner, so rejected candidates cost no hashing.
        String first = null;
        String second = null;
        int distinct = 0;
        for (String v : sample) {
            if (named ? system.test(v) : system.testWithoutHeader(v)) {
                matched++;
                if (distinct < MIN_DISTINCT_VALUES) {
                    if (first == null) {
                        first = v;
                        distinct = 1;
                    } else if (!v.equals(first) && (second == null || !v.equals(second))) {
                        if (second == null) {
                            second = v;
                            distinct = 2;
                        } else {
                            distinct = 3;
                        }
                    }
                }
            } else if (++failed > allowedFailures) {
                return null;
            }
        }
        if (!named && distinct < MIN_DISTINCT_VALUES) {
            return null;
        }
        return new CodeSystemMatch(system, matched, sample.size(), Math.min(distinct, matched), namedBy, "");
    }

    private static CodeSystemMatch withEvidence(CodeSystemMatch m, List<String> sample) {
        boolean named = m.namedBy() != CodeSystemMatch.NamedBy.NONE;
        Set<String> distinct = new HashSet<>(Math.max(16, m.matched() * 2));
        for (String v : sample) {
            if (named ? m.system().test(v) : m.system().testWithoutHeader(v)) {
                distinct.add(v);
            }
        }
        return new CodeSystemMatch(m.system(), m.matched(), m.sampled(), distinct.size(), m.namedBy(),
                evidence(m.system(), m.matched(), m.sampled(), distinct.size(), m.namedBy()));
    }

    private static String evidence(CodeSystem system, int matched, int sampled, int distinct,
            CodeSystemMatch.NamedBy namedBy) {
        String counts = matched + " of " + sampled + (sampled == 1 ? " value" : " values") + " (" + distinct
                + " distinct) " + (matched == 1 ? "passes " : "pass ") + system.rule();
        return switch (namedBy) {
            case HEADER -> counts + "; the header names " + system.displayName();
            case CONTEXT -> counts + "; the context (table) names " + system.displayName();
            case NONE -> counts;
        };
    }

    private static boolean better(CodeSystemMatch a, CodeSystemMatch b) {
        int ra = rank(a.namedBy());
        int rb = rank(b.namedBy());
        if (ra != rb) {
            return ra < rb;
        }
        return a.share() > b.share(); // on a tie the earlier system, already held, stays
    }

    private static int rank(CodeSystemMatch.NamedBy namedBy) {
        return switch (namedBy) {
            case HEADER -> 0;
            case NONE -> 1;
            case CONTEXT -> 2;
        };
    }

    /**
     * @return whether the header says its column holds codes ({@code CODE}, {@code REASONCODE}, {@code code_value},
     *     {@code hcpcs_cd}): only then may the context name the system, since a table name says what its code column
     *     holds, not what its counts and amounts are
     */
    static boolean saysCode(Set<String> headerWords) {
        for (String w : headerWords) {
            if (w.equals("cd") || w.startsWith("code") || w.endsWith("code") || w.endsWith("codes")) {
                return true;
            }
        }
        return false;
    }

    /** @return whether one of the words names the system: equals one of its header words, or starts or ends with one */
    static boolean names(Set<String> words, CodeSystem system) {
        for (String w : words) {
            for (String name : system.headerWords()) {
                if (w.startsWith(name) || w.endsWith(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Splits a header or table name into normalized words (diacritics removed first, so {@code Województwo} gives
     * {@code wojewodztwo}): runs of ASCII letters and digits, split again where lower
     * case meets upper case ({@code IcdCode}) and where letters meet digits ({@code icd10}); then every run of up to
     * four adjacent words joined ({@code gender_concept_id} gives {@code conceptid}, {@code ICD_10_CM} gives
     * {@code icd10cm}), in lower case.
     */
    static Set<String> words(String text) {
        String t = ClosedVocabulary.fold(text.length() > MAX_NAME_TEXT ? text.substring(0, MAX_NAME_TEXT) : text);
        List<String> tokens = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (!letter && !digit) {
                flush(cur, tokens);
                prev = 0;
                continue;
            }
            boolean boundary = prev != 0 && (prev >= 'a' && prev <= 'z' && c >= 'A' && c <= 'Z'
                    || CheckDigits.isAsciiDigit(prev) != digit);
            if (boundary) {
                flush(cur, tokens);
            }
            cur.append(Character.toLowerCase(c));
            prev = c;
        }
        flush(cur, tokens);
        Set<String> words = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder joined = new StringBuilder();
            for (int j = i; j < Math.min(tokens.size(), i + 4); j++) {
                joined.append(tokens.get(j));
                words.add(joined.toString());
            }
        }
        return words;
    }

    private static void flush(StringBuilder cur, List<String> tokens) {
        if (cur.length() > 0) {
            tokens.add(cur.toString());
            cur.setLength(0);
        }
    }
}
