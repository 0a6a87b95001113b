package dev.warden.core.policy;

import dev.warden.ConfigurationException;
import dev.warden.WardenException;
import dev.warden.auth.Principal;
import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.Grant;
import dev.warden.policy.Permission;
import dev.warden.policy.PolicyEngine;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.Subject;
import java.util.Objects;

/**
 * Warden's policy engine: role-based access control with global and project roles, nested groups, permission grants,
 * explicit denies that override every allow, and default deny.
 *
 * <p><b>Checks</b> read an immutable compiled snapshot of the policy (per user and group, per project, the permission
 * bit set and the decision to return for each bit), so a check is a few hash lookups and bit tests and allocates
 * nothing: every {@link Decision} it returns is built when the snapshot is compiled.
 *
 * <p><b>Changes</b> ({@link #grant}, {@link #revoke}, {@link #addMember}, {@link #deleteProject}, ...) are
 * serialised: each validates the new state, compiles a new snapshot, writes the change to the {@link GrantStore}, and
 * only then publishes the snapshot through a volatile write (copy-on-write). A check that starts after a change has
 * returned therefore sees it; a change whose store write fails is not applied at all. A change costs a recompilation of
 * the policy (linear in users x their projects), which suits policies that are read far more often than written.
 *
 * <p>Precedence, for the permission an action on a resource needs ({@link Permission#lookup}): unknown project, then
 * denies (to everyone, to the user, to any of its groups, to the resource), then allows (the user's grants, its
 * groups', roles mapped at authentication and carried by the {@link Principal}), else default deny.
 */
public final class RbacPolicyEngine implements PolicyEngine, AutoCloseable {

    private final GrantStore store;
    private final Object writeLock = new Object();
    private volatile Snapshot snapshot;

    private RbacPolicyEngine(GrantStore store) {
        this.store = store;
        this.snapshot = Snapshot.compile(store.load().validate());
    }

    /**
     * @param store where the policy lives; loaded now
     * @return the engine
     * @throws ConfigurationException if the stored policy is invalid
     */
    public static RbacPolicyEngine open(GrantStore store) {
        return new RbacPolicyEngine(Objects.requireNonNull(store, "store"));
    }

    /** @return an engine over an empty, in-memory policy */
    public static RbacPolicyEngine inMemory() {
        return open(new InMemoryGrantStore());
    }

    /** @return an engine over an in-memory copy of {@code state} */
    public static RbacPolicyEngine inMemory(PolicyState state) {
        return open(new InMemoryGrantStore(state));
    }

    @Override
    public Decision check(Principal principal, Action action, ResourceRef resource) {
        Snapshot s = snapshot;
        Permission permission = Permission.lookup(action, resource.type());
        if (permission == null) {
            return s.notApplicable[action.ordinal()][resource.type().ordinal()];
        }
        int index = permission.ordinal();
        long bit = 1L << index;
        String project;
        Access everyone;
        Access access;
        if (permission.projectScoped()) {
            project = resource.scopeProject();
            String user = principal.id();
            // One probe by (project, user); only a user without access there needs the project's own entry.
            Snapshot.Member member = project == null || user == null ? null : s.members.get(project, user);
            if (member != null) {
                if ((member.everyoneDeny & bit) != 0) {
                    return member.in.everyone.why[index];
                }
                access = member;
            } else {
                Snapshot.ProjectIndex in = s.projectIndex.get(project);
                if (in == null) {
                    return s.unknownProject;
                }
                if ((in.everyoneDeny & bit) != 0) {
                    return in.everyone.why[index];
                }
                access = null;
            }
            everyone = null;
        } else {
            project = null;
            everyone = s.everyoneOutside;
            Holder user = s.users.get(principal.id());
            access = user == null ? null : user.outside;
        }
        if (everyone != null && (everyone.deny & bit) != 0) {
            return everyone.why[index];
        }
        if (access != null && (access.deny & bit) != 0) {
            return access.why(index);
        }
        boolean carries = principal.globalRole() != GlobalRole.MEMBER || !principal.groups().isEmpty()
                || !principal.projectRoles().isEmpty();
        if (carries || s.hasResourceDenies) {
            Decision denied = carriedOrResourceDeny(s, principal, s.users.get(principal.id()), project, resource, bit,
                    index);
            if (denied != null) {
                return denied;
            }
        }
        if (access != null && (access.allow & bit) != 0) {
            return access.why(index);
        }
        if (carries) {
            Decision allowed = carriedAllow(s, principal, project, bit, index);
            if (allowed != null) {
                return allowed;
            }
        }
        // Unknown users get the same default deny as known ones: telling them apart would cost a third hash lookup
        // on every denied check (knowsUser() tells them apart).
        return s.noGrant[index];
    }

    private static Decision carriedOrResourceDeny(Snapshot s, Principal principal, Holder user, String project,
                                                  ResourceRef resource, long bit, int index) {
        for (String group : principal.groups()) {
            Holder h = s.groups.get(group);
            if (h != null) {
                Access a = h.in(project);
                if ((a.deny & bit) != 0) {
                    return a.why[index];
                }
            }
        }
        if (s.hasResourceDenies) {
            Snapshot.ResourceDeny[] denies = s.resourceDenies.get(resource);
            if (denies != null) {
                for (Snapshot.ResourceDeny deny : denies) {
                    if ((deny.bits() & bit) != 0 && covers(s, deny.subject(), principal, user)) {
                        return deny.why();
                    }
                }
            }
        }
        return null;
    }

