package dev.warden.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditPage;
import dev.warden.audit.AuditQuery;
import dev.warden.audit.AuditReader;
import dev.warden.core.audit.ChainVerifier;
import dev.warden.core.audit.ChainVerifier.RawLine;
import dev.warden.core.audit.EventJson;
import dev.warden.core.audit.VerificationReport;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads an audit table written by {@link JdbcAuditSink} (H2 or PostgreSQL) without writing to it: verification of the
 * hash chain, paged queries, all events. Used by the sink itself and by {@code warden audit export|report|verify} on a
 * {@code jdbc:} URL.
 */
public final class JdbcAuditReader implements AuditReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final String table;

    /**
     * @param dataSource where the table is
     * @param table the table name (lower-case letters, digits and {@code _}, at most 41)
     * @throws InvalidInputException if the name is not a table name
     */
    public JdbcAuditReader(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (!JdbcAuditSink.TABLE.matcher(table).matches()) {
            throw new InvalidInputException("audit table: '" + table.replaceAll("[^A-Za-z0-9_]", "?") + "' is not a table "
                    + "name; use lower-case letters, digits and '_' (at most 41), starting with a letter or '_'");
        }
        this.table = table;
    }

    /**
     * Checks that the table exists and has the audit columns, so a mistyped name is reported rather than read as empty.
     *
     * @return this
     * @throws InvalidInputException naming the table when it cannot be read
     */
    public JdbcAuditReader requireTable() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT seq, record FROM " + table + " WHERE 1 = 0").close();
        } catch (SQLException e) {
            throw new InvalidInputException("audit table " + table + " cannot be read (SQLState " + e.getSQLState()
                    + "); check the URL and --table");
        }
        return this;
    }

    /**
     * @param key the chain key
     * @return what verification of the whole table found
     * @throws InvalidInputException if the table cannot be read
     */
    public VerificationReport verify(ChainKey key) {
        List<RawLine> lines = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement all = c.prepareStatement("SELECT seq, record FROM " + table + " ORDER BY seq");
             ResultSet rs = all.executeQuery()) {
            while (rs.next()) {
                lines.add(new RawLine(table + " seq=" + rs.getLong(1), rs.getString(2).getBytes(StandardCharsets.US_ASCII), true));
            }
        } catch (SQLException e) {
            throw new InvalidInputException("audit table " + table + " cannot be read: " + e.getMessage(), e);
        }
        return ChainVerifier.verify(lines, key);
    }

    @Override
    public AuditPage query(AuditQuery query) {
        StringBuilder sql = new StringBuilder("SELECT record FROM ").append(table).append(" WHERE 1=1");
        List<Object> args = new ArrayList<>();
        query.from().ifPresent(t -> { sql.append(" AND event_time >= ?"); args.add(OffsetDateTime.ofInstant(t, ZoneOffset.UTC)); });
        query.to().ifPresent(t -> { sql.append(" AND event_time < ?"); args.add(OffsetDateTime.ofInstant(t, ZoneOffset.UTC)); });
        query.principalId().ifPresent(p -> { sql.append(" AND principal_id = ?"); args.add(JdbcAuditSink.column(p)); });
        query.resource().ifPresent(r -> { sql.append(" AND resource = ?"); args.add(JdbcAuditSink.column(r)); });
        query.project().ifPresent(p -> { sql.append(" AND project = ?"); args.add(JdbcAuditSink.column(p)); });
        query.outcome().ifPresent(o -> { sql.append(" AND outcome = ?"); args.add(o.name()); });
        if (!query.types().isEmpty()) {
            sql.append(" AND type IN (").append("?,".repeat(query.types().size()));
            sql.setLength(sql.length() - 1);
            sql.append(')');
            query.types().forEach(t -> args.add(t.name()));
        }
        query.after().ifPresent(id -> { sql.append(" AND seq > (SELECT seq FROM ").append(table).append(" WHERE id = ?)"); args.add(id); });
        sql.append(" ORDER BY seq LIMIT ").append(query.limit() + 1);
        List<AuditEvent> events = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(EventJson.fromJson(JSON.readTree(rs.getString(1))));
                }
            }
        } catch (SQLException | IOException e) {
            throw new InvalidInputException("audit table " + table + " cannot be searched: " + e.getMessage(), e);
        }
        // Values longer than a column were cut for the index; check the exact value on the full record.
        List<AuditEvent> matching = new ArrayList<>();
        for (AuditEvent event : events) {
            if (query.matches(event)) {
                matching.add(event);
            }
        }
        boolean more = events.size() > query.limit();
        if (more) {
            matching = matching.subList(0, Math.min(matching.size(), query.limit()));
        }
        Optional<AuditQuery> next = more && !matching.isEmpty()
                ? Optional.of(query.after(events.get(query.limit() - 1).id())) : Optional.empty();
        return new AuditPage(matching, next);
    }

    /** @return every event in the table, by sequence number */
    public List<AuditEvent> readAll() {
        List<AuditEvent> all = new ArrayList<>();
        AuditQuery query = AuditQuery.all().limit(AuditQuery.MAX_LIMIT);
        while (true) {
            AuditPage page = query(query);
            all.addAll(page.events());
            if (page.next().isEmpty()) {
                return all;
            }
            query = page.next().get();
        }
    }

}
