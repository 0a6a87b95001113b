package dev.warden.core.policy;

import dev.warden.policy.Grant;
import dev.warden.policy.PolicyNames;
import dev.warden.policy.RoleMapping;
import dev.warden.policy.Subject;
import java.util.Objects;

/** One change to a {@link PolicyState}, as a {@link GrantStore} persists it. */
public sealed interface PolicyChange {

    /** @param id a user to add to the known users */
    record AddUser(String id) implements PolicyChange {
        public AddUser {
            PolicyNames.requireUser(id);
        }
    }

    /** @param id a user to remove, with its memberships and its own grants */
    record RemoveUser(String id) implements PolicyChange {
        public RemoveUser {
            PolicyNames.requireUser(id);
        }
    }

    /** @param name a project to create */
    record CreateProject(String name) implements PolicyChange {
        public CreateProject {
            PolicyNames.requireProject(name);
        }
    }

    /** @param name a project to delete, with every grant confined to it */
    record DeleteProject(String name) implements PolicyChange {
        public DeleteProject {
            PolicyNames.requireProject(name);
        }
    }

    /**
     * @param group the group
     * @param member a user or a group to add to it
     */
    record AddMember(String group, Subject member) implements PolicyChange {
        public AddMember {
            PolicyNames.requireGroup(group);
            requireMember(member);
        }
    }

    /**
     * @param group the group
     * @param member a user or a group to remove from it
     */
    record RemoveMember(String group, Subject member) implements PolicyChange {
        public RemoveMember {
            PolicyNames.requireGroup(group);
            requireMember(member);
        }
    }

    /** @param grant a grant to add */
    record AddGrant(Grant grant) implements PolicyChange {
        public AddGrant {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** @param grant a grant to remove */
    record RevokeGrant(Grant grant) implements PolicyChange {
        public RevokeGrant {
            Objects.requireNonNull(grant, "grant");
        }
    }

    /** @param mapping the new role-mapping rules */
    record ReplaceRoleMapping(RoleMapping mapping) implements PolicyChange {
        public ReplaceRoleMapping {
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    private static void requireMember(Subject member) {
        Objects.requireNonNull(member, "member");
        if (member instanceof Subject.Everyone) {
            throw new dev.warden.InvalidInputException("policy: a group's member is a user or a group, not everyone");
        }
    }
}
