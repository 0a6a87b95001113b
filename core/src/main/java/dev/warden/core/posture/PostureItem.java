package dev.warden.core.posture;

import java.util.List;
import java.util.Objects;

/**
 * One checklist item as evaluated. Never holds a secret or personal value: settings are named by their path, accounts
 * by their name, API keys by their public id.
 *
 * @param id a stable identifier such as {@code tls.everywhere}
 * @param title what the item requires, in one line
 * @param status pass, fail or not applicable
 * @param severity critical or advisory
 * @param findings what was found (for a failure: each offending setting, account or key); may be empty
 * @param remedy what to change when it fails; empty otherwise
 * @param reference the standard or guidance the item comes from
 */
public record PostureItem(String id, String title, PostureStatus status, Severity severity, List<String> findings,
                          String remedy, String reference) {

    public PostureItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(severity, "severity");
        findings = List.copyOf(findings);
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(reference, "reference");
    }

    /** @return whether it failed */
    public boolean failed() {
        return status == PostureStatus.FAIL;
    }

    /** @return whether it failed and is critical */
    public boolean criticalFailure() {
        return failed() && severity == Severity.CRITICAL;
    }
}
