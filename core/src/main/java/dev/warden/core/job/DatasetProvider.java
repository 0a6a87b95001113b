package dev.warden.core.job;

/**
 * Opens job sources and targets at locations of one kind, named by a prefix such as {@code jdbc:}. Found through
 * {@link java.util.ServiceLoader} by {@link Datasets}: list the implementing class in
 * {@code META-INF/services/dev.warden.core.job.DatasetProvider}; it needs a public no-argument constructor.
 * {@code dev.warden:warden-jdbc} provides {@code jdbc:}; directories are built into core.
 */
public interface DatasetProvider {

    /** @return the prefix of the locations served, e.g. {@code jdbc:}; unique among installed providers */
    String prefix();

    /**
     * @param location a location that starts with {@link #prefix()}
     * @return the source, open; the caller closes it
     * @throws dev.warden.ConfigurationException if it cannot be opened (read-only)
     */
    TableSource source(String location);

    /**
     * @param location a location that starts with {@link #prefix()}
     * @return the target, open; the caller closes it (which aborts unless committed)
     * @throws dev.warden.ConfigurationException if it cannot be opened
     */
    TableTarget target(String location);

    /**
     * Opens a source with credentials kept apart from the location (a data source's resolved secret references).
     * The default accepts none.
     *
     * @param user the user name, if any
     * @param password the password, if any; the caller wipes it after this returns
     * @throws dev.warden.ConfigurationException if it cannot be opened read-only, or this provider takes no credentials
     */
    default TableSource source(String location, java.util.Optional<String> user, java.util.Optional<char[]> password) {
        if (user.isPresent() || password.isPresent()) {
            throw new dev.warden.ConfigurationException(prefix() + " locations take no user or password");
        }
        return source(location);
    }

    /** Like {@link #source(String, java.util.Optional, java.util.Optional)}, for a target. */
    default TableTarget target(String location, java.util.Optional<String> user, java.util.Optional<char[]> password) {
        if (user.isPresent() || password.isPresent()) {
            throw new dev.warden.ConfigurationException(prefix() + " locations take no user or password");
        }
        return target(location);
    }

    /**
     * Opens a database for data-subject operations (finding, exporting and erasing one subject's rows), read-write.
     * The default serves none.
     *
     * @param user the user name, if any
     * @param password the password, if any; the caller wipes it after this returns
     * @return the open database; the caller closes it
     * @throws dev.warden.ConfigurationException if it cannot be opened, or this provider has no data-subject operations
     */
    default SubjectDatabase subjects(String location, java.util.Optional<String> user, java.util.Optional<char[]> password) {
        throw new dev.warden.ConfigurationException(prefix() + " locations have no data-subject operations");
    }
}
