package dev.warden.core;

import dev.warden.ConfigurationException;
import dev.warden.audit.AuditLog;
import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.auth.Authenticator;
import dev.warden.core.config.Environment;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.core.plugin.PluginProblem;
import dev.warden.core.plugin.PluginRegistry;
import dev.warden.core.secrets.CachedSecretResolver;
import dev.warden.core.secrets.ConfigurationSecrets;
import dev.warden.secrets.SecretResolver;
import dev.warden.spi.audit.AuditSinkFactory;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The facade a host application starts from: {@code Warden.builder()...build()} reads the configuration, discovers
 * plug-ins through {@link java.util.ServiceLoader}, accepts explicit ones and builds the engines. A built
 * {@code Warden} is immutable and safe for concurrent use.
 *
 * <pre>{@code
 * try (Warden warden = Warden.builder().configuration(Path.of("warden.json")).build()) {
 *     ...
 * }
 * }</pre>
 */
public final class Warden implements AutoCloseable {

    private final WardenConfiguration configuration;
    private final PluginRegistry<AuthenticationProviderFactory> authenticationProviders;
    private final PluginRegistry<SecretStoreFactory> secretStores;
    private final PluginRegistry<AuditSinkFactory> auditSinks;
    private final dev.warden.core.policy.RbacPolicyEngine policy;
    private final dev.warden.core.policy.GovernedPolicyEngine governedPolicy;
    private final AuditLog governance; // where Warden's own operations are recorded; see governance()

    private final CachedSecretResolver secrets;

    // Audit: the pipeline is built on first use from the "audit" section (it opens files and connections).
    private volatile dev.warden.core.audit.AuditPipeline auditLog;
    // SECRET_ACCESSED raised while auditLog() is not built yet (outside a build-time bootstrap): recorded once it is.
    private final java.util.Queue<dev.warden.audit.AuditEvent> pendingSecretAccess = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final SecretResolver secretsView;
    private final Authenticator authenticator;
    private final AuditLog engineAudit; // the builder's audit log, else auditLog() when audit.sinks is set; may be null
    private final dev.warden.core.posture.PostureReport posture;
    private final dev.warden.core.workflow.WorkflowStore workflowStore;
    private final dev.warden.core.workflow.WorkflowEngines workflowEngines;
    private final PolicyPolling policyPolling; // null unless the policy store is shared (see Builder#policyReloadInterval)

