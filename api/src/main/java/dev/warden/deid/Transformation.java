package dev.warden.deid;

import dev.warden.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to do to the values of one column: a closed family of values. A {@link Deidentifier} compiles a
 * transformation, with its key and consistency domain, into a {@link ValueTransformer}.
 *
 * <p>Every transformation works on Unicode code points and never splits a surrogate pair. The ones that are
 * format-preserving ({@link CharacterMask}, {@link FormatPreservingEncryption}, {@link DateShift}) keep the input's
 * separators and letter case. The JSON names of the kinds (as used by the job specification and by
 * {@code warden transform --kind}) are given in each record's Javadoc and by {@link #kind()}.
 *
 * <p>Reversible kinds: only {@link FormatPreservingEncryption} and {@link KeyedToken}; reversal is a separate
 * capability of the {@link Deidentifier} ({@code reverse}), off unless enabled.
 */
public sealed interface Transformation
        permits Transformation.Keep, Transformation.Suppress, Transformation.Redact, Transformation.Replace,
        Transformation.CharacterMask, Transformation.KeyedHash, Transformation.FormatPreservingEncryption,
        Transformation.Pseudonym, Transformation.KeyedToken, Transformation.DateToYear,
        Transformation.BirthDateToYear, Transformation.DateShift, Transformation.DateToMonth,
        Transformation.DateToRange, Transformation.NumericBucket, Transformation.NumericRanges,
        Transformation.ZipToThreeDigits, Transformation.AgeTopCode, Transformation.HierarchyGeneralization {

    /** @return the kind's name in the job specification and on the command line, e.g. {@code ff1} */
    String kind();

    /** @return whether the result depends on a key (the job key, derived per consistency domain) */
    default boolean keyed() {
        return false;
    }

    /** @return whether the transformer needs the row's entity id ({@link ValueTransformer#apply(String, String)}) */
    default boolean needsEntity() {
        return false;
    }

    /** Keep the value as it is; states explicitly that the column was looked at. Kind {@code keep}. */
    record Keep() implements Transformation {
        @Override
        public String kind() {
            return "keep";
        }
    }

    /** Replace the value with SQL NULL (an empty cell in files): the transformer returns {@code null}. Kind {@code suppress}. */
    record Suppress() implements Transformation {
        @Override
        public String kind() {
            return "suppress";
        }
    }

    /** Remove the value: an empty string. Kind {@code redact}. */
    record Redact() implements Transformation {
        @Override
        public String kind() {
            return "redact";
        }
    }

    /**
     * Replace the value with a constant, for example the identifier's label {@code <SSN>}. Kind {@code replace}.
     *
     * @param value the constant; may be empty, never null
     */
    record Replace(String value) implements Transformation {
        public Replace {
            Objects.requireNonNull(value, "replace: value");
        }

        /** @return a replacement by the label of {@code type}, e.g. {@code <SSN>} */
        public static Replace label(IdentifierType type) {
            return new Replace("<" + type.label() + ">");
        }

        @Override
        public String kind() {
            return "replace";
        }
    }

    /**
     * Keep the first {@code keepFirst} and last {@code keepLast} code points and mask the rest. A value of no more
     * than {@code keepFirst + keepLast} (maskable) code points is masked entirely, never returned as is. The result
     * has as many code points as the input. Kind {@code mask}.
     *
     * <p>With {@code keepSeparators}, the separators {@code - . @ ( )} and space stay in place, are not masked and
     * are not counted in {@code keepFirst}/{@code keepLast}: {@code 4111-1111-1111-1234} with keepLast 4 gives
     * {@code ****-****-****-1234}. Code points are counted, not grapheme clusters: a combining mark is one code point.
     *
     * @param keepFirst code points kept at the start, 0 or more
     * @param keepLast code points kept at the end, 0 or more
     * @param maskCodePoint the code point written in place of each masked one (a valid, non-surrogate code point)
     * @param keepSeparators whether {@code - . @ ( )} and space stay in place
     */
    record CharacterMask(int keepFirst, int keepLast, int maskCodePoint, boolean keepSeparators)
            implements Transformation {
        public CharacterMask {
            if (keepFirst < 0 || keepLast < 0) {
                throw new InvalidInputException("mask: keep-first and keep-last must be 0 or more");
            }
            if (!Character.isValidCodePoint(maskCodePoint)
                    || (maskCodePoint >= Character.MIN_SURROGATE && maskCodePoint <= Character.MAX_SURROGATE)) {
                throw new InvalidInputException("mask: the mask character is not a valid Unicode scalar value");
            }
        }

        /** @return a mask keeping the last {@code n} code points, masking with {@code *}, separators kept */
        public static CharacterMask keepLast(int n) {
            return new CharacterMask(0, n, '*', true);
        }

        @Override
        public String kind() {
            return "mask";
        }
    }

    /**
     * Keyed hash: HMAC-SHA256 (RFC 2104, FIPS 180-4) of the UTF-8 bytes of the value, under the domain's key.
     * Irreversible; deterministic within a key and domain. Kind {@code hmac}.
     *
     * @param encoding how the 32-byte MAC is written
     * @param length characters of the encoded MAC kept (truncation), 0 for all of it (64 hex or 43 base64url);
     *     at least 16 when truncated, so that collisions stay improbable
     * @param prefix written before the encoded MAC, e.g. {@code pid_}; may be empty
     */
    record KeyedHash(HashEncoding encoding, int length, String prefix) implements Transformation {
        public KeyedHash {
            Objects.requireNonNull(encoding, "hmac: encoding");
            Objects.requireNonNull(prefix, "hmac: prefix");
            if (length != 0 && length < 16) {
                throw new InvalidInputException("hmac: length must be 0 (all) or at least 16 characters");
            }
            int max = encoding == HashEncoding.HEX ? 64 : 43;
            if (length > max) {
                throw new InvalidInputException("hmac: length must be at most " + max + " for " + encoding);
            }
        }

        /** @return the full MAC in lowercase hex, no prefix */
        public static KeyedHash hex() {
            return new KeyedHash(HashEncoding.HEX, 0, "");
        }

        @Override
        public String kind() {
            return "hmac";
        }

        @Override
        public boolean keyed() {
            return true;
        }
    }

    /**
     * Format-preserving encryption, NIST SP 800-38G Rev. 1: FF1 or FF3-1 with AES. The characters of the value that
     * belong to the alphabet are encrypted as one numeral string; all others (separators) stay where they are, so
     * {@code 000-12-3456} keeps its dashes and leading zeros stay digits. Kinds {@code ff1} and {@code ff3-1}.
     *
     * <p>Domains smaller than 1,000,000 (radix<sup>length</sup>) are below the standard's minimum: they are
     * rejected with an {@link dev.warden.InvalidInputException} unless {@code smallDomain} chooses a fallback.
     *
     * @param algorithm FF1 or FF3-1
     * @param alphabet the numerals, in order (the position is the numeral's value)
     * @param tweakHex the tweak in hex: any length (even number of digits, up to 256 bytes) for FF1, exactly 14
     *     digits (56 bits) for FF3-1; empty for no tweak (FF1 only)
     * @param smallDomain what to do with a value whose domain is below 1,000,000
     */
    record FormatPreservingEncryption(FpeAlgorithm algorithm, Alphabet alphabet, String tweakHex,
                                      SmallDomainFallback smallDomain) implements Transformation {
        public FormatPreservingEncryption {
            Objects.requireNonNull(algorithm, "fpe: algorithm");
            Objects.requireNonNull(alphabet, "fpe: alphabet");
            Objects.requireNonNull(tweakHex, "fpe: tweak");
            Objects.requireNonNull(smallDomain, "fpe: small-domain fallback");
            if (!tweakHex.matches("([0-9a-fA-F]{2})*")) {
                throw new InvalidInputException("fpe: the tweak must be hex with an even number of digits");
            }
            if (tweakHex.length() > 512) {
                throw new InvalidInputException("fpe: the tweak is longer than 256 bytes");
            }
            if (algorithm == FpeAlgorithm.FF3_1) {
                if (tweakHex.length() != 14) {
                    throw new InvalidInputException("ff3-1: the tweak must be 56 bits (14 hex digits)");
                }
                if (alphabet.radix() > 256) {
                    throw new InvalidInputException("ff3-1: the alphabet has more than 256 characters");
                }
            }
        }

        /** @return FF1 over {@code alphabet}, no tweak, small domains rejected */
        public static FormatPreservingEncryption ff1(Alphabet alphabet) {
            return new FormatPreservingEncryption(FpeAlgorithm.FF1, alphabet, "", SmallDomainFallback.REJECT);
        }

        @Override
        public String kind() {
            return algorithm.kind();
        }

        @Override
        public boolean keyed() {
            return true;
        }
    }

    /**
     * Deterministic pseudonym substitution from a built-in dictionary, indexed by HMAC-SHA256 of the value (case
     * folded, trimmed) under the domain's key: the same input always gives the same pseudonym. Not collision-free:
     * two inputs can share a pseudonym (about n²/2d pairs among n distinct inputs and a dictionary of d entries);
     * use {@link KeyedToken} or {@link FormatPreservingEncryption} for keys. An input in all capitals gives a
     * pseudonym in all capitals. Kind {@code pseudonym}.
     *
     * @param dictionary which dictionary
     */
    record Pseudonym(PseudonymDictionary dictionary) implements Transformation {
        public Pseudonym {
            Objects.requireNonNull(dictionary, "pseudonym: dictionary");
        }

        @Override
        public String kind() {
            return "pseudonym";
        }

        @Override
        public boolean keyed() {
            return true;
        }
    }

    /**
     * Collision-free keyed token: deterministic authenticated encryption (AES-GCM-SIV, RFC 8452, with a nonce
     * derived from the domain key) of the value's UTF-8 bytes, written base64url after a prefix. Distinct inputs
     * always give distinct tokens, so a primary key stays unique; the token is longer than the input (22 characters
     * more). Reversible only through the re-identification capability. Kind {@code token}.
     *
     * @param prefix written before the token, e.g. {@code tok_}; may be empty
     */
    record KeyedToken(String prefix) implements Transformation {
        public KeyedToken {
            Objects.requireNonNull(prefix, "token: prefix");
        }

        @Override
        public String kind() {
            return "token";
        }

        @Override
        public boolean keyed() {
            return true;
        }
    }

    /**
     * Reduce a date or timestamp to its year, written as four digits ({@code 1989-05-25} gives {@code 1989}). 45
     * CFR 164.514(b)(2)(i)(C) allows the year. Kind {@code date-year}. Date formats: see {@link DateShift}.
     */
    record DateToYear() implements Transformation {
        @Override
        public String kind() {
            return "date-year";
        }
    }

    /**
     * Reduce a date of birth to its year, and a year that implies an age over 89 on {@code asOf} (that is, a year
     * at least 90 years before {@code asOf}'s year; conservative, so a person of 89 born in that year is also
     * aggregated) to the single category {@code 90+}, as 45 CFR 164.514(b)(2)(i)(C) requires. Kind
     * {@code birth-year}.
     *
     * @param asOf the date ages are reckoned on
     */
    record BirthDateToYear(LocalDate asOf) implements Transformation {
        public BirthDateToYear {
            Objects.requireNonNull(asOf, "birth-year: as-of date");
        }

        @Override
        public String kind() {
            return "birth-year";
        }
    }

    /**
     * Shift a date or timestamp by a keyed, per-entity number of days in [-maxDays, -1] ∪ [1, maxDays]: every
     * date of the same entity (the entity id passed to {@link ValueTransformer#apply(String, String)}) moves by
     * the same amount, so intervals between an entity's dates are preserved. Kind {@code date-shift}.
     *
     * <p>Formats read and written back as they came: ISO-8601 date ({@code 2020-01-31}), ISO-8601 date-time with
     * or without offset or zone ({@code 2020-01-31T10:15:30Z}, also with a space instead of {@code T}),
     * {@code M/d/yyyy} (with or without leading zeros) and {@code yyyyMMdd}. Only the date part changes; the time
     * of day and the zone are kept.
     *
     * @param maxDays the largest shift in days, 1 to 3650
     */
    record DateShift(int maxDays) implements Transformation {
        public DateShift {
            if (maxDays < 1 || maxDays > 3650) {
                throw new InvalidInputException("date-shift: max-days must be between 1 and 3650");
            }
        }

        @Override
        public String kind() {
            return "date-shift";
        }

        @Override
        public boolean keyed() {
            return true;
        }

        @Override
        public boolean needsEntity() {
            return true;
        }
    }

    /**
     * Generalize a date to its month: the same format with the day set to the first ({@code 2020-01-31} gives
     * {@code 2020-01-01}); a timestamp gives its date only. Kind {@code date-month}.
     */
    record DateToMonth() implements Transformation {
        @Override
        public String kind() {
            return "date-month";
        }
    }

    /**
     * Generalize a date to a range of years aligned on multiples of {@code years}: with 5, {@code 1987-03-02}
     * gives {@code 1985-1989}. Kind {@code date-range}.
     *
     * @param years the width of the range in years, 2 to 100
     */
    record DateToRange(int years) implements Transformation {
        public DateToRange {
            if (years < 2 || years > 100) {
                throw new InvalidInputException("date-range: years must be between 2 and 100");
            }
        }

        @Override
        public String kind() {
            return "date-range";
        }
    }

    /**
     * Numeric bucketing with a fixed width: a number x goes to the half-open interval
     * {@code [k*width, (k+1)*width)}. With an integer width and an integer value it is written {@code lo-last}
     * ({@code 37} with width 10 gives {@code 30-39}, {@code -3} gives {@code -10--1}); otherwise {@code [lo, hi)}
     * ({@code 2.5} with width 0.5 gives {@code [2.5, 3.0)}). Kind {@code bucket}.
     *
     * @param width the bucket width, positive
     */
    record NumericBucket(BigDecimal width) implements Transformation {
        public NumericBucket {
            Objects.requireNonNull(width, "bucket: width");
            if (width.signum() <= 0) {
                throw new InvalidInputException("bucket: width must be positive");
            }
        }

        @Override
        public String kind() {
            return "bucket";
        }
    }

    /**
     * Numeric bucketing with custom bounds b0 &lt; b1 &lt; ... : below b0 gives {@code <b0}, at or above the last
     * gives {@code >=bn}, otherwise {@code [bi, bi+1)}. Kind {@code ranges}.
     *
     * @param bounds strictly increasing, at least one
     */
    record NumericRanges(List<BigDecimal> bounds) implements Transformation {
        public NumericRanges {
            bounds = List.copyOf(bounds);
            if (bounds.isEmpty()) {
                throw new InvalidInputException("ranges: give at least one bound");
            }
            for (int i = 1; i < bounds.size(); i++) {
                if (bounds.get(i).compareTo(bounds.get(i - 1)) <= 0) {
                    throw new InvalidInputException("ranges: bounds must be strictly increasing (bound " + i + ")");
                }
            }
        }

        @Override
        public String kind() {
            return "ranges";
        }
    }

    /**
     * Generalize a US ZIP or ZIP+4 code ({@code 68504}, {@code 68504-1234}, {@code 685041234}) to its first three
     * digits, or to {@code 000} when those three digits are a restricted area (45 CFR 164.514(b)(2)(i)(B): areas of
     * 20,000 people or fewer). Kind {@code zip3}.
     *
     * @param restricted three-digit areas written as {@code 000}; {@link #CENSUS_2000_RESTRICTED} by default
     */
    record ZipToThreeDigits(Set<String> restricted) implements Transformation {
        /** The 17 three-digit ZIP areas with 20,000 people or fewer in the 2000 census (HHS guidance). */
        public static final Set<String> CENSUS_2000_RESTRICTED = Set.of("036", "059", "063", "102", "203", "556",
                "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893");

        public ZipToThreeDigits {
            restricted = Set.copyOf(restricted);
            for (String area : restricted) {
                if (!area.matches("[0-9]{3}")) {
                    throw new InvalidInputException("zip3: a restricted area must be three digits");
                }
            }
        }

        /** @return the generalization with the 2000-census restricted list */
        public static ZipToThreeDigits census2000() {
            return new ZipToThreeDigits(CENSUS_2000_RESTRICTED);
        }

        @Override
        public String kind() {
            return "zip3";
        }
    }

    /**
     * Top-code ages: an age (integer or decimal years) above {@code maxAge} becomes {@code label}; others stay. An age
     * band of five or ten years ({@code 90-94}) or an open one ({@code 95+}) becomes {@code label} when its lowest age
     * is above {@code maxAge}; a band spanning it ({@code 85-94}) stays. Safe Harbor uses 89 and {@code 90+} (45 CFR
     * 164.514(b)(2)(i)(C)); ages in months use 1079 and {@code 1080+}. Kind {@code age}.
     *
     * @param maxAge the largest age kept, 0 or more
     * @param label the category for older ages
     */
    record AgeTopCode(int maxAge, String label) implements Transformation {
        public AgeTopCode {
            Objects.requireNonNull(label, "age: label");
            if (maxAge < 0) {
                throw new InvalidInputException("age: max-age must be 0 or more");
            }
        }

        /** @return the Safe Harbor rule: ages over 89 become {@code 90+} */
        public static AgeTopCode safeHarbor() {
            return new AgeTopCode(89, "90+");
        }

        @Override
        public String kind() {
            return "age";
        }
    }

    /**
     * Hierarchy-based generalization: replace a value by its ancestor at {@code level} of a generalization
     * hierarchy (level 0 is the value itself). A value missing from the hierarchy is rejected. Kind
     * {@code hierarchy}.
     *
     * @param hierarchy the hierarchy
     * @param level the level, 0 to the hierarchy's depth
     */
    record HierarchyGeneralization(Hierarchy hierarchy, int level) implements Transformation {
        public HierarchyGeneralization {
            Objects.requireNonNull(hierarchy, "hierarchy");
            if (level < 0 || level > hierarchy.depth()) {
                throw new InvalidInputException("hierarchy '" + hierarchy.name() + "': level must be between 0 and "
                        + hierarchy.depth());
            }
        }

        @Override
        public String kind() {
            return "hierarchy";
        }
    }
}
