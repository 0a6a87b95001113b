package dev.warden.policy;

import dev.warden.InvalidInputException;

/**
 * The rules for the names the policy model stores: user ids, group names and project names.
 *
 * <p>Names are case-sensitive and compared exactly ({@code "Clinical"} and {@code "clinical"} are two projects). A
 * name is 1 to {@value #MAX_LENGTH} characters, has no control character (so it cannot forge a line in a log or a
 * report) and contains no {@code *} (there are no wildcards in Warden's model; a literal {@code *} would read like
 * one). Group and project names also contain no {@code /}, which separates a project from a resource name in
 * {@link ResourceRef}'s text form.
 */
public final class PolicyNames {

    /** The longest name accepted, in UTF-16 code units. */
    public static final int MAX_LENGTH = 256;

    private PolicyNames() {
    }

    /**
     * @param id a user or service-account id
     * @return {@code id}
     * @throws InvalidInputException if it breaks the rules above
     */
    public static String requireUser(String id) {
        return check("user id", id, false);
    }

    /**
     * @param name a Warden group name
     * @return {@code name}
     * @throws InvalidInputException if it breaks the rules above or contains {@code /}
     */
    public static String requireGroup(String name) {
        return check("group name", name, true);
    }

    /**
     * @param name a project name
     * @return {@code name}
     * @throws InvalidInputException if it breaks the rules above or contains {@code /}
     */
    public static String requireProject(String name) {
        return check("project name", name, true);
    }

    private static String check(String what, String value, boolean noSlash) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException("policy: a " + what + " is empty; give a non-empty name");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("policy: a " + what + " is " + value.length() + " characters long; the limit is "
                    + MAX_LENGTH);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidInputException("policy: a " + what + " contains a control character at position " + i);
            }
            if (c == '*') {
                throw new InvalidInputException("policy: a " + what + " contains '*'; Warden has no wildcards, name each "
                        + "user, group or project explicitly");
            }
            if (noSlash && c == '/') {
                throw new InvalidInputException("policy: a " + what + " contains '/', which separates project and resource "
                        + "names; choose a name without it");
            }
        }
        return value;
    }
}
