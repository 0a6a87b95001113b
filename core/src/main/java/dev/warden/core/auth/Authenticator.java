package dev.warden.core.auth;

import dev.warden.ConfigurationException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.Outcome;
import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import dev.warden.config.ConfigNode;
import dev.warden.auth.PrincipalIds;
import dev.warden.core.auth.local.ApiKeyFormat;
import dev.warden.core.auth.mfa.SecondFactors;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.core.secrets.SecretMaskingLogger;
import dev.warden.policy.GlobalRole;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;

/**
 * The authentication chain: hands each attempt to the providers that accept its kind of credentials, in configured
 * order, and returns the first success.
 *
 * <p>Around the providers it enforces what no single provider can:
 * <ul>
 *   <li><b>No user enumeration.</b> A failure returned to the caller is always {@code Failure("authentication
 *   failed")}; the provider's reason goes only to the audit log.</li>
 *   <li><b>Lockout and throttling</b> ({@link LockoutPolicy}): per account name and per source address, with an
 *   increasing lock time; the attempt that starts a lock is audited as {@code ACCOUNT_LOCKED}. Attempts during a
 *   lock are refused without asking any provider.</li>
 *   <li><b>MFA for administrators and owners.</b> A person whose global role is {@code ADMINISTRATOR} or
 *   {@code OWNER} and whose provider did not verify a second factor gets {@link AuthenticationResult.MfaRequired},
 *   never a principal.</li>
 *   <li><b>Second factors for directory and SSO users</b> ({@link SecondFactors}, {@code auth.secondFactors}): a
 *   non-local person whose identity provider did not assert MFA and who has a TOTP enrolled with Warden must present
 *   a code (the password's one-time code, or {@link AuthenticationRequest#oneTimeCode()}); a right code satisfies MFA,
 *   a wrong or reused one is {@code MFA_FAILED} and counts towards the lockout of the principal.</li>
 *   <li><b>Audit.</b> Every attempt is audited when an {@link AuditLog} is configured: {@code LOGIN} (preceded by
 *   {@code MFA_VERIFIED} when the request carried a one-time code that the provider verified), {@code LOGIN_FAILED},
 *   {@code MFA_FAILED} (the first factor was right, the one-time code was not) and {@code ACCOUNT_LOCKED}; a wrong
 *   one-time code counts towards the lockout like a wrong password. {@link #logout} records {@code LOGOUT}. No
 *   password, token, key or assertion is ever put into an event or a log message. Audit is fail-closed: if the event
 *   cannot be recorded, {@link dev.warden.audit.AuditUnavailableException} is thrown and no principal is returned.</li>
 * </ul>
 *
 * <p>Immutable after build and safe for concurrent use.
 */
public final class Authenticator implements AutoCloseable {

    private static final Logger LOG = SecretMaskingLogger.of(Authenticator.class);
    private static final AuthenticationResult.Failure FAILED = new AuthenticationResult.Failure("authentication failed");
    private static final Set<GlobalRole> MFA_REQUIRED_FOR = Set.of(GlobalRole.ADMINISTRATOR, GlobalRole.OWNER);

    private final List<AuthenticationProvider> providers;
    private final Optional<AuditLog> auditLog;
    private final LockoutPolicy lockout;
    private final LockoutCounters throttle;
    private final boolean ownsThrottle;
    private final Clock clock;
    private final SecondFactors secondFactors;
    private final boolean ownsSecondFactors;

    private Authenticator(Builder builder) {
        this.providers = List.copyOf(builder.providers);
        this.auditLog = Optional.ofNullable(builder.auditLog);
        this.lockout = builder.lockout;
        this.throttle = builder.counters != null ? builder.counters : LockoutCounters.inMemory(builder.lockout);
        this.ownsThrottle = builder.ownsCounters;
        this.clock = builder.clock;
        this.secondFactors = builder.secondFactors;
        this.ownsSecondFactors = builder.ownsSecondFactors;
        Set<String> names = new HashSet<>();
        for (AuthenticationProvider provider : providers) {
            if (!names.add(provider.name())) {
                throw new ConfigurationException("two authentication providers are named '" + provider.name()
                        + "'; give each entry of auth.providers its own name");
            }
        }
    }

