/**
 * LDAP and Active Directory authentication with the UnboundID LDAP SDK: {@link
 * dev.warden.ldap.LdapAuthenticationProvider} finds the user's entry with an escaped search filter
 * (RFC 4515), binds as that entry with the password (RFC 4513 §5.1.3), reads group membership ({@code memberOf} or a
 * group search, nested groups followed) and maps the groups to roles. LDAPS or StartTLS (RFC 4513 §3) with
 * certificate and host name verification only; a connection pool. Registered as provider type {@code ldap} by {@link
 * dev.warden.ldap.LdapAuthenticationProviderFactory}.
 */
package dev.warden.ldap;
