package dev.warden.spark;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import dev.warden.core.job.HeaderRow;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Opens a job's tables as DataFrames: a directory of CSV files or Parquet tables, or a JDBC database. */
final class SparkTables {

    private static final CsvMapper HEADER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private SparkTables() {
    }

    /** A table as read, with its shape for the planner. */
    record Table(String name, Dataset<Row> data, TableSchema schema) {
    }

    /** The options of Spark's CSV reader that read RFC 4180 as the single-machine job does. */
    static DataFrameReader csv(SparkSession spark, boolean multiLine) {
        return spark.read().format("csv").option("header", "true").option("inferSchema", "false")
                .option("multiLine", String.valueOf(multiLine)).option("quote", "\"").option("escape", "\"")
                .option("encoding", "UTF-8").option("mode", "FAILFAST").option("ignoreLeadingWhiteSpace", "false")
                .option("ignoreTrailingWhiteSpace", "false").option("nullValue", "").option("emptyValue", "")
                .option("enforceSchema", "false");
    }

    /**
     * @param location a directory holding {@code <table>.csv} files or {@code <table>/} directories of CSV part files
     *     (with a header each, as this module writes them), or Parquet tables ({@code <table>/} or
     *     {@code <table>.parquet}); or a JDBC URL
     * @param jdbcTables tables to read from a JDBC source (a database lists more than the job wants)
     * @return the tables by name, in the directory's order
     */
    static Map<String, Table> open(SparkSession spark, String location, boolean multiLine, List<String> jdbcTables,
            Properties jdbc) {
        Map<String, Table> tables = new LinkedHashMap<>();
        if (location.startsWith("jdbc:")) {
            for (String t : jdbcTables) {
                tables.put(t, table(t, spark.read().jdbc(location, t, jdbc)));
            }
            return tables;
        }
        Path dir = new Path(location);
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(dir) || !fs.getFileStatus(dir).isDirectory()) {
                throw new ConfigurationException("input " + location + " is neither a JDBC URL nor a directory");
            }
            FileStatus[] entries = fs.listStatus(dir);
            java.util.Arrays.sort(entries, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
            for (FileStatus e : entries) {
                String file = e.getPath().getName();
                String lower = file.toLowerCase(Locale.ROOT);
                if (file.startsWith(".") || file.startsWith("_")) {
                    continue;
                }
                if (e.isFile() && lower.endsWith(".csv") && file.length() > 4) {
                    String name = file.substring(0, file.length() - 4);
                    tables.put(name, table(name, csv(spark, multiLine, fs, e.getPath(), name)
                            .load(e.getPath().toString())));
                } else if (lower.endsWith(".parquet") && file.length() > 8) {
                    String name = file.substring(0, file.length() - 8);
                    tables.put(name, table(name, spark.read().parquet(e.getPath().toString())));
                } else if (e.isDirectory()) {
                    String kind = partsOf(fs, e.getPath());
                    if (kind.equals("csv")) {
                        tables.put(file, table(file, csv(spark, multiLine, fs, firstPart(fs, e.getPath()), file)
                                .load(e.getPath().toString())));
                    } else if (kind.equals("parquet")) {
                        tables.put(file, table(file, spark.read().parquet(e.getPath().toString())));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("input " + location + ": cannot list the tables", e);
        }
        if (tables.isEmpty()) {
            throw new ConfigurationException("input " + location + " holds no table: expected <table>.csv files, or "
                    + "<table>/ directories of CSV or Parquet part files");
        }
        return tables;
    }

    /**
     * Spark's CSV reader for one table, its columns read from the file's header on the driver (so that Spark needs no
     * job to learn them) and named as the single-machine job names them ({@link HeaderRow#columnNames}).
     *
     * @param file the table's file, or its first part file
     * @return the reader, every column a nullable string
     */
    static DataFrameReader csv(SparkSession spark, boolean multiLine, FileSystem fs, Path file, String table) throws IOException {
        String[] cells = headerCells(fs, file, table);
        List<String> names = HeaderRow.columnNames(cells);
        boolean renamed = !names.equals(java.util.Arrays.stream(cells).map(c -> c == null ? "" : c.strip()).toList());
        // Spark compares the header with the schema by position; a column named here (column_1, DeviceID_2) has a
        // header cell that is empty or repeats a name, so the schema is applied by position alone
        return csv(spark, multiLine).schema(strings(names)).option("enforceSchema", String.valueOf(renamed));
    }

    /** @return the cells of a CSV file's first line, a byte order mark before the first removed */
    private static String[] headerCells(FileSystem fs, Path file, String table) throws IOException {
        try (Reader reader = new InputStreamReader(fs.open(file), StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = HEADER.readerFor(String[].class)
                     .with(CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"').withoutEscapeChar())
                     .readValues(reader)) {
            if (!rows.hasNextValue()) {
                throw new InvalidInputException("table " + table + " (" + file.getName() + "): the file is empty; it needs a header row");
            }
            String[] cells = rows.nextValue();
            if (cells.length > 0 && cells[0] != null && cells[0].startsWith("\uFEFF")) {
                cells[0] = cells[0].substring(1);
            }
            return cells;
        }
    }

    /** @return every column a nullable string */
    static StructType strings(List<String> columns) {
        StructType schema = new StructType();
        for (String c : columns) {
            schema = schema.add(c, DataTypes.StringType, true);
        }
        return schema;
    }

    private static Path firstPart(FileSystem fs, Path dir) throws IOException {
        return java.util.Arrays.stream(fs.listStatus(dir)).map(FileStatus::getPath)
                .filter(p -> p.getName().toLowerCase(Locale.ROOT).endsWith(".csv") && !p.getName().startsWith(".") && !p.getName().startsWith("_"))
                .sorted().findFirst().orElseThrow(() -> new ConfigurationException("table directory " + dir + " holds no CSV part"));
    }

    /** @return "csv" or "parquet" by the part files of a table directory, or "" when it holds neither */
    private static String partsOf(FileSystem fs, Path dir) throws IOException {
        for (FileStatus f : fs.listStatus(dir)) {
            String n = f.getPath().getName().toLowerCase(Locale.ROOT);
            if (n.startsWith(".") || n.startsWith("_")) {
                continue;
            }
            if (n.endsWith(".parquet")) {
                return "parquet";
            }
            if (n.endsWith(".csv")) {
                return "csv";
            }
        }
        return "";
    }

    /** Every column as text: Spark's cast to string for typed columns (Parquet, JDBC). */
    private static Table table(String name, Dataset<Row> data) {
        List<SourceColumn> columns = new ArrayList<>();
        List<Column> text = new ArrayList<>();
        for (StructField f : data.schema().fields()) {
            boolean binary = f.dataType() instanceof BinaryType;
            columns.add(new SourceColumn(f.name(), Optional.empty(), binary));
            Column c = column(f.name());
            text.add((binary ? functions.lit(null).cast("string") : c.cast("string")).as(f.name()));
        }
        return new Table(name, data.select(text.toArray(Column[]::new)),
                new TableSchema(name, columns, List.of(), List.of()));
    }

    /** @return the column of that exact name (dots and spaces are part of the name, not a path) */
    static Column column(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }
}
