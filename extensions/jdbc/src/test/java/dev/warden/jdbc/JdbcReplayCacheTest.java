package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.auth.AuthenticationException;
import dev.warden.core.auth.sso.ReplayCache;
import dev.warden.core.auth.sso.ReplayCache.Use;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accepted assertion ids shared through the database: what one host accepted, every other host refuses. */
class JdbcReplayCacheTest {

    static final Instant NOW = Instant.parse("2026-12-05T20:00:00Z");
    static final String KEY = "https://idp.example.com/metadata\n_a1b2c3";

    JdbcDataSource dataSource;
    Connection keepAlive;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:replay-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0");
        keepAlive = dataSource.getConnection();
    }

    @AfterEach
    void tearDown() throws Exception {
        keepAlive.close();
    }

    @Test
    void anIdRecordedByOneHostIsAReplayForAnother() {
        ReplayCache hostA = new JdbcReplayCache(dataSource);
        ReplayCache hostB = new JdbcReplayCache(dataSource);

        assertThat(hostA.firstUse(KEY, NOW.plusSeconds(300), NOW)).isEqualTo(Use.FIRST);
        assertThat(hostB.firstUse(KEY, NOW.plusSeconds(300), NOW.plusSeconds(1))).isEqualTo(Use.REPLAYED);
        assertThat(hostA.firstUse(KEY, NOW.plusSeconds(300), NOW.plusSeconds(2))).isEqualTo(Use.REPLAYED);
    }

    @Test
    void aRecordIsForgottenOnlyAfterItsKeepUntil() {
        ReplayCache cache = new JdbcReplayCache(dataSource);
        cache.firstUse(KEY, NOW.plusSeconds(300), NOW);

        assertThat(cache.firstUse(KEY, NOW.plusSeconds(600), NOW.plusSeconds(300))).isEqualTo(Use.REPLAYED);
        assertThat(cache.firstUse(KEY, NOW.plusSeconds(900), NOW.plusSeconds(301))).isEqualTo(Use.FIRST);
    }

    @Test
    void theKeyIsStoredOnlyAsAHash() throws Exception {
        new JdbcReplayCache(dataSource).firstUse(KEY, NOW.plusSeconds(300), NOW);

        try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery("SELECT key_hash FROM warden_replay")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).hasSize(64).doesNotContain("_a1b2c3").isEqualTo(JdbcLockoutCounters.hash(KEY));
        }
    }

    @Test
    void concurrentFirstUsesOnTwoHostsLetExactlyOneThrough() throws Exception {
        List<ReplayCache> hosts = List.of(new JdbcReplayCache(dataSource), new JdbcReplayCache(dataSource));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Use>> attempts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ReplayCache host = hosts.get(i % 2);
                attempts.add(() -> host.firstUse(KEY, NOW.plusSeconds(300), NOW));
            }
            long first = 0;
            for (Future<Use> outcome : pool.invokeAll(attempts)) {
                first += outcome.get() == Use.FIRST ? 1 : 0;
            }
            assertThat(first).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedRefusesRatherThanAccepts() throws Exception {
        ReplayCache cache = new JdbcReplayCache(dataSource);
        try (Statement s = keepAlive.createStatement()) {
            s.execute("DROP TABLE warden_replay");
        }

        assertThatThrownBy(() -> cache.firstUse(KEY, NOW.plusSeconds(300), NOW))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("refusing");
    }

    @Test
    void onPostgresqlTooAnIdRecordedByOneHostIsAReplayForAnother() {
        EmbeddedPostgresServer.Database database = EmbeddedPostgresServer.shared().createDatabase("replay");
        DataSource postgres = database.dataSource();
        ReplayCache hostA = new JdbcReplayCache(postgres);
        ReplayCache hostB = new JdbcReplayCache(postgres);

        assertThat(hostA.firstUse(KEY, NOW.plus(Duration.ofMinutes(5)), NOW)).isEqualTo(Use.FIRST);
        assertThat(hostB.firstUse(KEY, NOW.plus(Duration.ofMinutes(5)), NOW)).isEqualTo(Use.REPLAYED);
        assertThat(hostB.firstUse(KEY + "x", NOW.plus(Duration.ofMinutes(5)), NOW)).isEqualTo(Use.FIRST);
    }
}
