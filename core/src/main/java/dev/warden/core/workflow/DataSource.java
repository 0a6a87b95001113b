package dev.warden.core.workflow;

import dev.warden.InvalidInputException;
import dev.warden.policy.ResourceRef;
import dev.warden.secrets.SecretRef;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A named place a project's workflows read from or write to: a database (a JDBC URL) or a directory, with the
 * credentials to open it given as secret references (resolved only when it is opened, never stored as values).
 *
 * <p>Rules enforced when it is opened ({@link DataSources}): a {@link Role#SOURCE} is opened read-only; in
 * production a database location must ask for verified TLS (PostgreSQL {@code sslmode=verify-full}), else opening is
 * refused with a {@link dev.warden.ConfigurationException}.
 *
 * @param project the project it belongs to
 * @param name its name in the project; a resource name ({@link ResourceRef#dataSource})
 * @param location a JDBC URL ({@code jdbc:postgresql://db.example/clinical?sslmode=verify-full}) or a directory path;
 *     it must not contain a password (give {@code password} instead)
 * @param role whether workflows read it or write it
 * @param user the database user's reference, e.g. {@code env:CLINICAL_DB_USER}; empty when the location or the
 *     driver's defaults say
 * @param password the database password's reference, e.g. {@code vault:secret/data/clinical-db#password}
 */
public record DataSource(String project, String name, String location, Role role, Optional<SecretRef> user,
        Optional<SecretRef> password) {

    /** What workflows do with a data source. */
    public enum Role {
        /** Read by workflows; always opened read-only. */
        SOURCE,
        /** Written by workflows (their de-identified output). */
        TARGET;

        /**
         * @param text {@code source} or {@code target}, any case
         * @return the role
         * @throws InvalidInputException for anything else
         */
        public static Role parse(String text) {
            return switch (Objects.requireNonNull(text, "text").toLowerCase(Locale.ROOT)) {
                case "source" -> SOURCE;
                case "target" -> TARGET;
                default -> throw new InvalidInputException("data source role: expected source or target");
            };
        }
    }

    /** A password, passphrase or token given as a URL parameter: {@code password=}, {@code PASSWORD=}, {@code pwd=}. */
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)[;?&:](password|pwd|passwd|sslpassword)=");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("^jdbc:[a-z0-9]+://[^/@?;]*:[^/@?;]*@");

    /**
     * @throws InvalidInputException if a part is missing or empty, the name is not a valid resource name, or the
     *     location carries a password
     */
    public DataSource {
        if (project == null || name == null || location == null || role == null || user == null || password == null) {
            throw new InvalidInputException("data source: project, name, location and role are required");
        }
        ResourceRef.dataSource(project, name); // validates both names
        if (location.isBlank()) {
            throw new InvalidInputException("data source " + project + "/" + name + ": the location is empty; give a "
                    + "JDBC URL or a directory");
        }
        if (PASSWORD_IN_URL.matcher(location).find() || USER_INFO_PASSWORD.matcher(location).find()) {
            throw new InvalidInputException("data source " + project + "/" + name + ": the location contains a "
                    + "password; remove it and give the password as a secret reference (e.g. env:DB_PASSWORD)");
        }
    }

    /** @return a data source without credentials (a directory, or a database whose URL names no password) */
    public static DataSource of(String project, String name, String location, Role role) {
        return new DataSource(project, name, location, role, Optional.empty(), Optional.empty());
    }

    /** @return a copy with these credentials' references */
    public DataSource withCredentials(SecretRef newUser, SecretRef newPassword) {
        return new DataSource(project, name, location, role, Optional.of(newUser), Optional.of(newPassword));
    }

    /** @return the resource policy checks and audit events name */
    public ResourceRef ref() {
        return ResourceRef.dataSource(project, name);
    }

    /** @return whether the location is a JDBC URL (else a directory) */
    public boolean isDatabase() {
        return location.startsWith("jdbc:");
    }
}
