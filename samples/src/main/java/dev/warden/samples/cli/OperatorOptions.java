package dev.warden.samples.cli;

import dev.warden.auth.AuthenticationException;
import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.core.Warden;
import dev.warden.core.config.Environment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * Who runs a governed command ({@code warden workflow ...}, {@code warden datasource ...}): the configuration that
 * names the policy, the workflow store, the audit log and the authentication providers, and the operator's API key —
 * from an environment variable (default {@code WARDEN_API_KEY}) or one line of standard input, never the command line.
 * The operator is authenticated through the configured provider chain, and every operation is then authorized and
 * audited by Warden as the library call is.
 */
final class OperatorOptions {

    /** Reads the process environment; replaced by tests, which cannot set environment variables. */
    static UnaryOperator<String> environment = System::getenv;

    @Option(names = "--config", paramLabel = "FILE", required = true,
            description = "The warden.json: policy, workflows.store, audit.sinks and auth.providers.")
    Path config;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "WARDEN_API_KEY",
            description = "The environment variable holding the operator's API key (default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Option(names = "--api-key-stdin", description = "Read the operator's API key from the first line of standard input.")
    boolean apiKeyStdin;

    /** An authenticated operator and the Warden they act through; close after use. */
    record Session(Warden warden, Principal principal) implements AutoCloseable {
        @Override
        public void close() {
            warden.close();
        }
    }

    /**
     * Builds Warden from the configuration and authenticates the operator.
     *
     * @param err where the warning goes that nothing is audited (development without audit.sinks)
     * @throws AuthenticationException when no key is given or it is not accepted (exit code 4)
     */
    Session signIn(PrintWriter err) {
        return signIn(config, apiKeyEnv, apiKeyStdin, err);
    }

    /**
     * Like {@link #signIn(PrintWriter)} for a command whose configuration is optional ({@code warden deidentify}).
     *
     * @throws AuthenticationException when no key is given or it is not accepted (exit code 4)
     */
    static Session signIn(Path config, String apiKeyEnv, boolean apiKeyStdin, PrintWriter err) {
        Warden warden = Warden.builder().configuration(config).build();
        try {
            if (!warden.audited()) {
                err.println(warden.environment() == Environment.DEVELOPMENT
                        ? "warning: no audit log is configured (audit.sinks): nothing is audited (development)"
                        : "warning: no audit log is configured (audit.sinks): every change will be refused");
            }
            char[] key = apiKey(apiKeyEnv, apiKeyStdin);
            AuthenticationResult result;
            try {
                result = warden.authenticate(new Credentials.ApiKey(key));
            } finally {
                Arrays.fill(key, '\0');
            }
            if (result instanceof AuthenticationResult.Success success) {
                return new Session(warden, success.principal());
            }
            throw new AuthenticationException("authentication failed: the API key was not accepted");
        } catch (RuntimeException e) {
            warden.close();
            throw e;
        }
    }

    private static char[] apiKey(String apiKeyEnv, boolean apiKeyStdin) {
        if (apiKeyStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new AuthenticationException("authentication failed: standard input held no API key");
                }
                return line.strip().toCharArray();
            } catch (IOException e) {
                throw new AuthenticationException("authentication failed: standard input cannot be read", e);
            }
        }
        String value = environment.apply(apiKeyEnv);
        if (value == null || value.isBlank()) {
            throw new AuthenticationException("authentication required: set " + apiKeyEnv + " to the operator's API key "
                    + "(or pass --api-key-stdin); governed commands do not run unauthenticated");
        }
        return value.strip().toCharArray();
    }
}
