package dev.warden.ldap;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.ldap.sdk.StartTLSPostConnectProcessor;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.PrincipalIds;
import dev.warden.core.auth.sso.ExternalIdentity;
import dev.warden.core.auth.sso.TlsTrust;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.RoleMappingRule;
import dev.warden.spi.auth.AuthenticationProvider;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;

/**
 * Authenticates {@link Credentials.Password}s against an LDAP directory or Active Directory.
 *
 * <p>For each attempt: the user name is refused if empty, longer than 256 characters or holding a control character;
 * an empty password is refused (an LDAP simple bind with an empty password is an unauthenticated bind that succeeds,
 * RFC 4513 §5.1.2). The entry is searched under the user base DN with {@code (&<userFilter>(<idAttribute>=<user
 * name>))}, the user name placed as an assertion value with UnboundID's {@link Filter} API so that {@code *}, {@code
 * (}, {@code )}, {@code \} and NUL are escaped (RFC 4515 §3); exactly one entry must match. The provider then binds as
 * that entry's DN with the password (on a pooled connection, re-authenticated as the service account afterwards),
 * reads the groups and maps them to roles with the policy engine's {@link RoleMapping}. A group is identified by its
 * full distinguished name in normalised form ({@link DN#toNormalizedString()}: lower case, no spaces between RDNs),
 * never by its common name alone, so a group of the same name in another OU gets nothing (see
 * {@link Builder#roleMapping}).
 *
 * <p>The principal's id is {@code ldap:} and the entry's normalised DN ({@link PrincipalIds#ldap}), so it never
 * collides with a local account or another provider's user of the same name; the user name (the entry's
 * {@code idAttribute} value) is the identity's subject. The method is
 * {@code ldap}; MFA is not satisfied (a directory bind is one factor). An unknown user costs a bind round trip like a
 * known one (a bind to a DN that does not exist), so response time does not reveal which accounts exist. A wrong password, an unknown or ambiguous user, a refused bind: {@link AuthenticationResult.Failure}.
 * A directory that cannot be reached, a TLS certificate that does not verify, or a service account the directory
 * refuses: {@link AuthenticationException}, since no decision about the caller was possible.
 *
 * <p>Connections are made over LDAPS or upgraded with StartTLS, verifying the server's certificate chain against the
 * configured certificates (or the JDK's trust store) and its host name; TLS 1.2 is the floor and plain LDAP is refused.
 */
public final class LdapAuthenticationProvider implements AuthenticationProvider {

    static final int MAX_USERNAME_CHARS = 256;
    static final int MAX_PASSWORD_CHARS = 1024;
    private static final String[] NO_ATTRIBUTES = {"1.1"};

    private final String name;
    private final String url;
    private final LDAPConnectionPool pool;
    private final DN userBaseDn;
    private final Filter userFilter;
    private final String idAttribute;
    private final GroupMembership membership;
    private final Optional<DN> groupBaseDn;
    private final Filter groupFilter;
    private final String memberAttribute;
    private final String memberOfAttribute;
    private final boolean nestedGroups;
    private final int maxNestingDepth;
    private final RoleMapping mapping;
    private final String timingDn;

    private LdapAuthenticationProvider(Builder b, LDAPConnectionPool pool) {
        this.name = b.name;
        this.url = b.url;
        this.pool = pool;
        this.userBaseDn = b.userBaseDn;
        this.userFilter = b.userFilter;
        this.idAttribute = b.idAttribute;
        this.membership = b.membership;
        this.groupBaseDn = b.groupBaseDn;
        this.groupFilter = b.groupFilter;
        this.memberAttribute = b.memberAttribute;
        this.memberOfAttribute = b.memberOfAttribute;
        this.nestedGroups = b.nestedGroups;
        this.maxNestingDepth = b.maxNestingDepth;
        this.mapping = b.mapping;
        this.timingDn = "cn=warden-no-such-user," + b.userBaseDn;
    }

