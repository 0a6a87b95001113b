package dev.warden.core.deid.detect;

import dev.warden.deid.IdentifierType;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies a column as an {@link IdentifierType} from its header name and a sample of its values. The header is
 * normalized (lower case, letters and digits only) and looked up in a table of common names (for example
 * {@code SSN}, {@code FIRST}, {@code BIRTHDATE}, {@code ZIP}, {@code LAT}, {@code Id} and {@code *_ID}); the values are
 * tested against every {@link DetectorKind}, and the kind matching the most of them wins if it matches at least
 * {@link #MIN_HIT_RATE} of the non-blank ones. The header decides the type when it is known; the values decide
 * otherwise.
 */
public final class ColumnClassifier {

    /** The share of non-blank sampled values a detector must match to classify a column by its values. */
    public static final double MIN_HIT_RATE = 0.8;

    private static final Map<String, IdentifierType> HEADERS = new LinkedHashMap<>();

    static {
        put(IdentifierType.SOCIAL_SECURITY_NUMBER, "ssn", "socialsecuritynumber", "socialsecurity", "sin");
        put(IdentifierType.GIVEN_NAME, "first", "firstname", "givenname", "fname", "forename");
        put(IdentifierType.FAMILY_NAME, "last", "lastname", "surname", "familyname", "lname", "maiden",
                "maidenname");
        put(IdentifierType.NAME, "name", "fullname", "patientname", "ownername", "contactname", "middlename");
        put(IdentifierType.STREET_ADDRESS, "address", "street", "streetaddress", "address1", "address2",
                "addressline1", "addressline2");
        put(IdentifierType.CITY, "city", "town");
        put(IdentifierType.COUNTY, "county");
        put(IdentifierType.ZIP_CODE, "zip", "zipcode", "postalcode", "postcode", "zip5");
        put(IdentifierType.GEOCOORDINATE, "lat", "lon", "lng", "latitude", "longitude", "geo", "geocode");
        put(IdentifierType.GEOGRAPHIC_SUBDIVISION, "birthplace", "fips", "precinct", "census", "censustract");
        put(IdentifierType.DATE_OF_BIRTH, "birthdate", "dob", "dateofbirth", "birthday");
        put(IdentifierType.DATE, "deathdate", "date", "start", "stop", "startdate", "enddate", "admitdate",
                "dischargedate", "admissiondate", "servicedate", "dateofdeath");
        put(IdentifierType.AGE, "age", "ageyears");
        put(IdentifierType.TELEPHONE_NUMBER, "phone", "telephone", "tel", "mobile", "phonenumber", "cell");
        put(IdentifierType.FAX_NUMBER, "fax", "faxnumber");
        put(IdentifierType.EMAIL_ADDRESS, "email", "mail", "emailaddress");
        put(IdentifierType.MEDICAL_RECORD_NUMBER, "mrn", "medicalrecordnumber", "medicalrecord");
        put(IdentifierType.HEALTH_PLAN_BENEFICIARY_NUMBER, "memberid", "healthplanid", "insuranceid",
                "beneficiaryid", "policynumber", "subscriberid");
        put(IdentifierType.ACCOUNT_NUMBER, "account", "accountnumber", "acct", "accountno");
        put(IdentifierType.IBAN, "iban");
        put(IdentifierType.CREDIT_CARD_NUMBER, "card", "cardnumber", "creditcard", "pan", "ccnumber");
        put(IdentifierType.CERTIFICATE_LICENSE_NUMBER, "drivers", "driverslicense", "license", "licence",
                "licensenumber", "certificate");
        put(IdentifierType.NATIONAL_ID, "passport", "passportnumber", "nationalid");
        put(IdentifierType.VEHICLE_IDENTIFIER, "vin", "licenseplate", "plate", "vehicleid");
        put(IdentifierType.DEVICE_IDENTIFIER, "udi", "deviceid", "serialnumber", "imei", "macaddress");
        put(IdentifierType.URL, "url", "website", "homepage", "uri");
        put(IdentifierType.IP_ADDRESS, "ip", "ipaddress", "ipv4", "ipv6", "clientip");
        put(IdentifierType.BIOMETRIC_IDENTIFIER, "fingerprint", "voiceprint", "biometric", "retinascan");
        put(IdentifierType.FULL_FACE_PHOTOGRAPH, "photo", "photograph", "faceimage", "portrait");
        put(IdentifierType.OTHER_UNIQUE_IDENTIFIER, "id", "uuid", "guid", "patient", "patientid", "encounter",
                "encounterid", "personid", "userid", "subjectid");
    }

    private ColumnClassifier() {
    }

    private static void put(IdentifierType type, String... names) {
        for (String n : names) {
            HEADERS.put(n, type);
        }
    }

    /**
     * @param header a column header
     * @return the type its name suggests, or empty
     */
    public static Optional<IdentifierType> byHeader(String header) {
        ColumnHeader.Meaning m = ColumnHeader.meaning("", header);
        return m.kind() == ColumnHeader.Kind.IDENTIFIER ? m.type() : Optional.empty();
    }

    /**
     * @param normalized a header in lower-case letters and digits
     * @return the identifier type the table of common header names gives it, or null
     */
    static IdentifierType lexicon(String normalized) {
        return HEADERS.get(normalized);
    }

    static String normalize(String header) {
        StringBuilder out = new StringBuilder(header.length());
        header.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * @param header the column's header
     * @param samples sampled values (nulls and blanks are skipped)
     * @return the classification; holds counts only, never values
     */
    public static ColumnClassification classify(String header, List<String> samples) {
        Map<DetectorKind, Integer> hits = new EnumMap<>(DetectorKind.class);
        int sampled = 0;
        for (String v : samples) {
            if (v == null || v.isBlank()) {
                continue;
            }
            sampled++;
            for (DetectorKind k : DetectorKind.values()) {
                if (k.matchesWhole(v)) {
                    hits.merge(k, 1, Integer::sum);
                }
            }
        }
        DetectorKind best = null;
        int bestHits = 0;
        for (Map.Entry<DetectorKind, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                best = e.getKey();
                bestHits = e.getValue();
            }
        }
        double rate = sampled == 0 ? 0 : (double) bestHits / sampled;
        boolean valuesMatch = best != null && rate >= MIN_HIT_RATE;
        Optional<IdentifierType> byHeader = byHeader(header);
        Optional<DetectorKind> detector = Optional.ofNullable(best);
        if (byHeader.isPresent()) {
            ColumnClassification.Source source = valuesMatch ? ColumnClassification.Source.HEADER_AND_VALUES
                    : ColumnClassification.Source.HEADER;
            return new ColumnClassification(header, byHeader, source, detector, sampled, bestHits, rate);
        }
        if (valuesMatch) {
            return new ColumnClassification(header, Optional.of(best.identifierType()),
                    ColumnClassification.Source.VALUES, detector, sampled, bestHits, rate);
        }
        return new ColumnClassification(header, Optional.empty(), ColumnClassification.Source.NONE, detector,
                sampled, bestHits, rate);
    }
}
