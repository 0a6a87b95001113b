package dev.warden.auth;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Qualified principal ids: every principal an authentication provider returns is named by the kind of provider, the
 * issuer where the kind has several, and the subject that issuer vouches for, so that grants, denies and audit events
 * can never confuse two identities that merely share a name.
 *
 * <table>
 *   <caption>The id of each built-in provider kind</caption>
 *   <tr><th>provider</th><th>id</th><th>example</th></tr>
 *   <tr><td>local account (password or API key)</td><td>{@code local:<account name>}</td><td>{@code local:root}</td></tr>
 *   <tr><td>LDAP / Active Directory</td><td>{@code ldap:<entry DN, normalised>}</td>
 *       <td>{@code ldap:uid=root,ou=people,dc=example,dc=com}</td></tr>
 *   <tr><td>OpenID Connect</td><td>{@code oidc:<iss>#<subject claim>}</td>
 *       <td>{@code oidc:https://login.example.com/realms/main#248289761001}</td></tr>
 *   <tr><td>SAML 2.0</td><td>{@code saml:<IdP entity id>#<NameID or principal attribute>}</td>
 *       <td>{@code saml:https://idp.example.com/metadata#root}</td></tr>
 * </table>
 *
 * <p>The scheme ends at the first {@code :}; for OIDC and SAML the issuer ends at the first {@code #} after it (an
 * OIDC issuer has no fragment, OpenID Connect Discovery 1.0 §3). The DN of an LDAP id is in normalised form (lower
 * case, no spaces between RDNs), so one entry has one id however the directory spells it. A plug-in provider uses
 * {@link #of(String, String, String)} with its own type. A host that builds a {@link Principal} itself (a service
 * identity, a test) may use any id; the qualified forms are what authentication produces.
 */
public final class PrincipalIds {

    /** The scheme of local accounts. */
    public static final String LOCAL = "local";
    /** The scheme of directory users. */
    public static final String LDAP = "ldap";
    /** The scheme of OpenID Connect users. */
    public static final String OIDC = "oidc";
    /** The scheme of SAML 2.0 users. */
    public static final String SAML = "saml";

    private static final Pattern SCHEME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private PrincipalIds() {
    }

    /** @return {@code local:<username>} */
    public static String local(String username) {
        return of(LOCAL, "", username);
    }

    /** @return {@code ldap:<normalisedDn>}; the caller normalises the DN (the LDAP provider does, with UnboundID) */
    public static String ldap(String normalisedDn) {
        return of(LDAP, "", normalisedDn);
    }

    /** @return {@code oidc:<issuer>#<subject>} */
    public static String oidc(String issuer, String subject) {
        return of(OIDC, issuer, subject);
    }

    /** @return {@code saml:<idpEntityId>#<nameId>} */
    public static String saml(String idpEntityId, String nameId) {
        return of(SAML, idpEntityId, nameId);
    }

    /**
     * @param scheme the provider kind: a lower-case letter, then up to 31 lower-case letters, digits or {@code -}
     * @param issuer who vouches for the subject, or {@code ""} when the kind has one issuer per installation
     * @param subject the subject; never empty
     * @return {@code <scheme>:<subject>} or {@code <scheme>:<issuer>#<subject>}
     * @throws IllegalArgumentException if the scheme is malformed, the issuer holds {@code #}, or the subject is empty
     */
    public static String of(String scheme, String issuer, String subject) {
        Objects.requireNonNull(issuer, "issuer");
        if (scheme == null || !SCHEME.matcher(scheme).matches()) {
            throw new IllegalArgumentException("a principal id scheme is a lower-case word such as local, ldap, oidc, saml");
        }
        if (subject == null || subject.isEmpty()) {
            throw new IllegalArgumentException("a principal's subject is never empty");
        }
        if (issuer.indexOf('#') >= 0) {
            throw new IllegalArgumentException("an issuer in a principal id must not contain '#'");
        }
        return issuer.isEmpty() ? scheme + ":" + subject : scheme + ":" + issuer + "#" + subject;
    }

    /**
     * @param id a principal id
     * @return whether it starts with a scheme ({@code local:}, {@code ldap:}, ...) as authentication produces them;
     *     {@code false} for a bare name such as a grant file written before ids were qualified
     */
    public static boolean isQualified(String id) {
        int colon = id.indexOf(':');
        return colon > 0 && SCHEME.matcher(id.substring(0, colon)).matches();
    }
}
