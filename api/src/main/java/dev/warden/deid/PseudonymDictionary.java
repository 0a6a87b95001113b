package dev.warden.deid;

/**
 * The built-in pseudonym dictionaries, shipped as resources of {@code warden-core} (written for Warden; no third-party
 * data). Entries are invented or common words, so a pseudonym never names a real person on purpose.
 */
public enum PseudonymDictionary {
    /** Given names. */
    FIRST_NAME("first-name"),
    /** Family names. */
    LAST_NAME("last-name"),
    /** A given name and a family name, e.g. {@code Mara Ellingsworth}. */
    FULL_NAME("full-name"),
    /** Invented town names. */
    CITY("city"),
    /** Invented county names, e.g. {@code Ashvale County}. */
    COUNTY("county"),
    /** A street address line: a house number and an invented street, e.g. {@code 412 Larkspur Lane}. */
    STREET_ADDRESS("street-address"),
    /**
     * An e-mail address: the whole address is replaced by {@code given.family@example.org} (the domains are the
     * reserved {@code example.*} names of RFC 2606), since the domain can identify too.
     */
    EMAIL("email"),
    /** Invented company names. */
    ORGANIZATION("organization");

    private final String id;

    PseudonymDictionary(String id) {
        this.id = id;
    }

    /** @return the dictionary's name in specifications, e.g. {@code first-name} */
    public String id() {
        return id;
    }

    /**
     * @param id a dictionary name
     * @return the dictionary
     * @throws dev.warden.InvalidInputException for an unknown name
     */
    public static PseudonymDictionary of(String id) {
        for (PseudonymDictionary d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new dev.warden.InvalidInputException("pseudonym: unknown dictionary (use first-name, last-name, "
                + "full-name, city, county, street-address, email, organization)");
    }
}
