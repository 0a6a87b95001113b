package dev.warden.core.posture;

import dev.warden.ConfigurationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds of the posture checklist, from the {@code posture} section of {@code warden.json}, with each
 * environment's defaults (see the README's "Security posture" table).
 *
 * @param maxGlobalAdministrators most people with global Administrator or Owner rights (production 3, staging 5,
 *     development unlimited)
 * @param inactivityLimit an enabled account unused for longer fails the inactive-accounts item ({@link Duration#ZERO}
 *     turns the item off; production and staging 90 days, development off)
 * @param apiKeyMaxLifetime the longest lifetime (creation to expiry) an API key may have (production 90 days, staging
 *     180 days, development 366 days)
 * @param minAuditRetention the shortest retention an audit sink may have (production 365 days, staging 30 days,
 *     development 1 day); a sink without retention keeps everything
 * @param minAuditSinks the fewest audit sinks (production 2, otherwise 1)
 * @param breakGlassAccounts local person accounts documented as break-glass administrators; in production every other
 *     enabled local person account fails the SSO item
 * @param verifyAuditChain whether the item "audit chain verifies" reads the JSON Lines audit log (default true)
 * @param jobs the de-identification jobs to check (spec file, and optionally the source they read)
 */
public record PostureSettings(int maxGlobalAdministrators, Duration inactivityLimit, Duration apiKeyMaxLifetime,
                              Duration minAuditRetention, int minAuditSinks, Set<String> breakGlassAccounts,
                              boolean verifyAuditChain, List<Job> jobs) {

    private static final Set<String> KEYS = Set.of("maxGlobalAdministrators", "inactivityLimit", "apiKeyMaxLifetime",
            "minAuditRetention", "minAuditSinks", "breakGlassAccounts", "verifyAuditChain", "jobs");
    private static final Set<String> JOB_KEYS = Set.of("spec", "source", "readOnly");

    public PostureSettings {
        Objects.requireNonNull(inactivityLimit, "inactivityLimit");
        Objects.requireNonNull(apiKeyMaxLifetime, "apiKeyMaxLifetime");
        Objects.requireNonNull(minAuditRetention, "minAuditRetention");
        breakGlassAccounts = Set.copyOf(breakGlassAccounts);
        jobs = List.copyOf(jobs);
    }

    /**
     * A de-identification job the check looks at.
     *
     * @param spec the job specification file (relative paths start at the configuration file's folder)
     * @param source the data it reads: a folder or a JDBC URL, if given
     * @param readOnly whether the configuration asks for the source to be opened read-only (default true)
     * @param path where it is configured, for messages, e.g. {@code posture.jobs[0]}
     */
    public record Job(Path spec, Optional<String> source, boolean readOnly, String path) {
        public Job {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(path, "path");
        }
    }

    /**
     * @param environment the environment whose defaults apply
     * @return the defaults of that environment
     */
    public static PostureSettings defaults(Environment environment) {
        return switch (environment) {
            case PRODUCTION -> new PostureSettings(3, Duration.ofDays(90), Duration.ofDays(90), Duration.ofDays(365), 2,
                    Set.of(), true, List.of());
            case STAGING -> new PostureSettings(5, Duration.ofDays(90), Duration.ofDays(180), Duration.ofDays(30), 1,
                    Set.of(), true, List.of());
            case DEVELOPMENT -> new PostureSettings(Integer.MAX_VALUE, Duration.ZERO, Duration.ofDays(366),
                    Duration.ofDays(1), 1, Set.of(), true, List.of());
        };
    }

    /**
     * @param section the {@code posture} section (may be empty)
     * @param environment whose defaults fill what the section leaves out
     * @param baseDirectory where relative job spec paths start
     * @return the settings
     * @throws ConfigurationException naming the setting that is unknown or wrong
     */
    public static PostureSettings from(ConfigNode section, Environment environment, Path baseDirectory) {
        section.requireOnlyKeys(KEYS);
        PostureSettings d = defaults(environment);
        int maxAdmins = section.intValue("maxGlobalAdministrators", d.maxGlobalAdministrators);
        int minSinks = section.intValue("minAuditSinks", d.minAuditSinks);
        if (maxAdmins < 1) {
            throw new ConfigurationException("configuration " + section.qualified("maxGlobalAdministrators")
                    + ": must be at least 1");
        }
        if (minSinks < 1) {
            throw new ConfigurationException("configuration " + section.qualified("minAuditSinks") + ": must be at least 1");
        }
        List<Job> jobs = new ArrayList<>();
        List<ConfigNode> jobNodes = section.children("jobs");
        for (int i = 0; i < jobNodes.size(); i++) {
            ConfigNode job = jobNodes.get(i);
            job.requireOnlyKeys(JOB_KEYS);
            Path spec = Path.of(job.requireString("spec"));
            jobs.add(new Job(spec.isAbsolute() ? spec : baseDirectory.resolve(spec), job.string("source"),
                    job.booleanValue("readOnly", true), job.path()));
        }
        return new PostureSettings(maxAdmins, nonNegative(section, "inactivityLimit", d.inactivityLimit),
                positive(section, "apiKeyMaxLifetime", d.apiKeyMaxLifetime),
                positive(section, "minAuditRetention", d.minAuditRetention), minSinks,
                Set.copyOf(section.strings("breakGlassAccounts")),
                section.booleanValue("verifyAuditChain", d.verifyAuditChain), jobs);
    }

    private static Duration nonNegative(ConfigNode section, String key, Duration fallback) {
        Duration value = section.duration(key, fallback);
        if (value.isNegative()) {
            throw new ConfigurationException("configuration " + section.qualified(key) + ": must not be negative");
        }
        return value;
    }

    private static Duration positive(ConfigNode section, String key, Duration fallback) {
        Duration value = section.duration(key, fallback);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigurationException("configuration " + section.qualified(key) + ": must be positive");
        }
        return value;
    }
}
