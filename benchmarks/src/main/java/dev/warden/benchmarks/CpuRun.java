package dev.warden.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * A companion to the JMH benchmarks for a shared, loaded machine (where JMH's wall-clock iterations swing by several
 * times as other processes take the cores): runs JMH benchmark methods of one class — same state objects, same
 * {@link Setup} methods, {@link Param} fields set from {@code name=value} arguments — in <em>interleaved</em> rounds
 * of {@code calls} calls each, and measures the calling thread's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which leaves out the time the thread waits for a core (and the
 * garbage collector's threads, so it understates allocation). Prints each method's minimum and median CPU ns per call
 * and, per method, the median of the per-round ratios to the first method (the baseline). Every call goes through
 * one reflective call site ({@link Method#invoke}), which adds the same ~10-20 ns to each; ratios of very short
 * operations are therefore compressed. JMH on an idle machine remains the reference.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.warden.benchmarks.CpuRun
 * dev.warden.benchmarks.deid.KeyedHashBenchmark baselineMacDoFinal,warden [rounds=30] [calls=200000]
 * [param=value ...]}, with 10 further rounds first, discarded as warm-up.
 */
public final class CpuRun {

    private static volatile Object sink;

    private CpuRun() {
    }

    public static void main(String[] args) throws Throwable {
        Class<?> type = Class.forName(args[0]);
        String[] names = args[1].split(",");
        int rounds = 30;
        int calls = 200_000;
        Map<String, String> params = new HashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            switch (kv[0]) {
                case "rounds" -> rounds = Integer.parseInt(kv[1]);
                case "calls" -> calls = Integer.parseInt(kv[1]);
                default -> params.put(kv[0], kv[1]);
            }
        }
        Map<Class<?>, Object> states = new HashMap<>();
        Object bench = state(type, states, params);
        Method[] methods = new Method[names.length];
        Object[][] arguments = new Object[names.length][];
        for (int m = 0; m < names.length; m++) {
            methods[m] = find(type, names[m]);
            methods[m].setAccessible(true);
            Class<?>[] p = methods[m].getParameterTypes();
            arguments[m] = new Object[p.length];
            for (int i = 0; i < p.length; i++) {
                arguments[m][i] = state(p[i], states, params);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] nanos = new double[names.length][rounds];
        for (int round = -10; round < rounds; round++) {
            for (int m = 0; m < names.length; m++) {
                Method method = methods[m];
                Object[] a = arguments[m];
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    sink = method.invoke(bench, a);
                }
                long cpu = threads.getCurrentThreadCpuTime() - start;
                if (round >= 0) {
                    nanos[m][round] = cpu / (double) calls;
                }
            }
        }
        System.out.printf("%s %s, %d rounds of %d calls, CPU time%n", type.getSimpleName(), params, rounds, calls);
        System.out.printf("%-40s %12s %12s %14s%n", "method", "min ns", "median ns", "ratio to first");
        for (int m = 0; m < names.length; m++) {
            double[] sorted = nanos[m].clone();
            Arrays.sort(sorted);
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                ratios[r] = nanos[m][r] / nanos[0][r];
            }
            Arrays.sort(ratios);
            System.out.printf("%-40s %12.1f %12.1f %14.2f%n", names[m], sorted[0], sorted[rounds / 2],
                    ratios[rounds / 2]);
        }
    }

    private static Method find(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(type.getName() + " has no public method " + name);
    }

    /** One instance per state class: @Param fields set, then its @Setup methods run with their states resolved. */
    private static Object state(Class<?> type, Map<Class<?>, Object> states, Map<String, String> params)
            throws Throwable {
        Object existing = states.get(type);
        if (existing != null) {
            return existing;
        }
        var constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        Object instance = constructor.newInstance();
        for (Field f : type.getFields()) {
            Param p = f.getAnnotation(Param.class);
            if (p != null && !Modifier.isStatic(f.getModifiers())) {
                String value = params.getOrDefault(f.getName(), p.value()[0]);
                f.set(instance, f.getType() == int.class ? Integer.valueOf(value)
                        : f.getType() == long.class ? Long.valueOf(value) : value);
            }
        }
        states.put(type, instance);
        List<Method> setups = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(Setup.class)) {
                setups.add(m);
            }
        }
        for (Method m : setups) {
            Class<?>[] p = m.getParameterTypes();
            Object[] a = new Object[p.length];
            for (int i = 0; i < p.length; i++) {
                a[i] = state(p[i], states, params);
            }
            m.invoke(instance, a);
        }
        return instance;
    }
}
