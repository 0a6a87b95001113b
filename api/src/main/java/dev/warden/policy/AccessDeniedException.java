package dev.warden.policy;

import dev.warden.WardenException;

/** A policy check denied an action; carries the {@link Decision} and its reason. */
public class AccessDeniedException extends WardenException {

    private static final long serialVersionUID = 1L;

    private final transient Decision decision;

    /**
     * @param principalId who was denied
     * @param action what they tried
     * @param resource on what
     * @param decision the denying decision
     */
    public AccessDeniedException(String principalId, Action action, ResourceRef resource, Decision decision) {
        super("access denied: " + principalId + " may not " + action + " " + resource + " (" + decision.reason() + ")");
        this.decision = decision;
    }

    /** @return the denying decision */
    public Decision decision() {
        return decision;
    }
}
