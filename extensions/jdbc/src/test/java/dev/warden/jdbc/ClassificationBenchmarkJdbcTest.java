package dev.warden.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.job.ClassificationBenchmarkCases;
import dev.warden.core.job.ClassificationEvaluation;
import dev.warden.core.job.ClassificationGold;
import dev.warden.jdbc.demo.DemoDataset;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The labelled benchmark of {@code warden classify} (issue 13) on the sets kept in a database, classified over JDBC:
 * Northwind (a PostgreSQL dump loaded into the embedded PostgreSQL server; data/northwind, Ms-PL) and Warden's demo
 * generator (written to an H2 file). Same cuts and floors as core's {@code ClassificationBenchmarkTest}
 * ({@link ClassificationEvaluation#meetsFloors()}); a gold file's {@code data} is a {@code *.sql} dump relative to it
 * or {@code generator:demo?patients=N&seed=S}.
 */
@Tag("classification-benchmark")
class ClassificationBenchmarkJdbcTest {

    static final Pattern DEMO = Pattern.compile("generator:demo\\?patients=(\\d+)&seed=(\\d+)");
    static final List<ClassificationEvaluation> RESULTS = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> LOCATIONS = new HashMap<>();

    static Stream<Arguments> dataSetsAndCuts() throws IOException, URISyntaxException {
        return ClassificationBenchmarkCases.cases(ClassificationBenchmarkJdbcTest.class, "/classification");
    }

    @ParameterizedTest(name = "{0}, cut {1}")
    @MethodSource("dataSetsAndCuts")
    void theUneditedProposalMeetsTheFloors(String name, Optional<Integer> cut, Path goldFile) {
        ClassificationGold gold = ClassificationGold.load(goldFile);
        ClassificationEvaluation result = ClassificationBenchmarkCases.evaluate(gold, location(gold), cut);
        RESULTS.add(result);
        System.out.print(result.toText());
        assertThat(result.meetsFloors()).as(result.toText()).isTrue();
    }

    @AfterAll
    static void printSummary() {
        System.out.print(ClassificationEvaluation.summaryTable(RESULTS));
    }

    /** The gold's data as a JDBC URL; each database is made once per JVM. */
    static synchronized String location(ClassificationGold gold) {
        return LOCATIONS.computeIfAbsent(gold.dataset(), k -> {
            String data = gold.data().orElseThrow(() -> new IllegalStateException(gold.dataset() + ": gold has no data"));
            Matcher demo = DEMO.matcher(data);
            if (demo.matches()) {
                try {
                    Path dir = Files.createTempDirectory("warden-benchmark-demo-");
                    dir.toFile().deleteOnExit();
                    String url = "jdbc:h2:file:" + dir.resolve("demo").toAbsolutePath();
                    DemoDataset.generate(url, Integer.parseInt(demo.group(1)), Long.parseLong(demo.group(2)));
                    return url;
                } catch (IOException e) {
                    throw new IllegalStateException("cannot make the demo database: " + e.getMessage(), e);
                }
            }
            EmbeddedPostgresServer.Database db = EmbeddedPostgresServer.shared().createDatabase(gold.dataset().replaceAll("[^a-z0-9_]", "_"));
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute(Files.readString(gold.directory().resolve(data)));
            } catch (Exception e) {
                throw new IllegalStateException("cannot load " + data + " into PostgreSQL: " + e.getMessage(), e);
            }
            return db.jdbcUrl() + "?user=" + db.user() + "&password=" + db.password();
        });
    }
}
