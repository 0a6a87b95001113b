package dev.warden.sso.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dev.warden.ConfigurationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.PrincipalIds;
import dev.warden.core.auth.sso.ExternalIdentity;
import dev.warden.core.auth.sso.TlsTrust;
import dev.warden.policy.RoleMapping;
import dev.warden.spi.auth.AuthenticationProvider;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates {@link Credentials.BearerToken}s: OpenID Connect ID tokens (OpenID Connect Core 1.0 §3.1.3.7) and
 * JWT access tokens (RFC 9068) signed by one issuer.
 *
 * <p>A token is accepted only if all of these hold: it is a JWS (RFC 7515) in compact form, not {@code alg: none},
 * not encrypted; its algorithm is on the allow-list (default RS256, ES256, EdDSA; HMAC algorithms can never be
 * allowed, so an HS256 token "signed" with the issuer's public key is refused); its {@code kid} names a signing key
 * published by the issuer (discovery document, then JWK Set over verified HTTPS; RSA keys of at least 2048 bits,
 * P-256 or Ed25519); the signature verifies; {@code iss} equals the configured issuer exactly; {@code aud} contains
 * one of the configured audiences, and {@code azp}, when present, is one of them; {@code exp} is present and not
 * past, and {@code nbf} and {@code iat}, when present, not in the future, each with the configured clock skew
 * (default 60 s); the subject claim is a non-empty string; {@code typ}, when present, is {@code JWT} or
 * {@code at+jwt}.
 *
 * <p>The principal's id is {@code oidc:<issuer>#<subject>} ({@link PrincipalIds#oidc}), the subject being the subject claim (default {@code sub}); its groups are the values of the groups claim
 * (default {@code groups}: an array of strings, or one string), mapped to roles by the policy engine's {@link
 * RoleMapping}. The authentication method is {@code oidc}; MFA counts as satisfied when the {@code amr} claim (RFC
 * 8176) holds a value the configuration trusts or {@code acr} is one (none by default: the issuer's MFA is trusted only
 * when configured). A refused token gives {@link AuthenticationResult.Failure} whose audit reason
 * says which check failed without echoing the token or its claims; an issuer that cannot be reached before any keys
 * were fetched gives {@link dev.warden.auth.AuthenticationException}.
 */
public final class OidcAuthenticationProvider implements AuthenticationProvider {

