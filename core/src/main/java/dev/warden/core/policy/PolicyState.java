package dev.warden.core.policy;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.policy.DenyGrant;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.GlobalRoleGrant;
import dev.warden.policy.Grant;
import dev.warden.policy.PermissionGrant;
import dev.warden.policy.PolicyNames;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.Subject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a grant store holds, as one immutable value: the known users, projects, group memberships (groups may
 * contain users and other groups), grants, the role-mapping rules, and the version (which increases with every change).
 *
 * <p>Every change returns a new state and validates it: a grant in an unknown project, a group that contains itself
 * (directly or through other groups), or giving global {@link GlobalRole#OWNER} to a group is refused with an error
 * that names the problem.
 *
 * @param version the policy version, from 0; every change adds one
 * @param users the known user ids (users named by a grant or membership are known too)
 * @param projects the project names
 * @param groups by group name, its members ({@link Subject.User} or {@link Subject.Group}), in insertion order
 * @param grants every grant, in insertion order, without duplicates
 * @param roleMapping the automatic role assignment rules (reported by the access review; applied by authentication)
 */
public record PolicyState(long version, Set<String> users, Set<String> projects, Map<String, Set<Subject>> groups,
                          List<Grant> grants, RoleMapping roleMapping) {

    /** The empty policy: no users, projects, groups or grants; everything is denied. */
    public static final PolicyState EMPTY = new PolicyState(0, Set.of(), Set.of(), Map.of(), List.of(), RoleMapping.none());

    public PolicyState {
        Objects.requireNonNull(roleMapping, "roleMapping");
        users = Collections.unmodifiableSet(new LinkedHashSet<>(users));
        projects = Collections.unmodifiableSet(new LinkedHashSet<>(projects));
        Map<String, Set<Subject>> copy = new LinkedHashMap<>();
        groups.forEach((g, members) -> copy.put(g, Collections.unmodifiableSet(new LinkedHashSet<>(members))));
        groups = Collections.unmodifiableMap(copy);
        grants = List.copyOf(new LinkedHashSet<>(grants));
    }

    /**
     * Checks the whole state: names, projects of grants, group cycles, Owner given to groups.
     *
     * @return this state
     * @throws ConfigurationException naming the first problem found
     */
    public PolicyState validate() {
        try {
            users.forEach(PolicyNames::requireUser);
            projects.forEach(PolicyNames::requireProject);
            groups.keySet().forEach(PolicyNames::requireGroup);
        } catch (InvalidInputException e) {
            throw new ConfigurationException("policy: " + e.getMessage(), e);
        }
        for (Grant grant : grants) {
            requireKnownProject(grant);
            if (grant instanceof GlobalRoleGrant g && g.role() == GlobalRole.OWNER && g.subject() instanceof Subject.Group) {
                throw new ConfigurationException("policy: " + grant + ": the global Owner role is given to users one by one, "
                        + "never to a group");
            }
        }
        findCycle().ifPresent(cycle -> {
            List<String> shown = cycle.size() <= 12 ? cycle
                    : java.util.stream.Stream.concat(cycle.subList(0, 10).stream(),
                            java.util.stream.Stream.of("... (" + (cycle.size() - 11) + " more)", cycle.get(cycle.size() - 1)))
                            .toList();
            throw new ConfigurationException("policy: group cycle " + String.join(" -> ", shown)
                    + "; remove one of these memberships");
        });
        return this;
    }

    private void requireKnownProject(Grant grant) {
        if (!grant.project().isEmpty() && !projects.contains(grant.project())) {
            throw new ConfigurationException("policy: " + grant + " names unknown project '" + grant.project()
                    + "'; create the project first");
        }
    }

    /**
     * Finds a cycle in group nesting, iteratively (deep nesting never overflows the stack).
     *
     * @return the cycle as {@code group:a, group:b, ..., group:a}, or empty
     */
    java.util.Optional<List<String>> findCycle() {
        Map<String, Integer> color = new HashMap<>(); // absent white, 1 grey (on the path), 2 black
        for (String start : groups.keySet()) {
            if (color.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<java.util.Iterator<Subject>> iterators = new ArrayDeque<>();
            path.push(start);
            iterators.push(groups.get(start).iterator());
            color.put(start, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<Subject> it = iterators.peek();
                if (!it.hasNext()) {
                    color.put(path.pop(), 2);
                    iterators.pop();
                    continue;
                }
                if (!(it.next() instanceof Subject.Group child)) {
                    continue;
                }
                Integer c = color.get(child.name());
                if (c == null) {
                    color.put(child.name(), 1);
                    path.push(child.name());
                    iterators.push(groups.getOrDefault(child.name(), Set.of()).iterator());
                } else if (c == 1) {
                    List<String> cycle = new ArrayList<>();
                    List<String> onPath = new ArrayList<>(path);
                    Collections.reverse(onPath);
                    for (int i = onPath.indexOf(child.name()); i < onPath.size(); i++) {
                        cycle.add("group:" + onPath.get(i));
                    }
                    cycle.add("group:" + child.name());
                    return java.util.Optional.of(cycle);
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** @return every user id the state knows: listed, members of a group, or subject of a grant */
    public Set<String> knownUsers() {
        Set<String> all = new LinkedHashSet<>(users);
        groups.values().forEach(members -> members.forEach(m -> {
            if (m instanceof Subject.User u) {
                all.add(u.id());
            }
        }));
        grants.forEach(g -> {
            if (g.subject() instanceof Subject.User u) {
                all.add(u.id());
            }
        });
        return all;
    }

    PolicyState withVersion(long newVersion) {
        return new PolicyState(newVersion, users, projects, groups, grants, roleMapping);
    }

    PolicyState apply(PolicyChange change) {
        Set<String> u = new LinkedHashSet<>(users);
        Set<String> p = new LinkedHashSet<>(projects);
        Map<String, Set<Subject>> g = new LinkedHashMap<>();
        groups.forEach((k, v) -> g.put(k, new LinkedHashSet<>(v)));
        List<Grant> gr = new ArrayList<>(grants);
        RoleMapping mapping = roleMapping;
        if (change instanceof PolicyChange.AddUser c) {
            u.add(c.id());
        } else if (change instanceof PolicyChange.RemoveUser c) {
            Subject.User subject = new Subject.User(c.id());
            u.remove(c.id());
            g.values().forEach(members -> members.remove(subject));
            gr.removeIf(x -> x.subject().equals(subject));
        } else if (change instanceof PolicyChange.CreateProject c) {
            p.add(c.name());
        } else if (change instanceof PolicyChange.DeleteProject c) {
            p.remove(c.name());
            gr.removeIf(x -> x.project().equals(c.name()));
        } else if (change instanceof PolicyChange.AddMember c) {
            g.computeIfAbsent(c.group(), k -> new LinkedHashSet<>()).add(c.member());
        } else if (change instanceof PolicyChange.RemoveMember c) {
            Set<Subject> members = g.get(c.group());
            if (members != null) {
                members.remove(c.member());
            }
        } else if (change instanceof PolicyChange.AddGrant c) {
            gr.add(c.grant());
        } else if (change instanceof PolicyChange.RevokeGrant c) {
            gr.remove(c.grant());
        } else if (change instanceof PolicyChange.ReplaceRoleMapping c) {
            mapping = c.mapping();
        }
        return new PolicyState(version + 1, u, p, g, gr, mapping).validate();
    }

    /** @return whether this grant is present */
    public boolean contains(Grant grant) {
        return grants.contains(grant);
    }

    static boolean isDeny(Grant grant) {
        return grant instanceof DenyGrant;
    }

    static boolean isPermission(Grant grant) {
        return grant instanceof PermissionGrant;
    }

    /** @return a builder for a whole state, e.g. to seed an in-memory store */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PolicyState}. Not thread-safe. */
    public static final class Builder {
        private long version;
        private final Set<String> users = new LinkedHashSet<>();
        private final Set<String> projects = new LinkedHashSet<>();
        private final Map<String, Set<Subject>> groups = new LinkedHashMap<>();
        private final List<Grant> grants = new ArrayList<>();
        private RoleMapping roleMapping = RoleMapping.none();

        private Builder() {
        }

        /** @param value the policy version to start from */
        public Builder version(long value) {
            this.version = value;
            return this;
        }

        /** Adds a known user. */
        public Builder user(String id) {
            users.add(PolicyNames.requireUser(id));
            return this;
        }

        /** Adds a project. */
        public Builder project(String name) {
            projects.add(PolicyNames.requireProject(name));
            return this;
        }

        /** Creates a group with no members yet, if new. */
        public Builder group(String name) {
            groups.computeIfAbsent(PolicyNames.requireGroup(name), k -> new LinkedHashSet<>());
            return this;
        }

        /** Adds a user or a group to a group. */
        public Builder member(String group, Subject member) {
            new PolicyChange.AddMember(group, member);
            groups.computeIfAbsent(group, k -> new LinkedHashSet<>()).add(member);
            return this;
        }

        /** Adds a grant. */
        public Builder grant(Grant grant) {
            grants.add(Objects.requireNonNull(grant, "grant"));
            return this;
        }

        /** Sets the role-mapping rules. */
        public Builder roleMapping(RoleMapping mapping) {
            this.roleMapping = Objects.requireNonNull(mapping, "mapping");
            return this;
        }

        /**
         * @return the validated state
         * @throws ConfigurationException naming the first problem (unknown project, group cycle, ...)
         */
        public PolicyState build() {
            return new PolicyState(version, users, projects, groups, grants, roleMapping).validate();
        }
    }
}