    /**
     * @param name the provider's configured name
     * @param url {@code ldaps://host[:port]} (default port 636), or {@code ldap://host[:port]} (default 389) together
     *     with {@link Builder#startTls(boolean) startTls(true)}
     * @param userBaseDn where user entries live, e.g. {@code ou=people,dc=example,dc=com}
     * @return a builder with the defaults given on its setters
     */
    public static Builder builder(String name, String url, String userBaseDn) {
        return new Builder(name, url, userBaseDn);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(Class<? extends Credentials> kind) {
        return kind == Credentials.Password.class;
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        if (!(credentials instanceof Credentials.Password password)) {
            return new AuthenticationResult.Failure("ldap provider " + name + " takes passwords only");
        }
        try {
            return new AuthenticationResult.Success(identify(password).toPrincipal(mapping, "ldap"));
        } catch (Refusal e) {
            return new AuthenticationResult.Failure(e.getMessage());
        }
    }

    /**
     * Finds and binds as the user's entry and reads its groups: everything but role mapping.
     *
     * @throws Refusal with the audit reason when the credentials are refused
     * @throws AuthenticationException when the directory could not be asked
     */
    ExternalIdentity identify(Credentials.Password password) throws Refusal {
        String username = password.username();
        checkUsername(username);
        if (password.password().length == 0) {
            throw new Refusal("empty password (would be an unauthenticated LDAP bind)");
        }
        if (password.password().length > MAX_PASSWORD_CHARS) {
            throw new Refusal("password longer than " + MAX_PASSWORD_CHARS + " characters");
        }
        try {
            SearchResult found;
            try {
                SearchRequest search = new SearchRequest(userBaseDn.toString(), SearchScope.SUB,
                        Filter.createANDFilter(userFilter, Filter.createEqualityFilter(idAttribute, username)),
                        idAttribute, memberOfAttribute);
                search.setSizeLimit(2); // one is the answer, two is enough to know it is ambiguous
                found = pool.search(search);
            } catch (LDAPSearchException e) {
                if (e.getResultCode() == ResultCode.SIZE_LIMIT_EXCEEDED) {
                    throw new Refusal("user name matches several directory entries");
                }
                throw e;
            }
            if (found.getEntryCount() == 0) {
                // Spend the bind round trip a known user costs, so response time does not reveal who exists.
                bind(timingDn, password.password());
                throw new Refusal("unknown user");
            }
            if (found.getEntryCount() > 1) {
                throw new Refusal("user name matches several directory entries");
            }
            SearchResultEntry entry = found.getSearchEntries().get(0);
            String id = entry.getAttributeValue(idAttribute);
            if (id == null || id.isEmpty()) {
                throw new Refusal("the directory entry has no " + idAttribute + " value");
            }
            Optional<String> refused = bind(entry.getDN(), password.password());
            if (refused.isPresent()) {
                throw new Refusal(refused.get());
            }
            return new ExternalIdentity(PrincipalIds.ldap(entry.getParsedDN().toNormalizedString()), id, groups(entry), false);
        } catch (LDAPException e) {
            throw new AuthenticationException("ldap provider " + name + ": the directory at " + url
                    + " could not be queried (" + e.getResultCode().getName()
                    + "); check that it is reachable, its certificate is trusted and the service account is valid", e);
        }
    }

    private static void checkUsername(String username) throws Refusal {
        if (username.isEmpty()) {
            throw new Refusal("empty user name");
        }
        if (username.length() > MAX_USERNAME_CHARS) {
            throw new Refusal("user name longer than " + MAX_USERNAME_CHARS + " characters");
        }
        for (int i = 0; i < username.length(); i++) {
            if (Character.isISOControl(username.charAt(i))) {
                throw new Refusal("user name holds a control character");
            }
        }
    }

    /** @return the UTF-8 bytes of {@code chars}, leaving no other copy behind */
    static byte[] utf8(char[] chars) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    /** @return empty when the bind succeeded, else the audit reason */
    private Optional<String> bind(String dn, char[] password) throws LDAPException {
        byte[] bytes = utf8(password);
        try {
            pool.bindAndRevertAuthentication(new SimpleBindRequest(dn, bytes));
            return Optional.empty();
        } catch (LDAPException e) {
            ResultCode code = e.getResultCode();
            if (code == ResultCode.INVALID_CREDENTIALS) {
                return Optional.of("bad password");
            }
            if (code == ResultCode.UNWILLING_TO_PERFORM || code == ResultCode.INAPPROPRIATE_AUTHENTICATION
                    || code == ResultCode.INSUFFICIENT_ACCESS_RIGHTS || code == ResultCode.CONSTRAINT_VIOLATION) {
                return Optional.of("the directory refused the bind (" + code.getName() + ")");
            }
            throw e;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private Set<String> groups(SearchResultEntry user) throws LDAPException {
        Set<String> names = new LinkedHashSet<>();
        Set<DN> seen = new HashSet<>();
        Deque<DN> frontier = new ArrayDeque<>();
        if (membership == GroupMembership.MEMBER_OF) {
            for (String value : valuesOf(user, memberOfAttribute)) {
                frontier.add(new DN(value));
            }
        } else {
            frontier.addAll(searchGroupsWithMember(user.getParsedDN()));
        }
        int depth = 0;
        while (!frontier.isEmpty()) {
            Deque<DN> next = new ArrayDeque<>();
            for (DN group : frontier) {
                if (!seen.add(group)) {
                    continue; // cycles in nested groups end here
                }
                names.add(group.toNormalizedString());
                if (nestedGroups && depth < maxNestingDepth) {
                    next.addAll(membership == GroupMembership.MEMBER_OF ? memberOfGroup(group) : searchGroupsWithMember(group));
                }
            }
            frontier = next;
            depth++;
        }
        return names;
    }

    private List<DN> searchGroupsWithMember(DN member) throws LDAPException {
        DN base = groupBaseDn.orElseThrow();
        SearchResult result = pool.search(new SearchRequest(base.toString(), SearchScope.SUB,
                Filter.createANDFilter(groupFilter, Filter.createEqualityFilter(memberAttribute, member.toString())),
                NO_ATTRIBUTES));
        return result.getSearchEntries().stream().map(entry -> {
            try {
                return entry.getParsedDN();
            } catch (LDAPException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private List<DN> memberOfGroup(DN group) throws LDAPException {
        SearchResultEntry entry = pool.getEntry(group.toString(), memberOfAttribute);
        if (entry == null) {
            return List.of();
        }
        return valuesOf(entry, memberOfAttribute).stream().map(value -> {
            try {
                return new DN(value);
            } catch (LDAPException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> valuesOf(SearchResultEntry entry, String attribute) {
        String[] values = entry.getAttributeValues(attribute);
        return values == null ? List.of() : List.of(values);
    }

    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "LdapAuthenticationProvider[name=" + name + ", url=" + url + "]";
    }

    /** Builds an {@link LdapAuthenticationProvider}. */
    public static final class Builder {
        private final String name;
        private final String url;
        private final DN userBaseDn;
        private boolean startTls;
        private List<X509Certificate> trusted = List.of();
        private Optional<String> bindDn = Optional.empty();
        private char[] bindPassword = new char[0];
        private Filter userFilter = Filter.createPresenceFilter("objectClass");
        private String idAttribute = "uid";
        private GroupMembership membership = GroupMembership.MEMBER_OF;
        private Optional<DN> groupBaseDn = Optional.empty();
        private Filter groupFilter = Filter.createORFilter(Filter.createEqualityFilter("objectClass", "groupOfNames"),
                Filter.createEqualityFilter("objectClass", "groupOfUniqueNames"),
                Filter.createEqualityFilter("objectClass", "group"));
        private String memberAttribute = "member";
        private String memberOfAttribute = "memberOf";
        private boolean nestedGroups;
        private int maxNestingDepth = 8;
        private int poolSize = 4;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration responseTimeout = Duration.ofSeconds(10);
        private RoleMapping mapping = RoleMapping.none();

        private Builder(String name, String url, String userBaseDn) {
            if (name == null || name.isBlank()) {
                throw new ConfigurationException("ldap provider: name is required");
            }
            this.name = name;
            this.url = Objects.requireNonNull(url, "url");
            this.userBaseDn = dn(userBaseDn, "userBaseDn");
        }

        /** @param startTls upgrade an {@code ldap://} connection with StartTLS (RFC 4513 §3); required for {@code ldap://} */
        public Builder startTls(boolean startTls) {
            this.startTls = startTls;
            return this;
        }

        /** @param trusted certificate authorities for the directory's TLS; default empty, the JDK's trust store */
        public Builder trustedCertificates(List<X509Certificate> trusted) {
            this.trusted = List.copyOf(trusted);
            return this;
        }

        /**
         * @param dn the service account that searches for users
         * @param password its password; copied (the pool keeps it to re-authenticate its connections)
         *     (default: anonymous search)
         */
        public Builder serviceAccount(String dn, char[] password) {
            this.bindDn = Optional.of(dn(dn, "bindDn").toString());
            if (password.length == 0) {
                throw new ConfigurationException("ldap provider " + name + ": the service account password is empty");
            }
            this.bindPassword = password.clone();
            return this;
        }

        /** @param filter an LDAP filter (RFC 4515) every user entry matches; default {@code (objectClass=*)} */
        public Builder userFilter(String filter) {
            this.userFilter = filter(filter, "userFilter");
            return this;
        }

        /** @param attribute the attribute the user name is matched against; default {@code uid}, AD {@code sAMAccountName} */
        public Builder idAttribute(String attribute) {
            this.idAttribute = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /**
         * @param membership where group membership is kept; default {@link GroupMembership#MEMBER_OF}
         * @param groupBaseDn where groups live; required for {@link GroupMembership#GROUP_SEARCH}
         */
        public Builder groupMembership(GroupMembership membership, Optional<String> groupBaseDn) {
            this.membership = Objects.requireNonNull(membership, "membership");
            this.groupBaseDn = groupBaseDn.map(dn -> dn(dn, "groupBaseDn"));
            return this;
        }

        /** @param filter filter every group entry matches; default groupOfNames, groupOfUniqueNames or group */
        public Builder groupFilter(String filter) {
            this.groupFilter = filter(filter, "groupFilter");
            return this;
        }

        /** @param attribute the group attribute holding member DNs; default {@code member} */
        public Builder memberAttribute(String attribute) {
            this.memberAttribute = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /** @param attribute the attribute holding a member's group DNs; default {@code memberOf} */
        public Builder memberOfAttribute(String attribute) {
            this.memberOfAttribute = Objects.requireNonNull(attribute, "attribute");
            return this;
        }

        /**
         * @param nested follow groups of groups (as Active Directory allows); default off
         * @param maxDepth how many levels to follow, 1 to 32; default 8
         */
        public Builder nestedGroups(boolean nested, int maxDepth) {
            if (maxDepth < 1 || maxDepth > 32) {
                throw new ConfigurationException("ldap provider " + name + ": maxNestingDepth must be 1 to 32");
            }
            this.nestedGroups = nested;
            this.maxNestingDepth = maxDepth;
            return this;
        }

        /** @param size the most connections the pool opens, 1 to 64; default 4 */
        public Builder poolSize(int size) {
            if (size < 1 || size > 64) {
                throw new ConfigurationException("ldap provider " + name + ": poolSize must be 1 to 64");
            }
            this.poolSize = size;
            return this;
        }

        /** @param connect connect timeout, default 5 s; @param response response timeout, default 10 s */
        public Builder timeouts(Duration connect, Duration response) {
            this.connectTimeout = Objects.requireNonNull(connect, "connect");
            this.responseTimeout = Objects.requireNonNull(response, "response");
            return this;
        }

        /**
         * @param mapping the policy engine's rules from directory groups to roles; default {@link RoleMapping#none()}.
         *     A group is named by its full distinguished name, so each {@code exact} rule must name a DN (its pattern
         *     is normalised as the directory compares names: case and spaces do not matter); a {@code cn} rule
         *     matches a group's common name in any OU (explicitly weaker). {@code prefix} rules are refused: a prefix
         *     of a DN string would match groups of that name prefix in any OU.
         * @throws ConfigurationException if an exact rule is not a distinguished name, or a rule is a prefix rule
         */
        public Builder roleMapping(RoleMapping mapping) {
            Objects.requireNonNull(mapping, "mapping");
            List<RoleMappingRule> rules = new java.util.ArrayList<>();
            for (RoleMappingRule rule : mapping.rules()) {
                switch (rule.match()) {
                    case EXACT -> rules.add(new RoleMappingRule(rule.match(), normalisedDn(rule.pattern()), rule.target()));
                    case COMMON_NAME -> rules.add(rule);
                    case PREFIX -> throw new ConfigurationException("ldap provider " + name + ": role mapping rule prefix '"
                            + rule.pattern() + "' is refused: LDAP groups are matched by their full distinguished name; "
                            + "name each group with an exact rule, or use a cn rule to match a common name in any OU");
                }
            }
            this.mapping = RoleMapping.of(rules);
            return this;
        }

        private String normalisedDn(String pattern) {
            try {
                DN dn = new DN(pattern);
                if (!dn.isNullDN()) {
                    return dn.toNormalizedString();
                }
            } catch (LDAPException e) {
                // reported below
            }
            throw new ConfigurationException("ldap provider " + name + ": role mapping rule exact '" + pattern
                    + "' is not a distinguished name; LDAP groups are matched by their full DN, e.g. "
                    + "cn=warden-admins,ou=groups,dc=example,dc=com (or write {\"cn\": \"" + pattern + "\"} to match a "
                    + "group of that common name in any OU, which is weaker)");
        }

        /**
         * Builds the provider and its connection pool. No connection is opened yet, so a directory that is down does
         * not stop the host from starting.
         *
         * @return the provider
         * @throws ConfigurationException if the URL is not LDAPS or LDAP with StartTLS, or a group search has no base
         */
        public LdapAuthenticationProvider build() {
            URI uri;
            try {
                uri = URI.create(url);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("ldap provider " + name + ": url is not a URL; use ldaps://host:port");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            boolean ldaps = scheme.equals("ldaps");
            if (!ldaps && !scheme.equals("ldap") || uri.getHost() == null) {
                throw new ConfigurationException("ldap provider " + name + ": url must be ldaps://host[:port] or "
                        + "ldap://host[:port] with startTls");
            }
            if (!ldaps && !startTls) {
                throw new ConfigurationException("ldap provider " + name + ": plain LDAP would send passwords in clear; "
                        + "use an ldaps:// url or set startTls to true");
            }
            if (ldaps && startTls) {
                throw new ConfigurationException("ldap provider " + name + ": startTls applies to ldap:// urls only");
            }
            if (membership == GroupMembership.GROUP_SEARCH && groupBaseDn.isEmpty()) {
                throw new ConfigurationException("ldap provider " + name + ": groupBaseDn is required for a group search");
            }
            int port = uri.getPort() > 0 ? uri.getPort() : ldaps ? 636 : 389;
            SSLSocketFactory tls = TlsTrust.socketFactory(TlsTrust.context(trusted), "LDAPS");
            LDAPConnectionOptions options = new LDAPConnectionOptions();
            options.setConnectTimeoutMillis(Math.toIntExact(connectTimeout.toMillis()));
            options.setResponseTimeoutMillis(responseTimeout.toMillis());
            options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(false));
            options.setFollowReferrals(false);
            SingleServerSet servers = ldaps ? new SingleServerSet(uri.getHost(), port, tls, options)
                    : new SingleServerSet(uri.getHost(), port, options);
            PostConnectProcessor upgrade = ldaps ? null : new StartTLSPostConnectProcessor(tls);
            BindRequest service = bindDn.map(dn -> (BindRequest) new SimpleBindRequest(dn, utf8(bindPassword)))
                    .orElse(null);
            try {
                LDAPConnectionPool pool = new LDAPConnectionPool(servers, service, 0, poolSize, upgrade);
                pool.setConnectionPoolName("warden-ldap-" + name);
                pool.setRetryFailedOperationsDueToInvalidConnections(true);
                pool.setMaxWaitTimeMillis(responseTimeout.toMillis());
                return new LdapAuthenticationProvider(this, pool);
            } catch (LDAPException e) {
                throw new ConfigurationException("ldap provider " + name + ": cannot set up the connection pool ("
                        + e.getResultCode().getName() + ")", e);
            }
        }

        private DN dn(String text, String setting) {
            try {
                return new DN(Objects.requireNonNull(text, setting));
            } catch (LDAPException e) {
                throw new ConfigurationException("ldap provider " + name + ": " + setting
                        + " is not a distinguished name (RFC 4514)");
            }
        }

        private Filter filter(String text, String setting) {
            try {
                return Filter.create(Objects.requireNonNull(text, setting));
            } catch (LDAPException e) {
                throw new ConfigurationException("ldap provider " + name + ": " + setting
                        + " is not an LDAP filter (RFC 4515)");
            }
        }
    }
}
