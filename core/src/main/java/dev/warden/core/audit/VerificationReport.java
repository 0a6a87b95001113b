package dev.warden.core.audit;

import java.util.List;
import java.util.Optional;

/**
 * The result of verifying a hash-chained audit log.
 *
 * @param records how many complete records were read
 * @param findings the problems found, in log order; verification stops at the first tampering
 * @param lastSeq the sequence number of the last record accepted
 * @param lastMac the MAC of the last record accepted ({@link HashChain#GENESIS} for an empty log)
 */
public record VerificationReport(long records, List<Finding> findings, long lastSeq, String lastMac) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** @return whether the chain is intact: no finding at all */
    public boolean intact() {
        return findings.isEmpty();
    }

    /** @return the first finding that means someone changed the log */
    public Optional<Finding> firstTampering() {
        return findings.stream().filter(f -> f.damage().isTampering()).findFirst();
    }

    /** @return whether the only problems are a torn tail (from a crash) */
    public boolean onlyTornTail() {
        return !findings.isEmpty() && findings.stream().allMatch(f -> f.damage() == Damage.TORN_TAIL);
    }
}
