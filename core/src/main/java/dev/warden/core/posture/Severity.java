package dev.warden.core.posture;

/** How much a failing item matters. */
public enum Severity {
    /** In production, {@code Warden.builder().build()} refuses to start while such an item fails (unless overridden). */
    CRITICAL,
    /** Reported (and {@code warden posture} exits 3), but the host still starts. */
    ADVISORY
}
