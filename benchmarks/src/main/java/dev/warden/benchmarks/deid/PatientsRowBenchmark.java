package dev.warden.benchmarks.deid;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.deid.detect.ColumnClassifier;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.IdentifierType;
import dev.warden.deid.Profile;
import dev.warden.deid.Profiles;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Whole rows of Synthea's {@code patients.csv} (111 rows, 27 columns) through the {@code hipaa-safe-harbor} column
 * plan (columns classified by header; unclassified ones such as GENDER kept), read and written as CSV with Jackson,
 * beside the same read and write without transformation (baseline). Score per row: rows/s = 1e9 / score.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PatientsRowBenchmark {

    private static final int ROWS = 111;

    private String csv;
    private CsvMapper mapper;
    private ValueTransformer[] plan;
    private int idColumn;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = PatientsRowBenchmark.class.getResourceAsStream("/data/synthea-nebraska/patients.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String[] header = csv.substring(0, csv.indexOf('\n')).split(",");
        Profile profile = Profiles.hipaaSafeHarbor(LocalDate.of(2026, 11, 30));
        Deidentifier deid = Deidentifiers.create(new byte[32]);
        plan = new ValueTransformer[header.length];
        for (int i = 0; i < header.length; i++) {
            Transformation t = ColumnClassifier.byHeader(header[i]).flatMap(profile::transformationFor)
                    .orElse(new Transformation.Keep());
            IdentifierType type = ColumnClassifier.byHeader(header[i]).orElse(null);
            ConsistencyDomain domain = type == IdentifierType.OTHER_UNIQUE_IDENTIFIER
                    ? ConsistencyDomain.of("patients", "Id") : ConsistencyDomain.of("patients", header[i]);
            plan[i] = deid.compile(t, domain);
            if (header[i].equals("Id")) {
                idColumn = i;
            }
        }
    }

    private int run(boolean transform) throws IOException {
        StringWriter sink = new StringWriter(csv.length() + 1024);
        int rows = 0;
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv);
             SequenceWriter out = mapper.writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(sink)) {
            out.write(it.next());
            String[] row = new String[plan.length];
            while (it.hasNext()) {
                String[] in = it.next();
                if (transform) {
                    String entity = in[idColumn];
                    for (int i = 0; i < in.length; i++) {
                        String v = in[i];
                        row[i] = v.isEmpty() ? v : plan[i].apply(v, entity);
                    }
                    out.write(row);
                } else {
                    out.write(in);
                }
                rows++;
            }
        }
        return rows + sink.getBuffer().length();
    }

    /** Baseline: read and write each row, no transformation. */
    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int baselineReadWrite() throws IOException {
        return run(false);
    }

    @Benchmark
    @OperationsPerInvocation(ROWS)
    public int wardenHipaaSafeHarborPlan() throws IOException {
        return run(true);
    }
}
