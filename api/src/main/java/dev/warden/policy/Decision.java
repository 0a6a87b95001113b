package dev.warden.policy;

/**
 * The outcome of one policy check, as a value: whether it is allowed, why (which grant, via which group or mapping
 * rule, or why it was denied), and the version of the policy it was made against.
 *
 * @param allowed whether the action is permitted
 * @param reason a human-readable explanation naming the grant or the denial rule; never empty
 * @param policyVersion the version of the grant set the decision was made against (increases with every change)
 */
public record Decision(boolean allowed, String reason, long policyVersion) {

    public Decision {
        if (reason == null || reason.isEmpty()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
    }

    /** @return an allowing decision */
    public static Decision allow(String reason, long policyVersion) {
        return new Decision(true, reason, policyVersion);
    }

    /** @return a denying decision */
    public static Decision deny(String reason, long policyVersion) {
        return new Decision(false, reason, policyVersion);
    }
}
