package dev.warden.core.audit;

/**
 * One problem found while verifying a hash chain.
 *
 * @param damage what kind of problem
 * @param location where: {@code file:line} for JSON Lines, {@code table seq=N} for JDBC
 * @param seq the sequence number of the record concerned, or 0 when not known
 * @param message a one-line explanation naming the record and what to do; never a field value
 */
public record Finding(Damage damage, String location, long seq, String message) {

    @Override
    public String toString() {
        return damage + " at " + location + ": " + message;
    }
}
