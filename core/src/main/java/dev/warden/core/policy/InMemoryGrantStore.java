package dev.warden.core.policy;

/** Keeps the policy in memory only: for tests, and hosts that rebuild their grants at start-up. */
public final class InMemoryGrantStore implements GrantStore {

    private volatile PolicyState state;

    /** Starts empty. */
    public InMemoryGrantStore() {
        this(PolicyState.EMPTY);
    }

    /** @param initial the starting policy, validated here */
    public InMemoryGrantStore(PolicyState initial) {
        this.state = initial.validate();
    }

    @Override
    public PolicyState load() {
        return state;
    }

    @Override
    public void write(PolicyChange change, PolicyState next) {
        state = next;
    }

    @Override
    public String describe() {
        return "in memory";
    }
}