    /** @return a builder with no providers, no audit log, the default lockout policy and the system clock */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds the chain from the {@code auth} section of {@code warden.json}:
     * {@code {"providers": [{"type": "local", "name": "local", ...}], "lockout": {...}}}.
     *
     * @param auth the {@code auth} section (may be empty: a chain without providers refuses everything)
     * @param factories the installed provider factories, by type
     * @param auditLog where attempts are recorded, if anywhere
     * @return the chain
     * @throws ConfigurationException naming the setting when a provider type is unknown or its settings are wrong
     */
    public static Authenticator fromConfiguration(ConfigNode auth, PluginRegistry<AuthenticationProviderFactory> factories,
                                                  Optional<AuditLog> auditLog) {
        auth.requireOnlyKeys(java.util.Set.of("providers", "lockout", "secondFactors"));
        Builder builder = builder();
        auditLog.ifPresent(builder::auditLog);
        auth.child("lockout").ifPresent(node -> builder.lockout(LockoutPolicy.from(node)));
        Optional<ConfigNode> lockoutStore = auth.child("lockout").flatMap(node -> node.child("store"));
        List<AuthenticationProvider> built = new ArrayList<>();
        SecondFactors factors = auth.child("secondFactors").map(SecondFactors::fromConfig).orElse(null);
        if (factors != null) {
            builder.secondFactors(factors);
            builder.ownsSecondFactors = true;
        }
        try {
            if (lockoutStore.isPresent()) {
                builder.lockoutCounters(openCounters(lockoutStore.get(), builder.lockout));
                builder.ownsCounters = true;
            }
            for (ConfigNode node : auth.children("providers")) {
                String type = node.requireString("type");
                AuthenticationProvider provider = factories.require(type, node.qualified("type")).create(node);
                built.add(provider);
                builder.provider(provider);
            }
            return builder.build();
        } catch (RuntimeException e) {
            built.forEach(AuthenticationProvider::close);
            if (factors != null) {
                factors.close();
            }
            if (builder.ownsCounters) {
                builder.counters.close();
            }
            throw e;
        }
    }

    private static LockoutCounters openCounters(ConfigNode store, LockoutPolicy policy) {
        String type = store.requireString("type");
        for (LockoutCountersFactory factory : java.util.ServiceLoader.load(LockoutCountersFactory.class,
                Authenticator.class.getClassLoader())) {
            if (factory.type().equals(type)) {
                return factory.open(store, policy);
            }
        }
        if (type.equals("jdbc")) {
            throw dev.warden.core.plugin.MissingExtensionException.of("configuration " + store.qualified("type")
                    + ": 'jdbc'", "warden-jdbc");
        }
        throw new ConfigurationException("configuration " + store.qualified("type") + ": '" + Printable.of(type)
                + "' is not a lockout store type; use jdbc (or leave store out to count in memory)");
    }

    /** @return the provider names, in the order they are tried */
    public List<String> providerNames() {
        return providers.stream().map(AuthenticationProvider::name).toList();
    }

    /**
     * @param name a provider's configured name
     * @param type the provider's class, e.g. {@code OidcAuthenticationProvider} to start a code-flow sign-in with
     * @return the provider of that name and class, if the chain has one; authenticating through it directly bypasses
     *     the chain's lockout, MFA and audit, so use it to build sign-in flows, and {@link #authenticate} for the result
     */
    public <T extends AuthenticationProvider> Optional<T> provider(String name, Class<T> type) {
        return providers.stream().filter(p -> p.name().equals(name)).filter(type::isInstance).map(type::cast)
                .findFirst();
    }

    /** @return the lockout policy in force */
    public LockoutPolicy lockoutPolicy() {
        return lockout;
    }

    /**
     * Authenticates credentials with no known source address.
     *
     * @see #authenticate(AuthenticationRequest)
     */
    public AuthenticationResult authenticate(Credentials credentials) {
        return authenticate(AuthenticationRequest.of(credentials));
    }

