package dev.warden.samples.cli;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.auth.PrincipalIds;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.Warden;
import dev.warden.core.auth.local.LocalAccounts;
import dev.warden.core.auth.mfa.SecondFactors;
import dev.warden.core.config.WardenConfiguration;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code warden mfa enroll|remove}: TOTP second factors (RFC 6238) for local accounts (kept in the user store) and
 * for directory and single-sign-on users (kept by Warden in {@code auth.secondFactors} against their qualified
 * principal id, sealed with the configured key).
 */
@Command(name = "mfa", mixinStandardHelpOptions = true,
        description = "Manage TOTP second factors (RFC 6238). Administrators and owners must have one: local accounts "
                + "by NAME, directory and SSO users by qualified id (ldap:<DN>, oidc:<issuer>#<sub>, "
                + "saml:<idp>#<nameid>) in auth.secondFactors.",
        subcommands = {MfaCommand.Enroll.class, MfaCommand.Remove.class})
final class MfaCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing sub-command: enroll or remove");
    }

    /** @return whether {@code id} names a directory or SSO principal rather than a local account */
    static boolean external(String id) {
        return PrincipalIds.isQualified(id) && !id.startsWith(PrincipalIds.LOCAL + ":");
    }

    /** The second factors of {@code auth.secondFactors}, audited when {@code audit.sinks} is set; close after use. */
    record External(Warden warden, SecondFactors factors) implements AutoCloseable {

        static External open(LocalStoreOptions store) {
            WardenConfiguration configuration = WardenConfiguration.load(store.config);
            Warden warden = Warden.builder().configuration(configuration).build();
            try {
                SecondFactors factors = warden.authenticator().secondFactors().orElseThrow(() ->
                        new ConfigurationException("configuration " + store.config + ": auth.secondFactors is not set; "
                                + "add {\"store\": {...}, \"key\": \"${secret:...}\"} to keep second factors of "
                                + "directory and SSO users"));
                if (configuration.section("audit").has("sinks")) {
                    warden.auditLog(); // refuse now if the audit log cannot be written, before any change
                    Actor operator = new Actor(System.getProperty("user.name", "unknown"), PrincipalKind.USER,
                            "os-account", false);
                    factors = factors.audited(event -> warden.auditLog().record(event), operator);
                }
                return new External(warden, factors);
            } catch (RuntimeException e) {
                warden.close();
                throw e;
            }
        }

        @Override
        public void close() {
            warden.close(); // closes the configured second factors; an audited view holds nothing of its own
        }
    }

    private static void print(PrintWriter out, LocalAccounts.TotpEnrollment enrollment) {
        out.println(enrollment.otpauthUri());
        out.println("recovery codes (each works once; shown only now):");
        enrollment.recoveryCodes().forEach(code -> out.println("  " + code));
        out.flush();
    }

    @Command(name = "enroll", mixinStandardHelpOptions = true,
            description = "Enrol (or replace) a TOTP secret; prints the otpauth:// URI for the authenticator app "
                    + "and 10 one-use recovery codes, once.")
    static final class Enroll implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "NAME|ID", description = "A local account's name, or a directory or SSO user's "
                + "qualified principal id (ldap:..., oidc:...#..., saml:...#...).") String name;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (external(name)) {
                try (External session = External.open(store)) {
                    print(out, session.factors().enroll(name));
                }
                return ExitCode.OK;
            }
            try (LocalStoreOptions.Session session = store.open()) {
                print(out, session.accounts().enrollTotp(name));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a directory or SSO user's second factor (lost device); they must enrol again "
                    + "before signing in with a privileged role.")
    static final class Remove implements Callable<Integer> {
        @Mixin LocalStoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The qualified principal id.") String id;

        @Override
        public Integer call() {
            if (!external(id)) {
                throw new InvalidInputException("mfa remove: give a directory or SSO user's qualified "
                        + "principal id (ldap:..., oidc:...#..., saml:...#...); a local account's factor is replaced "
                        + "with 'warden mfa enroll NAME'");
            }
            try (External session = External.open(store)) {
                boolean removed = session.factors().remove(id);
                spec.commandLine().getOut().println(removed ? "removed" : "no second factor was enrolled");
                return removed ? ExitCode.OK : ExitCode.BAD_INPUT;
            }
        }
    }
}
