package dev.warden.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** The one local Spark session of the test JVM ({@code local[2]}: two executor threads), and output helpers. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("warden-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    /**
     * A Spark table directory read as the single-machine file: the part files in name order, the header of every part
     * after the first removed.
     */
    static String concatenated(Path tableDir) {
        try (Stream<Path> files = Files.list(tableDir)) {
            List<Path> parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
            StringBuilder sb = new StringBuilder();
            boolean first = true;
            for (Path p : parts) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                if (!first) {
                    int nl = text.indexOf('\n');
                    text = nl < 0 ? "" : text.substring(nl + 1);
                }
                sb.append(text);
                first = false;
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the table directories of a Spark output */
    static List<String> tables(Path output) {
        try (Stream<Path> files = Files.list(output)) {
            List<String> names = new ArrayList<>();
            files.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