    /**
     * Tries the providers that support the request's kind of credentials, in order, and returns the first success.
     *
     * @param request the credentials and where they came from
     * @return {@link AuthenticationResult.Success} with the principal; {@link AuthenticationResult.MfaRequired} or
     *     {@link AuthenticationResult.PasswordChangeRequired} when the first factor was right but more is needed; or
     *     {@code Failure("authentication failed")}, whatever the cause
     * @throws AuthenticationException if no provider could reach a decision (every one that was asked is down)
     * @throws dev.warden.audit.AuditUnavailableException if the attempt could not be audited (fail closed)
     */
    public AuthenticationResult authenticate(AuthenticationRequest request) {
        Objects.requireNonNull(request, "request");
        Instant now = clock.instant();
        Credentials credentials = request.credentials();
        Claimed claimed = claimedIdentity(credentials);
        String userKey = claimed.id().isEmpty() ? null : "user:" + credentials.getClass().getSimpleName() + ":" + claimed.id();
        String addressKey = request.sourceAddress().isEmpty() ? null : "addr:" + request.sourceAddress();

        if ((userKey != null && throttle.lockedUntil(userKey, now).isPresent())
                || (addressKey != null && throttle.lockedUntil(addressKey, now).isPresent())) {
            audit(AuditEventType.LOGIN_FAILED, Outcome.DENIED, claimed.actor(), request, now,
                    Map.of("reason", "locked", "credential", claimed.kindName()));
            LOG.debug("Authentication of {} from {} refused: locked", Printable.of(claimed.id()),
                    Printable.of(request.sourceAddress()));
            return FAILED;
        }

        List<String> reasons = new ArrayList<>();
        boolean secondFactorRejected = false;
        int asked = 0;
        int undecided = 0;
        for (AuthenticationProvider provider : providers) {
            if (!provider.supports(credentials.getClass())) {
                continue;
            }
            asked++;
            AuthenticationResult result;
            try {
                result = provider.authenticate(credentials);
            } catch (AuthenticationException e) {
                undecided++;
                reasons.add(provider.name() + ": unavailable");
                LOG.warn("Authentication provider '{}' could not decide: {}", provider.name(), Printable.of(e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                undecided++;
                reasons.add(provider.name() + ": internal error " + e.getClass().getSimpleName());
                LOG.warn("Authentication provider '{}' failed with {}", provider.name(), e.getClass().getName());
                continue;
            }
            if (result instanceof AuthenticationResult.Failure failure) {
                reasons.add(provider.name() + ": " + failure.auditReason());
                secondFactorRejected |= failure.secondFactor();
                continue;
            }
            return finish(result, provider, claimed, request, now, userKey, addressKey);
        }

        if (asked == 0) {
            reasons.add("no provider accepts " + claimed.kindName());
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", String.join("; ", reasons));
        details.put("credential", claimed.kindName());
        if (asked > 0 && undecided == asked) {
            audit(AuditEventType.LOGIN_FAILED, Outcome.FAILURE, claimed.actor(), request, now, details);
            throw new AuthenticationException("authentication is unavailable: no provider could reach a decision; "
                    + "try again later or check the providers' connectivity");
        }
        return refuse(secondFactorRejected, claimed.actor(), claimed, request, now, userKey, addressKey, details);
    }

    /** Counts a failure towards the lockouts, audits it (and a lock it starts) and returns the generic failure. */
    private AuthenticationResult refuse(boolean secondFactorRejected, Actor actor, Claimed claimed,
                                        AuthenticationRequest request, Instant now, String userKey, String addressKey,
                                        Map<String, String> details) {
        boolean locked = false;
        if (userKey != null && throttle.recordFailure(userKey, lockout.maxFailuresPerUser(), now)) {
            locked = true;
        }
        if (addressKey != null
                && throttle.recordFailure(addressKey, lockout.maxFailuresPerAddress(), now)) {
            locked = true;
        }
        audit(secondFactorRejected ? AuditEventType.MFA_FAILED : AuditEventType.LOGIN_FAILED, Outcome.FAILURE,
                actor, request, now, details);
        if (locked) {
            Map<String, String> lockDetails = Map.of("credential", claimed.kindName(),
                    "lockedFor", lockedFor(userKey, addressKey, now));
            audit(AuditEventType.ACCOUNT_LOCKED, Outcome.DENIED, claimed.actor(), request, now, lockDetails);
            LOG.info("Locked authentication for {} from {} after repeated failures", Printable.of(claimed.id()),
                    Printable.of(request.sourceAddress()));
        }
        LOG.debug("Authentication of {} from {} failed", Printable.of(claimed.id()), Printable.of(request.sourceAddress()));
        return FAILED;
    }

    private String lockedFor(String userKey, String addressKey, Instant now) {
        Instant until = null;
        for (String key : new String[] {userKey, addressKey}) {
            Instant u = key == null ? null : throttle.lockedUntil(key, now).orElse(null);
            if (u != null && (until == null || u.isAfter(until))) {
                until = u;
            }
        }
        return until == null ? "PT0S" : java.time.Duration.between(now, until).toString();
    }

    private AuthenticationResult finish(AuthenticationResult result, AuthenticationProvider provider, Claimed claimed,
                                        AuthenticationRequest request, Instant now, String userKey, String addressKey) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("provider", provider.name());
        details.put("credential", claimed.kindName());
        if (result instanceof AuthenticationResult.Success success) {
            Principal principal = success.principal();
            char[] code = oneTimeCode(request);
            if (secondFactors != null && principal.kind() == PrincipalKind.USER && !principal.mfaSatisfied()
                    && !principal.id().startsWith(PrincipalIds.LOCAL + ":")) {
                // A directory or SSO user whose identity provider did not assert a second factor: Warden's own TOTP,
                // throttled per principal too (a bearer token names no user before it is verified).
                String mfaKey = "mfa:" + principal.id();
                if (throttle.lockedUntil(mfaKey, now).isPresent()) {
                    details.put("reason", "locked (second factor)");
                    audit(AuditEventType.LOGIN_FAILED, Outcome.DENIED, actorOf(principal), request, now, details);
                    return FAILED;
                }
                switch (secondFactors.verify(principal.id(), code, now)) {
                    case VERIFIED -> {
                        throttle.reset(mfaKey);
                        principal = new Principal(principal.id(), principal.kind(), principal.globalRole(),
                                principal.groups(), principal.projectRoles(), principal.authenticationMethod(), true);
                        success = new AuthenticationResult.Success(principal);
                    }
                    case REFUSED -> {
                        if (code.length == 0) {
                            details.put("reason", "second factor required (enrolled with Warden)");
                            audit(AuditEventType.LOGIN_FAILED, Outcome.FAILURE, actorOf(principal), request, now, details);
                            return new AuthenticationResult.MfaRequired(principal.id());
                        }
                        details.put("reason", provider.name() + ": bad or reused one-time code");
                        return refuse(true, actorOf(principal), claimed, request, now, userKey != null ? userKey : mfaKey,
                                addressKey, details);
                    }
                    case NOT_ENROLLED -> {
                        // nothing to check; a privileged role still needs a second factor below
                    }
                }
            }
            if (principal.kind() == PrincipalKind.USER && MFA_REQUIRED_FOR.contains(principal.globalRole())
                    && !principal.mfaSatisfied()) {
                details.put("reason", "second factor required for role " + principal.globalRole());
                audit(AuditEventType.LOGIN_FAILED, Outcome.FAILURE, actorOf(principal), request, now, details);
                return new AuthenticationResult.MfaRequired(principal.id());
            }
            if (userKey != null) {
                throttle.reset(userKey);
            }
            if (principal.mfaSatisfied() && code.length > 0) {
                audit(AuditEventType.MFA_VERIFIED, Outcome.SUCCESS, actorOf(principal), request, now, details);
            }
            AuditEventType type = request.credentials() instanceof Credentials.ApiKey
                    ? AuditEventType.API_KEY_USED : AuditEventType.LOGIN;
            audit(type, Outcome.SUCCESS, actorOf(principal), request, now, details);
            return success;
        }
        if (result instanceof AuthenticationResult.MfaRequired mfa) {
            details.put("reason", "second factor required");
            audit(AuditEventType.LOGIN_FAILED, Outcome.FAILURE, claimed.actor(), request, now, details);
            return mfa;
        }
        if (result instanceof AuthenticationResult.PasswordChangeRequired change) {
            details.put("reason", "password change required");
            audit(AuditEventType.LOGIN_FAILED, Outcome.FAILURE, claimed.actor(), request, now, details);
            return change;
        }
        throw new IllegalStateException("unexpected result " + result.getClass());
    }

    /** @return the one-time code of the attempt: the password credentials' own, else the request's */
    private static char[] oneTimeCode(AuthenticationRequest request) {
        if (request.credentials() instanceof Credentials.Password password && password.oneTimeCode().length > 0) {
            return password.oneTimeCode();
        }
        return request.oneTimeCode();
    }

    /**
     * Records that a principal signed out.
     *
     * @param principal who signed out
     * @param sourceAddress from where, or {@code ""}
     * @throws dev.warden.audit.AuditUnavailableException if the event could not be recorded
     */
    public void logout(Principal principal, String sourceAddress) {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Instant now = clock.instant();
        audit(AuditEventType.LOGOUT, Outcome.SUCCESS, actorOf(principal), sourceAddress, "", now, Map.of());
    }

    private void audit(AuditEventType type, Outcome outcome, Actor actor, AuthenticationRequest request, Instant now,
                       Map<String, String> details) {
        audit(type, outcome, actor, request.sourceAddress(), request.correlationId(), now, details);
    }

    private void audit(AuditEventType type, Outcome outcome, Actor actor, String sourceAddress, String correlationId,
                       Instant now, Map<String, String> details) {
        if (auditLog.isEmpty()) {
            return;
        }
        auditLog.get().record(new AuditEvent(EventIds.next(now), now, type, outcome, actor, sourceAddress,
                "", "", correlationId, details, Set.of()));
    }

    private static Actor actorOf(Principal principal) {
        return new Actor(principal.id(), principal.kind(), principal.authenticationMethod(), principal.mfaSatisfied());
    }

    /** Who the credentials claim to be, before verification: a user name or an API key's public id. */
    private record Claimed(String id, PrincipalKind kind, String kindName) {
        Actor actor() {
            return new Actor(id.isEmpty() ? "unknown" : id, kind, kindName, false);
        }
    }

    private static Claimed claimedIdentity(Credentials credentials) {
        if (credentials instanceof Credentials.Password password) {
            return new Claimed(password.username(), PrincipalKind.USER, "password");
        }
        if (credentials instanceof Credentials.ApiKey key) {
            return new Claimed(ApiKeyFormat.keyIdOf(key.key()).map(id -> "api-key:" + id).orElse(""),
                    PrincipalKind.SERVICE_ACCOUNT, "api-key");
        }
        if (credentials instanceof Credentials.BearerToken) {
            return new Claimed("", PrincipalKind.USER, "bearer-token");
        }
        return new Claimed("", PrincipalKind.USER, "saml");
    }

    /** @return the second factors of directory and single sign-on users, when configured */
    public Optional<SecondFactors> secondFactors() {
        return Optional.ofNullable(secondFactors);
    }

    /** Releases every provider (and the second factors read from configuration). */
    @Override
    public void close() {
        if (ownsSecondFactors) {
            secondFactors.close();
        }
        if (ownsThrottle) {
            throttle.close();
        }
        for (AuthenticationProvider provider : providers) {
            try {
                provider.close();
            } catch (RuntimeException e) {
                LOG.warn("Authentication provider '{}' failed to close: {}", provider.name(), e.getClass().getName());
            }
        }
    }

    /** Builds an {@link Authenticator}. Not thread-safe; the built instance is. */
    public static final class Builder {
        private final List<AuthenticationProvider> providers = new ArrayList<>();
        private AuditLog auditLog;
        private LockoutPolicy lockout = LockoutPolicy.defaults();
        private Clock clock = Clock.systemUTC();
        private SecondFactors secondFactors;
        private boolean ownsSecondFactors;
        private LockoutCounters counters;
        private boolean ownsCounters;

        private Builder() {
        }

        /**
         * @param factors TOTP second factors Warden keeps for directory and single sign-on users; without them, such a
         *     user with a privileged role can sign in only when its identity provider asserts MFA (not closed by the
         *     chain unless read from configuration)
         */
        public Builder secondFactors(SecondFactors factors) {
            this.secondFactors = Objects.requireNonNull(factors, "factors");
            return this;
        }

        /** Adds a provider; providers are tried in the order added. */
        public Builder provider(AuthenticationProvider provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /** Records every attempt here (fail-closed). Without one, nothing is audited. */
        public Builder auditLog(AuditLog auditLog) {
            this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
            return this;
        }

        /**
         * @param value where failure counts and locks are kept; default in this process. Give shared counters
         *     ({@code dev.warden.jdbc.JdbcLockoutCounters}) when several hosts authenticate the same accounts, made
         *     with the same policy as {@link #lockout} (not closed by the chain unless read from configuration)
         */
        public Builder lockoutCounters(LockoutCounters value) {
            this.counters = Objects.requireNonNull(value, "counters");
            return this;
        }

        /** @param lockout when to lock; default {@link LockoutPolicy#defaults()} */
        public Builder lockout(LockoutPolicy lockout) {
            this.lockout = Objects.requireNonNull(lockout, "lockout");
            return this;
        }

        /** @param clock the time source for lockout and audit; default the system UTC clock */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @return the chain
         * @throws ConfigurationException if two providers share a name
         */
        public Authenticator build() {
            return new Authenticator(this);
        }
    }
}
