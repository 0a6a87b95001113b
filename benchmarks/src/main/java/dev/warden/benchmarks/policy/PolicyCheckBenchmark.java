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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
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
 * jCasbin on a sample).
 *
 * <p>jCasbin's policy: for each project, role and workflow, one {@code p, role, project, project/wN, act} line per
 * action the role allows there (from Warden's role matrix), and one {@code g, user, role, project} line per
 * membership; the matcher is Casbin's published {@code rbac_with_domains_model.conf}. {@code jcasbinCompact} gives
 * jCasbin a 10x smaller policy (one line per role, project and action, the object matched with {@code keyMatch}).
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
        String casbinCompactPolicy;
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
            StringBuilder compact = new StringBuilder();
            for (int p = 0; p < projects; p++) {
                String project = "project" + p;
                state.project(project);
                for (ProjectRole role : ProjectRole.values()) {
                    for (Action a : ACTIONS) {
                        if (role.permissions().contains(Permission.lookup(a, ResourceType.WORKFLOW))) {
                            compact.append("p, ").append(role.name().toLowerCase(Locale.ROOT)).append(", ")
                                    .append(project).append(", ").append(project).append("/*, ")
                                    .append(a.name().toLowerCase(Locale.ROOT)).append('\n');
                        }
                    }
                }
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
                    String g = "g, " + user + ", " + role.name().toLowerCase(Locale.ROOT) + ", project" + p + "\n";
                    csv.append(g);
                    compact.append(g);
                    mine.put("project" + p, role.permissionBits());
                }
                baseline.put(user, mine);
            }
            policy = state.build();
            casbinPolicy = csv.toString();
            casbinCompactPolicy = compact.toString();

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

    /** jCasbin's enforcer over the same data set, with Casbin's published RBAC-with-domains model. */
    @State(Scope.Benchmark)
    public static class Casbin {
        Enforcer enforcer;

        @Setup(Level.Trial)
        public void open(Data data) throws IOException {
            enforcer = enforcer(data, data.casbinPolicy, "r.obj == p.obj");
        }
    }

    /**
     * jCasbin with a smaller policy that favours it: one line per (role, project, action) with the object matched by
     * {@code keyMatch(r.obj, p.obj)} against {@code project/*}, so 10x fewer lines to scan.
     */
    @State(Scope.Benchmark)
    public static class CasbinCompact {
        Enforcer enforcer;

        @Setup(Level.Trial)
        public void open(Data data) throws IOException {
            enforcer = enforcer(data, data.casbinCompactPolicy, "keyMatch(r.obj, p.obj)");
        }
    }

    static Enforcer enforcer(Data data, String policyText, String objectMatch) throws IOException {
        Path dir = Files.createTempDirectory("warden-casbin");
        Path model = dir.resolve("rbac_with_domains_model.conf");
        Path policy = dir.resolve("policy.csv");
        Enforcer enforcer;
        try {
            Files.writeString(model, "[request_definition]\nr = sub, dom, obj, act\n\n[policy_definition]\n"
                    + "p = sub, dom, obj, act\n\n[role_definition]\ng = _, _, _\n\n[policy_effect]\n"
                    + "e = some(where (p.eft == allow))\n\n[matchers]\n"
                    + "m = r.dom == p.dom && " + objectMatch + " && r.act == p.act && g(r.sub, p.sub, r.dom)\n");
            Files.writeString(policy, policyText);
            enforcer = new Enforcer(model.toString(), policy.toString());
            enforcer.enableLog(false);
        } finally {
            Files.deleteIfExists(policy);
            Files.deleteIfExists(model);
            Files.deleteIfExists(dir);
        }
        // jCasbin is slow at the larger size: compare a sample of requests, both allowed and denied ones.
        int sample = data.users <= 1000 ? 64 : 8;
        for (int i = 0; i < sample; i++) {
            boolean c = enforcer.enforce(data.principals[i].id(), data.resources[i].project(), data.casbinObjs[i],
                    data.casbinActs[i]);
            if (c != data.baselineCheck(i)) {
                throw new IllegalStateException("jCasbin and the baseline disagree on request " + i);
            }
        }
        return enforcer;
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

    /**
     * Warden on all 4096 requests in one invocation (JMH reports per check): the harness's per-call overhead, large
     * beside a 30 ns check, is spread over 4096 checks; with {@code baselineAll}, the pair to compare on a loaded
     * machine (also through {@code dev.warden.benchmarks.CpuRun}).
     */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public int wardenAll(Data data, Warden warden) {
        int allowed = 0;
        RbacPolicyEngine engine = warden.engine;
        for (int i = 0; i < REQUESTS; i++) {
            if (engine.check(data.principals[i], data.actions[i], data.resources[i]).allowed()) {
                allowed++;
            }
        }
        return allowed;
    }

    /** The baseline on all 4096 requests in one invocation (see {@link #wardenAll}). */
    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public int baselineAll(Data data) {
        int allowed = 0;
        for (int i = 0; i < REQUESTS; i++) {
            if (data.baselineCheck(i)) {
                allowed++;
            }
        }
        return allowed;
    }

    /** jCasbin's RBAC with domains on the same policy. */
    @Benchmark
    public boolean jcasbin(Data data, Casbin casbin) {
        int i = data.nextIndex();
        return casbin.enforcer.enforce(data.principals[i].id(), data.resources[i].project(), data.casbinObjs[i],
                data.casbinActs[i]);
    }

    /** jCasbin with the compact policy (see {@link CasbinCompact}). */
    @Benchmark
    public boolean jcasbinCompact(Data data, CasbinCompact casbin) {
        int i = data.nextIndex();
        return casbin.enforcer.enforce(data.principals[i].id(), data.resources[i].project(), data.casbinObjs[i],
                data.casbinActs[i]);
    }
}
