package dev.warden.benchmarks.deid;

import dev.warden.core.deid.detect.CodeSystem;
import dev.warden.core.deid.detect.CodeSystemMatch;
import dev.warden.core.deid.detect.CodeSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * {@link CodeSystems#recognize(String, String, java.util.Collection)} on a column of 1,000 values, reported per value
 * ({@code @OperationsPerInvocation(1000)}): a SNOMED CT column (accepted: every value passes the Verhoeff check and
 * every other self-evident system is tried and rejected), a column of 9-digit ZIP+4 codes (rejected), and a country
 * name column (accepted through the closed list). Baseline: a bare loop that only checks that each value is ASCII
 * digits, the least any recognizer of numeric codes must do.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodeSystemsBenchmark {

    private static final int VALUES = 1_000;

    private List<String> snomed;
    private List<String> zips;
    private List<String> countries;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(13);
        snomed = new ArrayList<>(VALUES);
        while (snomed.size() < VALUES) {
            // A random concept id body with partition 00 and the one check digit that passes.
            String body = Long.toString(random.nextLong(100_000, 100_000_000)) + "00";
            for (int check = 0; check < 10; check++) {
                if (CodeSystem.SNOMED_CT.matches(body + check)) {
                    snomed.add(body + check);
                    break;
                }
            }
        }
        zips = new ArrayList<>(VALUES);
        while (zips.size() < VALUES) {
            String zip = Integer.toString(random.nextInt(680_000_000, 693_999_999));
            if (!CodeSystem.SNOMED_CT.matches(zip)) {
                zips.add(zip);
            }
        }
        String[] names = {"Canada", "Germany", "United States", "Mexico", "India", "Brazil", "France", "Japan",
            "South Korea", "United Kingdom"};
        countries = new ArrayList<>(VALUES);
        for (int i = 0; i < VALUES; i++) {
            countries.add(new StringBuilder(names[random.nextInt(names.length)]).toString());
        }
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public int baselineDigitsOnly() {
        int digits = 0;
        for (String v : snomed) {
            boolean all = !v.isEmpty();
            for (int i = 0; i < v.length() && all; i++) {
                char c = v.charAt(i);
                all = c >= '0' && c <= '9';
            }
            if (all) {
                digits++;
            }
        }
        return digits;
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public Optional<CodeSystemMatch> recognizeSnomedColumn() {
        return CodeSystems.recognize("conditions", "CODE", snomed);
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public Optional<CodeSystemMatch> recognizeZipPlusFourColumn() {
        return CodeSystems.recognize("organizations", "ZIP", zips);
    }

    @Benchmark
    @OperationsPerInvocation(VALUES)
    public Optional<CodeSystemMatch> recognizeCountryNameColumn() {
        return CodeSystems.recognize("patients", "COUNTRY", countries);
    }
}
