package dev.warden.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Warden's operations are governed by Warden (DESIGN.md, "Engines handed out by the facade are governed by
 * construction"), and {@code samples/} shows it by containing no hand-written governance: no audit event built, no
 * event recorded, no permission required by hand. Read from the module's main sources; each exception is named with
 * why it is not governance of a Warden operation.
 */
class NoHandWrittenGovernanceTest {

    private static final Path SOURCES = Path.of("src", "main", "java");

    /** What a host would write to govern by hand: build an event, record one, require or check a permission. */
    private static final Map<String, Pattern> HAND_WRITTEN = Map.of(
            "builds an audit event", Pattern.compile("AuditEvent\\s*\\.\\s*builder\\s*\\(|new\\s+AuditEvent\\s*\\("),
            "records an audit event", Pattern.compile("\\.\\s*record\\s*\\(\\s*[A-Za-z]"),
            "requires a permission", Pattern.compile("\\.\\s*require\\s*\\("),
            "checks a permission", Pattern.compile("\\.\\s*check\\s*\\(\\s*[a-z]+\\s*,"));

    /** file -> what it may do, and why. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            // `warden policy check` is the operator's tool to ask the policy a question; it guards nothing.
            "dev/warden/samples/cli/PolicyCheckCommand.java", Set.of("checks a permission"),
            // forwards the events LocalAccounts builds itself to the configured audit log (plumbing, not an event).
            "dev/warden/samples/cli/LocalStoreOptions.java", Set.of("records an audit event"),
            // forwards the events SecondFactors builds itself (TOTP enrolment, removal) to the configured audit log.
            "dev/warden/samples/cli/MfaCommand.java", Set.of("records an audit event"));

    @Test
    void theSamplesBuildRecordAndRequireNothingByHand() throws IOException {
        assertThat(SOURCES.resolve("dev/warden/samples/demo/PlatformDemo.java")).as("run from the samples module").exists();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                String code = withoutComments(Files.readString(file));
                HAND_WRITTEN.forEach((what, pattern) -> {
                    Matcher m = pattern.matcher(code);
                    if (m.find() && !ALLOWED.getOrDefault(relative, Set.of()).contains(what)) {
                        found.add(relative + " " + what + ": " + m.group());
                    }
                });
            }
        }
        assertThat(found).as("hand-written governance in samples/ (use the governed engines of Warden instead)").isEmpty();
    }

    @Test
    void theDemoAndTheHostApplicationAreAmongTheFilesRead() throws IOException {
        // the rule above reads what it should: the demo and the host once held hand-written events and checks
        for (String file : List.of("dev/warden/samples/demo/PlatformDemo.java", "dev/warden/samples/host/HostApplication.java")) {
            String code = withoutComments(Files.readString(SOURCES.resolve(file)));
            assertThat(code).contains("warden.workflows()").doesNotContain("AuditEventType.WORKFLOW_EXECUTED");
        }
    }

    /** Drops block and line comments (Javadoc may show the calls a host should not write). */
    static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }
}
