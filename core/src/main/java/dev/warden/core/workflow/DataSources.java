package dev.warden.core.workflow;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEventType;
import dev.warden.auth.Principal;
import dev.warden.core.config.Environment;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import dev.warden.policy.Action;
import dev.warden.policy.ResourceRef;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The projects' data sources, as {@link dev.warden.core.Warden#dataSources()} hands them out: every change is
 * authorized by the policy, recorded before it is made, and refused when the audit log cannot record it
 * (fail-closed); every refusal is recorded as {@code ACCESS_DENIED}.
 *
 * <p>Who may do what (the permissions of {@link dev.warden.policy.ProjectRole}):
 * <ul>
 *   <li>define a data source, or redefine one (its location, credentials or role): {@code DATA_SOURCE_CREATE}
 *       (project Admin) — recorded as {@code DATA_SOURCE_CREATED} / {@code DATA_SOURCE_UPDATED};</li>
 *   <li>remove one: {@code DATA_SOURCE_DELETE} (Admin) — {@code DATA_SOURCE_DELETED};</li>
 *   <li>read a definition: {@code DATA_SOURCE_READ} (Viewer); list them: {@code PROJECT_READ};</li>
 *   <li>read its data ({@link #openSource}): {@code DATA_SOURCE_READ} — {@code DATA_SOURCE_READ}; write into it:
 *       {@code DATA_SOURCE_UPDATE} (Editor), which {@link Workflows#run} checks and records.</li>
 * </ul>
 * Events name the data source as their resource and give its role and location without parameters; never a
 * credential (only whether a user and a password reference are set).
 *
 * <p>Opening enforces the hardening guide: a {@link DataSource.Role#SOURCE} is opened read-only and never as a
 * target; in {@link Environment#PRODUCTION} a database must be reached over verified TLS (PostgreSQL
 * {@code sslmode=verify-full}; see {@code TransportSecurity}), else a {@link ConfigurationException} says what to add.
 * Credentials are resolved through the secret resolver when opened and wiped after.
 *
 * <p>Thread-safe.
 */
public final class DataSources {

    private final WorkflowStore store;
    private final Governed governed;
    private final SecretResolver secrets;
    private final Environment environment;

    DataSources(WorkflowStore store, Governed governed, SecretResolver secrets, Environment environment) {
        this.store = Objects.requireNonNull(store, "store");
        this.governed = Objects.requireNonNull(governed, "governed");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /**
     * Defines a data source in its project, as {@code actor}.
     *
     * @return the stored definition
     * @throws dev.warden.policy.AccessDeniedException if the actor lacks {@code DATA_SOURCE_CREATE} there (recorded)
     * @throws InvalidInputException if the project already has a data source of that name
     * @throws dev.warden.audit.AuditUnavailableException if the change could not be recorded (nothing changed)
     */
    public DataSource create(Principal actor, DataSource source) {
        Objects.requireNonNull(source, "source");
        governed.require(actor, Action.CREATE, source.ref());
        if (store.dataSource(source.project(), source.name()).isPresent()) {
            throw new InvalidInputException("data source " + source.project() + "/" + source.name()
                    + " already exists; update it or choose another name");
        }
        return governed.audited(actor, described(governed.event(AuditEventType.DATA_SOURCE_CREATED, actor, source.ref()),
                source).build(), () -> {
                    store.saveDataSource(source);
                    return source;
                });
    }

    /**
     * Redefines an existing data source (location, credentials' references, role), as {@code actor}, who needs
     * {@code DATA_SOURCE_CREATE}: changing where a data source points is defining it anew.
     *
     * @return the stored definition
     * @throws InvalidInputException if there is no such data source
     */
    public DataSource update(Principal actor, DataSource source) {
        Objects.requireNonNull(source, "source");
        governed.require(actor, Action.CREATE, source.ref());
        DataSource before = store.dataSource(source.project(), source.name()).orElseThrow(() -> missing(source.ref()));
        List<String> changed = new ArrayList<>();
        if (!before.location().equals(source.location())) {
            changed.add("location");
        }
        if (before.role() != source.role()) {
            changed.add("role");
        }
        if (!before.user().equals(source.user())) {
            changed.add("user");
        }
        if (!before.password().equals(source.password())) {
            changed.add("password");
        }
        if (changed.isEmpty()) {
            return before;
        }
        return governed.audited(actor, described(governed.event(AuditEventType.DATA_SOURCE_UPDATED, actor, source.ref()),
                source).detail("changed", String.join(",", changed)).build(), () -> {
                    store.saveDataSource(source);
                    return source;
                });
    }

    /**
     * Removes a data source, as {@code actor}, who needs {@code DATA_SOURCE_DELETE}. Workflows that name it fail to
     * run until it is defined again.
     *
     * @return whether it existed
     */
    public boolean delete(Principal actor, String project, String name) {
        ResourceRef ref = ResourceRef.dataSource(project, name);
        governed.require(actor, Action.DELETE, ref);
        Optional<DataSource> before = store.dataSource(project, name);
        if (before.isEmpty()) {
            return false;
        }
        return governed.audited(actor, described(governed.event(AuditEventType.DATA_SOURCE_DELETED, actor, ref),
                before.get()).build(), () -> store.deleteDataSource(project, name));
    }

    /**
     * @return the definition, if there is one; the actor needs {@code DATA_SOURCE_READ} on it (a denial is recorded)
     */
    public Optional<DataSource> find(Principal actor, String project, String name) {
        governed.require(actor, Action.READ, ResourceRef.dataSource(project, name));
        return store.dataSource(project, name);
    }

    /** @return the project's data sources by name; the actor needs {@code PROJECT_READ} on the project */
    public List<DataSource> list(Principal actor, String project) {
        governed.require(actor, Action.READ, ResourceRef.project(project));
        return store.dataSources(project);
    }

    /**
     * Opens a data source's data for reading, as {@code actor}, who needs {@code DATA_SOURCE_READ} on it; recorded as
     * {@code DATA_SOURCE_READ} before it is opened (fail-closed). Opened read-only whatever its role.
     *
     * @param purpose why, in a few words, recorded with the event (e.g. {@code "quality check"})
     * @return the open source; the caller closes it
     * @throws InvalidInputException if there is no such data source
     * @throws ConfigurationException if it cannot be opened, or (production) it is a database without verified TLS
     */
    public TableSource openSource(Principal actor, String project, String name, String purpose) {
        Objects.requireNonNull(purpose, "purpose");
        ResourceRef ref = ResourceRef.dataSource(project, name);
        governed.require(actor, Action.READ, ref);
        DataSource source = store.dataSource(project, name).orElseThrow(() -> missing(ref));
        checkTransport(source);
        governed.audit.record(governed.event(AuditEventType.DATA_SOURCE_READ, actor, ref).detail("purpose", purpose)
                .build());
        return open(source);
    }

    /** The stored definition, unchecked: for {@link Workflows}, which authorizes first. */
    DataSource require(String project, String name) {
        ResourceRef ref = ResourceRef.dataSource(project, name);
        return store.dataSource(project, name).orElseThrow(() -> missing(ref));
    }

    /** Refuses, in production, a database without verified TLS. */
    void checkTransport(DataSource source) {
        if (environment == Environment.PRODUCTION) {
            TransportSecurity.requireVerifiedTls(source);
        }
    }

    /** Opens read-only, with the credentials resolved and wiped after. */
    TableSource open(DataSource source) {
        checkTransport(source);
        try (Credentials c = credentials(source)) {
            return Datasets.source(source.location(), c.user, c.password);
        }
    }

    /** Opens a database for data-subject operations (read-write), with the credentials resolved and wiped after. */
    dev.warden.core.job.SubjectDatabase openSubjects(DataSource source) {
        checkTransport(source);
        try (Credentials c = credentials(source)) {
            return Datasets.subjects(source.location(), c.user, c.password);
        }
    }

    /**
     * Opens a {@link DataSource.Role#TARGET} for writing.
     *
     * @throws ConfigurationException if it is a source (sources are read-only)
     */
    TableTarget openTarget(DataSource target, Datasets.Format format) {
        if (target.role() != DataSource.Role.TARGET) {
            throw new ConfigurationException("data source " + target.project() + "/" + target.name() + " is a source, "
                    + "which is opened read-only; write to a data source with role target");
        }
        checkTransport(target);
        try (Credentials c = credentials(target)) {
            return Datasets.target(target.location(), format, c.user, c.password);
        }
    }

    private Credentials credentials(DataSource source) {
        Optional<String> user = source.user().map(ref -> {
            try (Secret s = resolve(ref, source, "user")) {
                return new String(s.chars());
            }
        });
        Optional<char[]> password = source.password().map(ref -> {
            try (Secret s = resolve(ref, source, "password")) {
                return s.chars();
            }
        });
        return new Credentials(user, password);
    }

    private Secret resolve(SecretRef ref, DataSource source, String which) {
        try {
            return secrets.resolve(ref);
        } catch (dev.warden.audit.AuditUnavailableException e) {
            throw e; // the access could not be recorded: fail closed, and say so
        } catch (dev.warden.WardenException e) {
            throw new ConfigurationException("data source " + source.project() + "/" + source.name() + ": its " + which
                    + " reference (scheme " + ref.scheme() + ") cannot be resolved: " + e.getMessage(), e);
        }
    }

    /** Resolved credentials; closing wipes the password. */
    private record Credentials(Optional<String> user, Optional<char[]> password) implements AutoCloseable {
        @Override
        public void close() {
            password.ifPresent(p -> Arrays.fill(p, '\0'));
        }
    }

    private static dev.warden.audit.AuditEvent.Builder described(dev.warden.audit.AuditEvent.Builder event,
            DataSource source) {
        return event.detail("role", source.role().name().toLowerCase(java.util.Locale.ROOT))
                .detail("location", withoutParameters(source.location()))
                .detail("userReference", source.user().isPresent() ? "set" : "none")
                .detail("passwordReference", source.password().isPresent() ? "set" : "none");
    }

    /** @return a location without its query or {@code ;} parameters, which may carry tokens */
    static String withoutParameters(String location) {
        if (!location.startsWith("jdbc:")) {
            return location;
        }
        int q = location.indexOf('?');
        int s = location.indexOf(';');
        int cut = q < 0 ? s : s < 0 ? q : Math.min(q, s);
        return cut < 0 ? location : location.substring(0, cut);
    }

    static InvalidInputException missing(ResourceRef ref) {
        return new InvalidInputException(ref + ": no such data source; define it first (warden.dataSources().create)");
    }
}
