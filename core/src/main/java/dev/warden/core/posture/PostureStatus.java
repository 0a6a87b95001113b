package dev.warden.core.posture;

/** The outcome of one checklist item. */
public enum PostureStatus {
    /** The installation meets the item. */
    PASS,
    /** It does not; the item says what to change. */
    FAIL,
    /** The item does not apply (nothing it looks at is configured or given, or the environment relaxes it). */
    NOT_APPLICABLE
}