    private static boolean covers(Snapshot s, Subject subject, Principal principal, Holder user) {
        if (subject instanceof Subject.Everyone) {
            return true;
        }
        if (subject instanceof Subject.User u) {
            return u.id().equals(principal.id());
        }
        String group = ((Subject.Group) subject).name();
        if (user != null && user.groups.contains(group)) {
            return true;
        }
        for (String carried : principal.groups()) {
            Holder h = s.groups.get(carried);
            if (carried.equals(group) || (h != null && h.groups.contains(group))) {
                return true;
            }
        }
        return false;
    }

    private static Decision carriedAllow(Snapshot s, Principal principal, String project, long bit, int index) {
        for (String group : principal.groups()) {
            Holder h = s.groups.get(group);
            if (h != null) {
                Access a = h.in(project);
                if ((a.allow & bit) != 0) {
                    return a.why[index];
                }
            }
        }
        if (project != null) {
            ProjectRole mapped = principal.projectRoles().get(project);
            if (mapped != null && (mapped.permissionBits() & bit) != 0) {
                return s.mappedProjectRole[mapped.ordinal()];
            }
        }
        GlobalRole global = principal.globalRole();
        if ((global.permissionBits() & bit) != 0) {
            return s.mappedGlobalRole[global.ordinal()];
        }
        return null;
    }

    /** @return the version of the policy checks currently run against */
    public long version() {
        return snapshot.version;
    }

    /** @return the policy checks currently run against */
    public PolicyState state() {
        return snapshot.state;
    }

    /** @return the store this engine writes to */
    public GrantStore store() {
        return store;
    }

    /**
     * Adds a grant.
     *
     * @return whether it was new (adding an existing grant changes nothing and keeps the version)
     * @throws ConfigurationException if it names an unknown project, or gives global Owner to a group
     */
    public boolean grant(Grant grant) {
        Objects.requireNonNull(grant, "grant");
        return change(new PolicyChange.AddGrant(grant), st -> !st.contains(grant));
    }

    /**
     * Removes a grant. When this returns, no check sees it any more.
     *
     * @return whether it was present
     */
    public boolean revoke(Grant grant) {
        Objects.requireNonNull(grant, "grant");
        return change(new PolicyChange.RevokeGrant(grant), st -> st.contains(grant));
    }

    /**
     * Adds a user or a group to a group (creating the group if new).
     *
     * @return whether it was not a member yet
     * @throws ConfigurationException if this would make a group contain itself, naming the cycle
     */
    public boolean addMember(String group, Subject member) {
        PolicyChange.AddMember c = new PolicyChange.AddMember(group, member);
        return change(c, st -> !st.groups().getOrDefault(group, java.util.Set.of()).contains(member));
    }

    /** @return whether it was a member */
    public boolean removeMember(String group, Subject member) {
        PolicyChange.RemoveMember c = new PolicyChange.RemoveMember(group, member);
        return change(c, st -> st.groups().getOrDefault(group, java.util.Set.of()).contains(member));
    }

    /** @return whether the project is new */
    public boolean createProject(String name) {
        PolicyChange.CreateProject c = new PolicyChange.CreateProject(name);
        return change(c, st -> !st.projects().contains(name));
    }

    /**
     * Deletes a project and every grant confined to it; checks in it are then denied as an unknown project.
     *
     * @return whether it existed
     */
    public boolean deleteProject(String name) {
        PolicyChange.DeleteProject c = new PolicyChange.DeleteProject(name);
        return change(c, st -> st.projects().contains(name));
    }

    /** @return whether the user was not known yet */
    public boolean addUser(String id) {
        PolicyChange.AddUser c = new PolicyChange.AddUser(id);
        return change(c, st -> !st.users().contains(id));
    }

    /**
     * Removes a user with its memberships and its own grants.
     *
     * @return whether it was known
     */
    public boolean removeUser(String id) {
        PolicyChange.RemoveUser c = new PolicyChange.RemoveUser(id);
        return change(c, st -> st.knownUsers().contains(id));
    }

    /** Replaces the role-mapping rules kept with the policy. */
    public void replaceRoleMapping(RoleMapping mapping) {
        change(new PolicyChange.ReplaceRoleMapping(mapping), st -> true);
    }

    /** @return the store's description, for messages (never a password) */
    public String describeStore() {
        return store.describe();
    }

    /**
     * Reloads the policy from the store, for a store shared by several processes (JDBC).
     *
     * A store that tells its version cheaply ({@link GrantStore#storedVersion()}) is loaded only when that version
     * differs, so polling costs one small query. {@link dev.warden.core.Warden} polls a shared store on its own.
     *
     * @return whether the stored version differed from the one in use
     */
    public boolean reload() {
        java.util.OptionalLong stored = store.storedVersion();
        if (stored.isPresent() && stored.getAsLong() == snapshot.version) {
            return false; // every change moves the stored version: nothing to load
        }
        synchronized (writeLock) {
            PolicyState loaded = store.load().validate();
            if (loaded.version() == snapshot.version && loaded.equals(snapshot.state)) {
                return false;
            }
            snapshot = Snapshot.compile(loaded);
            return true;
        }
    }

    private boolean change(PolicyChange change, java.util.function.Predicate<PolicyState> effective) {
        synchronized (writeLock) {
            if (!effective.test(snapshot.state)) {
                return false;
            }
            PolicyState next = snapshot.state.apply(change);
            Snapshot compiled = Snapshot.compile(next);
            try {
                store.write(change, next);
            } catch (WardenException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ConfigurationException("policy: the grant store (" + store.describe() + ") refused the change: "
                        + e.getClass().getSimpleName() + "; the policy is unchanged", e);
            }
            snapshot = compiled;
            return true;
        }
    }

    /**
     * @param id a user id
     * @return whether the policy knows it (listed, member of a group, or holder of a grant)
     */
    public boolean knowsUser(String id) {
        return snapshot.users.containsKey(id);
    }

    /** Package access for the access review. */
    Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void close() {
        store.close();
    }
}
