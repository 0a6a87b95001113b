package dev.warden.benchmarks.deid;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Date to year and ZIP to three digits beside the bare parse of the same value (baselines: {@code LocalDate.parse}
 * and its year as text; {@code Integer.parseInt} of the ZIP and its first three digits). Target: within 2x.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DateAndZipBenchmark {

    private String date;
    private String zip;
    private ValueTransformer year;
    private ValueTransformer zip3;

    @Setup
    public void setUp() {
        date = new StringBuilder("1989-05-25").toString();
        zip = new StringBuilder("68504").toString();
        var deid = Deidentifiers.create(new byte[32]);
        year = deid.compile(new Transformation.DateToYear(), new ConsistencyDomain("bench"));
        zip3 = deid.compile(Transformation.ZipToThreeDigits.census2000(), new ConsistencyDomain("bench"));
    }

    @Benchmark
    public String baselineLocalDateParse() {
        return Integer.toString(LocalDate.parse(date).getYear());
    }

    @Benchmark
    public String wardenDateToYear() {
        return year.apply(date);
    }

    @Benchmark
    public String baselineZipParse() {
        return Integer.toString(Integer.parseInt(zip) / 100);
    }

    @Benchmark
    public String wardenZipToThreeDigits() {
        return zip3.apply(zip);
    }
}
