package dev.warden.spark;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.warden.ConfigurationException;
import dev.warden.core.Warden;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.CompiledPlan;
import dev.warden.core.job.JobSpec;
import dev.warden.deid.Deidentifier;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The compiled plans of one JVM (a Spark executor, or the driver in local mode). The job key is resolved once per JVM
 * and recipe, through Warden's secret resolver, and held only inside the {@link Deidentifier} built from it (per-domain
 * keys derived by HKDF); the column plan is compiled once per thread, because its transformers keep single-threaded
 * memos. Entries not used for 30 minutes are dropped, so a long-lived executor does not keep old jobs' keys.
 */
final class ExecutorPlans {

    private static final Cache<String, Deidentifier> DEIDENTIFIERS = Caffeine.newBuilder()
            .maximumSize(16).expireAfterAccess(Duration.ofMinutes(30)).build();
    private static final Cache<String, JobSpec> SPECS = Caffeine.newBuilder()
            .maximumSize(16).expireAfterAccess(Duration.ofMinutes(30)).build();
    private static final ThreadLocal<Map<String, CompiledPlan>> PLANS = ThreadLocal.withInitial(() -> new LinkedHashMap<>(4, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledPlan> eldest) {
            return size() > 4;
        }
    });
    private static final AtomicLong KEY_RESOLUTIONS = new AtomicLong();

    private ExecutorPlans() {
    }

    /**
     * @param recipe the plan's recipe
     * @return this thread's compiled plan of it
     * @throws ConfigurationException if the key cannot be resolved or is too short, or the spec does not compile
     */
    static CompiledPlan plan(PlanRecipe recipe) {
        Map<String, CompiledPlan> mine = PLANS.get();
        CompiledPlan plan = mine.get(recipe.id);
        if (plan == null) {
            Deidentifier deidentifier = DEIDENTIFIERS.get(recipe.id, id -> deidentifier(recipe));
            JobSpec spec = SPECS.get(recipe.id, id -> recipe.spec());
            plan = CompiledPlan.compile(spec, recipe.schemas(), profile -> deidentifier);
            mine.put(recipe.id, plan);
        }
        return plan;
    }

    /** @return how many times this JVM resolved a job key (once per recipe while cached) */
    static long keyResolutions() {
        return KEY_RESOLUTIONS.get();
    }

    private static Deidentifier deidentifier(PlanRecipe recipe) {
        byte[] key = resolveKey(recipe.keyRef, recipe.configuration);
        try {
            return Deidentifiers.create(key);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * Resolves a job key through Warden's secret resolver.
     *
     * @param keyRef a secret reference, e.g. {@code env:WARDEN_JOB_KEY} or {@code file:/run/secrets/job-key}
     * @param configuration a warden.json path, or null
     * @return the key's bytes; the caller wipes them
     * @throws ConfigurationException if the key is shorter than {@value Deidentifiers#MIN_KEY_BYTES} bytes
     */
    static byte[] resolveKey(String keyRef, String configuration) {
        KEY_RESOLUTIONS.incrementAndGet();
        Warden.Builder builder = Warden.builder();
        if (configuration != null) {
            builder.configuration(Path.of(configuration));
        }
        try (Warden warden = builder.build(); Secret secret = warden.secrets().resolve(SecretRef.parse(keyRef))) {
            byte[] bytes = secret.bytes();
            if (bytes.length < Deidentifiers.MIN_KEY_BYTES) {
                Arrays.fill(bytes, (byte) 0);
                throw new ConfigurationException("job key " + keyRef + ": it has fewer than " + Deidentifiers.MIN_KEY_BYTES
                        + " bytes; use 32 random bytes, e.g. `openssl rand -hex 32`");
            }
            return bytes;
        }
    }
}
