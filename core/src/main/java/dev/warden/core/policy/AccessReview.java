package dev.warden.core.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.policy.Decision;
import dev.warden.policy.DenyGrant;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.Grant;
import dev.warden.policy.Permission;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.RoleMappingRule;
import dev.warden.policy.Subject;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An access review of one policy version: who can do what in each project and why (directly, via a group, via a role
 * mapping rule), who holds administrator or owner rights, who has not been active since a date (when an audit log is
 * given), and which grants nobody uses.
 *
 * @param policyVersion the version reviewed
 * @param projects per project (sorted), each holder and what it may do there
 * @param installation users with installation-wide permissions
 * @param privileged users with global Administrator or Owner rights, or project Admin or Owner rights
 * @param inactive users with no audit event since {@code inactiveSince} (empty when no audit log was given)
 * @param unusedGrants grants that give nobody anything, and why
 * @param roleMapping how external groups reach roles at authentication (the rules, in order)
 * @param denies every explicit deny in force (suspended users, blocked resources), in grant order
 * @param unqualifiedUsers users named by a bare id ({@code alice} rather than {@code local:alice}): authentication
 *     gives every principal a qualified id ({@link dev.warden.auth.PrincipalIds}), so grants to these reach only
 *     principals a host builds itself; a policy written before ids were qualified needs them rewritten
 */
