package dev.warden.core.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * Warden's log lines, as the host's binding prints them (slf4j-simple here), never hold a value substituted from
 * {@code ${secret:...}}: not in the formatted message, not in a logged exception's message, cause or suppressed one.
 */
class SecretMaskingLoggerTest {

    static final String VALUE = "LOG-CANARY-" + Long.toHexString(new java.security.SecureRandom().nextLong());
    static final Logger LOG = SecretMaskingLogger.of(SecretMaskingLoggerTest.class);

    @Test
    void aSubstitutedValueIsMaskedInTheMessageAndTheWholeExceptionChain() {
        SubstitutedSecrets.track(VALUE);
        IOException cause = new IOException("cannot create /var/audit/" + VALUE);
        UncheckedIOException failure = new UncheckedIOException("sink at /var/audit/" + VALUE + " failed", cause);
        failure.addSuppressed(new IllegalStateException("close of " + VALUE + " failed"));
        String logged;
        try (LogCapture capture = new LogCapture()) {
            LOG.warn("Audit sink at {} failed: {}", "/var/audit/" + VALUE, failure.getMessage(), failure);
            logged = capture.text();
        }
        assertThat(logged).doesNotContain(VALUE)
                .contains("WARN").contains("Audit sink at /var/audit/*** failed")
                .contains("java.io.UncheckedIOException: sink at /var/audit/*** failed")
                .contains("Caused by: java.io.IOException: cannot create /var/audit/***")
                .contains("Suppressed: java.lang.IllegalStateException: close of *** failed")
                .contains("at dev.warden.core.secrets.SecretMaskingLoggerTest");
    }

    @Test
    void aMessageWithoutSubstitutedValuesIsLoggedAsItIs() throws IOException {
        Path missing = Files.createTempFile("warden", ".tmp");
        Files.delete(missing);
        String logged;
        try (LogCapture capture = new LogCapture()) {
            LOG.warn("nothing at {}", missing, new IOException("no such file " + missing));
            logged = capture.text();
        }
        assertThat(logged).contains("nothing at " + missing).contains("java.io.IOException: no such file " + missing);
    }

    @Test
    void levelsAreTheBindingsOwn() {
        assertThat(LOG.getName()).isEqualTo(SecretMaskingLoggerTest.class.getName());
        assertThat(LOG.isWarnEnabled()).isTrue();
        assertThat(LOG.isTraceEnabled()).isEqualTo(org.slf4j.LoggerFactory.getLogger(SecretMaskingLoggerTest.class)
                .isTraceEnabled());
    }
}
