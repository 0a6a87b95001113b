package dev.warden.policy;

import dev.warden.InvalidInputException;
import java.util.Objects;

/**
 * One automatic role assignment: when a principal's external group (an LDAP group or authority, an OIDC
 * {@code groups} claim value, a SAML 2.0 attribute value) matches {@code pattern}, it receives {@code target}.
 *
 * <p>Matching is case-sensitive and exact: {@link Match#EXACT} compares the whole external group name,
 * {@link Match#PREFIX} its beginning. A directory whose names are case-insensitive (LDAP distinguished names) should
 * normalise them before mapping, or list each spelling.
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
        PREFIX
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
        if (match == Match.EXACT && target instanceof MappingTarget.ProjectRoleFromSuffix) {
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

    /**
     * @param externalGroup an external group name
     * @return whether this rule applies to it
     */
    public boolean matches(String externalGroup) {
        return match == Match.EXACT ? pattern.equals(externalGroup) : externalGroup.startsWith(pattern);
    }

    @Override
    public String toString() {
        return (match == Match.EXACT ? "exact '" : "prefix '") + pattern + "' -> " + target;
    }
}
