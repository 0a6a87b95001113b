package dev.warden.samples.cli;

import dev.warden.auth.Principal;
import dev.warden.auth.PrincipalKind;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.PolicyNames;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ResourceRef;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden policy check}: decides one request and prints the decision with its reason. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Decide one request against a policy and print the decision and its reason.",
            "Exit 0 if allowed, 4 if denied."})
final class PolicyCheckCommand implements Callable<Integer> {

    @Option(names = "--policy", required = true, paramLabel = "FILE|JDBC-URL",
            description = "The policy: a JSON policy file or a jdbc: URL.")
    String policy;

    @Option(names = "--user", required = true, paramLabel = "ID", description = "The user id (case-sensitive).")
    String user;

    @Option(names = "--action", required = true, paramLabel = "ACTION", converter = ActionConverter.class,
            description = "One of: ${COMPLETION-CANDIDATES} (case-insensitive).")
    Action action;

    @Option(names = "--resource", required = true, paramLabel = "REF",
            description = "The resource, e.g. workflow:clinical/nightly, data-source:clinical/patients, project:clinical, "
                    + "configuration:warden.")
    String resource;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "A Warden group the user has from authentication (role mapping); repeatable.")
    List<String> groups = new ArrayList<>();

    @Option(names = "--project-role", paramLabel = "PROJECT=ROLE", converter = {ProjectNameConverter.class,
            ProjectRoleConverter.class},
            description = "A project role the user has from authentication (role mapping); repeatable.")
    Map<String, ProjectRole> projectRoles = new LinkedHashMap<>();

    @Option(names = "--global-role", paramLabel = "ROLE", defaultValue = "MEMBER", converter = GlobalRoleConverter.class,
            description = "The global role from authentication (default ${DEFAULT-VALUE}).")
    GlobalRole globalRole;

    @Option(names = "--jdbc-user", paramLabel = "USER", defaultValue = "sa", description = "Database user for a jdbc: policy.")
    String jdbcUser;

    @Option(names = "--jdbc-password-env", paramLabel = "VAR",
            description = "Environment variable holding the database password.")
    String jdbcPasswordEnv;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static <E extends Enum<E>> E convert(Class<E> type, String text) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Case-insensitive {@link Action}. */
    static final class ActionConverter implements CommandLine.ITypeConverter<Action> {
        @Override
        public Action convert(String value) {
            return PolicyCheckCommand.convert(Action.class, value);
        }
    }

    /** Case-insensitive {@link GlobalRole}. */
    static final class GlobalRoleConverter implements CommandLine.ITypeConverter<GlobalRole> {
        @Override
        public GlobalRole convert(String value) {
            return PolicyCheckCommand.convert(GlobalRole.class, value);
        }
    }

    /** A project name, checked. */
    static final class ProjectNameConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                return PolicyNames.requireProject(value);
            } catch (dev.warden.InvalidInputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** Case-insensitive {@link ProjectRole}. */
    static final class ProjectRoleConverter implements CommandLine.ITypeConverter<ProjectRole> {
        @Override
        public ProjectRole convert(String value) {
            return PolicyCheckCommand.convert(ProjectRole.class, value);
        }
    }

    @Override
    public Integer call() {
        PolicyNames.requireUser(user);
        ResourceRef ref = ResourceRef.parse(resource);
        Principal principal = new Principal(user, PrincipalKind.USER, globalRole, Set.copyOf(groups), projectRoles, "none",
                false);
        try (RbacPolicyEngine engine = RbacPolicyEngine.open(PolicyCommand.open(policy, jdbcUser, jdbcPasswordEnv))) {
            Decision decision = engine.check(principal, action, ref);
            PrintWriter out = spec.commandLine().getOut();
            out.println((decision.allowed() ? "ALLOWED" : "DENIED") + ": " + user + " " + action + " " + ref);
            out.println("reason: " + decision.reason());
            out.println("policy version: " + decision.policyVersion());
            out.flush();
            return decision.allowed() ? ExitCode.OK : ExitCode.DENIED;
        }
    }
}
