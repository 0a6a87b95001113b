package dev.warden.core.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.core.deid.Deidentifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the classification rule tests share: invented tables written to a folder, the proposal a user would get from
 * {@code warden classify} (Safe Harbor, as of 2024-12-31), the proposed column looked up, and the unedited job run on
 * it with a fixed test key.
 */
final class ProposalFixtures {

    /** A 32-byte test key (not a secret: only invented data is de-identified with it). */
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    /** Given names from several languages and scripts' Latin forms. */
    static final String[] GIVEN = {"Ingrid", "Tomasz", "Ayesha", "Kwame", "Lucía", "Mateo", "Sakura", "Nikolai",
        "Amara", "Henrik", "Zeynep", "Rafael"};
    /** Family names from several languages. */
    static final String[] FAMILY = {"Halvorsen", "Wiśniewski", "Qureshi", "Mensah", "Ortega", "Romano",
        "Takahashi", "Volkov", "Eze", "Lindgren", "Aydın", "Barbosa"};

    private ProposalFixtures() {
    }

    /** Writes each table as {@code NAME.csv} into a new folder {@code name} under {@code dir}. */
    static Path folder(Path dir, String name, Map<String, CharSequence> tables) throws IOException {
        Path in = Files.createDirectories(dir.resolve(name));
        for (Map.Entry<String, CharSequence> t : tables.entrySet()) {
            Files.writeString(in.resolve(t.getKey() + ".csv"), t.getValue());
        }
        return in;
    }

    /** The proposal {@code warden classify} makes for the folder. */
    static JobSpec propose(Path in) {
        try (TableSource source = Datasets.source(in.toString())) {
            return new SpecProposer(source, SpecProposer.DEFAULT_SAMPLE_ROWS).propose("t", "hipaa-safe-harbor",
                    LocalDate.of(2024, 12, 31));
        }
    }

    static ColumnSpec column(JobSpec spec, String table, String column) {
        return spec.tables().stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow()
                .column(column).orElseThrow();
    }

    static ColumnRule rule(JobSpec spec, String table, String column) {
        return column(spec, table, column).rule();
    }

    static boolean kept(JobSpec spec, String table, String column) {
        return rule(spec, table, column) instanceof ColumnRule.Keep;
    }

    static String comment(JobSpec spec, String table, String column) {
        return column(spec, table, column).comment().orElse("");
    }

    static List<ForeignKey> foreignKeys(JobSpec spec, String table) {
        return spec.tables().stream().filter(t -> t.name().equals(table)).findFirst().orElseThrow().foreignKeys();
    }

    /** Runs the job on the folder as proposed, writing CSV to {@code out}; a failed validation's report is returned. */
    static JobReport run(Path in, JobSpec spec, Path out) {
        try (TableSource source = Datasets.source(in.toString());
             TableTarget target = Datasets.target(out.toString(), Datasets.Format.CSV)) {
            return DeidentificationJob.builder().spec(spec).source(source).target(target)
                    .deidentifiers(p -> Deidentifiers.forProfile(p, KEY)).build().run();
        } catch (ValidationFailedException e) {
            return e.report();
        }
    }

    /**
     * Runs the job on the folder as proposed, asserts that its validation passed (the proposal runs unedited) and
     * returns one table's output.
     *
     * @param table the output table to read, {@code out/<table>.csv}
     * @return the table's CSV text
     */
    static String runPassing(Path in, JobSpec spec, Path out, String table) throws IOException {
        JobReport report = run(in, spec, out);
        assertThat(report.validation().passed()).as(report.validation().toString()).isTrue();
        return Files.readString(out.resolve(table + ".csv"));
    }

    /** An invented full name, the i-th of 60 that repeat in one order. */
    static String person(int i) {
        return GIVEN[i % GIVEN.length] + " " + FAMILY[(i * 5 + 1) % FAMILY.length];
    }
}
