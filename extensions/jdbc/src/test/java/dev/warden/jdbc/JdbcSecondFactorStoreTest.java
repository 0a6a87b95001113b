package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.core.auth.mfa.SecondFactorStore;
import dev.warden.core.auth.mfa.SecondFactorStoreContract;
import dev.warden.core.auth.mfa.SecondFactors;
import dev.warden.core.config.JsonConfigNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JDBC second-factor store on an in-memory H2 database, and configured as {@code auth.secondFactors.store}. */
class JdbcSecondFactorStoreTest extends SecondFactorStoreContract {

    private JdbcDataSource dataSource;
    private Connection keepAlive;

    @Override
    protected SecondFactorStore newStore() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:mfa-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=0");
        keepAlive = dataSource.getConnection();
        return new JdbcSecondFactorStore(dataSource);
    }

    @Override
    protected SecondFactorStore reopen() {
        return new JdbcSecondFactorStore(dataSource);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        keepAlive.close();
    }

    @Test
    void secondFactorsConfiguredWithAJdbcStoreAreSharedByTwoHosts(@TempDir Path dir) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        String json = """
                {"store": {"type": "jdbc", "url": "jdbc:h2:file:%s"}, "key": "%s"}
                """.formatted(dir.resolve("mfa").toString().replace("\\", "/"), Base64.getEncoder().encodeToString(key));
        JsonConfigNode node = new JsonConfigNode(new ObjectMapper().readTree(json), "auth.secondFactors");
        try (SecondFactors a = SecondFactors.fromConfig(node); SecondFactors b = SecondFactors.fromConfig(node)) {
            String recovery = a.enroll(BOB).recoveryCodes().get(0);

            assertThat(b.isEnrolled(BOB)).isTrue();
            assertThat(b.verify(BOB, recovery.toCharArray(), Instant.now())).isEqualTo(SecondFactors.Verification.VERIFIED);
            assertThat(a.verify(BOB, recovery.toCharArray(), Instant.now())).as("used up on the other host")
                    .isEqualTo(SecondFactors.Verification.REFUSED);
        }
    }
}
