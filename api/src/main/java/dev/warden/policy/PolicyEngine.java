package dev.warden.policy;

import dev.warden.auth.Principal;

/**
 * Answers "may this principal do this action to this resource?" under role-based access control with global and
 * project roles, groups and default deny.
 *
 * <p>Implementations are thread-safe. A check that starts after a change to the grants has returned sees that change.
 */
public interface PolicyEngine {

    /**
     * Decides one request. Never throws for an unknown user, project or resource: those are denied.
     *
     * @param principal who asks
     * @param action what they want to do
     * @param resource to what
     * @return the decision with its reason; denied when no grant matches (default deny)
     */
    Decision check(Principal principal, Action action, ResourceRef resource);

    /**
     * Like {@link #check} but throws when denied, for guarding an action.
     *
     * @return the allowing decision
     * @throws AccessDeniedException carrying the denying decision and its reason
     */
    default Decision require(Principal principal, Action action, ResourceRef resource) {
        Decision decision = check(principal, action, resource);
        if (!decision.allowed()) {
            throw new AccessDeniedException(principal.id(), action, resource, decision);
        }
        return decision;
    }
}
