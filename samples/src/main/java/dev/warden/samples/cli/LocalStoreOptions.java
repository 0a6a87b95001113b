package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.auth.PrincipalKind;
import dev.warden.config.ConfigNode;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.local.LocalProviderFactory;
import dev.warden.core.config.WardenConfiguration;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options shared by {@code warden users}, {@code apikey} and {@code mfa}: which configuration file, and which
 * {@code local} provider entry in it names the store. Also reads passwords: from the console without echo, or one
 * line from standard input, never from the command line.
 */
final class LocalStoreOptions {

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "warden.json",
            description = "The warden.json whose auth.providers entry of type 'local' names the user store (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "The name of the local provider entry to use, when there is more than one.")
    String provider;

    /** The accounts, audited through the configured pipeline when {@code audit.sinks} is set; close after use. */
    record Session(LocalAccounts accounts, Warden warden) implements AutoCloseable {
        @Override
        public void close() {
            try {
                accounts.close();
            } finally {
                if (warden != null) {
                    warden.close();
                }
            }
        }
    }

    /**
     * The accounts for reading only ({@code users list}): no audit log is opened, so listing works while a host holds
     * the audit log's writer lock.
     */
    Session openForReading() {
        return new Session(openAccounts(WardenConfiguration.load(config)), null);
    }

    Session open() {
        WardenConfiguration configuration = WardenConfiguration.load(config);
        LocalAccounts accounts = openAccounts(configuration);
        if (!configuration.section("audit").has("sinks")) {
            return new Session(accounts, null);
        }
        Warden warden = null;
        try {
            warden = Warden.builder().configuration(configuration).build();
            Warden w = warden;
            // Open the audit log before any change, so a log this command cannot write (another writer holds it)
            // refuses the command instead of leaving an unaudited change behind.
            w.auditLog();
            // The operator is the operating-system account running the command.
            Actor operator = new Actor(System.getProperty("user.name", "unknown"), PrincipalKind.USER, "os-account", false);
            return new Session(accounts.audited(event -> w.auditLog().record(event), operator), warden);
        } catch (RuntimeException e) {
            accounts.close();
            if (warden != null) {
                warden.close();
            }
            throw e;
        }
    }

    private LocalAccounts openAccounts(WardenConfiguration configuration) {
        List<ConfigNode> entries = configuration.section("auth").children("providers").stream()
                .filter(n -> n.string("type").orElse("").equals("local"))
                .filter(n -> provider == null || n.string("name").orElse("local").equals(provider))
                .toList();
        if (entries.isEmpty()) {
            throw new ConfigurationException("configuration " + config + ": no auth.providers entry of type 'local'"
                    + (provider == null ? "" : " named '" + provider + "'") + "; add one with a \"store\"");
        }
        if (entries.size() > 1) {
            throw new ConfigurationException("configuration " + config + ": several local providers; choose one with --provider");
        }
        return LocalProviderFactory.accounts(entries.get(0));
    }

    /**
     * @param fromStdin read one line from standard input instead of prompting
     * @param what the prompt, e.g. "New password for alice"
     * @return the password; the caller wipes it
     */
    static char[] readPassword(boolean fromStdin, String what) {
        if (fromStdin) {
            try {
                BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = reader.readLine();
                if (line == null || line.isEmpty()) {
                    throw new InvalidInputException("password: nothing on standard input");
                }
                return line.toCharArray();
            } catch (IOException e) {
                throw new InvalidInputException("password: cannot read standard input (" + e.getClass().getSimpleName() + ")");
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new InvalidInputException("password: no console to prompt on; pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("%s: ", what);
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new InvalidInputException("password: the two entries differ");
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
