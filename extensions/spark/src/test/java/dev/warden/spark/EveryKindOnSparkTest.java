package dev.warden.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warden.InvalidInputException;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.Datasets;
import dev.warden.core.job.DeidentificationJob;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSource;
import dev.warden.core.job.TableSpec;
import dev.warden.core.job.TableTarget;
import dev.warden.core.job.UnclassifiedColumnsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table with every transformation kind (and a child table whose dates are shifted per person), read by Spark in
 * several partitions of one file, so one person's visits are transformed on different partitions: the output is byte
 * for byte the single-machine job's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryKindOnSparkTest {

    static final byte[] KEY = "every-kind-test-key-0123456789ab".getBytes(StandardCharsets.UTF_8);
    static final String[] FIRST = {"Anna", "Ben", "Carla", "Dmitri", "Elif", "Farah", "Goran", "Hana"};
    static final String[] JOBS = {"Nurse", "Surgeon", "Teacher", "Professor", "Plumber", "Electrician"};

    Path dir;
    Path input;
    Path key;
    Path specDir;
    JobSpec spec;
    Path single;
    Path spark;
    JobReport singleReport;
    JobReport sparkReport;

    @BeforeAll
    void runBoth(@TempDir Path dir) throws Exception {
        this.dir = dir;
        input = Files.createDirectories(dir.resolve("in"));
        Random random = new Random(18);
        StringBuilder people = new StringBuilder("id,note,secret,suppressed,redacted,replaced,card,email,phone,account,first,"
                + "member,admitted,born,seen,billed,decade,weight,income,zip,age,occupation\n");
        for (int i = 0; i < 400; i++) {
            String note = i % 7 == 0 ? "\"likes tea, not coffee\"" : i % 11 == 0 ? "\"says \"\"hello\"\"\"" : i % 13 == 0 ? "" : "plain";
            people.append(100_000 + i * 37).append(',').append(note).append(",s").append(i).append(",x").append(i)
                    .append(",r").append(i).append(",p").append(i)
                    .append(",4111-1111-1111-").append(String.format("%04d", i)).append(",user").append(i).append("@example.org")
                    .append(",402-555-").append(String.format("%04d", random.nextInt(10_000))).append(",AC").append(Long.toString(random.nextLong() >>> 20, 36))
                    .append(',').append(FIRST[random.nextInt(FIRST.length)]).append(",M").append(i)
                    .append(",2019-03-").append(String.format("%02d", 1 + random.nextInt(28)))
                    .append(',').append(1920 + random.nextInt(90)).append("-0").append(1 + random.nextInt(9)).append("-1").append(random.nextInt(10))
                    .append(",2020-05-").append(String.format("%02d", 1 + random.nextInt(28)))
                    .append(",2021-07-").append(String.format("%02d", 1 + random.nextInt(28)))
                    .append(',').append(1950 + random.nextInt(60)).append("-02-03")
                    .append(',').append(40 + random.nextInt(80)).append('.').append(random.nextInt(10))
                    .append(',').append(10_000 + random.nextInt(150_000))
                    .append(",68").append(String.format("%03d", random.nextInt(1000)))
                    .append(',').append(random.nextInt(101))
                    .append(',').append(JOBS[random.nextInt(JOBS.length)]).append('\n');
        }
        StringBuilder visits = new StringBuilder("visit,person,start,reason\n");
        for (int v = 0; v < 1200; v++) {
            visits.append("V").append(900_000 + v).append(',').append(100_000 + random.nextInt(400) * 37)
                    .append(",2022-").append(String.format("%02d", 1 + random.nextInt(12))).append('-')
                    .append(String.format("%02d", 1 + random.nextInt(28))).append(',')
                    .append(new String[] {"checkup", "flu", "injury"}[random.nextInt(3)]).append('\n');
        }
        Files.writeString(input.resolve("people.csv"), people);
        Files.writeString(input.resolve("visits.csv"), visits);
        Path hierarchy = Path.of(getClass().getResource("/every-kind/occupations.csv").toURI());
        specDir = hierarchy.getParent();
        spec = JobSpec.parse(Files.readString(hierarchy.resolveSibling("spec.json")), "spec.json", specDir);
        key = dir.resolve("job.key");
        Files.write(key, KEY);

        single = dir.resolve("single");
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(single.toString(), Datasets.Format.CSV)) {
            singleReport = DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        }
        spark = dir.resolve("spark");
        SparkSession session = LocalSpark.session();
        session.conf().set("spark.sql.files.maxPartitionBytes", "16384");
        try {
            sparkReport = SparkDeidentificationJob.builder(session).spec(spec).key("file:" + key).input(input.toString())
                    .output(spark.toString()).multiLine(false).build().run();
        } finally {
            session.conf().unset("spark.sql.files.maxPartitionBytes");
        }
    }

    @Test
    void everyKindIsByteForByteTheSingleMachineFile() throws IOException {
        for (String t : List.of("people", "visits")) {
            assertThat(parts(spark.resolve(t))).as(t + " is read in several partitions").isGreaterThan(2);
            assertThat(LocalSpark.concatenated(spark.resolve(t))).as(t)
                    .isEqualTo(Files.readString(single.resolve(t + ".csv"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theReportHasTheSingleMachineChecks() {
        assertThat(sparkReport.validation().checks()).containsExactlyElementsOf(singleReport.validation().checks());
        assertThat(sparkReport.tables()).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(singleReport.tables());
    }

    @Test
    void aRowThatCannotBeTransformedFailsTheJobAndLeavesThePreviousOutput() throws IOException {
        Path out = dir.resolve("kept");
        SparkDeidentificationJob.builder(LocalSpark.session()).spec(spec).key("file:" + key).input(input.toString())
                .output(out.toString()).build().run();
        String before = LocalSpark.concatenated(out.resolve("people"));
        // "plain" is not a date: the job must stop, say where, and not touch the output.
        JobSpec broken = JobSpec.parse(spec.toJson().replace("\"note\" : \"keep\"",
                "\"note\" : { \"transformation\" : { \"kind\" : \"date-year\" } }"), "broken", specDir);
        assertThat(broken.toJson()).isNotEqualTo(spec.toJson());
        assertThatThrownBy(() -> SparkDeidentificationJob.builder(LocalSpark.session()).spec(broken).key("file:" + key)
                .input(input.toString()).output(out.toString()).build().run())
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("table people, partition 0, row").hasMessageContaining("column note")
                .hasMessageNotContaining("plain");
        assertThat(LocalSpark.concatenated(out.resolve("people"))).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("warden-staging"));
        }
    }

    @Test
    void anUnclassifiedColumnStopsTheJobBeforeAnyTask() {
        TableSpec visits = spec.table("visits").orElseThrow();
        JobSpec partial = spec.withTables(List.of(spec.table("people").orElseThrow(), new TableSpec(visits.name(),
                visits.primaryKeyColumns(), visits.foreignKeys(), visits.entityColumn(),
                visits.columns().stream().filter(c -> !c.name().equals("reason")).toList())));
        assertThatThrownBy(() -> WardenSpark.deidentify(LocalSpark.session(), partial, "file:" + key, input.toString(),
                dir.resolve("never").toString())).isInstanceOf(UnclassifiedColumnsException.class).hasMessageContaining("reason");
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void aFailedCheckReportsWhatTheSingleMachineReportsAndMovesNothing() {
        JobSpec leaky = JobSpec.parse(spec.toJson().replaceFirst("\"email\" : \\{[^}]*\\}[^}]*\\}", "\"email\" : \"keep\""),
                "leaky", specDir);
        assertThat(leaky.table("people").orElseThrow().column("email").orElseThrow().rule())
                .isInstanceOf(dev.warden.core.job.ColumnRule.Keep.class);
        Path one = dir.resolve("leaky-single");
        JobReport expected;
        try (TableSource source = Datasets.source(input.toString());
             TableTarget target = Datasets.target(one.toString(), Datasets.Format.CSV)) {
            expected = assertThrows(() -> DeidentificationJob.builder().spec(leaky).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run());
        }
        Path many = dir.resolve("leaky-spark");
        JobReport actual = assertThrows(() -> WardenSpark.deidentify(LocalSpark.session(), leaky, "file:" + key,
                input.toString(), many.toString()));
        assertThat(actual.validation().passed()).isFalse();
        assertThat(actual.validation().failures()).anyMatch(f -> f.contains("people.email (400 values hold EMAIL_ADDRESS)"));
        assertThat(actual.validation().checks()).containsExactlyElementsOf(expected.validation().checks());
        assertThat(many).doesNotExist();
    }

    @Test
    void brokenKeysFailTheChecksWithTheSingleMachineCounts() throws IOException {
        // One person twice (a repeated primary key) and two visits of a person who is not in people (not joining): the
        // write's fingerprint sets see both, and the staged tables are then counted exactly.
        Path broken = Files.createDirectories(dir.resolve("broken-in"));
        List<String> people = Files.readAllLines(input.resolve("people.csv"));
        Files.write(broken.resolve("people.csv"), Stream.concat(people.stream(), Stream.of(people.get(1))).toList());
        List<String> visits = Files.readAllLines(input.resolve("visits.csv"));
        Files.write(broken.resolve("visits.csv"), Stream.concat(visits.stream(),
                Stream.of("V990001,100001,2022-01-05,flu", "V990002,100001,2022-02-05,flu")).toList());
        JobReport expected;
        try (TableSource source = Datasets.source(broken.toString());
             TableTarget target = Datasets.target(dir.resolve("broken-single").toString(), Datasets.Format.CSV)) {
            expected = assertThrows(() -> DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run());
        }
        Path many = dir.resolve("broken-spark");
        JobReport actual = assertThrows(() -> WardenSpark.deidentify(LocalSpark.session(), spec, "file:" + key,
                broken.toString(), many.toString()));
        assertThat(actual.validation().failures()).anyMatch(f -> f.contains("visits.person -> people.id (2 rows)"))
                .anyMatch(f -> f.contains("people (1 rows repeat a primary key of (id))"));
        assertThat(actual.validation().checks()).containsExactlyElementsOf(expected.validation().checks());
        assertThat(many).doesNotExist();
    }

    @Test
    void aPassingJobReadsNothingAgain() throws InterruptedException {
        // The checks come from the facts the write gathered: one Spark job per table, none to validate.
        SparkSession session = LocalSpark.session();
        java.util.List<String> jobs = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.apache.spark.scheduler.SparkListener listener = new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onJobStart(org.apache.spark.scheduler.SparkListenerJobStart start) {
                jobs.add(String.valueOf(start.properties().getProperty("spark.job.description")));
            }
        };
        session.sparkContext().addSparkListener(listener);
        try {
            JobReport report = SparkDeidentificationJob.builder(session).spec(spec).key("file:" + key).input(input.toString())
                    .output(dir.resolve("single-pass").toString()).multiLine(false).build().run();
            assertThat(report.validation().passed()).isTrue();
            // A job after the run: once the listener has seen it, it has seen every job of the run (events are in order).
            session.sparkContext().setJobDescription("marker");
            session.range(1).count();
            session.sparkContext().setJobDescription(null);
            for (int i = 0; i < 200 && !jobs.contains("marker"); i++) {
                Thread.sleep(50);
            }
        } finally {
            session.sparkContext().removeSparkListener(listener);
        }
        assertThat(jobs).contains("marker").filteredOn(d -> d.startsWith("warden"))
                .containsExactlyInAnyOrder("warden: de-identify people", "warden: de-identify visits");
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsNotPartOfTheFirstColumnsName() throws IOException {
        // Excel writes UTF-8 CSV with a byte order mark; the single-machine job reads past it, and so must Spark, both
        // when it splits lines itself (multiLine false) and when its CSV parser reads the stream (multiLine true).
        Path bom = Files.createDirectories(dir.resolve("bom-in"));
        for (String t : List.of("people", "visits")) {
            Files.writeString(bom.resolve(t + ".csv"), "\uFEFF" + Files.readString(input.resolve(t + ".csv")));
        }
        for (boolean multiLine : new boolean[] {false, true}) {
            Path out = dir.resolve("bom-out-" + multiLine);
            SparkDeidentificationJob.builder(LocalSpark.session()).spec(spec).key("file:" + key).input(bom.toString())
                    .output(out.toString()).multiLine(multiLine).build().run();
            for (String t : List.of("people", "visits")) {
                assertThat(LocalSpark.concatenated(out.resolve(t))).as(t + ", multiLine " + multiLine)
                        .isEqualTo(Files.readString(single.resolve(t + ".csv"), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void parquetTablesInGiveTheSameCellsAsCsv() throws IOException {
        SparkSession session = LocalSpark.session();
        Path parquet = dir.resolve("parquet-in");
        for (String t : List.of("people", "visits")) {
            SparkTables.csv(session, false).option("inferSchema", "true").load(input.resolve(t + ".csv").toString())
                    .coalesce(1).write().parquet(parquet.resolve(t).toString());
        }
        Path out = dir.resolve("from-parquet");
        SparkDeidentificationJob.builder(session).spec(spec).key("file:" + key).input(parquet.toString())
                .output(out.toString()).build().run();
        // Typed Parquet columns are read as Spark's string cast: integers and dates print as in the CSV here.
        for (String t : List.of("people", "visits")) {
            assertThat(LocalSpark.concatenated(out.resolve(t))).as(t)
                    .isEqualTo(Files.readString(single.resolve(t + ".csv"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void parquetOutputHoldsTheSameCells() {
        Path out = dir.resolve("parquet-out");
        SparkSession session = LocalSpark.session();
        SparkDeidentificationJob.builder(session).spec(spec).key("file:" + key).input(input.toString())
                .output(out.toString()).format(SparkDeidentificationJob.Format.PARQUET).build().run();
        for (String t : List.of("people", "visits")) {
            // Parquet keeps redact's empty string apart from null; CSV writes both as an empty cell.
            List<String> fromParquet = session.read().parquet(out.resolve(t).toString()).collectAsList().stream()
                    .map(r -> java.util.stream.IntStream.range(0, r.size())
                            .mapToObj(i -> "".equals(r.get(i)) ? "null" : String.valueOf(r.get(i)))
                            .collect(java.util.stream.Collectors.joining("\u0001"))).sorted().toList();
            List<String> fromCsv = SparkTables.csv(session, false).load(single.resolve(t + ".csv").toString()).collectAsList().stream()
                    .map(r -> java.util.stream.IntStream.range(0, r.size()).mapToObj(i -> String.valueOf(r.get(i)))
                            .collect(java.util.stream.Collectors.joining("\u0001"))).sorted().toList();
            assertThat(fromParquet).as(t).hasSize(t.equals("people") ? 400 : 1200).isEqualTo(fromCsv);
        }
    }

    @Test
    void aJdbcTableGivesTheSameBytes() throws Exception {
        String url = "jdbc:h2:mem:every-kind;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String t : List.of("people", "visits")) {
                s.execute("CREATE TABLE " + t + " AS SELECT * FROM CSVREAD('" + input.resolve(t + ".csv") + "', NULL, 'charset=UTF-8 caseSensitiveColumnNames=true')");
            }
        }
        Properties jdbc = new Properties();
        jdbc.setProperty("driver", "org.h2.Driver");
        Path out = dir.resolve("from-jdbc");
        SparkDeidentificationJob.builder(LocalSpark.session()).spec(spec).key("file:" + key).input(url).jdbcProperties(jdbc)
                .output(out.toString()).build().run();
        for (String t : List.of("people", "visits")) {
            assertThat(LocalSpark.concatenated(out.resolve(t))).as(t)
                    .isEqualTo(Files.readString(single.resolve(t + ".csv"), StandardCharsets.UTF_8));
        }
    }

    private static JobReport assertThrows(java.util.function.Supplier<JobReport> job) {
        try {
            job.get();
        } catch (dev.warden.core.job.ValidationFailedException e) {
            return e.report();
        }
        throw new AssertionError("the job passed its validation");
    }

    private static long parts(Path table) throws IOException {
        try (Stream<Path> files = Files.list(table)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).count();
        }
    }
}
