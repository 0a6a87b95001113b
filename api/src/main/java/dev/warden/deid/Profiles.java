package dev.warden.deid;

import dev.warden.InvalidInputException;
import dev.warden.deid.Transformation.AgeTopCode;
import dev.warden.deid.Transformation.BirthDateToYear;
import dev.warden.deid.Transformation.CharacterMask;
import dev.warden.deid.Transformation.DateShift;
import dev.warden.deid.Transformation.DateToYear;
import dev.warden.deid.Transformation.FormatPreservingEncryption;
import dev.warden.deid.Transformation.KeyedHash;
import dev.warden.deid.Transformation.Pseudonym;
import dev.warden.deid.Transformation.Replace;
import dev.warden.deid.Transformation.Suppress;
import dev.warden.deid.Transformation.ZipToThreeDigits;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The built-in {@link Profile profiles}: {@code hipaa-safe-harbor}, {@code test-data} and {@code gdpr-erasure}. */
public final class Profiles {

    /** The names of the built-in profiles. */
    public static final List<String> NAMES = List.of("hipaa-safe-harbor", "test-data", "gdpr-erasure");

    private static final String SH = "45 CFR 164.514(b)(2)(i)";

    private Profiles() {
    }

    /**
     * @param name one of {@link #NAMES}
     * @param asOf the as-of date of the age rules
     * @return the built-in profile
     * @throws InvalidInputException for another name
     */
    public static Profile named(String name, LocalDate asOf) {
        return switch (name) {
            case "hipaa-safe-harbor" -> hipaaSafeHarbor(asOf);
            case "test-data" -> testData(asOf);
            case "gdpr-erasure" -> gdprErasure(asOf);
            default -> throw new InvalidInputException("profile: unknown name (use " + String.join(", ", NAMES) + ")");
        };
    }

    /**
     * HIPAA Safe Harbor, 45 CFR 164.514(b)(2): each of the 18 identifiers (and the finer kinds of
     * {@link IdentifierType}) is removed, replaced by a label, or replaced by a keyed pseudonym (HMAC-SHA256 under a
     * secret key never released with the data, so the pseudonym is a re-identification code in the sense of
     * 164.514(c)); ZIP codes are cut to three digits, {@code 000} for the 17 restricted areas; dates keep their year
     * only; ages over 89 and the birth years implying them become {@code 90+}, reckoned on {@code asOf}. The notes
     * of the profile give the paragraph for each identifier.
     *
     * <p>Safe Harbor also needs the covered entity to have no actual knowledge that the remaining information could
     * identify the individual (164.514(b)(2)(ii)); no transformation can state that.
     *
     * @param asOf the date ages are reckoned on
     * @return the profile
     */
    public static Profile hipaaSafeHarbor(LocalDate asOf) {
        Rules r = new Rules(SH);
        KeyedHash code = new KeyedHash(HashEncoding.HEX, 32, "");
        r.put(IdentifierType.NAME, new Pseudonym(PseudonymDictionary.FULL_NAME),
                "(A) names: replaced by a keyed pseudonym from an invented dictionary");
        r.put(IdentifierType.GIVEN_NAME, new Pseudonym(PseudonymDictionary.FIRST_NAME),
                "(A) given names: replaced by a keyed pseudonym from an invented dictionary");
        r.put(IdentifierType.FAMILY_NAME, new Pseudonym(PseudonymDictionary.LAST_NAME),
                "(A) family names: replaced by a keyed pseudonym from an invented dictionary");
        r.put(IdentifierType.GEOGRAPHIC_SUBDIVISION, new Suppress(),
                "(B) geographic subdivisions smaller than a state: removed");
        r.put(IdentifierType.STREET_ADDRESS, new Pseudonym(PseudonymDictionary.STREET_ADDRESS),
                "(B) street address: replaced by a keyed pseudonym (invented street)");
        r.put(IdentifierType.CITY, new Pseudonym(PseudonymDictionary.CITY),
                "(B) city: replaced by a keyed pseudonym (invented town)");
        r.put(IdentifierType.COUNTY, new Pseudonym(PseudonymDictionary.COUNTY),
                "(B) county: replaced by a keyed pseudonym (invented county)");
        r.put(IdentifierType.GEOCOORDINATE, new Suppress(), "(B) geocodes: removed");
        r.put(IdentifierType.ZIP_CODE, ZipToThreeDigits.census2000(),
                "(B) ZIP code: first three digits kept, 000 for the 17 areas of 20,000 people or fewer (2000 census)");
        r.put(IdentifierType.DATE, new DateToYear(), "(C) dates related to an individual: year only");
        r.put(IdentifierType.DATE_OF_BIRTH, new BirthDateToYear(asOf),
                "(C) date of birth: year only; years implying an age over 89 on " + asOf + " become 90+");
        r.put(IdentifierType.AGE, AgeTopCode.safeHarbor(), "(C) ages over 89: aggregated into 90+");
        r.put(IdentifierType.TELEPHONE_NUMBER, Replace.label(IdentifierType.TELEPHONE_NUMBER),
                "(D) telephone numbers: replaced by the label <PHONE>");
        r.put(IdentifierType.FAX_NUMBER, Replace.label(IdentifierType.FAX_NUMBER),
                "(E) fax numbers: replaced by the label <FAX>");
        r.put(IdentifierType.EMAIL_ADDRESS, new Pseudonym(PseudonymDictionary.EMAIL),
                "(F) e-mail addresses: replaced by a keyed pseudonym at an example.* domain (RFC 2606)");
        r.put(IdentifierType.SOCIAL_SECURITY_NUMBER, code, "(G) SSN: replaced by a keyed code (HMAC-SHA256)");
        r.put(IdentifierType.MEDICAL_RECORD_NUMBER, code, "(H) medical record numbers: replaced by a keyed code");
        r.put(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, code,
                "(I) health plan beneficiary numbers: replaced by a keyed code");
        r.put(IdentifierType.ACCOUNT_NUMBER, code, "(J) account numbers: replaced by a keyed code");
        r.put(IdentifierType.CREDIT_CARD_NUMBER, code, "(J) card numbers: replaced by a keyed code");
        r.put(IdentifierType.IBAN, code, "(J) IBAN: replaced by a keyed code");
        r.put(IdentifierType.CERTIFICATE_LICENSE_NUMBER, code,
                "(K) certificate/license numbers: replaced by a keyed code");
        r.put(IdentifierType.NATIONAL_ID, code, "(R) national ids, passports (a license is (K)): replaced by a keyed code");
        r.put(IdentifierType.VEHICLE_IDENTIFIER, code, "(L) vehicle identifiers: replaced by a keyed code");
        r.put(IdentifierType.DEVICE_IDENTIFIER, code, "(M) device identifiers: replaced by a keyed code");
        r.put(IdentifierType.URL, Replace.label(IdentifierType.URL), "(N) URLs: replaced by the label <URL>");
        r.put(IdentifierType.IP_ADDRESS, Replace.label(IdentifierType.IP_ADDRESS),
                "(O) IP addresses: replaced by the label <IP>");
        r.put(IdentifierType.BIOMETRIC_IDENTIFIER, new Suppress(), "(P) biometric identifiers: removed");
        r.put(IdentifierType.FULL_FACE_PHOTOGRAPH, new Suppress(), "(Q) full-face photographs: removed");
        r.put(IdentifierType.OTHER_UNIQUE_IDENTIFIER, code,
                "(R) other unique numbers and codes (record ids): replaced by a keyed code, so joins survive");
        return new Profile("hipaa-safe-harbor", "HIPAA Safe Harbor de-identification, " + SH
                + "(A)-(R): identifiers removed or replaced by keyed pseudonyms, ZIP to three digits, dates to year, "
                + "ages over 89 to 90+ (as of " + asOf + ").", r.transformations, r.notes, true, asOf,
                KeyPolicy.JOB_KEY);
    }

