package dev.warden.core.policy;

import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.DenyGrant;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.GlobalRoleGrant;
import dev.warden.policy.Grant;
import dev.warden.policy.Permission;
import dev.warden.policy.PermissionGrant;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.ResourceType;
import dev.warden.policy.Subject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PolicyState} compiled for checking: per user and per group, the effective permission bits in each project
 * and installation-wide, with the decision (and its reason) to return for each bit. Immutable; the engine swaps a new
 * one in on every change, so a check reads one consistent version without locks.
 */
final class Snapshot {

    /** A deny confined to one resource. */
    record ResourceDeny(Subject subject, long bits, Decision why) {
    }

    /** One project, for a check that finds no {@link Member}: the denies given to everyone there. */
    static final class ProjectIndex {
        final long everyoneDeny;
        final Access everyone;

        ProjectIndex(Access everyone) {
            this.everyoneDeny = everyone.deny;
            this.everyone = everyone;
        }
    }

    /**
     * A user's compiled access in one project, with the project's denies to everyone, found by (project, user) in one
     * probe of {@link Members}: users with installation-wide grants that reach into projects (a global Owner, a
     * suspension) have one in every project. The key is the project name followed by the user id, compared region by
     * region (the project's length is kept, so no separator is needed).
     */
    static final class Member extends Access {
        final int hash;
        final int projectLength;
        final String key;
        final long everyoneDeny;
        final ProjectIndex in;

        Member(String project, String user, Access a, ProjectIndex in) {
            super(a.allow, a.deny, a.why);
            this.hash = Members.hash(project, user);
            this.projectLength = project.length();
            this.key = project + user;
            this.everyoneDeny = in.everyoneDeny;
            this.in = in;
        }

        boolean is(int h, String project, String user) {
            int p = project.length();
            return hash == h && projectLength == p && key.length() == p + user.length() && key.startsWith(project)
                    && key.startsWith(user, p);
        }
    }

    /**
     * Every {@link Member} in one open-addressing table (linear probing, load at most one half): a project-scoped
     * check is one hash probe where a map of projects to maps of users took two lookups.
     */
    static final class Members {
        private final Member[] slots;
        private final int mask;

        Members(List<Member> members) {
            int size = Integer.highestOneBit(Math.max(2 * members.size(), 8) - 1) << 1;
            this.slots = new Member[size];
            this.mask = size - 1;
            for (Member m : members) {
                int i = m.hash & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = m;
            }
        }

        /** Both ids' cached String hashes, mixed; the table takes the low bits. */
        static int hash(String project, String user) {
            int h = project.hashCode() * 0x9E3779B1 + user.hashCode();
            h *= 0x85EBCA6B;
            return h ^ (h >>> 15);
        }

        /** @return the user's entry in the project, or null (no entry: the project is unknown or grants it nothing) */
        Member get(String project, String user) {
            int h = hash(project, user);
            for (int i = h & mask; ; i = (i + 1) & mask) {
                Member m = slots[i];
                if (m == null || m.is(h, project, user)) {
                    return m;
                }
            }
        }
    }

    final PolicyState state;
    final long version;
    final Map<String, Holder> users;
    final Map<String, Holder> groups;
    /** Denies given to everyone, per project (also the set of known projects), and installation-wide. */
    final Map<String, Access> everyoneInProject;
    /** By project name; plain HashMaps, never handed out, to keep the check's memory accesses few. */
    final HashMap<String, ProjectIndex> projectIndex = new HashMap<>();
    /** Every user's access in every project where it has one, by (project, user). */
    final Members members;
    final Access everyoneOutside;
    final Map<ResourceRef, ResourceDeny[]> resourceDenies;
    final boolean hasResourceDenies;

    final Decision unknownProject;
    final Decision[] noGrant;
    final Decision[][] notApplicable;
    final Decision[] mappedProjectRole;
    final Decision[] mappedGlobalRole;

