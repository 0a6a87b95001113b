package dev.warden.samples.cli;

import dev.warden.samples.demo.DemoReport;
import dev.warden.samples.demo.PlatformDemo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden demo}: the whole platform end to end on embedded defaults ({@link PlatformDemo}). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole platform end to end on embedded defaults (H2 and files in a working folder), step "
                + "by step: 1. an administrator with a one-time password, changed, enrolled in TOTP, logged in with a "
                + "TOTP code; 2. a project where an editor is authorized and a viewer denied (audited); 3. the job key "
                + "read through a keystore: reference; 4. a generated patient data set (invented people) de-identified "
                + "with the hipaa-safe-harbor profile and validated; 5. the audit log verified, exported to OCSF and "
                + "summarized as a compliance report; 6. the posture report, and what production would require.",
            "Exit 0 when every step did what it should; 2 when --dir is not empty; 3 when a step's outcome is wrong "
                + "(e.g. validation failed, audit chain broken); 4 when the editor is denied."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--patients", defaultValue = "200", paramLabel = "N", description = "Patients to generate (default 200).")
    int patients;

    @Option(names = "--seed", defaultValue = "20240101", paramLabel = "SEED", description = "Generator seed (default 20240101).")
    long seed;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Keep everything in DIR (a new or empty folder): warden.json, keystore, user store, policy, "
                    + "audit log, OCSF export, compliance and posture reports, both databases, job report. By default a "
                    + "temporary folder, deleted at the end.")
    Path dir;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the job's JSON report here.")
    Path report;

    @Option(names = {"-q", "--quiet"}, description = "No job progress on standard error.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String header = "Warden demo: the whole platform on embedded defaults (H2 and files in "
                + (dir == null ? "a temporary folder" : dir.toAbsolutePath()) + ")";
        PlatformDemo.Builder demo = PlatformDemo.builder().patients(patients).seed(seed).onStep(step -> {
            if (step.number() == 1) {
                out.println(header); // only once the folder is laid out: a refused --dir prints just the error
            }
            out.println();
            out.print(step.text());
            out.flush();
        });
        if (dir != null) {
            demo.directory(dir);
        }
        if (!quiet) {
            demo.progress(new StderrProgress(spec.commandLine().getErr()));
        }
        DemoReport result = demo.build().run();
        if (report != null) {
            Files.writeString(report, result.run().report().orElse("{}"));
        }
        out.println();
        out.println(result.kept() ? "Everything is kept in " + result.directory() + " for inspection."
                : "Done; the temporary folder was deleted (use --dir DIR to keep everything for inspection).");
        out.flush();
        return ExitCode.OK;
    }
}
