package dev.warden.policy;

import dev.warden.InvalidInputException;
import java.util.Objects;

/**
 * One automatic role assignment: when a principal's external group (an LDAP group or authority, an OIDC
 * {@code groups} claim value, a SAML 2.0 attribute value) matches {@code pattern}, it receives {@code target}.
 *
 * <p>{@link Match#EXACT} compares the whole external group name, {@link Match#PREFIX} its beginning, both
 * case-sensitively. An LDAP provider names each group by its full distinguished name (RFC 4514), normalised, and
 * normalises the patterns of its exact rules the same way, so an exact rule names one group in one place of the
 * directory. {@link Match#COMMON_NAME} is the explicit, weaker rule kind that matches a group by the common name
 * ({@code cn}) of its distinguished name wherever it sits in the directory: any group of that name in any OU matches,
 * so use it only where who may create groups is controlled.
 *
 * @param match how {@code pattern} is compared
 * @param pattern the external group name, or its prefix; 1 to 1024 characters, no control character
 * @param target what a match gives
 */
public record RoleMappingRule(Match match, String pattern, MappingTarget target) {

    /** How a rule's pattern is compared to an external group name. */
    public enum Match {
        /** The whole name equals the pattern. */
        EXACT,
        /** The name starts with the pattern (and may be longer). */
        PREFIX,
        /**
         * The name is a distinguished name whose first RDN is {@code cn=<pattern>} (compared ignoring case, as LDAP's
         * caseIgnoreMatch does): a group of that common name in any OU. Never matches a name that is not a DN.
         */
        COMMON_NAME
    }

    /**
     * @throws InvalidInputException if the pattern is empty, too long or has a control character, or if a
     *     {@link MappingTarget.ProjectRoleFromSuffix} target is used with an exact match
     */
    public RoleMappingRule {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(target, "target");
        if (pattern == null || pattern.isEmpty()) {
            throw new InvalidInputException("role mapping rule: the external group pattern is empty; a rule must name a group "
                    + "or a non-empty prefix");
        }
        if (pattern.length() > 1024) {
            throw new InvalidInputException("role mapping rule: the external group pattern is longer than 1024 characters");
        }
        for (int i = 0; i < pattern.length(); i++) {
            if (Character.isISOControl(pattern.charAt(i))) {
                throw new InvalidInputException("role mapping rule: the external group pattern contains a control character");
            }
        }
        if (match != Match.PREFIX && target instanceof MappingTarget.ProjectRoleFromSuffix) {
            throw new InvalidInputException("role mapping rule '" + pattern + "': a project role taken from the group's suffix "
                    + "needs a prefix match");
        }
    }

    /** @return a rule matching exactly {@code externalGroup} */
    public static RoleMappingRule exact(String externalGroup, MappingTarget target) {
        return new RoleMappingRule(Match.EXACT, externalGroup, target);
    }

    /** @return a rule matching every external group that starts with {@code prefix} */
    public static RoleMappingRule prefix(String prefix, MappingTarget target) {
        return new RoleMappingRule(Match.PREFIX, prefix, target);
    }

    /** @return a rule matching every group whose distinguished name starts with {@code cn=<commonName>}, in any OU */
    public static RoleMappingRule commonName(String commonName, MappingTarget target) {
        return new RoleMappingRule(Match.COMMON_NAME, commonName, target);
    }

    /**
     * @param externalGroup an external group name
     * @return whether this rule applies to it
     */
    public boolean matches(String externalGroup) {
        return switch (match) {
            case EXACT -> pattern.equals(externalGroup);
            case PREFIX -> externalGroup.startsWith(pattern);
            case COMMON_NAME -> DistinguishedNames.commonName(externalGroup).filter(pattern::equalsIgnoreCase).isPresent();
        };
    }

    /** @return the configuration key of this rule's kind: {@code exact}, {@code prefix} or {@code cn} */
    public String kind() {
        return switch (match) {
            case EXACT -> "exact";
            case PREFIX -> "prefix";
            case COMMON_NAME -> "cn";
        };
    }

    @Override
    public String toString() {
        return kind() + " '" + pattern + "' -> " + target;
    }
}
