package dev.warden.jdbc;

import dev.warden.core.job.DatasetProvider;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableTarget;
import java.util.Optional;

/**
 * Serves {@code jdbc:} locations of the job ({@code warden deidentify --input jdbc:...}): a {@link JdbcSource} opened
 * read-only, a {@link JdbcTarget} written through staging tables. The JDBC driver of the URL comes from the host.
 */
public final class JdbcDatasetProvider implements DatasetProvider {

    /** Public no-argument constructor for {@link java.util.ServiceLoader}. */
    public JdbcDatasetProvider() {
    }

    @Override
    public String prefix() {
        return "jdbc:";
    }

    @Override
    public TableSource source(String location) {
        return new JdbcSource(location, Optional.empty(), Optional.empty());
    }

    @Override
    public TableTarget target(String location) {
        return new JdbcTarget(location, Optional.empty(), Optional.empty());
    }

    @Override
    public TableSource source(String location, Optional<String> user, Optional<char[]> password) {
        return new JdbcSource(location, user, password);
    }

    @Override
    public TableTarget target(String location, Optional<String> user, Optional<char[]> password) {
        return new JdbcTarget(location, user, password);
    }

    @Override
    public dev.warden.core.job.SubjectDatabase subjects(String location, Optional<String> user, Optional<char[]> password) {
        return new JdbcSubjectDatabase(location, user, password);
    }
}
