package dev.warden.benchmarks.secrets;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A documented companion to {@link SecretResolutionBenchmark} for a shared, loaded machine, where JMH's wall-clock
 * times of the allocating benchmarks swing by several times between iterations: it runs the same benchmark methods
 * (same state, same setup) in <em>interleaved</em> rounds of one million calls each and measures the calling thread's
 * CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which leaves out the time the thread waits for a core —
 * and also the garbage collector's threads, so it understates the cost of allocation. It reports each method's minimum
 * and median CPU ns per call and the median of the per-round ratios of {@code cachedResolve} to
 * {@code caffeineGetIfPresent}. Every call goes through one {@link Supplier} call site, which adds the same few
 * nanoseconds to each. JMH on an idle machine remains the reference.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.warden.benchmarks.secrets.SecretResolutionCpuRun [rounds]}
 * (default 30 rounds, after 10 discarded for warm-up).
 */
public final class SecretResolutionCpuRun {

    private static final int CALLS = 1_000_000;
    private static volatile Object sink;

    private SecretResolutionCpuRun() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        SecretResolutionBenchmark state = new SecretResolutionBenchmark();
        state.setUp();
        try {
            Map<String, Supplier<Object>> methods = new LinkedHashMap<>();
            methods.put("cachedResolve", state::cachedResolve);
            methods.put("caffeineGetIfPresent", state::caffeineGetIfPresent);
            methods.put("caffeineConfiguredLikeTheResolver", state::caffeineConfiguredLikeTheResolver);
            methods.put("hotMapLowerBound", state::hotMapLowerBound);
            methods.put("handleOnly", state::handleOnly);
            List<String> names = List.copyOf(methods.keySet());
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            double[][] nanos = new double[names.size()][rounds];
            for (int round = -10; round < rounds; round++) {
                for (int m = 0; m < names.size(); m++) {
                    Supplier<Object> method = methods.get(names.get(m));
                    long start = threads.getCurrentThreadCpuTime();
                    for (int i = 0; i < CALLS; i++) {
                        sink = method.get();
                    }
                    long cpu = threads.getCurrentThreadCpuTime() - start;
                    if (round >= 0) {
                        nanos[m][round] = cpu / (double) CALLS;
                    }
                }
            }
            System.out.printf("%-36s %12s %12s%n", "method", "min CPU ns", "median CPU ns");
            for (int m = 0; m < names.size(); m++) {
                double[] sorted = nanos[m].clone();
                Arrays.sort(sorted);
                System.out.printf("%-36s %12.1f %12.1f%n", names.get(m), sorted[0], sorted[rounds / 2]);
            }
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = nanos[0][round] / nanos[1][round];
            }
            Arrays.sort(ratios);
            System.out.printf("cachedResolve / caffeineGetIfPresent (median of the rounds' ratios): %.2f%n",
                    ratios[rounds / 2]);
        } finally {
            state.tearDown();
        }
    }
}
