package dev.warden.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warden.auth.Principal;
import dev.warden.policy.Action;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Checks run on several threads while grants are revoked (and group memberships removed); once {@code revoke}
 * returns, no check that starts afterwards may be allowed. A check is compared with the revocation state read before
 * it starts, so any stale decision from any cache is caught.
 */
class RevocationUnderConcurrencyTest {

    private static final int USERS = 100;
    private static final int THREADS = 4;

    @Test
    void afterRevokeReturnsNoThreadIsAllowedAgain() throws InterruptedException {
        PolicyState.Builder b = PolicyState.builder().project("p1").project("p2");
        List<ProjectRoleGrant> grants = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            ProjectRoleGrant g = new ProjectRoleGrant(Subject.user("u" + i), "p1", ProjectRole.EDITOR);
            grants.add(g);
            b.grant(g);
            // Half also reach p2 through a group, removed one membership at a time.
            if (i % 2 == 0) {
                b.member("team", Subject.user("u" + i));
            }
        }
        b.grant(new ProjectRoleGrant(Subject.group("team"), "p2", ProjectRole.VIEWER));
        RbacPolicyEngine engine = RbacPolicyEngine.inMemory(b.build());
        ResourceRef p1 = ResourceRef.workflow("p1", "w");
        ResourceRef p2 = ResourceRef.workflow("p2", "w");
        Principal[] principals = new Principal[USERS];
        for (int i = 0; i < USERS; i++) {
            principals[i] = Principal.user("u" + i, GlobalRole.MEMBER);
        }

        AtomicIntegerArray revokedP1 = new AtomicIntegerArray(USERS);
        AtomicIntegerArray removedP2 = new AtomicIntegerArray(USERS);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong violations = new AtomicLong();
        AtomicLong allowedBefore = new AtomicLong();
        AtomicLong checks = new AtomicLong();
        CountDownLatch started = new CountDownLatch(THREADS);
        List<Thread> checkers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Thread thread = new Thread(() -> {
                started.countDown();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                long n = 0;
                while (!done.get()) {
                    int i = random.nextInt(USERS);
                    boolean goneP1 = revokedP1.get(i) == 1;
                    boolean goneP2 = removedP2.get(i) == 1;
                    boolean allowedP1 = engine.check(principals[i], Action.UPDATE, p1).allowed();
                    boolean allowedP2 = engine.check(principals[i], Action.READ, p2).allowed();
                    if ((goneP1 && allowedP1) || (goneP2 && allowedP2)) {
                        violations.incrementAndGet();
                    }
                    if (!goneP1 && allowedP1) {
                        allowedBefore.incrementAndGet();
                    }
                    n++;
                }
                checks.addAndGet(n);
            });
            checkers.add(thread);
            thread.start();
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < USERS; i++) {
            engine.revoke(grants.get(i));
            revokedP1.set(i, 1);
            if (i % 2 == 0) {
                engine.removeMember("team", Subject.user("u" + i));
                removedP2.set(i, 1);
            }
        }
        done.set(true);
        for (Thread thread : checkers) {
            thread.join(10_000);
        }

        assertThat(violations.get()).as("checks allowed after their revocation returned").isZero();
        assertThat(allowedBefore.get()).as("the test saw grants in force before revocation").isPositive();
        assertThat(checks.get()).isGreaterThan(USERS);
        for (int i = 0; i < USERS; i++) {
            assertThat(engine.check(principals[i], Action.UPDATE, p1).allowed()).isFalse();
            assertThat(engine.check(principals[i], Action.READ, p2).allowed()).isFalse();
        }
    }
}
