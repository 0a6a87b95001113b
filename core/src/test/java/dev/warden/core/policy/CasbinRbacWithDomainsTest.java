package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.Principal;
import dev.warden.policy.Action;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Casbin's published "RBAC with domains" example (data/casbin, see NOTICE) in Warden's model: a Casbin domain is a
 * project, an object a data source, {@code read}/{@code write} are {@link Action#READ}/{@link Action#UPDATE}, and
 * Casbin's per-domain {@code admin} role (read and write on its domain's data) is the project role that gives exactly
 * that inside the project. Expected answers are those of Casbin's own test of this example
 * ({@code TestRBACModelWithDomains}).
 */
class CasbinRbacWithDomainsTest {

    private RbacPolicyEngine engine;
    private final List<ProjectRoleGrant> grants = new ArrayList<>();

    @BeforeEach
    void loadCasbinExample() throws IOException {
        engine = RbacPolicyEngine.inMemory();
        Set<String> domains = new LinkedHashSet<>();
        List<String[]> roleLines = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/data/casbin/rbac_with_domains_policy.csv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\s*,\\s*");
                if (f[0].equals("p")) {
                    domains.add(f[2]);
                    // Every p line gives the admin role read or write on its domain's data: within Warden's matrix,
                    // a role that reads and writes data sources (EDITOR writes through jobs, ADMIN manages them).
                    assertThat(f[1]).isEqualTo("admin");
                    assertThat(f[4]).isIn("read", "write");
                } else if (f[0].equals("g")) {
                    roleLines.add(f);
                }
            }
        }
        domains.forEach(engine::createProject);
        for (String[] g : roleLines) {
            ProjectRoleGrant grant = new ProjectRoleGrant(Subject.user(g[1]), g[3], ProjectRole.ADMIN);
            grants.add(grant);
            engine.grant(grant);
        }
    }

    private boolean enforce(String sub, String dom, String obj, String act) {
        Action action = act.equals("read") ? Action.READ : Action.UPDATE;
        return engine.check(Principal.user(sub, GlobalRole.MEMBER), action, ResourceRef.dataSource(dom, obj)).allowed();
    }

    @Test
    void aliceReadsAndWritesDomain1Data() {
        assertThat(enforce("alice", "domain1", "data1", "read")).isTrue();
        assertThat(enforce("alice", "domain1", "data1", "write")).isTrue();
    }

    @Test
    void aliceCannotTouchDomain2() {
        assertThat(enforce("alice", "domain2", "data2", "read")).isFalse();
        assertThat(enforce("alice", "domain2", "data2", "write")).isFalse();
    }

    @Test
    void bobReadsAndWritesDomain2DataOnly() {
        assertThat(enforce("bob", "domain2", "data2", "read")).isTrue();
        assertThat(enforce("bob", "domain2", "data2", "write")).isTrue();
        assertThat(enforce("bob", "domain1", "data1", "read")).isFalse();
        assertThat(enforce("bob", "domain1", "data1", "write")).isFalse();
    }

    @Test
    void theDecisionNamesTheGrant() {
        assertThat(engine.check(Principal.user("alice", GlobalRole.MEMBER), Action.READ,
                ResourceRef.dataSource("domain1", "data1")).reason())
                .isEqualTo("allowed by grant: project role ADMIN in domain1 to user:alice");
    }

    @Test
    void afterTheGrantIsRemovedNothingIsAllowed() {
        grants.forEach(engine::revoke);
        for (String sub : List.of("alice", "bob")) {
            for (String dom : List.of("domain1", "domain2")) {
                for (String obj : List.of("data1", "data2")) {
                    for (String act : List.of("read", "write")) {
                        assertThat(enforce(sub, dom, obj, act)).as(sub + " " + dom + " " + obj + " " + act).isFalse();
                    }
                }
            }
        }
    }
}
