package dev.warden.deid;

/**
 * Kinds of identifying data. The first eighteen are the identifiers that HIPAA's Safe Harbor method requires to be
 * removed, named as in 45 CFR 164.514(b)(2)(i)(A) through (R); the rest are finer or extra kinds a data platform
 * meets, each tied to the Safe Harbor paragraph that covers it, if any.
 */
public enum IdentifierType {
    /** (A) Names. */
    NAME("NAME", "(A)"),
    /** (B) All geographic subdivisions smaller than a state: street address, city, county, precinct, ZIP code, geocodes. */
    GEOGRAPHIC_SUBDIVISION("GEO", "(B)"),
    /** (C) All elements of dates (except year) directly related to an individual, and ages over 89. */
    DATE("DATE", "(C)"),
    /** (D) Telephone numbers. */
    TELEPHONE_NUMBER("PHONE", "(D)"),
    /** (E) Fax numbers. */
    FAX_NUMBER("FAX", "(E)"),
    /** (F) Electronic mail addresses. */
    EMAIL_ADDRESS("EMAIL", "(F)"),
    /** (G) Social security numbers. */
    SOCIAL_SECURITY_NUMBER("SSN", "(G)"),
    /** (H) Medical record numbers. */
    MEDICAL_RECORD_NUMBER("MRN", "(H)"),
    /** (I) Health plan beneficiary numbers. */
    HEALTH_PLAN_BENEFICIARY_NUMBER("HEALTH_PLAN_ID", "(I)"),
    /** (J) Account numbers. */
    ACCOUNT_NUMBER("ACCOUNT", "(J)"),
    /** (K) Certificate/license numbers. */
    CERTIFICATE_LICENSE_NUMBER("LICENSE", "(K)"),
    /** (L) Vehicle identifiers and serial numbers, including license plate numbers. */
    VEHICLE_IDENTIFIER("VEHICLE_ID", "(L)"),
    /** (M) Device identifiers and serial numbers. */
    DEVICE_IDENTIFIER("DEVICE_ID", "(M)"),
    /** (N) Web Universal Resource Locators (URLs). */
    URL("URL", "(N)"),
    /** (O) Internet Protocol (IP) address numbers. */
    IP_ADDRESS("IP", "(O)"),
    /** (P) Biometric identifiers, including finger and voice prints. */
    BIOMETRIC_IDENTIFIER("BIOMETRIC", "(P)"),
    /** (Q) Full face photographic images and any comparable images. */
    FULL_FACE_PHOTOGRAPH("PHOTO", "(Q)"),
    /** (R) Any other unique identifying number, characteristic, or code. */
    OTHER_UNIQUE_IDENTIFIER("ID", "(R)"),

    /** A given (first) name; a name under (A). */
    GIVEN_NAME("GIVEN_NAME", "(A)"),
    /** A family (last, maiden) name; a name under (A). */
    FAMILY_NAME("FAMILY_NAME", "(A)"),
    /** A street address line; a geographic subdivision under (B). */
    STREET_ADDRESS("ADDRESS", "(B)"),
    /** A city or town; a geographic subdivision under (B). */
    CITY("CITY", "(B)"),
    /** A county; a geographic subdivision under (B). */
    COUNTY("COUNTY", "(B)"),
    /** A latitude or longitude; a geocode under (B). */
    GEOCOORDINATE("GEOCODE", "(B)"),
    /** A US ZIP or ZIP+4 code; under (B), whose first three digits may stay in populous areas. */
    ZIP_CODE("ZIP", "(B)"),
    /** A date of birth; a date under (C). */
    DATE_OF_BIRTH("DOB", "(C)"),
    /** An age in years; ages over 89 fall under (C). */
    AGE("AGE", "(C)"),
    /** A payment card number (ISO/IEC 7812, Luhn check digit); an account number under (J). */
    CREDIT_CARD_NUMBER("CARD", "(J)"),
    /** An International Bank Account Number (ISO 13616, mod-97 check); an account number under (J). */
    IBAN("IBAN", "(J)"),
    /** A national identity number other than a US SSN (passport, driver's license); under (K) or (R). */
    NATIONAL_ID("NATIONAL_ID", "(R)");

    private final String label;
    private final String safeHarborParagraph;

    IdentifierType(String label, String safeHarborParagraph) {
        this.label = label;
        this.safeHarborParagraph = safeHarborParagraph;
    }

    /** @return the short label used by replacement with a label, e.g. {@code SSN} (rendered {@code <SSN>}) */
    public String label() {
        return label;
    }

    /**
     * @return the paragraph of 45 CFR 164.514(b)(2)(i) that covers this kind, e.g. {@code "(G)"}
     */
    public String safeHarborParagraph() {
        return safeHarborParagraph;
    }

    /** @return the full citation, e.g. {@code "45 CFR 164.514(b)(2)(i)(G)"} */
    public String citation() {
        return "45 CFR 164.514(b)(2)(i)" + safeHarborParagraph;
    }
}