public record AccessReview(long policyVersion, List<ProjectAccess> projects, List<Holding> installation,
                           List<Privileged> privileged, List<Inactive> inactive, List<UnusedGrant> unusedGrants,
                           List<String> roleMapping, List<String> denies, List<String> unqualifiedUsers) {

    /**
     * What one user may do in one scope.
     *
     * @param user the user id
     * @param role the most privileged role whose permissions it holds in full ({@code none} if none)
     * @param permissions every permission it holds there, after denies
     * @param reasons why (each distinct allowing grant, with the group it comes through)
     * @param deniedBy denies that take away permissions it would otherwise hold
     */
    public record Holding(String user, String role, Set<Permission> permissions, List<String> reasons,
                          List<String> deniedBy) {
    }

    /** @param project the project; @param holders who may do something in it */
    public record ProjectAccess(String project, List<Holding> holders) {
    }

    /** @param user the user; @param rights e.g. {@code global OWNER}, {@code ADMIN in clinical} */
    public record Privileged(String user, String rights) {
    }

    /** @param user the user; @param lastSeen when it was last seen, if ever */
    public record Inactive(String user, Optional<Instant> lastSeen) {
    }

    /** @param grant the grant; @param why why it gives nobody anything */
    public record UnusedGrant(String grant, String why) {
    }

    /**
     * @param engine the policy to review (its current version)
     * @param activity the audit log's activity, to list inactive users and grants unused since {@code since}
     * @param since the date for "inactive since" (ignored without activity)
     * @return the review
     */
    public static AccessReview of(RbacPolicyEngine engine, Optional<Activity> activity, Instant since) {
        Snapshot s = engine.snapshot();
        PolicyState state = s.state;
        Set<String> users = new TreeSet<>(s.users.keySet());
        List<ProjectAccess> projects = new ArrayList<>();
        List<Privileged> privileged = new ArrayList<>();
        Map<String, Boolean> reached = new java.util.HashMap<>();
        for (String project : new TreeSet<>(state.projects())) {
            Access everyone = s.everyoneInProject.get(project);
            List<Holding> holders = new ArrayList<>();
            for (String user : users) {
                Holding h = holding(user, s.users.get(user).in(project), everyone, true);
                if (h != null) {
                    holders.add(h);
                    h.reasons().forEach(r -> reached.put(r, true));
                    if (ProjectRole.ADMIN.name().equals(h.role()) || ProjectRole.OWNER.name().equals(h.role())) {
                        privileged.add(new Privileged(user, h.role() + " in " + project));
                    }
                }
            }
            projects.add(new ProjectAccess(project, holders));
        }
        List<Holding> installation = new ArrayList<>();
        for (String user : users) {
            Holding h = holding(user, s.users.get(user).outside, s.everyoneOutside, false);
            if (h != null) {
                installation.add(h);
                h.reasons().forEach(r -> reached.put(r, true));
                if (h.permissions().contains(Permission.GRANT_OWNER)) {
                    privileged.add(0, new Privileged(user, "global OWNER"));
                } else if (h.permissions().contains(Permission.USER_MANAGE)) {
                    privileged.add(0, new Privileged(user, "global ADMINISTRATOR"));
                }
            }
        }
        List<Inactive> inactive = new ArrayList<>();
        activity.ifPresent(a -> {
            for (String user : users) {
                Optional<Instant> last = a.lastSeen(user);
                if (last.isEmpty() || last.get().isBefore(since)) {
                    inactive.add(new Inactive(user, last));
                }
            }
        });
        List<UnusedGrant> unused = new ArrayList<>();
        Set<String> mappedGroups = new java.util.HashSet<>();
        for (RoleMappingRule rule : state.roleMapping().rules()) {
            if (rule.target() instanceof dev.warden.policy.MappingTarget.GroupOf g) {
                mappedGroups.add(g.group());
            }
        }
        for (Grant grant : state.grants()) {
            if (grant instanceof DenyGrant) {
                continue;
            }
            if (grant.subject() instanceof Subject.Group g && !hasUsers(s, g.name()) && !reachedByMapping(s, g.name(), mappedGroups)) {
                unused.add(new UnusedGrant(grant.toString(), "the group has no users, directly or through nested groups, "
                        + "and no role mapping rule gives it"));
                continue;
            }
            String prefix = "allowed by grant: " + grant;
            boolean gives = reached.keySet().stream().anyMatch(r -> r.equals(prefix) || r.startsWith(prefix + " ("));
            if (!gives && !(grant.subject() instanceof Subject.Group g2 && reachedByMapping(s, g2.name(), mappedGroups))) {
                unused.add(new UnusedGrant(grant.toString(), "every permission it gives is denied or already given by "
                        + "another grant to each holder"));
                continue;
            }
            if (activity.isPresent() && !grant.project().isEmpty() && !usedSince(s, grant, activity.get(), since)) {
                unused.add(new UnusedGrant(grant.toString(), "no holder has acted in " + grant.project() + " since " + since));
            }
        }
        List<String> mapping = state.roleMapping().rules().stream().map(RoleMappingRule::toString).toList();
        List<String> denies = state.grants().stream().filter(g -> g instanceof DenyGrant).map(Grant::toString).toList();
        List<String> unqualified = users.stream().filter(u -> !dev.warden.auth.PrincipalIds.isQualified(u)).toList();
        return new AccessReview(s.version, List.copyOf(projects), List.copyOf(installation), List.copyOf(privileged),
                List.copyOf(inactive), List.copyOf(unused), mapping, denies, unqualified);
    }

    private static boolean hasUsers(Snapshot s, String group) {
        for (Holder h : s.users.values()) {
            if (h.groups.contains(group)) {
                return true;
            }
        }
        return false;
    }

    private static boolean reachedByMapping(Snapshot s, String group, Set<String> mappedGroups) {
        for (String mapped : mappedGroups) {
            Holder h = s.groups.get(mapped);
            if (mapped.equals(group) || (h != null && h.groups.contains(group))) {
                return true;
            }
        }
        return false;
    }

    private static boolean usedSince(Snapshot s, Grant grant, Activity activity, Instant since) {
        for (Map.Entry<String, Holder> e : s.users.entrySet()) {
            boolean holds = grant.subject() instanceof Subject.User u ? u.id().equals(e.getKey())
                    : grant.subject() instanceof Subject.Group g && e.getValue().groups.contains(g.name());
            if (holds && activity.lastSeen(e.getKey(), grant.project()).filter(t -> !t.isBefore(since)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Holding holding(String user, Access a, Access everyone, boolean projectScope) {
        Set<Permission> scope = projectScope ? Permission.projectPermissions() : Permission.globalPermissions();
        long scopeBits = 0;
        for (Permission p : scope) {
            scopeBits |= p.bit();
        }
        long allowed = a.allow & scopeBits;
        if (allowed == 0) {
            return null;
        }
        long effective = allowed & ~a.deny & ~everyone.deny;
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> denied = new LinkedHashSet<>();
        for (Permission p : scope) {
            long bit = p.bit();
            if ((allowed & bit) == 0) {
                continue;
            }
            if ((effective & bit) != 0) {
                permissions.add(p);
                reasons.add(a.why[p.ordinal()].reason());
            } else {
                Decision d = (everyone.deny & bit) != 0 ? everyone.why[p.ordinal()] : a.why[p.ordinal()];
                denied.add(d.reason());
            }
        }
        return new Holding(user, roleOf(effective, projectScope), permissions, List.copyOf(reasons), List.copyOf(denied));
    }

    private static String roleOf(long bits, boolean projectScope) {
        String best = "none";
        if (projectScope) {
            for (ProjectRole r : ProjectRole.values()) {
                if ((r.permissionBits() & ~bits) == 0) {
                    best = r.name();
                }
            }
        } else {
            for (GlobalRole r : new GlobalRole[] {GlobalRole.ADMINISTRATOR, GlobalRole.OWNER}) {
                long global = 0;
                for (Permission p : r.permissions()) {
                    if (!p.projectScoped()) {
                        global |= p.bit();
                    }
                }
                if ((global & ~bits) == 0) {
                    best = r.name();
                }
            }
        }
        return best;
    }

    /** Writes the review for people to read. */
    public void writeText(PrintWriter out) {
        out.println("Access review, policy version " + policyVersion);
        for (ProjectAccess p : projects) {
            out.println();
            out.println("Project " + p.project() + (p.holders().isEmpty() ? ": nobody has access" : ":"));
            for (Holding h : p.holders()) {
                writeHolding(out, h);
            }
        }
        out.println();
        out.println("Installation-wide" + (installation.isEmpty() ? ": nobody" : ":"));
        installation.forEach(h -> writeHolding(out, h));
        out.println();
        out.println("Administrator and owner rights" + (privileged.isEmpty() ? ": nobody" : ":"));
        privileged.forEach(p -> out.println("  " + p.user() + ": " + p.rights()));
        if (!inactive.isEmpty()) {
            out.println();
            out.println("Users with no activity since the given date:");
            inactive.forEach(i -> out.println("  " + i.user() + ": " + i.lastSeen().map(t -> "last seen " + t)
                    .orElse("never seen")));
        }
        out.println();
        out.println("Denies in force" + (denies.isEmpty() ? ": none" : ":"));
        denies.forEach(d -> out.println("  " + d));
        out.println();
        out.println("Grants nobody uses" + (unusedGrants.isEmpty() ? ": none" : ":"));
        unusedGrants.forEach(u -> out.println("  " + u.grant() + ": " + u.why()));
        if (!roleMapping.isEmpty()) {
            out.println();
            out.println("Role mapping at authentication (external group -> what it gives):");
            roleMapping.forEach(r -> out.println("  " + r));
        }
        if (!unqualifiedUsers.isEmpty()) {
            out.println();
            out.println("Users named by an unqualified id (authenticated principals are local:NAME, ldap:DN, oidc:ISSUER#SUB, "
                    + "saml:IDP#NAMEID; rewrite these grants, see the README's migration note):");
            unqualifiedUsers.forEach(u -> out.println("  " + u));
        }
        out.flush();
    }

    private static void writeHolding(PrintWriter out, Holding h) {
        out.println("  " + h.user() + " [" + h.role() + "]: " + String.join(", ",
                h.permissions().stream().map(Enum::name).toList()));
        h.reasons().forEach(r -> out.println("      " + r));
        h.deniedBy().forEach(r -> out.println("      " + r));
    }

    /** @return the review as a JSON document (same content as {@link #writeText}) */
    public String toJson() {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("policyVersion", policyVersion);
        ObjectNode ps = root.putObject("projects");
        for (ProjectAccess p : projects) {
            ArrayNode a = ps.putArray(p.project());
            p.holders().forEach(h -> a.add(holdingJson(json, h)));
        }
        ArrayNode inst = root.putArray("installation");
        installation.forEach(h -> inst.add(holdingJson(json, h)));
        ArrayNode priv = root.putArray("privileged");
        privileged.forEach(p -> priv.addObject().put("user", p.user()).put("rights", p.rights()));
        ArrayNode ina = root.putArray("inactive");
        inactive.forEach(i -> ina.addObject().put("user", i.user()).put("lastSeen",
                i.lastSeen().map(Instant::toString).orElse(null)));
        ArrayNode un = root.putArray("unusedGrants");
        unusedGrants.forEach(u -> un.addObject().put("grant", u.grant()).put("why", u.why()));
        ArrayNode dn = root.putArray("denies");
        denies.forEach(dn::add);
        ArrayNode rm = root.putArray("roleMapping");
        roleMapping.forEach(rm::add);
        ArrayNode uq = root.putArray("unqualifiedUsers");
        unqualifiedUsers.forEach(uq::add);
        try {
            return json.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static ObjectNode holdingJson(ObjectMapper json, Holding h) {
        ObjectNode o = json.createObjectNode();
        o.put("user", h.user());
        o.put("role", h.role());
        ArrayNode perms = o.putArray("permissions");
        h.permissions().forEach(p -> perms.add(p.name()));
        ArrayNode why = o.putArray("reasons");
        h.reasons().forEach(why::add);
        ArrayNode denied = o.putArray("deniedBy");
        h.deniedBy().forEach(denied::add);
        return o;
    }

}