    /**
     * Test data: realistic and consistent, NOT Safe Harbor. Consistent pseudonyms for names and places,
     * format-preserving encryption (FF1) for numbers and keys (collision-free, so keys stay unique and joins
     * survive), per-entity date shifting of up to a year (intervals within an entity kept). The output still
     * carries exact date intervals, ZIP prefixes and quasi-identifiers: treat it as personal data.
     *
     * @param asOf the date ages are reckoned on
     * @return the profile
     */
    public static Profile testData(LocalDate asOf) {
        Rules r = new Rules();
        FormatPreservingEncryption digits = new FormatPreservingEncryption(FpeAlgorithm.FF1, Alphabet.DIGITS, "",
                SmallDomainFallback.MASK);
        FormatPreservingEncryption ids = new FormatPreservingEncryption(FpeAlgorithm.FF1, Alphabet.ALPHANUMERIC, "",
                SmallDomainFallback.REJECT);
        FormatPreservingEncryption digitIds = FormatPreservingEncryption.ff1(Alphabet.DIGITS);
        r.put(IdentifierType.NAME, new Pseudonym(PseudonymDictionary.FULL_NAME), "consistent full-name pseudonym");
        r.put(IdentifierType.GIVEN_NAME, new Pseudonym(PseudonymDictionary.FIRST_NAME), "consistent pseudonym");
        r.put(IdentifierType.FAMILY_NAME, new Pseudonym(PseudonymDictionary.LAST_NAME), "consistent pseudonym");
        r.put(IdentifierType.GEOGRAPHIC_SUBDIVISION, new Suppress(), "removed (shape unknown)");
        r.put(IdentifierType.STREET_ADDRESS, new Pseudonym(PseudonymDictionary.STREET_ADDRESS),
                "consistent invented street");
        r.put(IdentifierType.CITY, new Pseudonym(PseudonymDictionary.CITY), "consistent invented town");
        r.put(IdentifierType.COUNTY, new Pseudonym(PseudonymDictionary.COUNTY), "consistent invented county");
        r.put(IdentifierType.GEOCOORDINATE, new Suppress(), "removed");
        r.put(IdentifierType.ZIP_CODE, new CharacterMask(3, 0, '0', true),
                "first three digits kept, the rest zeroed (same shape)");
        r.put(IdentifierType.DATE, new DateShift(365), "shifted per entity by up to a year, same format");
        r.put(IdentifierType.DATE_OF_BIRTH, new DateShift(365), "shifted per entity by up to a year, same format");
        r.put(IdentifierType.AGE, AgeTopCode.safeHarbor(), "ages over 89 to 90+");
        r.put(IdentifierType.TELEPHONE_NUMBER, digits, "FF1 on the digits, separators kept");
        r.put(IdentifierType.FAX_NUMBER, digits, "FF1 on the digits, separators kept");
        r.put(IdentifierType.EMAIL_ADDRESS, new Pseudonym(PseudonymDictionary.EMAIL),
                "consistent pseudonym at an example.* domain");
        r.put(IdentifierType.SOCIAL_SECURITY_NUMBER, digitIds, "FF1 on the digits, dashes kept, unique");
        r.put(IdentifierType.MEDICAL_RECORD_NUMBER, ids, "FF1 on letters and digits, unique");
        r.put(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, ids, "FF1 on letters and digits, unique");
        r.put(IdentifierType.ACCOUNT_NUMBER, ids, "FF1 on letters and digits, unique");
        r.put(IdentifierType.CREDIT_CARD_NUMBER, digitIds, "FF1 on the digits (the Luhn digit is not kept valid)");
        r.put(IdentifierType.IBAN, ids, "FF1 on letters and digits (the check digits are not kept valid)");
        r.put(IdentifierType.CERTIFICATE_LICENSE_NUMBER, ids, "FF1 on letters and digits, unique");
        r.put(IdentifierType.NATIONAL_ID, ids, "FF1 on letters and digits, unique");
        r.put(IdentifierType.VEHICLE_IDENTIFIER, ids, "FF1 on letters and digits, unique");
        r.put(IdentifierType.DEVICE_IDENTIFIER, ids, "FF1 on letters and digits, unique");
        r.put(IdentifierType.URL, Replace.label(IdentifierType.URL), "replaced by <URL>");
        r.put(IdentifierType.IP_ADDRESS, Replace.label(IdentifierType.IP_ADDRESS), "replaced by <IP>");
        r.put(IdentifierType.BIOMETRIC_IDENTIFIER, new Suppress(), "removed");
        r.put(IdentifierType.FULL_FACE_PHOTOGRAPH, new Suppress(), "removed");
        r.put(IdentifierType.OTHER_UNIQUE_IDENTIFIER, ids, "FF1 on letters and digits: unique, joins survive");
        return new Profile("test-data", "Realistic test data: consistent pseudonyms, FF1 for numbers and keys, "
                + "per-entity date shifting. NOT HIPAA Safe Harbor: the output is still personal data.",
                r.transformations, r.notes, false, asOf, KeyPolicy.JOB_KEY);
    }

