package dev.warden.benchmarks.policy;

import dev.warden.auth.Principal;
import dev.warden.core.policy.PolicyState;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.policy.Action;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.Permission;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.ResourceType;
import dev.warden.policy.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One policy check, Warden beside the hand-written lower bound and jCasbin (its RBAC-with-domains model, projects as
 * domains), on the same data: {@code users} users, {@code users / 10} projects with 10 workflows each, every user
 * holding a random project role in 5 random projects (so 1,000 users / 100 projects, and the 10x larger set).
 * Requests are 4096 pre-built (user, action, workflow) triples, half in one of the user's projects, half in a random
 * project. Before measuring, each implementation is checked to give the baseline's answer (Warden on every request,
 * jCasbin on the first 256).
 *
 * <p>jCasbin's policy: for each project, role and workflow, one {@code p, role, project, project/wN, act} line per
 * action the role allows there (from Warden's role matrix), and one {@code g, user, role, project} line per
 * membership; the matcher is Casbin's published {@code rbac_with_domains_model.conf}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PolicyCheckBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 * -prof gc} (and {@code -bm sample} for percentiles).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PolicyCheckBenchmark {

    static final int WORKFLOWS = 10;
    static final int PROJECTS_PER_USER = 5;
    static final int REQUESTS = 4096;
    static final Action[] ACTIONS = {Action.READ, Action.CREATE, Action.UPDATE, Action.EXECUTE, Action.DELETE};

    /** The data set and the requests, shared by the three implementations. */
    @State(Scope.Benchmark)
    public static class Data {
        /** 1,000 users and 100 projects, or the 10x larger set. */
        @Param({"1000", "10000"})
        public int users;

        PolicyState policy;
        String casbinPolicy;
        Map<String, Map<String, Long>> baseline;
        Principal[] principals;
        Action[] actions;
        ResourceRef[] resources;
        String[] casbinActs;
        String[] casbinObjs;
        long[] bits;
        int next;

        @Setup(Level.Trial)
        public void build() {
            int projects = users / 10;
            Random random = new Random(42);
            PolicyState.Builder state = PolicyState.builder();
            StringBuilder csv = new StringBuilder();
            for (int p = 0; p < projects; p++) {
                String project = "project" + p;
                state.project(project);
                for (ProjectRole role : ProjectRole.values()) {
                    for (int w = 0; w < WORKFLOWS; w++) {
                        for (Action a : ACTIONS) {
                            if (role.permissions().contains(Permission.lookup(a, ResourceType.WORKFLOW))) {
                                csv.append("p, ").append(role.name().toLowerCase(Locale.ROOT)).append(", ")
                                        .append(project).append(", ").append(project).append("/w").append(w).append(", ")
                                        .append(a.name().toLowerCase(Locale.ROOT)).append('\n');
                            }
                        }
                    }
                }
            }
            baseline = new HashMap<>();
            int[][] memberships = new int[users][];
            for (int u = 0; u < users; u++) {
                String user = "user" + u;
                Map<String, Long> mine = new HashMap<>();
                memberships[u] = random.ints(0, projects).distinct().limit(PROJECTS_PER_USER).toArray();
                for (int p : memberships[u]) {
                    ProjectRole role = ProjectRole.values()[random.nextInt(ProjectRole.values().length)];
                    state.grant(new ProjectRoleGrant(Subject.user(user), "project" + p, role));
                    csv.append("g, ").append(user).append(", ").append(role.name().toLowerCase(Locale.ROOT))
                            .append(", project").append(p).append('\n');
                    mine.put("project" + p, role.permissionBits());
                }
                baseline.put(user, mine);
            }
            policy = state.build();
            casbinPolicy = csv.toString();

            principals = new Principal[REQUESTS];
            actions = new Action[REQUESTS];
            resources = new ResourceRef[REQUESTS];
            casbinActs = new String[REQUESTS];
            casbinObjs = new String[REQUESTS];
            bits = new long[REQUESTS];
            for (int i = 0; i < REQUESTS; i++) {
                int u = random.nextInt(users);
                int p = i % 2 == 0 ? memberships[u][random.nextInt(PROJECTS_PER_USER)] : random.nextInt(projects);
                int w = random.nextInt(WORKFLOWS);
                Action a = ACTIONS[random.nextInt(ACTIONS.length)];
                principals[i] = Principal.user("user" + u, GlobalRole.MEMBER);
                actions[i] = a;
                resources[i] = ResourceRef.workflow("project" + p, "w" + w);
                casbinActs[i] = a.name().toLowerCase(Locale.ROOT);
                casbinObjs[i] = "project" + p + "/w" + w;
                bits[i] = Permission.lookup(a, ResourceType.WORKFLOW).bit();
            }
        }

        boolean baselineCheck(int i) {
            Map<String, Long> mine = baseline.get(principals[i].id());
            Long granted = mine == null ? null : mine.get(resources[i].project());
            return granted != null && (granted & bits[i]) != 0;
        }

        int nextIndex() {
            int i = next;
            next = (i + 1) & (REQUESTS - 1);
            return i;
        }
    }

    /** Warden's engine over the data set. */
    @State(Scope.Benchmark)
    public static class Warden {
        RbacPolicyEngine engine;

        @Setup(Level.Trial)
        public void open(Data data) {
            engine = RbacPolicyEngine.inMemory(data.policy);
            for (int i = 0; i < REQUESTS; i++) {
                boolean w = engine.check(data.principals[i], data.actions[i], data.resources[i]).allowed();
                if (w != data.baselineCheck(i)) {
                    throw new IllegalStateException("Warden and the baseline disagree on request " + i);
                }
            }
        }
    }

    /** jCasbin's enforcer over the same data set. */
    @State(Scope.Benchmark)
    public static class Casbin {
        Enforcer enforcer;

        @Setup(Level.Trial)
        public void open(Data data) throws IOException {
            Path dir = Files.createTempDirectory("warden-casbin");
            Path model = dir.resolve("rbac_with_domains_model.conf");
            Path policy = dir.resolve("policy.csv");
            try {
                Files.writeString(model, "[request_definition]\nr = sub, dom, obj, act\n\n[policy_definition]\n"
                        + "p = sub, dom, obj, act\n\n[role_definition]\ng = _, _, _\n\n[policy_effect]\n"
                        + "e = some(where (p.eft == allow))\n\n[matchers]\n"
                        + "m = r.dom == p.dom && r.obj == p.obj && r.act == p.act && g(r.sub, p.sub, r.dom)\n");
                Files.writeString(policy, data.casbinPolicy);
                enforcer = new Enforcer(model.toString(), policy.toString());
                enforcer.enableLog(false);
            } finally {
                Files.deleteIfExists(policy);
                Files.deleteIfExists(model);
                Files.deleteIfExists(dir);
            }
            for (int i = 0; i < 256; i++) {
                boolean c = enforcer.enforce(data.principals[i].id(), data.resources[i].project(), data.casbinObjs[i],
                        data.casbinActs[i]);
                if (c != data.baselineCheck(i)) {
                    throw new IllegalStateException("jCasbin and the baseline disagree on request " + i);
                }
            }
        }
    }

    /** Warden: the full check, returning the preallocated {@link dev.warden.policy.Decision}. */
    @Benchmark
    public Object warden(Data data, Warden warden) {
        int i = data.nextIndex();
        return warden.engine.check(data.principals[i], data.actions[i], data.resources[i]);
    }

    /** The lower bound: two hash lookups and a bit test; no decision, no reason, no deny rules. */
    @Benchmark
    public boolean baseline(Data data) {
        return data.baselineCheck(data.nextIndex());
    }

    /** jCasbin's RBAC with domains on the same policy. */
    @Benchmark
    public boolean jcasbin(Data data, Casbin casbin) {
        int i = data.nextIndex();
        return casbin.enforcer.enforce(data.principals[i].id(), data.resources[i].project(), data.casbinObjs[i],
                data.casbinActs[i]);
    }
}
