package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.AuthenticationRequest;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.core.auth.Authenticator;
import dev.warden.core.auth.LockoutCounters;
import dev.warden.core.auth.LockoutPolicy;
import dev.warden.core.auth.local.Argon2idParameters;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalProvider;
import dev.warden.core.auth.local.LocalSettings;
import dev.warden.core.auth.local.PasswordPolicy;
import dev.warden.core.auth.totp.Totp;
import dev.warden.core.testing.MutableClock;
import dev.warden.policy.GlobalRole;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lockout counters shared through the database: failures spread over two hosts add up, and a host that starts
 * afresh does not reset them.
 */
class JdbcLockoutCountersTest {

    static final LocalSettings CHEAP = new LocalSettings(new Argon2idParameters(64, 1, 1), PasswordPolicy.defaults(),
            Duration.ofDays(90), Duration.ofDays(90), Totp.defaults(), "Warden");
    static final String PASSWORD = "violet tractor ink harbour";
    static final LockoutPolicy POLICY = LockoutPolicy.defaults(); // 5 per account in 15 minutes, 1 minute lock

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T08:00:00Z"));
    JdbcDataSource dataSource;
    Connection keepAlive;
    JdbcUserStore users;

    @BeforeEach
    void setUp() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:lockout-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0");
        keepAlive = dataSource.getConnection();
        users = new JdbcUserStore(dataSource);
        new LocalAccounts(users, CHEAP, clock).addUser("alice", GlobalRole.MEMBER, PASSWORD.toCharArray());
    }

    @AfterEach
    void tearDown() throws Exception {
        keepAlive.close();
    }

    private Authenticator host(LockoutCounters counters) {
        return Authenticator.builder().clock(clock).lockout(POLICY).lockoutCounters(counters)
                .provider(new LocalProvider("local", users, CHEAP, clock)).build();
    }

    private Authenticator host(DataSource database) {
        return host(new JdbcLockoutCounters(database, POLICY));
    }

    private static AuthenticationResult login(Authenticator host, String password) {
        return host.authenticate(AuthenticationRequest.of(new Credentials.Password("alice", password.toCharArray())));
    }

    @Test
    void failuresSpreadOverTwoHostsAddUpToALock() {
        Authenticator a = host(dataSource);
        Authenticator b = host(dataSource);
        for (int i = 0; i < 3; i++) {
            login(a, "wrong wrong wrong");
        }
        login(b, "wrong wrong wrong");
        login(b, "wrong wrong wrong"); // the fifth failure, on the second host

        assertThat(login(a, PASSWORD)).as("locked on the first host too").isInstanceOf(AuthenticationResult.Failure.class);
        assertThat(login(b, PASSWORD)).isInstanceOf(AuthenticationResult.Failure.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(login(a, PASSWORD)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void withCountersInEachProcessTheSameSpreadNeverLocks() {
        Authenticator a = host(LockoutCounters.inMemory(POLICY));
        Authenticator b = host(LockoutCounters.inMemory(POLICY));
        for (int i = 0; i < 3; i++) {
            login(a, "wrong wrong wrong");
        }
        login(b, "wrong wrong wrong");
        login(b, "wrong wrong wrong");
        assertThat(login(a, PASSWORD)).isInstanceOf(AuthenticationResult.Success.class);
    }

    @Test
    void aHostStartedAfterTheLockStillRefuses() {
        Authenticator a = host(dataSource);
        for (int i = 0; i < 5; i++) {
            login(a, "wrong wrong wrong");
        }
        a.close();
        Authenticator restarted = host(dataSource);
        assertThat(login(restarted, PASSWORD)).isInstanceOf(AuthenticationResult.Failure.class);
    }

    @Test
    void keysAreStoredOnlyAsHashes() throws Exception {
        login(host(dataSource), "wrong wrong wrong");
        try (Statement s = keepAlive.createStatement(); ResultSet rs = s.executeQuery("SELECT key_hash FROM warden_lockout")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).hasSize(64).doesNotContain("alice");
        }
    }

    @Test
    void failuresOnPostgresqlAddUpAcrossHostsToo() throws Exception {
        EmbeddedPostgresServer.Database database = EmbeddedPostgresServer.shared().createDatabase("lockout");
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS warden_lockout");
        }
        Authenticator a = host(database.dataSource());
        Authenticator b = host(database.dataSource());
        for (int i = 0; i < 4; i++) {
            login(i % 2 == 0 ? a : b, "wrong wrong wrong");
        }
        login(b, "wrong wrong wrong");
        assertThat(login(a, PASSWORD)).isInstanceOf(AuthenticationResult.Failure.class);
    }
}
