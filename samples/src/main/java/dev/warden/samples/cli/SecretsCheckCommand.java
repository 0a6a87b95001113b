package dev.warden.samples.cli;

import dev.warden.InvalidInputException;
import dev.warden.core.Warden;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warden secrets check <ref>}: resolves a reference and prints only its metadata. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Resolve a secret reference (env:, file:, keystore:, vault: or a plug-in's) through the stores "
                + "configured in warden.json and print only its metadata: store, version, created, expires. The value "
                + "is never printed.")
final class SecretsCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "REF", description = "e.g. keystore:db-password or vault:secret/app#password")
    String ref;

    @Option(names = "--config", paramLabel = "FILE", description = "A warden.json whose secrets section configures the stores.")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Warden.Builder builder = Warden.builder();
        if (config != null) {
            builder.configuration(config);
        }
        SecretRef parsed = SecretRef.parse(ref);
        try (Warden warden = builder.build(); Secret secret = warden.secrets().resolve(parsed)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("reference: " + secret.ref());
            out.println("store: " + secret.ref().scheme());
            out.println("version: " + secret.version());
            out.println("created: " + secret.createdAt());
            out.println("expires: " + secret.expiresAt().map(Object::toString).orElse("never (no lease)"));
            out.flush();
        } catch (SecretNotFoundException e) {
            throw new InvalidInputException(e.getMessage(), e);
        }
        return ExitCode.OK;
    }
}
