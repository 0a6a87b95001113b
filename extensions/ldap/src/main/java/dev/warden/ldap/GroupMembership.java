package dev.warden.ldap;

/** Where a directory keeps group membership. */
public enum GroupMembership {
    /**
     * The user's entry lists the DNs of its groups in {@code memberOf} (Active Directory; OpenLDAP with the memberof
     * overlay). Nested groups: each group entry's own {@code memberOf} is followed.
     */
    MEMBER_OF,
    /**
     * Group entries list their members' DNs (e.g. {@code groupOfNames}/{@code member}); a search under the group base
     * DN finds them. Nested groups: groups that list a found group as a member are searched for in turn.
     */
    GROUP_SEARCH
}
