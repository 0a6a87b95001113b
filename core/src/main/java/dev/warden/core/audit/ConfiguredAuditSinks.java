package dev.warden.core.audit;

import dev.warden.config.ConfigNode;
import java.util.List;
import java.util.Objects;

/**
 * The audit sinks that the {@code audit.sinks} section of {@code warden.json} configures, in configuration order,
 * read without opening any of them. The sink types that are installed (whether configured or not) are a different
 * list: {@code Warden.auditSinkTypes()}.
 *
 * @param sinks one entry per configured sink; empty when the configuration has no {@code audit.sinks}
 */
public record ConfiguredAuditSinks(List<Sink> sinks) {

    /**
     * One configured sink.
     *
     * @param name its {@code name} setting, else its type (the name the built-in sinks take by default)
     * @param type its {@code type} setting, e.g. {@code jsonl}, {@code jdbc}, {@code syslog}, {@code slf4j}
     */
    public record Sink(String name, String type) {
        public Sink {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    public ConfiguredAuditSinks {
        sinks = List.copyOf(sinks);
    }

    /**
     * @param audit the {@code audit} section (possibly empty)
     * @return its sinks; a sink without {@code type} is left to {@code AuditPipeline.validate} to refuse
     */
    public static ConfiguredAuditSinks of(ConfigNode audit) {
        return new ConfiguredAuditSinks(audit.children("sinks").stream()
                .filter(s -> s.string("type").isPresent())
                .map(s -> new Sink(s.string("name").orElse(s.string("type").orElseThrow()), s.string("type").orElseThrow()))
                .toList());
    }

    /** @return the sinks' names, in configuration order */
    public List<String> names() {
        return sinks.stream().map(Sink::name).toList();
    }

    /** @return the sinks' types, in configuration order (a type appears once per sink of it) */
    public List<String> types() {
        return sinks.stream().map(Sink::type).toList();
    }
}
