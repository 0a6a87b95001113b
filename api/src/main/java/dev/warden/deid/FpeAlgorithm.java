package dev.warden.deid;

/** The format-preserving encryption modes of NIST SP 800-38G Rev. 1, both with AES. */
public enum FpeAlgorithm {
    /** FF1 (SP 800-38G Rev. 1, section 6.2): tweak of any length, 10 Feistel rounds. */
    FF1("ff1"),
    /** FF3-1 (SP 800-38G Rev. 1, section 6.3): 56-bit tweak, 8 Feistel rounds, input at most 2·log_radix(2^96). */
    FF3_1("ff3-1");

    private final String kind;

    FpeAlgorithm(String kind) {
        this.kind = kind;
    }

    /** @return the kind's name, {@code ff1} or {@code ff3-1} */
    public String kind() {
        return kind;
    }
}
