package dev.warden.benchmarks.job;

import dev.warden.core.anonymity.Table;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.CompiledPlan;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableAnonymization;
import dev.warden.core.job.TableSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The driver's memory for statistical de-identification on Spark: the Adult table's analysed cells replicated to N rows
 * (1,000,000 by default), held as the Spark driver holds them once collected (a row list, each distinct value one
 * object), then core's analysis ({@link TableAnonymization#analyse}, k = 5, 4% suppression) over the given
 * quasi-identifiers. Prints the heap the cells hold (after a full GC) and the heap's peak growth during the analysis
 * (garbage included: an upper bound). A command, not JMH:
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar dev.warden.benchmarks.job.AnonymityDriverMemory \
 *     core/src/test/resources/data/adult [rows [qi,qi,...]]
 * </pre>
 */
public final class AnonymityDriverMemory {

    private AnonymityDriverMemory() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<String> qis = List.of((args.length > 2 ? args[2] : "sex,age,race,marital-status").split(","));
        Table adult = Table.readCsv(data.resolve("adult.csv"), ';');
        StringBuilder columns = new StringBuilder();
        StringBuilder hierarchies = new StringBuilder();
        for (String c : adult.columns()) {
            columns.append(columns.isEmpty() ? "" : ",").append('"').append(c).append("\":\"keep\"");
        }
        for (String q : qis) {
            hierarchies.append(hierarchies.isEmpty() ? "" : ",").append('"').append(q).append("\":{\"hierarchy\":\"")
                    .append(data.resolve("adult_hierarchy_" + q + ".csv").toAbsolutePath()).append("\"}");
        }
        JobSpec spec = JobSpec.parse("{\"name\":\"memory\",\"profile\":\"test-data\",\"asOf\":\"2024-12-31\",\"tables\":"
                + "{\"adult\":{\"columns\":{" + columns + "},\"anonymity\":{\"quasiIdentifiers\":{" + hierarchies
                + "},\"k\":5,\"suppressionPercent\":4}}}}", "memory.json");
        List<SourceColumn> schema = new ArrayList<>();
        adult.columns().forEach(c -> schema.add(new SourceColumn(c, Optional.empty(), false)));
        CompiledPlan plan = CompiledPlan.compile(spec, List.of(new TableSchema("adult", schema, List.of(), List.of())),
                p -> Deidentifiers.create(new byte[32]));
        TableAnonymization anonymization = plan.anonymization("adult").orElseThrow();
        int[] outputs = anonymization.analysedOutputs();
        long base = used();
        Map<String, String> shared = new HashMap<>();
        List<List<String>> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            String[] cells = new String[outputs.length];
            for (int c = 0; c < outputs.length; c++) {
                cells[c] = shared.computeIfAbsent(adult.value(r % adult.rowCount(), outputs[c]), x -> x);
            }
            rows.add(Arrays.asList(cells));
        }
        long held = used() - base;
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        anonymization.analyse(rows, i -> "row " + (i + 1));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%,d rows x %d quasi-identifiers: cells held %,.0f MB (%d B/row); heap peak growth "
                + "during the analysis %,.0f MB; analysis %,d ms; %s%n", n, qis.size(), held / 1e6, held / n,
                (peak() - base) / 1e6, millis, anonymization.release());
    }

    private static long used() {
        System.gc();
        System.gc();
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                used += p.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long peak() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