    private Warden(Builder builder) {
        ClassLoader loader = builder.classLoader;
        this.authenticationProviders = PluginRegistry.discover(AuthenticationProviderFactory.class,
                f -> List.of(f.type()), loader, builder.authenticationProviders);
        this.secretStores = PluginRegistry.discover(SecretStoreFactory.class,
                SecretStoreFactory::schemes, loader, builder.secretStores);
        this.auditSinks = PluginRegistry.discover(AuditSinkFactory.class,
                f -> List.of(f.type()), loader, builder.auditSinks);
        // Secrets: the resolver first, then ${secret:...} in the configuration resolved through it.
        CachedSecretResolver.Builder resolver = CachedSecretResolver.builder().plugins(secretStores)
                .configuration(builder.configuration.section("secrets"))
                .production(builder.configuration.environment() == Environment.PRODUCTION);
        // SECRET_ACCESSED (reference, store, version; never the value) to the host's audit log, else to auditLog().
        if (builder.auditLog != null) {
            resolver.auditLog(builder.auditLog);
        } else if (builder.configuration.section("audit").has("sinks")) {
            resolver.auditLog(this::recordSecretAccess);
        }
        this.secrets = resolver.build();
        this.secretsView = builder.auditLog == null && builder.configuration.section("audit").has("sinks")
                ? new AuditFirst() : secrets;
        List<dev.warden.audit.AuditEvent> early = new ArrayList<>();
        auditBootstrap.set(early);
        try {
            this.configuration = ConfigurationSecrets.resolve(builder.configuration, secrets);
            if (!configuration.section("audit").keys().isEmpty()) {
                // Refuse a wrong audit setting now, not when the log is first used.
                dev.warden.core.audit.AuditPipeline.validate(configuration.section("audit"), auditSinks);
            }
            // The posture section too (the check reads it again, relative paths against the file's folder).
            dev.warden.core.posture.PostureSettings.from(configuration.section("posture"), configuration.environment(),
                    java.nio.file.Path.of(""));
            this.policy = dev.warden.core.policy.RbacPolicyEngine.open(builder.policyStore != null ? builder.policyStore
                    : dev.warden.core.policy.PolicyStores.fromConfig(configuration.section("policy"), loader));
            // Authentication: the provider chain of auth.providers, audited through the builder's audit log, else
            // through the configured audit pipeline (built on the first attempt) when audit.sinks is set.
            AuditLog authAudit = builder.auditLog != null ? builder.auditLog
                    : configuration.section("audit").has("sinks") ? event -> auditLog().record(event) : null;
            this.authenticator = Authenticator.fromConfiguration(configuration.section("auth"), authenticationProviders,
                    Optional.ofNullable(authAudit));
            this.engineAudit = authAudit;
            this.governance = Governance.auditLog(authAudit, configuration.environment());
            this.governedPolicy = new dev.warden.core.policy.GovernedPolicyEngine(policy, governance);
            this.workflowStore = builder.workflowStore != null ? builder.workflowStore
                    : dev.warden.core.workflow.WorkflowStores.fromConfig(configuration.section("workflows"), loader);
            this.workflowEngines = new dev.warden.core.workflow.WorkflowEngines(workflowStore, governedPolicy,
                    governance, secretsView, configuration.environment());
            Optional<java.time.Duration> reload = builder.policyReloadInterval != null
                    ? Optional.of(builder.policyReloadInterval).filter(d -> !d.isZero())
                    : builder.policyStore != null ? Optional.empty()
                    : dev.warden.core.policy.PolicyStores.reloadInterval(configuration.section("policy"), loader);
            this.policyPolling = reload.map(every -> PolicyPolling.start(policy, every, policy.describeStore()))
                    .orElse(null);
        } catch (RuntimeException e) {
            secrets.close();
            throw e;
        } finally {
            auditBootstrap.remove();
        }
        if (!early.isEmpty()) {
            try {
                early.forEach(auditLog()::record); // ${secret:...} were read: audit that now, failing closed
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
        // Posture: in production a failing critical checklist item stops the build unless an override names a reason,
        // which is audited through the builder's audit log or the configured one (dev.warden.core.posture.PostureGate).
        dev.warden.core.posture.PostureReport report = null;
        if (builder.configuration.environment() == Environment.PRODUCTION) {
            try {
                report = dev.warden.core.posture.PostureGate.enforce(builder.configuration, policy.state(), secrets,
                        Optional.ofNullable(builder.postureOverride), builder.auditLog != null
                                ? Optional.of(() -> builder.auditLog) : configuration.section("audit").children("sinks")
                                .isEmpty() ? Optional.empty() : Optional.of(this::auditLog));
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
        this.posture = report;
        if (!pendingSecretAccess.isEmpty()) {
            try {
                auditLog(); // secrets read by the posture gate: recorded now, failing closed
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }
    }

    /** @return the posture report checked at build time (production only; see {@link Builder#postureOverride}) */
    public Optional<dev.warden.core.posture.PostureReport> posture() {
        return Optional.ofNullable(posture);
    }

    /**
     * The policy engine, over the store given to {@link Builder#policyStore} or configured in the {@code policy}
     * section ({@code "store": "memory"} — the default — or {@code "file"} with {@code "file": "policy.json"}),
     * governed: every change names its actor, is authorized and is recorded before it is made, and every refused
     * {@code require} is recorded as {@code ACCESS_DENIED} (see {@link dev.warden.core.policy.GovernedPolicyEngine}).
     * Recorded through the builder's audit log, else {@link #auditLog()} when {@code audit.sinks} is set; with neither,
     * nothing is recorded in development (a warning says so) and every change is refused elsewhere.
     *
     * @return the governed engine; changes made through it are written to its store
     */
    public dev.warden.core.policy.GovernedPolicyEngine policy() {
        return governedPolicy;
    }

    /**
     * The projects' data sources (databases and directories workflows read and write), governed like
     * {@link #policy()}: changes authorized and recorded, fail-closed; opened read-only as sources and, in production,
     * only over verified TLS. Kept in the store given to {@link Builder#workflowStore} or configured in the
     * {@code workflows} section (see {@link dev.warden.core.workflow.WorkflowStores}; in memory by default).
     *
     * @return the data sources engine
     */
    public dev.warden.core.workflow.DataSources dataSources() {
        return workflowEngines.dataSources();
    }

    /**
     * The projects' workflows: versioned de-identification jobs from one data source to another, changed and run
     * under the policy and recorded in the audit log, fail-closed; each run's report kept in the run history. Kept in
     * the same store as {@link #dataSources()}.
     *
     * <pre>{@code
     * WorkflowRun run = warden.workflows().run(principal, "clinical", "nightly-copy");
     * }</pre>
     *
     * @return the workflows engine
     */
    public dev.warden.core.workflow.Workflows workflows() {
        return workflowEngines.workflows();
    }

    /**
     * Re-identification (reversing FF1, FF3-1 and keyed tokens) under the {@code REIDENTIFY} permission on a data
     * source or project, recorded as {@code REIDENTIFICATION_PERFORMED} (who, columns, how many values; never a value)
     * before anything is reversed, fail-closed.
     *
     * @return the re-identification engine
     */
    public dev.warden.core.workflow.Reidentification reidentification() {
        return workflowEngines.reidentification();
    }

    /**
     * Data-subject operations on the projects' database data sources: every row of one subject, found by following
     * foreign keys, exported as JSON (GDPR Articles 15 and 20, under {@code DATA_SOURCE_READ}) or erased in one
     * transaction (Article 17, under {@code DATA_SOURCE_EXECUTE}), recorded as {@code DATA_SOURCE_READ} /
     * {@code DATA_ERASED} with row counts per table, fail-closed.
     *
     * <pre>{@code
     * Erasure e = warden.dataSubjects().erase(dpo, "shop", "crm", SubjectQuery.of("customers", id),
     *         ErasurePlan.delete(), "request 2026-118");
     * }</pre>
     *
     * @return the data-subject engine
     */
    public dev.warden.core.workflow.DataSubjects dataSubjects() {
        return workflowEngines.dataSubjects();
    }

    /**
     * @return where Warden records its own operations (policy changes, denials, workflows, data sources, runs,
     *     re-identifications, erasures): the builder's audit log, else {@link #auditLog()} when {@code audit.sinks} is
     *     set; with neither, in development a log that keeps nothing (after one warning), elsewhere one that refuses
     */
    public AuditLog governance() {
        return governance;
    }

    /** @return whether Warden's own operations are recorded anywhere (an audit log was given or configured) */
    public boolean audited() {
        return engineAudit != null;
    }

    /**
     * @return the role-mapping rules authentication providers apply: {@code policy.roleMapping} from the
     *     configuration when present, else those kept with the policy
     */
    public dev.warden.policy.RoleMapping roleMapping() {
        dev.warden.policy.RoleMapping configured = dev.warden.policy.RoleMapping.fromConfig(
                configuration.section("policy"), "roleMapping");
        return configured.rules().isEmpty() ? policy.state().roleMapping() : configured;
    }

    /** @return a builder with the development defaults and the thread's context class loader */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the configuration this instance was built from */
    public WardenConfiguration configuration() {
        return configuration;
    }

    /** @return where this installation runs */
    public Environment environment() {
        return configuration.environment();
    }

    /** @return authentication provider factories by type */
    public PluginRegistry<AuthenticationProviderFactory> authenticationProviders() {
        return authenticationProviders;
    }

    /** @return secret store factories by URI scheme */
    public PluginRegistry<SecretStoreFactory> secretStores() {
        return secretStores;
    }

    /**
     * @return the secret resolver: {@code env:}, {@code file:}, {@code keystore:}, {@code vault:} and plug-in schemes,
     *     cached as the {@code secrets} section of the configuration says; when reads are audited through
     *     {@link #auditLog()} ({@code audit.sinks} set, no {@link Builder#auditLog}), its first resolution builds that
     *     pipeline first (failing as {@link #auditLog()} does)
     */
    public SecretResolver secrets() {
        return secretsView;
    }

    /**
     * The resolver handed out when secret reads are audited through {@link #auditLog()}: it builds the pipeline before
     * the first resolution, so that no read builds it from inside a store's load (which may need the audit key itself).
     */
    private final class AuditFirst implements SecretResolver {
        @Override
        public dev.warden.secrets.Secret resolve(dev.warden.secrets.SecretRef ref) {
            auditLog();
            return secrets.resolve(ref);
        }

        @Override
        public java.util.Set<String> schemes() {
            return secrets.schemes();
        }

        @Override
        public void signalRotation(dev.warden.secrets.SecretRef ref) {
            secrets.signalRotation(ref);
        }

        @Override
        public Subscription onRotation(dev.warden.secrets.SecretRef ref, dev.warden.secrets.SecretRotationListener listener) {
            return secrets.onRotation(ref, listener);
        }
    }

    /**
     * @return the installed audit sink factories by type (discovered and explicit), whether the configuration uses
     *     them or not; the sinks configured are {@link #auditSinks()}
     */
    public PluginRegistry<AuditSinkFactory> auditSinkTypes() {
        return auditSinks;
    }

    /**
     * The audit sinks that {@code audit.sinks} configures, read from the configuration: none is opened by this call
     * (they open with {@link #auditLog()}).
     *
     * @return the configured sinks by name and type, in configuration order; empty without {@code audit.sinks}
     */
    public dev.warden.core.audit.ConfiguredAuditSinks auditSinks() {
        return dev.warden.core.audit.ConfiguredAuditSinks.of(configuration.section("audit"));
    }

    /**
     * The fail-closed audit log built from the {@code audit} section (key resolved through {@link #secrets()}, sinks
     * through {@link #auditSinkTypes()}), on first call; closed with this instance.
     *
     * @return the audit pipeline
     * @throws dev.warden.ConfigurationException if the audit section is missing a key (outside development) or sinks
     */
    public synchronized dev.warden.core.audit.AuditPipeline auditLog() {
        try {
            return buildAuditLog();
        } catch (RuntimeException e) {
            throw dev.warden.core.secrets.SubstitutedSecrets.masked(e);
        }
    }

    private dev.warden.core.audit.AuditPipeline buildAuditLog() {
        if (auditLog == null) {
            // Resolving the audit key is itself audited: those events wait until the pipeline exists.
            List<dev.warden.audit.AuditEvent> early = new ArrayList<>();
            auditBootstrap.set(early);
            try {
                auditLog = dev.warden.core.audit.AuditPipeline.fromConfiguration(configuration.section("audit"),
                        configuration.environment(), auditSinks, secrets::resolve);
            } finally {
                auditBootstrap.remove();
            }
            early.forEach(auditLog::record);
            drainPendingSecretAccess(auditLog);
        }
        return auditLog;
    }

    private void drainPendingSecretAccess(dev.warden.core.audit.AuditPipeline pipeline) {
        for (dev.warden.audit.AuditEvent e = pendingSecretAccess.poll(); e != null; e = pendingSecretAccess.poll()) {
            pipeline.record(e);
        }
    }

    private final ThreadLocal<List<dev.warden.audit.AuditEvent>> auditBootstrap = new ThreadLocal<>();

    private void recordSecretAccess(dev.warden.audit.AuditEvent event) {
        List<dev.warden.audit.AuditEvent> early = auditBootstrap.get();
        if (early != null) {
            early.add(event);
            return;
        }
        dev.warden.core.audit.AuditPipeline built = auditLog;
        if (built != null) {
            built.record(event);
            return;
        }
        // Not built yet: building it here could resolve the audit key inside the store load that raised this event.
        pendingSecretAccess.add(event);
        built = auditLog;
        if (built != null) {
            drainPendingSecretAccess(built); // built meanwhile on another thread, after it drained the queue
        }
    }

    /** @return the authentication chain built from {@code auth.providers} */
    public Authenticator authenticator() {
        return authenticator;
    }

    /**
     * Authenticates through the provider chain; see {@link Authenticator#authenticate(AuthenticationRequest)}.
     *
     * @param credentials what the caller presented (the caller wipes them afterwards)
     * @return success with the principal, MFA or password change required, or {@code Failure("authentication failed")}
     */
    public AuthenticationResult authenticate(Credentials credentials) {
        return authenticator.authenticate(credentials);
    }

    /** @see Authenticator#authenticate(AuthenticationRequest) */
    public AuthenticationResult authenticate(AuthenticationRequest request) {
        return authenticator.authenticate(request);
    }

    /**
     * Administration of a {@code local} authentication provider's accounts and API keys (add users, set passwords,
     * enrol TOTP, issue and revoke API keys), over the store its {@code auth.providers} entry names, with
     * {@code ${secret:...}} already resolved. Each change is audited before it is made, fail-closed, through the
     * builder's audit log or {@link #auditLog()} when {@code audit.sinks} is set (not audited otherwise).
     *
     * @param provider the entry's {@code name} ({@code local} when the entry gives none)
     * @param operator who makes the changes, as recorded in the audit events
     * @return a new administration view; the caller closes it (that closes its own connection to the store)
     * @throws ConfigurationException if no {@code local} provider has that name, or its store cannot be opened
     */
    public dev.warden.core.auth.local.LocalAccounts localAccounts(String provider, dev.warden.audit.Actor operator) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(operator, "operator");
        dev.warden.config.ConfigNode entry = configuration.section("auth").children("providers").stream()
                .filter(n -> n.string("type").orElse("").equals("local"))
                .filter(n -> n.string("name").orElse("local").equals(provider))
                .findFirst().orElseThrow(() -> new ConfigurationException("configuration auth.providers: no provider "
                        + "of type 'local' named '" + dev.warden.core.auth.Printable.of(provider) + "'; add one with a "
                        + "\"store\""));
        dev.warden.core.auth.local.LocalAccounts accounts = dev.warden.core.auth.local.LocalProviderFactory.accounts(entry);
        return engineAudit == null ? accounts : accounts.audited(engineAudit, operator);
    }

    /** @return every plug-in that was found but skipped, across all SPIs */
    public List<PluginProblem> pluginProblems() {
        return Stream.of(authenticationProviders, secretStores, auditSinks)
                .flatMap(r -> r.problems().stream()).toList();
    }

    @Override
    public void close() {
        // Engines that hold resources release them here as they are added. Each close is bounded (a plug-in's close
        // may hang): the whole takes at most CLOSE_LIMIT, then the rest goes on without the hung part.
        long deadline = System.nanoTime() + CLOSE_LIMIT.toNanos();
        BoundedClose.run("authentication providers", authenticator::close, remaining(deadline));
        if (policyPolling != null) {
            policyPolling.close();
        }
        BoundedClose.run("policy store", policy::close, remaining(deadline));
        BoundedClose.run("workflow store", workflowStore::close, remaining(deadline));
        dev.warden.core.audit.AuditPipeline built;
        synchronized (this) {
            built = auditLog;
        }
        if (built != null) {
            BoundedClose.run("audit log", built::close, remaining(deadline));
        }
        BoundedClose.run("secret stores", secrets::close, remaining(deadline));
    }

    /** The longest {@link #close()} waits for the plug-ins' own close methods, in total. */
    static final java.time.Duration CLOSE_LIMIT = java.time.Duration.ofSeconds(10);

    private static java.time.Duration remaining(long deadline) {
        return java.time.Duration.ofNanos(Math.max(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(200),
                deadline - System.nanoTime()));
    }

    /** Builds a {@link Warden}. Not thread-safe; the built instance is. */
    public static final class Builder {

        private WardenConfiguration configuration = WardenConfiguration.defaults();
        private ClassLoader classLoader = defaultLoader();
        private final List<AuthenticationProviderFactory> authenticationProviders = new ArrayList<>();
        private final List<SecretStoreFactory> secretStores = new ArrayList<>();
        private final List<AuditSinkFactory> auditSinks = new ArrayList<>();
        private dev.warden.core.policy.GrantStore policyStore;
        private dev.warden.core.workflow.WorkflowStore workflowStore;
        private java.time.Duration policyReloadInterval;
        private AuditLog auditLog;
        private String postureOverride;

        private Builder() {
        }

        /**
         * @param file a {@code warden.json}
         * @throws ConfigurationException if it cannot be read or is malformed
         */
        public Builder configuration(Path file) {
            this.configuration = WardenConfiguration.load(file);
            return this;
        }

        /** @param configuration an already parsed configuration */
        public Builder configuration(WardenConfiguration configuration) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            return this;
        }

        /** @param loader where plug-ins are discovered; default the thread's context class loader */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Adds an authentication provider factory explicitly; it wins over a discovered one of the same type. */
        public Builder plugin(AuthenticationProviderFactory factory) {
            authenticationProviders.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Adds a secret store factory explicitly; it wins over a discovered one of the same scheme. */
        public Builder plugin(SecretStoreFactory factory) {
            secretStores.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Adds an audit sink factory explicitly; it wins over a discovered one of the same type. */
        public Builder plugin(AuditSinkFactory factory) {
            auditSinks.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** @param store where the policy lives, instead of the configured store; closed with the built instance */
        public Builder policyStore(dev.warden.core.policy.GrantStore store) {
            this.policyStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * How often the policy is reloaded from its store, so that grants and revocations made by other processes
         * sharing it are enforced here within about this time. Default: {@code policy.reloadInterval} from the
         * configuration, which defaults to 500 ms for a shared store ({@code jdbc}) and to never for {@code memory} and
         * {@code file}; never for a store given to {@link #policyStore}.
         *
         * @param interval the interval; {@link java.time.Duration#ZERO} turns polling off
         */
        public Builder policyReloadInterval(java.time.Duration interval) {
            if (interval.isNegative()) {
                throw new ConfigurationException("policyReloadInterval: must not be negative");
            }
            this.policyReloadInterval = interval;
            return this;
        }

        /**
         * @param store where data sources, workflow versions and runs live, instead of the configured store (the
         *     {@code workflows} section); closed with the built instance
         */
        public Builder workflowStore(dev.warden.core.workflow.WorkflowStore store) {
            this.workflowStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /** Records authentication attempts (and other engines' events) here, failing closed. */
        public Builder auditLog(AuditLog auditLog) {
            this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
            return this;
        }

        /**
         * Lets a production instance start although critical posture items fail; the reason and the failing items are
         * recorded as a {@code CONFIGURATION_CHANGED} audit event (failing closed).
         *
         * @param reason why, in one line of at most 500 characters (e.g. a change ticket)
         */
        public Builder postureOverride(String reason) {
            this.postureOverride = Objects.requireNonNull(reason, "reason");
            return this;
        }

        /**
         * @return the built, immutable instance
         * @throws ConfigurationException if plug-ins conflict, the configuration is invalid, or (in production) a critical
         *     posture item fails and no {@link #postureOverride} is given
         */
        public Warden build() {
            try {
                return new Warden(this);
            } catch (RuntimeException e) {
                // A value substituted from ${secret:...} may sit in a setting an error message quotes: mask it.
                throw dev.warden.core.secrets.SubstitutedSecrets.masked(e);
            }
        }

        private static ClassLoader defaultLoader() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            return context != null ? context : Warden.class.getClassLoader();
        }
    }
}
