package dev.warden.core.deid.detect;

import static dev.warden.core.deid.detect.CheckDigits.allDigits;
import static dev.warden.core.deid.detect.CheckDigits.isAsciiDigit;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Code systems and closed vocabularies whose values are shared by many people and identify no one: a column of them is
 * vocabulary, not an identifier, even when a value looks like a ZIP code or an account number. Each constant tests a
 * value by the system's published rule (a check digit, a grammar or a closed list) on ASCII characters only, so a
 * Unicode digit such as Arabic-Indic {@code '٣'} or a full-width {@code '３'} never passes.
 *
 * <p>{@link #selfEvident()} says whether values that pass are evidence on their own (a check digit or a closed list
 * that chance rarely meets) or only count when a header names the system (plain integers and short codes, which
 * chance meets all the time). {@link CodeSystems#recognize(String, String, java.util.Collection)} judges a column.
 */
public enum CodeSystem {

    /**
     * SNOMED CT concept identifiers (SCTIDs), core and extension: 6 to 18 ASCII digits without a leading zero, whose
     * last digit is a Verhoeff check digit over the whole identifier and whose partition identifier (the two digits
     * before the check digit) is {@code 00}, {@code 01} or {@code 02} (short format: concept, description,
     * relationship) or {@code 10}, {@code 11} or {@code 12} (long format, with a namespace). Source: SNOMED CT
     * Technical Implementation Guide, section "SNOMED CT Identifiers" (SCTID: partition identifier, check digit,
     * Verhoeff's dihedral check). A random 9-digit number passes with probability 6/1000.
     */
    SNOMED_CT("SNOMED CT", true, "the SNOMED CT Verhoeff check digit and partition identifier",
            "snomed", "snomedct", "sct", "sctid") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n < 6 || n > 18 || v.charAt(0) == '0' || !allDigits(v, 0, n)) {
                return false;
            }
            char p1 = v.charAt(n - 3);
            char p2 = v.charAt(n - 2);
            boolean partition = (p1 == '0' || p1 == '1') && p2 >= '0' && p2 <= '2';
            return partition && CheckDigits.verhoeffValid(v);
        }
    },

    /**
     * LOINC codes: 1 to 7 ASCII digits, a hyphen and a mod-10 check digit (for example {@code 8302-2}, body height).
     * Source: LOINC Users' Guide, Appendix "Calculating Mod 10 Check Digits" (Regenstrief Institute).
     */
    LOINC("LOINC", true, "the LOINC mod-10 check digit", "loinc", "loinccode", "loincnum") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n < 3 || n > 9 || v.charAt(n - 2) != '-' || !allDigits(v, 0, n - 2) || !isAsciiDigit(v.charAt(n - 1))) {
                return false;
            }
            return CheckDigits.mod10CheckDigit(v, 0, n - 2) == v.charAt(n - 1) - '0';
        }
    },

    /**
     * ICD-10-CM codes by their grammar: a letter, a digit, a digit or letter (the category, for example {@code E11},
     * {@code C4A}), then optionally a period and 1 to 4 digits or letters (etiology, anatomic site, severity, and the
     * 7th-character extension with placeholder {@code X}, for example {@code S02.0XXA}); the period may be omitted, as
     * in CMS's code files ({@code E119}). Upper case only. The letter {@code U} is accepted: ICD-10-CM's chapter 22,
     * "Codes for special purposes", holds {@code U07.1} (COVID-19) since FY2021 and {@code U09.9} since FY2022.
     * Without a header naming ICD-10, only the written forms that postal codes cannot take count as evidence: codes
     * with the period, and 3-character categories ending in a digit ({@code E11}); without the period,
     * {@code K1A0B1} (a Canadian postal code) and {@code B338TH} (a UK postcode) fit the grammar too.
     * Sources: CMS/NCHS ICD-10-CM Official Guidelines for Coding and Reporting, section I.A ("Conventions": code
     * structure, placeholder character, 7th characters); ICD-10-CM Tabular List.
     */
    ICD_10_CM("ICD-10-CM", true, "the ICD-10-CM code grammar", "icd", "icd10", "icd10cm", "icd10code", "icdcode",
            "dx", "diag", "diagnosis") {
        @Override
        boolean testWithoutHeader(String v) {
            int n = v.length();
            if (n < 3) {
                return false;
            }
            boolean distinctive = n == 3 ? isAsciiDigit(v.charAt(2)) : v.charAt(3) == '.';
            return distinctive && test(v);
        }

        @Override
        boolean test(String value) {
            String v = withoutGermanModifiers(value);
            int n = v.length();
            if (n < 3 || n > 8) {
                return false;
            }
            if (!isUpper(v.charAt(0)) || !isAsciiDigit(v.charAt(1)) || !isUpperAlnum(v.charAt(2))) {
                return false;
            }
            if (n == 3) {
                return true;
            }
            int from = v.charAt(3) == '.' ? 4 : 3;
            int rest = n - from;
            if (rest < 1 || rest > 4) {
                return false;
            }
            for (int i = from; i < n; i++) {
                if (!isUpperAlnum(v.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    },

    /**
     * ICD-9-CM codes by their grammar: 3 digits with an optional period and 1 to 2 digits (diagnoses, {@code 250.00}),
     * {@code V} and 2 digits with an optional period and 1 to 2 digits (supplementary classification,
     * {@code V70.0}), {@code E} and 3 digits with an optional period and 1 digit (external causes, {@code E880.9});
     * the period may be omitted ({@code 25000}), as in claims files. Not self-evident: without the period these are
     * plain 3- to 5-digit integers. Source: CDC/NCHS ICD-9-CM, Tabular List conventions.
     */
    ICD_9_CM("ICD-9-CM", false, "the ICD-9-CM code grammar", "icd", "icd9", "icd9cm", "icd9code") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n < 3 || n > 6) {
                return false;
            }
            char first = v.charAt(0);
            int category = first == 'V' ? 3 : first == 'E' ? 4 : 3;
            int maxTail = first == 'E' ? 1 : 2;
            int categoryFrom = first == 'V' || first == 'E' ? 1 : 0;
            if (n < category || !allDigits(v, categoryFrom, category)) {
                return false;
            }
            if (n == category) {
                return true;
            }
            int from = v.charAt(category) == '.' ? category + 1 : category;
            int tail = n - from;
            return tail >= 1 && tail <= maxTail && allDigits(v, from, n);
        }
    },

    /**
     * National Drug Codes: 10 digits in the labeler-product-package configurations 4-4-2, 5-3-2 or 5-4-1, written
     * with hyphens, or the 11-digit 5-4-2 form of HIPAA transactions, with or without hyphens. Self-evident in its
     * hyphenated forms only: 11 plain digits count only with a header naming NDC (a phone number with its country code
     * has 11 digits too). Source: FDA, National Drug Code Directory ("NDC format"); 45 CFR 162.1002 (11-digit form).
     */
    NDC("NDC", true, "the NDC 4-4-2, 5-3-2, 5-4-1 or 5-4-2 format", "ndc", "ndc10", "ndc11", "ndccode",
            "productndc", "packagendc") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n == 11) {
                return allDigits(v, 0, 11);
            }
            return hyphenated(v);
        }

        @Override
        boolean testWithoutHeader(String v) {
            return hyphenated(v);
        }

        private boolean hyphenated(String v) {
            int n = v.length();
            if (n != 12 && n != 13) {
                return false;
            }
            int h1 = v.indexOf('-');
            int h2 = v.indexOf('-', h1 + 1);
            if (h1 < 0 || h2 < 0 || v.indexOf('-', h2 + 1) >= 0) {
                return false;
            }
            int a = h1;
            int b = h2 - h1 - 1;
            int c = n - h2 - 1;
            boolean shape = n == 12 && (a == 4 && b == 4 && c == 2 || a == 5 && b == 3 && c == 2
                    || a == 5 && b == 4 && c == 1) || n == 13 && a == 5 && b == 4 && c == 2;
            return shape && allDigits(v, 0, h1) && allDigits(v, h1 + 1, h2) && allDigits(v, h2 + 1, n);
        }
    },

    /**
     * CDC CVX vaccine codes: integers of 1 to 3 digits, leading zeros allowed ({@code 03}, {@code 08}, {@code 140}).
     * Not self-evident. Source: CDC, IIS Code Sets, "Vaccines administered (CVX)".
     */
    CVX("CVX", false, "the CVX format (1 to 3 digits)", "cvx", "cvxcode", "vaccine", "vaccines", "vaccination",
            "vaccinations", "immunization", "immunizations") {
        @Override
        boolean test(String v) {
            int n = v.length();
            return n >= 1 && n <= 3 && allDigits(v, 0, n)
                    && !v.chars().allMatch(c -> c == '0');
        }
    },

    /**
     * RxNorm concept unique identifiers (RXCUI): positive integers of 1 to 7 digits without a leading zero. Not
     * self-evident. Source: NLM, RxNorm Technical Documentation ("RXCUI").
     */
    RXNORM("RxNorm", false, "the RxNorm RXCUI format (1 to 7 digits)", "rxnorm", "rxcui", "rxnormcode",
            "medication", "medications") {
        @Override
        boolean test(String v) {
            int n = v.length();
            return n >= 1 && n <= 7 && v.charAt(0) != '0' && allDigits(v, 0, n);
        }
    },

    /**
     * CPT codes: 5 digits (Category I), or 4 digits and {@code F} (Category II), {@code T} (Category III) or
     * {@code U} (Proprietary Laboratory Analyses). Not self-evident. Source: American Medical Association, CPT code
     * categories.
     */
    CPT("CPT", false, "the CPT format (5 digits, or 4 digits and F, T or U)", "cpt", "cpt4", "cptcode") {
        @Override
        boolean test(String v) {
            return cpt(v);
        }
    },

    /**
     * HCPCS codes: Level II (a letter from {@code A} to {@code V} and 4 digits, for example {@code J1100}) and
     * Level I, which is CPT (claims' HCPCS columns carry both). Not self-evident. Source: CMS, HCPCS General
     * Information ("HCPCS Level II codes: a single alphabetical letter followed by 4 numeric digits").
     */
    HCPCS("HCPCS", false, "the HCPCS format (a letter A to V and 4 digits, or CPT)", "hcpcs", "hcpcscd",
            "hcpcscode") {
        @Override
        boolean test(String v) {
            if (v.length() == 5 && v.charAt(0) >= 'A' && v.charAt(0) <= 'V' && allDigits(v, 1, 5)) {
                return true;
            }
            return cpt(v);
        }
    },

    /**
     * OMOP CDM concept ids: non-negative integers within the CDM's 32-bit integer column, without a leading zero;
     * {@code 0} is the CDM's "No matching concept". Standard concepts are shared by everyone: gender 8507 (male) and
     * 8532 (female), race 8527, 8516, 8515, ethnicity 38003563 and 38003564, visit 9201, 9202, 9203. Not
     * self-evident. Source: OHDSI, OMOP Common Data Model v5.4, "Conventions" (concept ids, concept_id 0).
     */
    OMOP_CONCEPT_ID("OMOP concept id", false, "the OMOP concept id format (a non-negative 32-bit integer)",
            "conceptid", "concept") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n < 1 || n > 10 || !allDigits(v, 0, n) || n > 1 && v.charAt(0) == '0') {
                return false;
            }
            return Long.parseLong(v) <= Integer.MAX_VALUE;
        }
    },

    /**
     * International Standard Book Numbers: ISBN-13 (prefix 978 or 979, 13 digits, the EAN-13 check digit with
     * weights 1 and 3) and, where a header names ISBNs, ISBN-10 (9 digits and a mod-11 check digit, 0-9 or X);
     * hyphens and spaces between groups allowed. A book's number names a publication, not a person. Source: ISO 2108,
     * International ISBN Agency, "ISBN Users' Manual" (check digit calculation). A random 13-digit number starting
     * 978 passes with probability 1/10.
     */
    ISBN("ISBN", true, "the ISBN-13 (978/979 prefix, EAN-13 check digit) or ISBN-10 (mod 11) check", "isbn", "isbn10",
            "isbn13") {
        @Override
        boolean test(String v) {
            String d = v.replace("-", "").replace(" ", "");
            return CheckDigits.isbn13Valid(d) || CheckDigits.isbn10Valid(d);
        }

        @Override
        boolean testWithoutHeader(String v) {
            return CheckDigits.isbn13Valid(v.replace("-", "").replace(" ", ""));
        }
    },

    /**
     * ISO 3166-1 countries, case-insensitive: alpha-2 ({@code DE}), alpha-3 ({@code DEU}), numeric ({@code 276}, three
     * digits) and English names: ISO's short names, the JDK's (CLDR) English names, and common variants such as
     * {@code USA}, {@code United States of America}, {@code UK}, {@code Great Britain}, {@code South Korea},
     * {@code Russia}, {@code Vietnam}. Diacritics, spaces and the punctuation {@code . , ' - ( )} are ignored.
     * Sources: ISO 3166-1:2020 (codes and short names, as distributed in Debian's iso-codes);
     * {@link java.util.Locale#getISOCountries()}.
     */
    ISO_3166_COUNTRY("ISO 3166-1 country", true, "the ISO 3166-1 country codes and names", "country", "countries",
            "countrycode", "countryname", "nation", "nationality", "citizenship", "iso3166") {
        @Override
        boolean test(String v) {
            return ClosedVocabulary.COUNTRIES.contains(v);
        }
    },

    /**
     * US states, the District of Columbia and the outlying areas (ISO 3166-2:US subdivisions), by code (the USPS
     * abbreviation: {@code NE}, {@code DC}, {@code PR}) or English name ({@code Nebraska}), case-insensitive.
     * Source: ISO 3166-2:US (as distributed in Debian's iso-codes); USPS Publication 28, Appendix B.
     */
    US_STATE("US state", true, "the ISO 3166-2:US state and territory codes and names", "state", "states",
            "statecode", "statename", "usstate", "stateprovince", "iso31662", "st", "stabbr", "stateabbr",
            "stateabbrev") {
        @Override
        boolean test(String v) {
            return ClosedVocabulary.US_SUBDIVISIONS.contains(v);
        }
    },

    /**
     * Business Identifier Codes (ISO 9362, "SWIFT codes") of banks: four letters (the institution), an ISO 3166-1
     * alpha-2 country code, two letters or digits (the location) and optionally three more (the branch), e.g.
     * {@code DEUTDEFF500}. Only where a header names it (bic, swift): eight capital letters alone could be anything.
     * A BIC names a bank, an organisation, not its customer. Source: ISO 9362:2022.
     */
    BIC("ISO 9362 BIC", false, "the ISO 9362 business identifier code format", "bic", "swift", "swiftcode", "swiftbic",
            "bicswift", "bic11", "bankidentifiercode") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n != 8 && n != 11) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                char c = v.charAt(i);
                boolean letter = c >= 'A' && c <= 'Z';
                if (i < 6 ? !letter : !letter && !isAsciiDigit(c)) {
                    return false;
                }
            }
            return ClosedVocabulary.COUNTRIES.contains(v.substring(4, 6));
        }
    },

    /**
     * First-level subdivisions — states, Länder, provinces, regions, cantons, districts, counties (län, fylke) — of the
     * US and of 28 more countries (AR, AT, AU, BE, BR, CA, CH, CL, CO, CZ, DE, DK, ES, FI, FR, GB, IE, IN, IT, JP, MX, NL,
     * NO, NZ, PL, PT, SE, ZA) by ISO 3166-2 code ({@code DE-BY}) or name ({@code Bayern}, {@code Bavaria},
     * {@code Thüringen}), case-insensitive. Only where a header names it (state, province, region, Bundesland, canton,
     * distrito, län, fylke, kraj): names such as Berlin or Utrecht are cities too. A first-level
     * subdivision is no identifier under 45 CFR 164.514(b)(2)(i)(B), which lists only subdivisions smaller than a
     * state. Source: ISO 3166-2 (as distributed in Debian's iso-codes 4.15.0).
     */
    FIRST_LEVEL_SUBDIVISION("first-level subdivision", false, "the ISO 3166-2 first-level subdivision codes and names",
            "state", "states", "province", "provinces", "region", "bundesland", "land", "kanton", "canton",
            "provincia", "provinz", "comunidad", "regione", "provincie", "voivodeship", "wojewodztwo", "estado",
            "prefecture", "stateprovince", "territory", "distrito", "lan", "fylke", "maakunta", "kraj",
            "departamento", "uf", "oblast", "comunidadautonoma") {
        @Override
        boolean test(String v) {
            return ClosedVocabulary.FIRST_LEVEL_SUBDIVISIONS.contains(v);
        }

        @Override
        public boolean closedList() {
            return true;
        }
    },

    /**
     * Languages by ISO 639-1 code ({@code en}), ISO 639-2 code, terminology or bibliographic ({@code eng}, {@code deu},
     * {@code ger}), English name ({@code Vietnamese}), or a BCP 47 / POSIX tag of a language and a region
     * ({@code en-US}, {@code pt_BR}, {@code es-419}), case-insensitive. Only where a header names languages (lang,
     * language, idioma, langue, Sprache): two letters alone could be anything. A spoken or preferred language is shared
     * by many people and is none of the identifiers of 45 CFR 164.514(b)(2)(i). Sources: ISO 639-1:2002, ISO 639-2:1998
     * (as the JDK's {@link java.util.Locale} data lists them); IETF BCP 47 (RFC 5646), section 2.1.
     */
    LANGUAGE("ISO 639 language", false, "the ISO 639 language codes and names", "lang", "language", "languages",
            "idioma", "langue", "sprache", "lingua", "taal", "sprak", "jezyk", "kieli", "locale", "preferredlanguage") {
        @Override
        boolean test(String v) {
            int cut = Math.max(v.indexOf('-'), v.indexOf('_'));
            if (cut > 0 && v.indexOf(' ') < 0) {
                String region = v.substring(cut + 1);
                boolean regionOk = region.length() == 2 && ClosedVocabulary.COUNTRIES.contains(region)
                        || region.length() == 3 && allDigits(region, 0, 3);
                String lang = v.substring(0, cut);
                return regionOk && lang.length() >= 2 && lang.length() <= 3 && ClosedVocabulary.LANGUAGES.contains(lang);
            }
            return ClosedVocabulary.LANGUAGES.contains(v);
        }

        @Override
        public boolean closedList() {
            return true;
        }
    },

    /**
     * Airline flight designators: the airline's two-character IATA designator (two letters, or a letter and a digit in
     * either order: {@code AZ}, {@code U2}, {@code 9W}) or three-letter ICAO designator, an optional space, a flight
     * number of 1 to 4 digits and an optional operational suffix letter ({@code AZ1665}, {@code BA 117},
     * {@code U21234A}). Only where a header names flights: a code of letters and digits alone could be anything. A
     * flight is shared by everyone on board. Source: IATA Standard Schedules Information Manual (SSIM), chapter 2
     * (airline designator, flight number, operational suffix); ICAO Doc 8585.
     */
    FLIGHT_DESIGNATOR("IATA flight designator", false, "the IATA/ICAO flight designator format", "flight", "flights",
            "flightno", "flightnumber", "flt", "volo", "vuelo", "vol", "flug", "flugnummer", "vlucht", "flyg",
            "rejs", "voo") {
        @Override
        boolean test(String v) {
            return v.length() <= 9 && FLIGHT.matcher(v).matches();
        }
    },

    /**
     * Seats of an aircraft, a train or a theatre: a row number of 1 to 3 digits and a seat letter {@code A} to
     * {@code K} ({@code 12A}, {@code 1D}), as boarding passes print them. Only where a header names seats (seat,
     * posto, asiento, siège, Sitzplatz): {@code 4B} is also a flat number. A seat is assigned to a different person on
     * every trip. Source: IATA Resolution 792 (Bar Coded Boarding Pass), field "Seat number".
     */
    SEAT("seat", false, "the seat format (a row number and a letter A to K)", "seat", "seats", "seatno",
            "seatnumber", "posto", "asiento", "siege", "sitzplatz", "sitz", "plats", "zitplaats", "miejsce", "assento") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n < 2 || n > 4 || !allDigits(v, 0, n - 1) || v.charAt(0) == '0') {
                return false;
            }
            char seat = Character.toUpperCase(v.charAt(n - 1));
            return seat >= 'A' && seat <= 'K';
        }
    },

    /**
     * Sequencing index (barcode) sequences: 6 to 12 nucleotides written {@code A}, {@code C}, {@code G}, {@code T}
     * (and {@code N}), or an i7 and an i5 index joined by {@code +} or {@code -} ({@code ACTCATAA+CCGATACT}), as
     * Illumina sample sheets and run manifests write them. An index names the reagent a library was tagged with, shared
     * by the samples of every run that used it, and at 12 bases or fewer it is too short to be anyone's genome.
     * Source: Illumina Adapter Sequences (document 1000000002694), "Index sequences".
     */
    NUCLEOTIDE_INDEX("nucleotide index", true, "the sequencing index format (6 to 12 nucleotides A, C, G, T, N)",
            "index", "i7", "i5", "barcode", "adapter") {
        @Override
        boolean test(String v) {
            int plus = Math.max(v.indexOf('+'), v.indexOf('-'));
            return plus < 0 ? bases(v, 0, v.length()) : bases(v, 0, plus) && bases(v, plus + 1, v.length());
        }

        private boolean bases(String v, int from, int to) {
            if (to - from < 6 || to - from > 12) {
                return false;
            }
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = Character.toUpperCase(v.charAt(i));
                if (c != 'A' && c != 'C' && c != 'G' && c != 'T' && c != 'N') {
                    return false;
                }
                n += c == 'N' ? 1 : 0;
            }
            return n * 2 < to - from;
        }
    },

    /**
     * GS1 trade item numbers (GTIN): EAN-8, UPC-A (12 digits), EAN-13 and GTIN-14, whose last digit is the GS1 mod-10
     * check digit (weights 3 and 1 from the right). Only where a header names them (ean, gtin, upc, barcode): a
     * product's number, shared by everyone who bought it; an EAN-13 can pass a card's Luhn check by chance, which the
     * validation then does not count. Source: GS1 General Specifications, section 7.9 "Check digit calculation".
     */
    GTIN("GS1 GTIN/EAN", false, "the GS1 mod-10 check digit", "ean", "ean13", "ean8", "gtin", "gtin13", "gtin14",
            "upc", "upca", "barcode", "productcode") {
        @Override
        boolean test(String v) {
            int n = v.length();
            if (n != 8 && n != 12 && n != 13 && n != 14 || !allDigits(v, 0, n)) {
                return false;
            }
            int sum = 0;
            for (int i = n - 2, w = 3; i >= 0; i--, w = 4 - w) {
                sum += (v.charAt(i) - '0') * w;
            }
            return (10 - sum % 10) % 10 == v.charAt(n - 1) - '0';
        }
    },

    /**
     * UK PAYE tax codes: an optional {@code S} (Scotland) or {@code C} (Wales) prefix, then a number and a suffix letter
     * {@code L}, {@code M}, {@code N} or {@code T} ({@code 1257L}), {@code K} and a number ({@code K475}), or one of
     * {@code BR}, {@code D0}, {@code D1}, {@code D2}, {@code NT}, {@code 0T}; optionally an emergency marker
     * {@code W1}, {@code M1} or {@code X}. Only where a header names it (tax code, PAYE): the code sets a personal
     * allowance that millions share, {@code 1257L} most of all. Source: HMRC, "Tax codes" (gov.uk, PAYE manual
     * PAYE11000).
     */
    UK_TAX_CODE("UK PAYE tax code", false, "the HMRC PAYE tax code format", "taxcode", "paye", "payecode") {
        @Override
        boolean test(String v) {
            return v.length() <= 10 && UK_TAX.matcher(v).matches();
        }
    },

    /**
     * French company register numbers: SIREN (9 digits) and SIRET (14 digits: the SIREN and a 5-digit establishment
     * number), both with a Luhn check digit over the whole number; La Poste's establishments (SIREN 356000000), whose
     * SIRET digits sum to a multiple of 5 instead, pass too. Spaces between the groups are ignored. Only where a header
     * names them (siret, siren): a Luhn number alone could be a card. They number companies and establishments, and
     * count as evidence only in a table whose rows are organisations. Source: INSEE, "Identifiants SIREN et SIRET"
     * (décret n° 73-314; the check key).
     */
    SIRET_SIREN("SIREN/SIRET", false, "the SIREN/SIRET Luhn check digit", "siret", "siren", "siretno",
            "numerosiret") {
        @Override
        boolean test(String v) {
            String d = v.replace(" ", "");
            if (d.length() != 9 && d.length() != 14 || !allDigits(d, 0, d.length())) {
                return false;
            }
            if (CheckDigits.mod10CheckDigit(d, 0, d.length() - 1) == d.charAt(d.length() - 1) - '0') {
                return true;
            }
            if (d.length() == 14 && d.startsWith("356000000")) {
                int sum = 0;
                for (int i = 0; i < 14; i++) {
                    sum += d.charAt(i) - '0';
                }
                return sum % 5 == 0;
            }
            return false;
        }

        @Override
        public boolean organisationRegister() {
            return true;
        }
    },

    /**
     * Brazilian company register numbers (CNPJ): 14 digits, written bare or as {@code 12.345.678/0001-95}, whose last
     * two digits are mod-11 check digits with the weights 5 4 3 2 9 8 7 6 5 4 3 2 and 6 5 4 3 2 9 8 7 6 5 4 3 2. Only
     * where a header names it (cnpj); evidence only in a table whose rows are organisations. Source: Receita Federal
     * do Brasil, Instrução Normativa RFB n° 1863/2018 (CNPJ), check digit rule ("módulo 11").
     */
    CNPJ("CNPJ", false, "the CNPJ mod-11 check digits", "cnpj") {
        @Override
        boolean test(String v) {
            StringBuilder d = new StringBuilder(14);
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (isAsciiDigit(c)) {
                    d.append(c);
                } else if (c != '.' && c != '/' && c != '-') {
                    return false;
                }
            }
            if (d.length() != 14) {
                return false;
            }
            return cnpjDigit(d, 12) == d.charAt(12) - '0' && cnpjDigit(d, 13) == d.charAt(13) - '0';
        }

        private int cnpjDigit(CharSequence d, int n) {
            int sum = 0;
            int weight = n - 7; // 5 for the first check digit (n = 12), 6 for the second
            for (int i = 0; i < n; i++) {
                sum += (d.charAt(i) - '0') * weight;
                weight = weight == 2 ? 9 : weight - 1;
            }
            int r = sum % 11;
            return r < 2 ? 0 : 11 - r;
        }

        @Override
        public boolean organisationRegister() {
            return true;
        }
    },

    /**
     * EU VAT identification numbers: a member state's prefix ({@code FR}, {@code DE}, {@code EL} for Greece,
     * {@code XI} for Northern Ireland) and 8 to 12 letters and digits, at least 7 of them digits
     * ({@code FR01572118768}, {@code DE123456789}). Only where a header names VAT (vat, tva, USt-IdNr, partita IVA, btw,
     * moms); evidence only in a table whose rows are organisations. Source: Council Directive 2006/112/EC, Article 215;
     * the European Commission's VIES number formats.
     */
    EU_VAT("EU VAT number", false, "the EU VAT identification number format", "vat", "vatno", "vatnumber", "vatid",
            "tva", "ustid", "ustidnr", "ustidnummer", "partitaiva", "piva", "btw", "btwnummer", "moms", "momsnr",
            "intracommunautaire") {
        @Override
        boolean test(String v) {
            String d = v.replace(" ", "");
            int n = d.length();
            if (n < 10 || n > 14 || !VAT_PREFIXES.contains(d.substring(0, 2))) {
                return false;
            }
            int digits = 0;
            for (int i = 2; i < n; i++) {
                char c = d.charAt(i);
                if (isAsciiDigit(c)) {
                    digits++;
                } else if (!isUpper(c) && c != '+' && c != '*') {
                    return false;
                }
            }
            return digits >= 7;
        }

        @Override
        public boolean organisationRegister() {
            return true;
        }
    },

    /**
     * ISO 4217 alphabetic currency codes ({@code USD}, {@code EUR}), case-insensitive, as the JDK lists them (current
     * and historic). Source: ISO 4217; {@link java.util.Currency#getAvailableCurrencies()}.
     */
    ISO_4217_CURRENCY("ISO 4217 currency", true, "the ISO 4217 currency codes", "currency", "currencycode", "ccy",
            "iso4217") {
        @Override
        boolean test(String v) {
            return v.length() == 3 && ClosedVocabulary.CURRENCIES.contains(v);
        }
    };

    /** A UK PAYE tax code with its optional country prefix and emergency marker. */
    private static final Pattern UK_TAX = Pattern.compile("[SC]?([0-9]{1,4}[LMNT]|K[0-9]{1,4}|BR|D0|D1|D2|NT|0T)( ?(W1|M1|X))?");

    /** An airline designator (three letters, or two characters with a letter), a flight number, a suffix. */
    private static final Pattern FLIGHT = Pattern.compile("([A-Z]{3}|[A-Z][A-Z0-9]|[0-9][A-Z]) ?[0-9]{1,4}[A-Z]?");

    /** The VAT number prefixes of the EU member states (Greece: EL) and of Northern Ireland (XI). */
    private static final Set<String> VAT_PREFIXES = Set.of("AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES",
            "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI");

    /** Names and FHIR system URIs (HL7 FHIR R4, "Using Codes in Resources", terminologies list), normalized. */
    private static final Map<String, CodeSystem> BY_NAME = Map.ofEntries(
            Map.entry("snomedct", SNOMED_CT), Map.entry("snomed", SNOMED_CT),
            Map.entry("sct", SNOMED_CT), Map.entry("httpsnomedinfosct", SNOMED_CT),
            Map.entry("loinc", LOINC), Map.entry("httploincorg", LOINC),
            Map.entry("icd10cm", ICD_10_CM), Map.entry("httphl7orgfhirsidicd10cm", ICD_10_CM),
            Map.entry("icd9cm", ICD_9_CM), Map.entry("httphl7orgfhirsidicd9cm", ICD_9_CM),
            Map.entry("ndc", NDC), Map.entry("httphl7orgfhirsidndc", NDC),
            Map.entry("cvx", CVX), Map.entry("httphl7orgfhirsidcvx", CVX),
            Map.entry("rxnorm", RXNORM),
            Map.entry("httpwwwnlmnihgovresearchumlsrxnorm", RXNORM),
            Map.entry("cpt", CPT), Map.entry("httpwwwamaassnorggocpt", CPT),
            Map.entry("hcpcs", HCPCS),
            Map.entry("httpwwwcmsgovmedicarecodinghcpcsreleasecodesets", HCPCS),
            Map.entry("omop", OMOP_CONCEPT_ID), Map.entry("iso3166", ISO_3166_COUNTRY),
            Map.entry("urnisostdiso3166", ISO_3166_COUNTRY),
            Map.entry("urnisostdiso31662", US_STATE),
            Map.entry("iso4217", ISO_4217_CURRENCY),
            Map.entry("urnisostdiso4217", ISO_4217_CURRENCY));

    private final String displayName;
    private final boolean selfEvident;
    private final String rule;
    private final Set<String> headerWords;

    CodeSystem(String displayName, boolean selfEvident, String rule, String... headerWords) {
        this.displayName = displayName;
        this.selfEvident = selfEvident;
        this.rule = rule;
        this.headerWords = Set.of(headerWords);
    }

    /**
     * Tests a value by this system's published rule.
     *
     * @param value a value; leading and trailing white space (as {@link String#strip()}) is ignored
     * @return whether it passes; an empty value never does
     * @throws NullPointerException if {@code value} is null
     */
    public boolean matches(String value) {
        return test(Objects.requireNonNull(value, "value").strip());
    }

    /**
     * @return true when a column whose values pass is evidence on its own, because the rule is a check digit or a
     *     closed list (SNOMED CT, LOINC, ICD-10-CM, NDC, ISO 3166-1, US states, ISO 4217); false when the values are
     *     plain integers or short codes that count only when a header names the system (ICD-9-CM, CVX, RxNorm, CPT,
     *     HCPCS, OMOP concept ids)
     */
    public boolean selfEvident() {
        return selfEvident;
    }

    /**
     * @return whether a value passes only by being on a closed list (countries, states, currencies): self-evident
     *     systems and named lists, whose values many people share, so that a value equal to an identifier elsewhere
     *     (the state Berlin, a city's name) is a coincidence, not a copy
     */
    public boolean closedList() {
        return selfEvident;
    }

    /**
     * @return whether each code names a concept that has one description (a diagnosis, a country), so that a column
     *     paired one to one with the codes describes them; false for formats of instances (a flight, a seat, a sequencing
     *     index, a company's register number), whose other columns say nothing about a concept
     */
    public boolean namesConcepts() {
        return !organisationRegister() && this != FLIGHT_DESIGNATOR && this != SEAT && this != NUCLEOTIDE_INDEX;
    }

    /**
     * The system a header names whose numbers can pass a payment card's Luhn check: SIREN/SIRET by design, GTIN/EAN
     * by chance. A value under such a header that passes the system's own check is no card number; the proposer and
     * the validation of kept columns both ask here.
     *
     * @param header a column header
     * @return the system, or empty when the header names neither
     */
    public static Optional<CodeSystem> cardLikeNamedBy(String header) {
        return SIRET_SIREN.namedBy(header) ? Optional.of(SIRET_SIREN)
                : GTIN.namedBy(header) ? Optional.of(GTIN) : Optional.empty();
    }

    /**
     * @return whether the system numbers organisations (company and establishment registers, VAT numbers) rather than
     *     things many people share: its values are evidence only in a table whose rows are organisations, since a sole
     *     trader's number names a person
     */
    public boolean organisationRegister() {
        return false;
    }

    /**
     * @return the normalized header words (lower case, letters and digits only) that name this system, for example
     *     {@code snomed}, {@code loinc}, {@code conceptid}; a header or table name naming the system contains one of
     *     them as a word, or starts or ends with one
     */
    public Set<String> headerWords() {
        return headerWords;
    }

    /**
     * @param header a column header
     * @return whether the header names this system (one of its words is, starts or ends with a
     *     {@link #headerWords() header word}: {@code siret_vendeur} names SIREN/SIRET)
     */
    public boolean namedBy(String header) {
        return CodeSystems.names(CodeSystems.words(Objects.requireNonNull(header, "header")), this);
    }

    /** @return the system's name as its publisher writes it, for example {@code "SNOMED CT"} */
    public String displayName() {
        return displayName;
    }

    /** @return the rule values are tested by, as a phrase: "the LOINC mod-10 check digit" */
    public String rule() {
        return rule;
    }

    /**
     * Reads the name of a code system as exports write it in a column beside the codes: Synthea's {@code SNOMED-CT}
     * and {@code RxNorm}, or a FHIR {@code Coding.system} URI such as {@code http://snomed.info/sct},
     * {@code http://loinc.org}, {@code http://www.nlm.nih.gov/research/umls/rxnorm},
     * {@code http://hl7.org/fhir/sid/cvx}. Case, spaces and punctuation are ignored ({@code SNOMED CT},
     * {@code snomed-ct}, {@code ICD-10-CM}, {@code icd10cm} are the same). Source: HL7 FHIR R4, section 4.2 "Using Codes
     * in Resources" (external code system URIs).
     *
     * @param nameOrUri a name or URI
     * @return the system, or empty when it is not one of these
     * @throws NullPointerException if {@code nameOrUri} is null
     */
    public static Optional<CodeSystem> byName(String nameOrUri) {
        String s = Objects.requireNonNull(nameOrUri, "nameOrUri").strip();
        if (s.isEmpty() || s.length() > 100) {
            return Optional.empty();
        }
        if (s.regionMatches(true, 0, "https://", 0, 8)) {
            s = "http://" + s.substring(8);
        }
        StringBuilder key = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            }
        }
        return Optional.ofNullable(BY_NAME.get(key.toString()));
    }

    /** @param v a stripped value */
    abstract boolean test(String v);

    /**
     * @param v a stripped value
     * @return whether the value passes in a form that is evidence without a header (all forms, for a self-evident
     *     system, but NDC's plain 11 digits)
     */
    boolean testWithoutHeader(String v) {
        return selfEvident && test(v);
    }

    /**
     * @return the code without ICD-10-GM's modifiers: a diagnostic certainty or side after a space ({@code S82.6 G},
     *     {@code M17.1 R}: G, V, Z, A, R, L, B) and the dagger-asterisk and secondary marks ({@code E10.30+},
     *     {@code H36.0*}, {@code U69.10!}). Source: BfArM, ICD-10-GM, "Zusatzkennzeichen".
     */
    private static String withoutGermanModifiers(String v) {
        String s = v;
        int n = s.length();
        if (n > 2 && s.charAt(n - 2) == ' ' && "GVZALRB".indexOf(s.charAt(n - 1)) >= 0) {
            s = s.substring(0, n - 2);
            n -= 2;
        }
        if (n > 3 && "+*!".indexOf(s.charAt(n - 1)) >= 0) {
            s = s.substring(0, n - 1);
        }
        return s;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isUpperAlnum(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean cpt(String v) {
        if (v.length() != 5 || !allDigits(v, 0, 4)) {
            return false;
        }
        char last = v.charAt(4);
        return isAsciiDigit(last) || last == 'F' || last == 'T' || last == 'U';
    }
}