    /** A token longer than this (in characters) is refused before parsing. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;

    private static final Set<JWSAlgorithm> ALLOWABLE = Set.of(
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384,
            JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.EdDSA);
    private static final Set<JOSEObjectType> TYPES = Set.of(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"),
            new JOSEObjectType("application/at+jwt"));

    private final String name;
    private final String issuer;
    private final Set<String> audiences;
    private final Set<JWSAlgorithm> algorithms;
    private final Duration clockSkew;
    private final String subjectClaim;
    private final String groupsClaim;
    private final RoleMapping mapping;
    private final Set<String> mfaAmrValues;
    private final Set<String> mfaAcrValues;
    private final Clock clock;
    private final IssuerConnection connection;
    private final IssuerKeys keys;

    private OidcAuthenticationProvider(Builder b) {
        this.name = b.name;
        this.issuer = b.issuer;
        this.audiences = Set.copyOf(b.audiences);
        this.algorithms = Set.copyOf(b.algorithms);
        this.clockSkew = b.clockSkew;
        this.subjectClaim = b.subjectClaim;
        this.groupsClaim = b.groupsClaim;
        this.mapping = b.mapping;
        this.mfaAmrValues = Set.copyOf(b.mfaAmrValues);
        this.mfaAcrValues = Set.copyOf(b.mfaAcrValues);
        this.clock = b.clock;
        this.connection = new IssuerConnection(issuer, TlsTrust.context(b.trusted), b.timeout);
        this.keys = new IssuerKeys(issuer, connection, b.keysRefreshInterval, b.unknownKeyRefetchInterval, b.clock);
    }

    /**
     * @param name the provider's configured name
     * @param issuer the issuer identifier, an {@code https} URL, compared exactly with {@code iss}
     * @return a builder with the defaults given on its setters
     */
    public static Builder builder(String name, String issuer) {
        return new Builder(name, issuer);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean supports(Class<? extends Credentials> kind) {
        return kind == Credentials.BearerToken.class;
    }

    @Override
    public AuthenticationResult authenticate(Credentials credentials) {
        if (!(credentials instanceof Credentials.BearerToken bearer)) {
            return new AuthenticationResult.Failure("oidc provider " + name + " takes bearer tokens only");
        }
        char[] chars = bearer.token();
        if (chars.length == 0 || chars.length > MAX_TOKEN_CHARS) {
            return new AuthenticationResult.Failure(chars.length == 0 ? "empty token" : "token longer than " + MAX_TOKEN_CHARS + " characters");
        }
        try {
            ExternalIdentity identity = validate(new String(chars));
            return new AuthenticationResult.Success(identity.toPrincipal(mapping, "oidc"));
        } catch (Rejection e) {
            return new AuthenticationResult.Failure("oidc token refused: " + e.getMessage());
        }
    }

    /**
     * @param token a compact JWS
     * @return the subject and external groups it carries
     * @throws Rejection saying which check failed
     */
    ExternalIdentity validate(String token) throws Rejection {
        return identity(verifiedClaims(token));
    }

    /**
     * @param claims claims that passed {@link #verifiedClaims}
     * @return the subject and external groups they carry
     * @throws Rejection if the subject or groups claim is malformed
     */
    ExternalIdentity identity(JWTClaimsSet claims) throws Rejection {
        String subject = subject(claims);
        return new ExternalIdentity(PrincipalIds.oidc(issuer, subject), subject, groups(claims), secondFactor(claims));
    }

    /**
     * Every check of the class description except the subject and groups claims.
     *
     * @param token a compact JWS
     * @return its claims, signature, issuer, audience and times verified
     * @throws Rejection saying which check failed
     */
    JWTClaimsSet verifiedClaims(String token) throws Rejection {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new Rejection("malformed token");
        }
        if (jwt instanceof PlainJWT) {
            throw new Rejection("unsigned token (alg none)");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw new Rejection("encrypted tokens are not accepted");
        }
        JWSHeader header = signed.getHeader();
        JWSAlgorithm algorithm = header.getAlgorithm();
        if (!algorithms.contains(algorithm)) {
            throw new Rejection("algorithm " + safe(algorithm.getName()) + " is not allowed");
        }
        if (header.getType() != null && !TYPES.contains(header.getType())) {
            throw new Rejection("token type is neither JWT nor at+jwt");
        }
        JWSVerifier verifier = keys.verifier(Optional.ofNullable(header.getKeyID()), algorithm);
        try {
            if (!signed.verify(verifier)) {
                throw new Rejection("bad signature");
            }
        } catch (JOSEException e) {
            throw new Rejection("signature cannot be verified");
        }
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Rejection("malformed claims");
        }
        checkClaims(claims);
        return claims;
    }

    private void checkClaims(JWTClaimsSet claims) throws Rejection {
        if (!issuer.equals(claims.getIssuer())) {
            throw new Rejection("wrong issuer");
        }
        List<String> audience = claims.getAudience();
        if (audience.stream().noneMatch(audiences::contains)) {
            throw new Rejection("wrong audience");
        }
        Object azp = claims.getClaim("azp");
        if (azp != null && !(azp instanceof String party && audiences.contains(party))) {
            // OpenID Connect Core 1.0 §3.1.3.7 (5): the authorized party, when named, must be us.
            throw new Rejection("wrong authorized party (azp)");
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw new Rejection("no expiry (exp)");
        }
        if (!now.isBefore(exp.toInstant().plus(clockSkew))) {
            throw new Rejection("expired");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minus(clockSkew))) {
            throw new Rejection("not yet valid (nbf)");
        }
        Date iat = claims.getIssueTime();
        if (iat != null && now.isBefore(iat.toInstant().minus(clockSkew))) {
            throw new Rejection("issued in the future (iat)");
        }
    }

    private String subject(JWTClaimsSet claims) throws Rejection {
        Object value = claims.getClaim(subjectClaim);
        if (!(value instanceof String s) || s.isEmpty()) {
            throw new Rejection("no subject claim " + subjectClaim);
        }
        return s;
    }

    private Set<String> groups(JWTClaimsSet claims) throws Rejection {
        Object value = claims.getClaim(groupsClaim);
        if (value == null) {
            return Set.of();
        }
        if (value instanceof String s) {
            return Set.of(s);
        }
        if (value instanceof Collection<?> list) {
            Set<String> out = new LinkedHashSet<>();
            for (Object item : list) {
                if (!(item instanceof String s)) {
                    throw new Rejection("groups claim " + groupsClaim + " holds a value that is not a string");
                }
                out.add(s);
            }
            return out;
        }
        throw new Rejection("groups claim " + groupsClaim + " is neither a string nor an array of strings");
    }

    /** RFC 8176 {@code amr} values, or an {@code acr} value, that the configuration counts as a second factor. */
    private boolean secondFactor(JWTClaimsSet claims) {
        Object amr = claims.getClaim("amr");
        if (amr instanceof Collection<?> methods && methods.stream().anyMatch(mfaAmrValues::contains)) {
            return true;
        }
        Object acr = claims.getClaim("acr");
        return acr instanceof String level && mfaAcrValues.contains(level);
    }

    /** Keeps attacker-chosen header text out of log lines: printable ASCII, bounded. */
    private static String safe(String text) {
        String cut = text.length() > 16 ? text.substring(0, 16) : text;
        return cut.replaceAll("[^A-Za-z0-9+/._-]", "?");
    }

    String issuer() {
        return issuer;
    }

    Set<String> audiences() {
        return audiences;
    }

    IssuerConnection connection() {
        return connection;
    }

    Clock clock() {
        return clock;
    }

    Duration clockSkew() {
        return clockSkew;
    }

    /** @return how many times the issuer's keys were fetched (discovery + JWK Set) so far */
    int keyFetches() {
        return keys.fetches();
    }

    @Override
    public String toString() {
        return "OidcAuthenticationProvider[name=" + name + ", issuer=" + issuer + "]";
    }

    /** Builds an {@link OidcAuthenticationProvider}. */
    public static final class Builder {
        private final String name;
        private final String issuer;
        private Set<String> audiences = Set.of();
        private Set<JWSAlgorithm> algorithms = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256, JWSAlgorithm.EdDSA);
        private Duration clockSkew = Duration.ofSeconds(60);
        private String subjectClaim = "sub";
        private String groupsClaim = "groups";
        private RoleMapping mapping = RoleMapping.none();
        private Set<String> mfaAmrValues = Set.of(); // the issuer's MFA is trusted only when configured
        private Set<String> mfaAcrValues = Set.of();
        private Clock clock = Clock.systemUTC();
        private List<X509Certificate> trusted = List.of();
        private Duration timeout = Duration.ofSeconds(5);
        private Duration keysRefreshInterval = Duration.ofHours(1);
        private Duration unknownKeyRefetchInterval = Duration.ofSeconds(30);

        private Builder(String name, String issuer) {
            this.name = requireText(name, "name");
            this.issuer = requireText(issuer, "issuer");
            URI uri;
            try {
                uri = URI.create(issuer);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("oidc provider " + name + ": issuer is not a URL");
            }
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getQuery() != null
                    || uri.getFragment() != null) {
                throw new ConfigurationException("oidc provider " + name
                        + ": issuer must be an https URL without query or fragment (OpenID Connect Discovery 1.0 §2)");
            }
        }

        /** @param audiences accepted {@code aud} values (the client id, or the API's identifier); at least one, required */
        public Builder audiences(Collection<String> audiences) {
            this.audiences = Set.copyOf(audiences);
            return this;
        }

        /**
         * @param algorithms the allow-list; default RS256, ES256, EdDSA. RS384/512, PS256/384/512 may be added;
         *     HMAC ({@code HS*}) and {@code none} are refused
         */
        public Builder algorithms(Collection<JWSAlgorithm> algorithms) {
            for (JWSAlgorithm algorithm : algorithms) {
                if (!ALLOWABLE.contains(algorithm)) {
                    throw new ConfigurationException("oidc provider " + name + ": algorithm " + algorithm
                            + " cannot be allowed; use RS256, RS384, RS512, PS256, PS384, PS512, ES256 or EdDSA");
                }
            }
            if (algorithms.isEmpty()) {
                throw new ConfigurationException("oidc provider " + name + ": the algorithm allow-list is empty");
            }
            this.algorithms = Set.copyOf(algorithms);
            return this;
        }

        /** @param clockSkew tolerance for {@code exp}, {@code nbf}, {@code iat}; default 60 s, at most 5 minutes */
        public Builder clockSkew(Duration clockSkew) {
            if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new ConfigurationException("oidc provider " + name + ": clockSkew must be between 0 and 5 minutes");
            }
            this.clockSkew = clockSkew;
            return this;
        }

        /** @param claim the claim that holds the principal id; default {@code sub} */
        public Builder subjectClaim(String claim) {
            this.subjectClaim = requireText(claim, "subjectClaim");
            return this;
        }

        /** @param claim the claim that holds the external groups; default {@code groups} */
        public Builder groupsClaim(String claim) {
            this.groupsClaim = requireText(claim, "groupsClaim");
            return this;
        }

        /** @param mapping the policy engine's rules from external groups to roles; default {@link RoleMapping#none()} */
        public Builder roleMapping(RoleMapping mapping) {
            this.mapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * @param amr authentication method references (RFC 8176) that count as a second factor when the token's
         *     {@code amr} claim holds one of them, e.g. {@code mfa}, {@code otp}, {@code hwk}; default none
         * @param acr authentication context class references that count as a second factor when they are the
         *     token's {@code acr}; default none
         */
        public Builder mfaValues(Collection<String> amr, Collection<String> acr) {
            this.mfaAmrValues = Set.copyOf(amr);
            this.mfaAcrValues = Set.copyOf(acr);
            return this;
        }

        /** @param trusted certificate authorities for the issuer's HTTPS; default empty, the JDK's trust store */
        public Builder trustedCertificates(List<X509Certificate> trusted) {
            this.trusted = List.copyOf(trusted);
            return this;
        }

        /** @param timeout connect and request timeout for discovery and JWK Set fetches; default 5 s */
        public Builder timeout(Duration timeout) {
            this.timeout = positive(timeout, "timeout");
            return this;
        }

        /** @param interval how long fetched keys are used before they are fetched again; default 1 h */
        public Builder keysRefreshInterval(Duration interval) {
            this.keysRefreshInterval = positive(interval, "keysRefreshInterval");
            return this;
        }

        /** @param interval minimum time between re-fetches caused by an unknown {@code kid}; default 30 s */
        public Builder unknownKeyRefetchInterval(Duration interval) {
            this.unknownKeyRefetchInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /** @param clock the time source for token times and key refresh; default UTC system clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the provider; keys are fetched at the first authentication, so an issuer that is down does not
         *     stop the host from starting
         * @throws ConfigurationException if no audience was given
         */
        public OidcAuthenticationProvider build() {
            if (audiences.isEmpty() || audiences.contains("")) {
                throw new ConfigurationException("oidc provider " + name
                        + ": audience is required (the client id or API identifier that tokens must be issued for)");
            }
            return new OidcAuthenticationProvider(this);
        }

        private Duration positive(Duration duration, String setting) {
            if (duration.isNegative() || duration.isZero()) {
                throw new ConfigurationException("oidc provider " + name + ": " + setting + " must be positive");
            }
            return duration;
        }

        private static String requireText(String text, String what) {
            if (text == null || text.isBlank()) {
                throw new ConfigurationException("oidc provider: " + what + " is required");
            }
            return text;
        }
    }
}
