package dev.warden.deid;

/** Where a profile's key material comes from. */
public enum KeyPolicy {
    /** The job key (a secret the operator keeps): the same key gives the same output in every run. */
    JOB_KEY,
    /**
     * A random key drawn for the run, held only in memory and never stored or logged: joins survive inside one run,
     * nothing links back after it.
     */
    RANDOM_PER_RUN
}
