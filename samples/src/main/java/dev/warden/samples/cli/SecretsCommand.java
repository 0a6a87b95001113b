package dev.warden.samples.cli;

import dev.warden.IntegrityException;
import dev.warden.InvalidInputException;
import dev.warden.auth.AuthenticationException;
import dev.warden.config.ConfigNode;
import dev.warden.core.Warden;
import dev.warden.core.secrets.keystore.Argon2idParameters;
import dev.warden.core.secrets.keystore.Keystore;
import dev.warden.core.secrets.keystore.KeystoreSecretStoreFactory;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warden secrets}: manages Warden's encrypted keystore ({@code put}, {@code rotate}, {@code list}) and checks
 * any secret reference ({@code check}). Values are read from standard input or a prompt, never from the command line,
 * and are never printed.
 */
@Command(name = "secrets", mixinStandardHelpOptions = true,
        description = "Manage Warden's encrypted keystore and check secret references. Values are read from standard "
                + "input or a prompt, never from the command line, and never printed.",
        subcommands = {
            SecretsPutCommand.class,
            SecretsRotateCommand.class,
            SecretsListCommand.class,
            SecretsCheckCommand.class,
        })
final class SecretsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The options shared by the keystore sub-commands. */
    static final class KeystoreOptions {

        @Option(names = "--config", paramLabel = "FILE",
                description = "A warden.json; its secrets.stores.keystore settings give the defaults below.")
        Path config;

        @Option(names = "--keystore", paramLabel = "FILE",
                description = "The keystore file (default: secrets.stores.keystore.path, else ./warden.keystore).")
        Path keystore;

        @Option(names = "--passphrase-ref", paramLabel = "REF",
                description = "Where the passphrase is, e.g. env:WARDEN_KEYSTORE_PASSPHRASE or file:/run/secrets/ks "
                        + "(default: secrets.stores.keystore.passphraseRef, else env:WARDEN_KEYSTORE_PASSPHRASE); "
                        + "prompted for on a terminal when that is not set.")
        String passphraseRef;

        @Option(names = "--key-ref", paramLabel = "REF",
                description = "Where a 32-byte file key is (raw or Base64), for a keystore not opened by passphrase.")
        String keyRef;

        Warden warden() {
            Warden.Builder builder = Warden.builder();
            if (config != null) {
                builder.configuration(config);
            }
            return builder.build();
        }

        private Optional<ConfigNode> storeSettings(Warden warden) {
            return warden.configuration().section("secrets").child("stores").flatMap(s -> s.child("keystore"));
        }

        Path file(Warden warden) {
            if (keystore != null) {
                return keystore;
            }
            return storeSettings(warden).flatMap(s -> s.string("path")).map(Path::of).orElse(Path.of("warden.keystore"));
        }

        /** Opens the keystore, mapping a wrong passphrase to an authentication failure (exit code 4). */
        Keystore open(Warden warden, CommandLine.Model.CommandSpec spec) {
            Path file = file(warden);
            try {
                Optional<String> key = Optional.ofNullable(keyRef)
                        .or(() -> passphraseRef == null ? storeSettings(warden).flatMap(s -> s.string("keyRef")) : Optional.empty());
                if (key.isPresent()) {
                    try (Secret secret = warden.secrets().resolve(key.get())) {
                        byte[] bytes = secret.bytes();
                        try {
                            return Keystore.openWithKey(file, bytes.length == 32 ? bytes : base64(bytes));
                        } finally {
                            Arrays.fill(bytes, (byte) 0);
                        }
                    }
                }
                char[] passphrase = passphrase(warden, spec, false);
                try {
                    return Keystore.open(file, passphrase);
                } finally {
                    Arrays.fill(passphrase, '\0');
                }
            } catch (IntegrityException e) {
                throw new AuthenticationException(e.getMessage(), e);
            } catch (SecretNotFoundException e) {
                throw new InvalidInputException(e.getMessage(), e);
            }
        }

        /** Creates the keystore with a passphrase (asked twice on a terminal). */
        Keystore create(Warden warden, CommandLine.Model.CommandSpec spec, Argon2idParameters parameters) {
            char[] passphrase = passphrase(warden, spec, true);
            try {
                return Keystore.create(file(warden), passphrase, parameters);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }

        private char[] passphrase(Warden warden, CommandLine.Model.CommandSpec spec, boolean confirm) {
            String ref = Optional.ofNullable(passphraseRef)
                    .or(() -> storeSettings(warden).flatMap(s -> s.string("passphraseRef")))
                    .orElse(KeystoreSecretStoreFactory.DEFAULT_PASSPHRASE_REF);
            try (Secret secret = warden.secrets().resolve(SecretRef.parse(ref))) {
                return secret.chars();
            } catch (SecretNotFoundException e) {
                Console console = System.console();
                if (console == null) {
                    throw new InvalidInputException("keystore passphrase: " + e.getMessage()
                            + "; or run on a terminal to be prompted");
                }
                return prompt(console, "Keystore passphrase: ", confirm);
            }
        }

        private static byte[] base64(byte[] text) {
            try {
                return java.util.Base64.getDecoder().decode(new String(text, StandardCharsets.US_ASCII).trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--key-ref: the secret is neither 32 bytes nor Base64");
            }
        }
    }

    /** The options for reading a value and choosing the Argon2id cost. */
    static final class ValueInput {

        private static final int MAX_VALUE = 1 << 20;

        /**
         * Refuses a value typed on the command line, without echoing it back (it would stay in shell history).
         *
         * @param extra the arguments after the entry name
         * @return true when there were any and the refusal was printed; the command then exits with {@link ExitCode#USAGE}
         */
        static boolean refusedOnCommandLine(java.util.List<String> extra, CommandLine.Model.CommandSpec spec) {
            if (extra == null || extra.isEmpty()) {
                return false;
            }
            spec.commandLine().getErr().println("warden secrets " + spec.name() + ": the value is never taken from the "
                    + "command line (it would stay in shell history); pipe it on standard input or run on a terminal "
                    + "to be prompted");
            spec.commandLine().getErr().flush();
            return true;
        }

        /**
         * Reads the value: a prompt (twice) on a terminal, otherwise all of standard input, losing one trailing line
         * end. Never from the command line.
         */
        static byte[] read(String name) {
            Console console = System.console();
            if (console != null) {
                char[] chars = prompt(console, "Value for " + name + ": ", true);
                try {
                    ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
                    byte[] bytes = new byte[encoded.remaining()];
                    encoded.get(bytes);
                    if (encoded.hasArray()) {
                        Arrays.fill(encoded.array(), (byte) 0);
                    }
                    return bytes;
                } finally {
                    Arrays.fill(chars, '\0');
                }
            }
            byte[] all;
            try {
                InputStream in = System.in;
                all = in.readNBytes(MAX_VALUE + 2);
            } catch (IOException e) {
                throw new InvalidInputException("standard input cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            int end = all.length;
            if (end > 0 && all[end - 1] == '\n') {
                end--;
                if (end > 0 && all[end - 1] == '\r') {
                    end--;
                }
            }
            byte[] value = Arrays.copyOf(all, end);
            Arrays.fill(all, (byte) 0);
            if (value.length == 0) {
                throw new InvalidInputException("no value on standard input; pipe it in, e.g. "
                        + "warden secrets put " + name + " < value.txt");
            }
            if (value.length > MAX_VALUE) {
                Arrays.fill(value, (byte) 0);
                throw new InvalidInputException("the value on standard input is larger than 1 MiB");
            }
            return value;
        }
    }

    private static char[] prompt(Console console, String label, boolean confirm) {
        char[] first = console.readPassword("%s", label);
        if (first == null || first.length == 0) {
            throw new InvalidInputException("nothing was entered");
        }
        if (confirm) {
            char[] second = console.readPassword("%s", "Again: ");
            boolean same = second != null && Arrays.equals(first, second);
            if (second != null) {
                Arrays.fill(second, '\0');
            }
            if (!same) {
                Arrays.fill(first, '\0');
                throw new InvalidInputException("the two entries differ");
            }
        }
        return first;
    }

    static boolean exists(Path file) {
        return Files.exists(file);
    }
}
