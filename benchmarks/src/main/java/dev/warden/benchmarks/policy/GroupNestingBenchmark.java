package dev.warden.benchmarks.policy;

import dev.warden.core.policy.PolicyState;
import dev.warden.core.policy.RbacPolicyEngine;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.Subject;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Compiling a policy whose groups form one nesting chain of {@code depth} levels (g0 contains g1 contains ... g{depth},
 * a user in the innermost group, a project role given to the outermost): the time to build an engine over it. The
 * compilation is linear in the chain's length; the walk of each group's whole ancestry it replaced took 2.6 s at 4,000
 * levels and more than 100 s at 20,000 (issue 21).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GroupNestingBenchmark -f 1 -wi 3 -i 5 -tu ms}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class GroupNestingBenchmark {

    @Param({"4000", "20000"})
    int depth;

    PolicyState chain;

    @Setup
    public void setUp() {
        PolicyState.Builder b = PolicyState.builder().project("p1");
        for (int i = 0; i < depth; i++) {
            b.member("g" + i, Subject.group("g" + (i + 1)));
        }
        b.member("g" + depth, Subject.user("deep"));
        b.grant(new ProjectRoleGrant(Subject.group("g0"), "p1", ProjectRole.EDITOR));
        chain = b.build();
    }

    /** @return an engine over the chain (its snapshot compiled) */
    @Benchmark
    public RbacPolicyEngine compileChain() {
        return RbacPolicyEngine.inMemory(chain);
    }
}
