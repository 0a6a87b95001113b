package dev.warden.samples.cli;

import dev.warden.core.auth.local.LocalAccounts;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code warden mfa enroll}: a TOTP second factor for a local account. */
@Command(name = "mfa", mixinStandardHelpOptions = true,
        description = "Manage TOTP second factors (RFC 6238) of local accounts. Administrators and owners must have one.",
        subcommands = {MfaCommand.Enroll.class})
final class MfaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: enroll");
    }

    @Command(name = "enroll", mixinStandardHelpOptions = true,
            description = "Enrol (or replace) a user's TOTP secret; prints the otpauth:// URI for the authenticator app "
                    + "and 10 one-use recovery codes, once.")
    static final class Enroll implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "The account.") String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (LocalAccounts accounts = store.open()) {
                LocalAccounts.TotpEnrollment enrollment = accounts.enrollTotp(name);
                out.println(enrollment.otpauthUri());
                out.println("recovery codes (each works once; shown only now):");
                enrollment.recoveryCodes().forEach(code -> out.println("  " + code));
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