    /**
     * GDPR erasure: irreversible. Every personal-data kind is suppressed, replaced by a label, or replaced by a
     * keyed hash whose key is random for the run and never stored ({@link KeyPolicy#RANDOM_PER_RUN}): joins survive
     * inside one run, and nothing links back to the input after it.
     *
     * @param asOf the date ages are reckoned on
     * @return the profile
     */
    public static Profile gdprErasure(LocalDate asOf) {
        Rules r = new Rules();
        KeyedHash code = new KeyedHash(HashEncoding.HEX, 32, "");
        for (IdentifierType type : IdentifierType.values()) {
            switch (type) {
                case OTHER_UNIQUE_IDENTIFIER, MEDICAL_RECORD_NUMBER, HEALTH_PLAN_BENEFICIARY_NUMBER, ACCOUNT_NUMBER ->
                        r.put(type, code, "keyed hash under a random run key never stored: joins survive in this run only");
                case DATE, DATE_OF_BIRTH, GEOCOORDINATE, BIOMETRIC_IDENTIFIER, FULL_FACE_PHOTOGRAPH, AGE,
                        GEOGRAPHIC_SUBDIVISION, ZIP_CODE -> r.put(type, new Suppress(), "suppressed");
                default -> r.put(type, Replace.label(type), "replaced by the label <" + type.label() + ">");
            }
        }
        return new Profile("gdpr-erasure", "GDPR erasure: irreversible; personal data suppressed, replaced by a "
                + "label, or by a keyed hash under a random key that lives only for the run.", r.transformations,
                r.notes, false, asOf, KeyPolicy.RANDOM_PER_RUN);
    }

    private static final class Rules {
        final Map<IdentifierType, Transformation> transformations = new EnumMap<>(IdentifierType.class);
        final Map<IdentifierType, String> notes = new EnumMap<>(IdentifierType.class);
        private final String citation;

        Rules() {
            this("");
        }

        Rules(String citation) {
            this.citation = citation;
        }

        void put(IdentifierType type, Transformation transformation, String note) {
            transformations.put(type, transformation);
            notes.put(type, citation + note);
        }
    }
}