    private final Map<String, Decision> interned = new HashMap<>();
    private final Map<String, Subject.Group> groupKeys = new HashMap<>();
    /** The grant behind each decision made while compiling, to word it again for a holder nested one level further. */
    private final Map<Decision, Grant> origin = new java.util.IdentityHashMap<>();

    private Snapshot(PolicyState state) {
        this.state = state;
        this.version = state.version();
        this.unknownProject = Decision.deny("unknown project: default deny", version);
        this.noGrant = new Decision[Access.SIZE];
        for (Permission p : Permission.values()) {
            noGrant[p.ordinal()] = Decision.deny("default deny: no grant gives " + p, version);
        }
        this.notApplicable = new Decision[Action.values().length][ResourceType.values().length];
        for (Action a : Action.values()) {
            for (ResourceType t : ResourceType.values()) {
                notApplicable[a.ordinal()][t.ordinal()] = Decision.deny(a + " does not apply to a "
                        + t.name().toLowerCase(Locale.ROOT).replace('_', '-'), version);
            }
        }
        this.mappedProjectRole = new Decision[ProjectRole.values().length];
        for (ProjectRole r : ProjectRole.values()) {
            mappedProjectRole[r.ordinal()] = Decision.allow("role mapping at authentication: project role " + r, version);
        }
        this.mappedGlobalRole = new Decision[GlobalRole.values().length];
        for (GlobalRole r : GlobalRole.values()) {
            mappedGlobalRole[r.ordinal()] = Decision.allow("role mapping at authentication: global role " + r, version);
        }

        Map<Subject, List<Grant>> bySubject = new HashMap<>();
        Map<ResourceRef, List<ResourceDeny>> byResource = new HashMap<>();
        Access.Builder everyoneGlobal = new Access.Builder();
        Map<String, Access.Builder> everyoneProject = new HashMap<>();
        for (Grant grant : state.grants()) {
            if (grant instanceof DenyGrant deny && !deny.resource().isEmpty()) {
                byResource.computeIfAbsent(ResourceRef.parse(deny.resource()), k -> new ArrayList<>())
                        .add(new ResourceDeny(deny.subject(), deny.permissionBits(), decision(grant, "")));
            } else if (grant instanceof DenyGrant deny && deny.subject() instanceof Subject.Everyone) {
                (deny.project().isEmpty() ? everyoneGlobal
                        : everyoneProject.computeIfAbsent(deny.project(), k -> new Access.Builder()))
                        .deny(deny.permissionBits(), decision(grant, ""));
            } else {
                bySubject.computeIfAbsent(grant.subject(), k -> new ArrayList<>()).add(grant);
            }
        }
        Map<String, Access> projectsEveryone = new HashMap<>();
        for (String project : state.projects()) {
            Access.Builder b = everyoneProject.getOrDefault(project, new Access.Builder());
            b.fillFrom(everyoneGlobal);
            projectsEveryone.put(project, b.build());
        }
        this.everyoneInProject = Collections.unmodifiableMap(projectsEveryone);
        this.everyoneOutside = everyoneGlobal.build();
        Map<ResourceRef, ResourceDeny[]> rd = new HashMap<>();
        byResource.forEach((k, v) -> rd.put(k, v.toArray(new ResourceDeny[0])));
        this.resourceDenies = Collections.unmodifiableMap(rd);
        this.hasResourceDenies = !rd.isEmpty();

        // Nesting: parents.get(g) = groups that contain g; children.get(g) = groups g lists; directGroups.get(u) =
        // groups that list user u.
        Map<String, List<String>> parents = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        Map<String, List<String>> directGroups = new HashMap<>();
        Set<String> allGroups = new LinkedHashSet<>(state.groups().keySet());
        state.groups().forEach((group, members) -> {
            for (Subject m : members) {
                if (m instanceof Subject.Group g) {
                    parents.computeIfAbsent(g.name(), k -> new ArrayList<>()).add(group);
                    children.computeIfAbsent(group, k -> new ArrayList<>()).add(g.name());
                    allGroups.add(g.name());
                } else if (m instanceof Subject.User u) {
                    directGroups.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(group);
                }
            }
        });
        for (Grant grant : state.grants()) {
            if (grant.subject() instanceof Subject.Group g) {
                allGroups.add(g.name());
            }
        }

        // Each group is compiled once, after every group that contains it (Kahn's order; the state has no cycles),
        // from its own grants and its parents' compiled grants, so a nesting chain compiles in time linear in its
        // length instead of walking every group's whole ancestry.
        Map<String, Partial> partials = new HashMap<>();
        Map<String, Integer> pending = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String group : allGroups) {
            int n = parents.getOrDefault(group, List.of()).size();
            pending.put(group, n);
            if (n == 0) {
                ready.add(group);
            }
        }
        Map<String, Holder> groupHolders = new HashMap<>();
        while (!ready.isEmpty()) {
            String group = ready.poll();
            Partial p = compile(bySubject.getOrDefault(new Subject.Group(group), List.of()),
                    parents.getOrDefault(group, List.of()), partials,
                    " (group:" + group + " is inside it through group:");
            partials.put(group, p);
            groupHolders.put(group, p.holder(new Ancestry(List.of(group), parents)));
            for (String child : children.getOrDefault(group, List.of())) {
                if (pending.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        Map<String, Holder> userHolders = new HashMap<>();
        for (String user : state.knownUsers()) {
            List<String> direct = directGroups.getOrDefault(user, List.of());
            Partial p = compile(bySubject.getOrDefault(new Subject.User(user), List.of()), direct, partials,
                    " (member through group:");
            // A user's groups are listed in full (the check path asks them); a group's are walked on demand.
            userHolders.put(user, p.holder(Collections.unmodifiableSet(new LinkedHashSet<>(new Ancestry(direct, parents)))));
        }
        this.users = Collections.unmodifiableMap(userHolders);
        this.groups = Collections.unmodifiableMap(groupHolders);
        long projectBits = 0;
        for (Permission p : Permission.projectPermissions()) {
            projectBits |= p.bit();
        }
        // The hot path's structures are built last, project by project, with fresh copies of keys and Access
        // objects, so each project's entries sit together in memory instead of among the cold reasons and holders.
        List<String> reachEverywhere = new ArrayList<>();
        for (Map.Entry<String, Holder> e : userHolders.entrySet()) {
            if (((e.getValue().outside.allow | e.getValue().outside.deny) & projectBits) != 0) {
                reachEverywhere.add(e.getKey());
            }
        }
        Map<String, List<String>> usersByProject = new HashMap<>();
        for (Map.Entry<String, Holder> e : userHolders.entrySet()) {
            for (String project : e.getValue().projects.keySet()) {
                usersByProject.computeIfAbsent(project, k -> new ArrayList<>()).add(e.getKey());
            }
        }
        List<Member> all = new ArrayList<>();
        for (String project : state.projects()) {
            List<String> inProject = usersByProject.getOrDefault(project, List.of());
            ProjectIndex index = new ProjectIndex(everyoneInProject.get(project));
            Set<String> added = new java.util.HashSet<>(inProject);
            for (String user : inProject) {
                all.add(new Member(project, user, userHolders.get(user).projects.get(project), index));
            }
            for (String user : reachEverywhere) {
                if (added.add(user)) {
                    all.add(new Member(project, user, userHolders.get(user).outside, index));
                }
            }
            projectIndex.put(new String(project.toCharArray()), index);
        }
        this.members = new Members(all);
        interned.clear();
        groupKeys.clear();
        origin.clear();
    }

    static Snapshot compile(PolicyState state) {
        return new Snapshot(state);
    }

    /**
     * A holder's grants before the installation-wide ones are folded into each project: {@code projects} holds only
     * what was given in that project, so a holder nested inside this one can take both in the same order.
     */
    private static final class Partial {
        final Access.Builder outside = new Access.Builder();
        final Map<String, Access.Builder> projects = new LinkedHashMap<>();

        Holder holder(Set<String> groups) {
            Map<String, Access> compiled = new HashMap<>();
            projects.forEach((project, only) -> {
                Access.Builder b = new Access.Builder();
                b.fillFrom(only);
                b.fillFrom(outside);
                compiled.put(project, b.build());
            });
            return new Holder(outside.build(), Collections.unmodifiableMap(compiled), groups);
        }
    }

    /**
     * Compiles a holder from its own grants, then what its direct groups give themselves, then what reaches them from
     * further out (each reason saying through which direct group); the first source of a bit gives its reason.
     */
    private Partial compile(List<Grant> own, List<String> direct, Map<String, Partial> partials, String viaPrefix) {
        Partial p = new Partial();
        for (Grant grant : own) {
            add(grant, "", p.outside, p.projects);
        }
        for (boolean ownOnly : new boolean[] {true, false}) {
            for (String group : direct) {
                Partial from = partials.get(group);
                if (from == null) {
                    continue;
                }
                Subject.Group subject = groupKeys.computeIfAbsent(group, Subject.Group::new);
                String via = viaPrefix + group + ")";
                // Most bits share a few decisions: word each one once.
                Map<Decision, Decision> reworded = new java.util.IdentityHashMap<>();
                inherit(from.outside, p.outside, subject, via, ownOnly, reworded);
                from.projects.forEach((project, b) -> inherit(b, p.projects.computeIfAbsent(project,
                        k -> new Access.Builder()), subject, via, ownOnly, reworded));
            }
        }
        return p;
    }

    private void inherit(Access.Builder from, Access.Builder into, Subject.Group group, String via, boolean ownOnly,
                         Map<Decision, Decision> reworded) {
        for (int i = 0; i < Access.SIZE; i++) {
            long bit = 1L << i;
            if ((from.allow & bit) != 0 && (into.allow & bit) == 0) {
                Decision d = reworded.computeIfAbsent(from.allowWhy[i], w -> reword(w, group, via, ownOnly));
                if (d != null) {
                    into.allow(bit, d);
                }
            }
            if ((from.deny & bit) != 0 && (into.deny & bit) == 0) {
                Decision d = reworded.computeIfAbsent(from.denyWhy[i], w -> reword(w, group, via, ownOnly));
                if (d != null) {
                    into.deny(bit, d);
                }
            }
        }
    }

    /** @return the decision as seen from one level further in, or null when only the group's own grants are taken */
    private Decision reword(Decision d, Subject.Group group, String via, boolean ownOnly) {
        Grant grant = origin.get(d);
        boolean groupsOwn = grant.subject().equals(group);
        if (ownOnly && !groupsOwn) {
            return null;
        }
        return decision(grant, groupsOwn ? "" : via);
    }

    private void add(Grant grant, String via, Access.Builder outside, Map<String, Access.Builder> projects) {
        Decision why = decision(grant, via);
        if (grant instanceof GlobalRoleGrant g) {
            outside.allow(g.role().permissionBits(), why);
        } else if (grant instanceof ProjectRoleGrant g) {
            projects.computeIfAbsent(g.project(), k -> new Access.Builder()).allow(g.role().permissionBits(), why);
        } else if (grant instanceof PermissionGrant g) {
            (g.project().isEmpty() ? outside : projects.computeIfAbsent(g.project(), k -> new Access.Builder()))
                    .allow(g.permission().bit(), why);
        } else if (grant instanceof DenyGrant g) {
            (g.project().isEmpty() ? outside : projects.computeIfAbsent(g.project(), k -> new Access.Builder()))
                    .deny(g.permissionBits(), why);
        }
    }

    private Decision decision(Grant grant, String via) {
        boolean deny = grant instanceof DenyGrant;
        String reason = (deny ? "denied by grant: " : "allowed by grant: ") + grant + via;
        Decision d = interned.computeIfAbsent(reason, r -> deny ? Decision.deny(r, version) : Decision.allow(r, version));
        origin.putIfAbsent(d, grant);
        return d;
    }
}
