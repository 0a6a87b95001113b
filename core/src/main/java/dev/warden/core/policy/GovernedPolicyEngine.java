package dev.warden.core.policy;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import dev.warden.audit.AuditUnavailableException;
import dev.warden.audit.Outcome;
import dev.warden.auth.Principal;
import dev.warden.policy.AccessDeniedException;
import dev.warden.policy.Action;
import dev.warden.policy.Decision;
import dev.warden.policy.GlobalRole;
import dev.warden.policy.GlobalRoleGrant;
import dev.warden.policy.Grant;
import dev.warden.policy.PolicyEngine;
import dev.warden.policy.ProjectRole;
import dev.warden.policy.ProjectRoleGrant;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.Subject;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * The policy engine as {@link dev.warden.core.Warden#policy()} hands it out: every change names who makes it, is
 * authorized by the policy itself, and is recorded in the audit log before it is made; every refused
 * {@link #require} is recorded as {@code ACCESS_DENIED}. Fail-closed: when the audit log cannot record the event
 * ({@link AuditUnavailableException}), the change is not made.
 *
 * <p>Who may change what (least privilege):
 * <ul>
 *   <li>a project role or permission grant in a project: {@code PROJECT_MANAGE_MEMBERS} on it; the project
 *       {@link ProjectRole#OWNER} role: {@code PROJECT_TRANSFER_OWNERSHIP};</li>
 *   <li>a global role or installation-wide permission: {@code USER_MANAGE}; the global {@link GlobalRole#OWNER}:
 *       {@code GRANT_OWNER};</li>
 *   <li>group membership: {@code GROUP_MANAGE}; users: {@code USER_MANAGE}; role mapping: {@code CONFIGURATION_UPDATE};
 *       </li>
 *   <li>creating a project: {@code PROJECT_CREATE}, and its creator becomes its owner; deleting it:
 *       {@code PROJECT_DELETE}.</li>
 * </ul>
 *
 * <p>Events: {@code PERMISSION_GRANTED} and {@code PERMISSION_REVOKED} (details {@code grant}, {@code subject},
 * {@code policyVersion} before the change), {@code CONFIGURATION_CHANGED} for memberships, users, projects and role
 * mapping (detail {@code change}), {@code ACCESS_DENIED} (details {@code action}, {@code reason},
 * {@code policyVersion}). A change that fails after its event was recorded is recorded once more with outcome
 * {@code FAILURE}. {@link #check} is a question and records nothing; guard an action with {@link #require}.
 *
 * <p>Thread-safe, like the {@link RbacPolicyEngine} it wraps.
 */
public final class GovernedPolicyEngine implements PolicyEngine {

    private final RbacPolicyEngine engine;
    private final AuditLog audit;

    /**
     * @param engine the engine whose checks and changes are governed
     * @param audit where changes and denials are recorded, failing closed
     */
    public GovernedPolicyEngine(RbacPolicyEngine engine, AuditLog audit) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public Decision check(Principal principal, Action action, ResourceRef resource) {
        return engine.check(principal, action, resource);
    }

    /**
     * Guards an action: allowed, or recorded as {@code ACCESS_DENIED} with the actor and then refused.
     *
     * @return the allowing decision
     * @throws AccessDeniedException when denied (after the denial was recorded)
     * @throws AuditUnavailableException when denied and the denial could not be recorded
     */
    @Override
    public Decision require(Principal principal, Action action, ResourceRef resource) {
        Decision decision = engine.check(principal, action, resource);
        if (!decision.allowed()) {
            audit.record(AuditEvent.builder(AuditEventType.ACCESS_DENIED).actor(Actor.of(principal))
                    .outcome(Outcome.DENIED).resource(resource).detail("action", action.name())
                    .detail("reason", decision.reason()).detail("policyVersion", decision.policyVersion()).build());
            throw new AccessDeniedException(principal.id(), action, resource, decision);
        }
        return decision;
    }

    /** @return the version of the policy checks currently run against */
    public long version() {
        return engine.version();
    }

    /** @return the policy checks currently run against (read-only) */
    public PolicyState state() {
        return engine.state();
    }

    /** @return whether the policy knows this user id */
    public boolean knowsUser(String id) {
        return engine.knowsUser(id);
    }

    /**
     * Reloads the policy from a store shared by several processes; see {@link RbacPolicyEngine#reload()}.
     *
     * @return whether the stored version differed
     */
    public boolean reload() {
        return engine.reload();
    }

    /**
     * Adds a grant, as {@code actor}.
     *
     * @return whether it was new (an existing grant is neither recorded nor changed)
     * @throws AccessDeniedException if the actor may not give it (recorded)
     * @throws AuditUnavailableException if the change could not be recorded (nothing changed)
     */
    public boolean grant(Principal actor, Grant grant) {
        Objects.requireNonNull(grant, "grant");
        authorizeGrant(actor, grant);
        if (engine.state().contains(grant)) {
            return false;
        }
        return audited(actor, grantEvent(AuditEventType.PERMISSION_GRANTED, actor, grant), () -> engine.grant(grant));
    }

    /**
     * Removes a grant, as {@code actor}. When this returns, no check sees it any more.
     *
     * @return whether it was present
     * @throws AccessDeniedException if the actor may not remove it (recorded)
     * @throws AuditUnavailableException if the change could not be recorded (nothing changed)
     */
    public boolean revoke(Principal actor, Grant grant) {
        Objects.requireNonNull(grant, "grant");
        authorizeGrant(actor, grant);
        if (!engine.state().contains(grant)) {
            return false;
        }
        return audited(actor, grantEvent(AuditEventType.PERMISSION_REVOKED, actor, grant), () -> engine.revoke(grant));
    }

    /**
     * Adds a user or group to a group (creating the group), as {@code actor}, who needs {@code GROUP_MANAGE}.
     *
     * @return whether it was not a member yet
     */
    public boolean addMember(Principal actor, String group, Subject member) {
        require(actor, Action.UPDATE, ResourceRef.group(group));
        if (engine.state().groups().getOrDefault(group, Set.of()).contains(member)) {
            return false;
        }
        return audited(actor, change(actor, "member added", ResourceRef.group(group)).detail("member", member.toString())
                .build(), () -> engine.addMember(group, member));
    }

    /** @return whether it was a member; the actor needs {@code GROUP_MANAGE} */
    public boolean removeMember(Principal actor, String group, Subject member) {
        require(actor, Action.UPDATE, ResourceRef.group(group));
        if (!engine.state().groups().getOrDefault(group, Set.of()).contains(member)) {
            return false;
        }
        return audited(actor, change(actor, "member removed", ResourceRef.group(group))
                .detail("member", member.toString()).build(), () -> engine.removeMember(group, member));
    }

    /**
     * Creates a project, as {@code actor} (who needs {@code PROJECT_CREATE}); the creator becomes its
     * {@link ProjectRole#OWNER}, recorded as {@code PERMISSION_GRANTED}.
     *
     * @return whether the project is new
     */
    public boolean createProject(Principal actor, String name) {
        ResourceRef project = ResourceRef.project(name);
        require(actor, Action.CREATE, project);
        if (engine.state().projects().contains(name)) {
            return false;
        }
        audited(actor, change(actor, "project created", project).build(), () -> engine.createProject(name));
        ProjectRoleGrant owner = new ProjectRoleGrant(Subject.user(actor.id()), name, ProjectRole.OWNER);
        if (!engine.state().contains(owner)) {
            audited(actor, grantEvent(AuditEventType.PERMISSION_GRANTED, actor, owner), () -> engine.grant(owner));
        }
        return true;
    }

    /** Deletes a project and its grants; the actor needs {@code PROJECT_DELETE}. @return whether it existed */
    public boolean deleteProject(Principal actor, String name) {
        ResourceRef project = ResourceRef.project(name);
        require(actor, Action.DELETE, project);
        if (!engine.state().projects().contains(name)) {
            return false;
        }
        return audited(actor, change(actor, "project deleted", project).build(), () -> engine.deleteProject(name));
    }

    /** Makes a user known to the policy; the actor needs {@code USER_MANAGE}. @return whether it was new */
    public boolean addUser(Principal actor, String id) {
        require(actor, Action.CREATE, ResourceRef.user(id));
        if (engine.state().users().contains(id)) {
            return false;
        }
        return audited(actor, change(actor, "user added", ResourceRef.user(id)).build(), () -> engine.addUser(id));
    }

    /** Removes a user with its memberships and grants; the actor needs {@code USER_MANAGE}. @return whether known */
    public boolean removeUser(Principal actor, String id) {
        require(actor, Action.DELETE, ResourceRef.user(id));
        if (!engine.state().knownUsers().contains(id)) {
            return false;
        }
        return audited(actor, change(actor, "user removed", ResourceRef.user(id)).build(), () -> engine.removeUser(id));
    }

    /** Replaces the role-mapping rules kept with the policy; the actor needs {@code CONFIGURATION_UPDATE}. */
    public void replaceRoleMapping(Principal actor, RoleMapping mapping) {
        require(actor, Action.UPDATE, ResourceRef.configuration());
        audited(actor, change(actor, "role mapping replaced", ResourceRef.configuration())
                .detail("rules", mapping.rules().size()).build(), () -> {
                    engine.replaceRoleMapping(mapping);
                    return true;
                });
    }

    private void authorizeGrant(Principal actor, Grant grant) {
        if (grant instanceof ProjectRoleGrant g) {
            require(actor, g.role() == ProjectRole.OWNER ? Action.TRANSFER_OWNERSHIP : Action.MANAGE_MEMBERS,
                    ResourceRef.project(g.project()));
        } else if (grant instanceof GlobalRoleGrant g) {
            require(actor, g.role() == GlobalRole.OWNER ? Action.GRANT_OWNER : Action.UPDATE,
                    ResourceRef.user(subjectName(g.subject())));
        } else {
            requireScoped(actor, grant.project()); // a permission grant or a deny
        }
    }

    private void requireScoped(Principal actor, String project) {
        if (project.isEmpty()) {
            require(actor, Action.UPDATE, ResourceRef.configuration());
        } else {
            require(actor, Action.MANAGE_MEMBERS, ResourceRef.project(project));
        }
    }

    private static String subjectName(Subject subject) {
        if (subject instanceof Subject.User u) {
            return u.id();
        }
        return subject instanceof Subject.Group g ? g.name() : "everyone";
    }

    private AuditEvent grantEvent(AuditEventType type, Principal actor, Grant grant) {
        AuditEvent.Builder b = AuditEvent.builder(type).actor(Actor.of(actor)).outcome(Outcome.SUCCESS)
                .detail("grant", grant.toString()).detail("subject", grant.subject().toString())
                .detail("policyVersion", engine.version());
        if (!grant.project().isEmpty()) {
            b.resource(ResourceRef.project(grant.project()));
        } else {
            b.resource(ResourceRef.configuration());
        }
        return b.build();
    }

    private AuditEvent.Builder change(Principal actor, String what, ResourceRef resource) {
        return AuditEvent.builder(AuditEventType.CONFIGURATION_CHANGED).actor(Actor.of(actor))
                .outcome(Outcome.SUCCESS).resource(resource).detail("change", what)
                .detail("policyVersion", engine.version());
    }

    /** Records, then changes; a change that fails after being recorded is recorded again as a failure. */
    private boolean audited(Principal actor, AuditEvent event, BooleanSupplier change) {
        audit.record(event);
        try {
            return change.getAsBoolean();
        } catch (RuntimeException e) {
            try {
                audit.record(AuditEvent.builder(event.type()).actor(Actor.of(actor)).outcome(Outcome.FAILURE)
                        .project(event.project()).resource(event.resource()).correlationId(event.id())
                        .detail("error", e.getClass().getSimpleName()).build());
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
