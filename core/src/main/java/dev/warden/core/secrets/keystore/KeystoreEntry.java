package dev.warden.core.secrets.keystore;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Keystore#list()} shows of one entry: metadata only, never a value.
 *
 * @param name the entry's name, as in {@code keystore:<name>}
 * @param currentVersion the version resolved when none is asked for (the highest)
 * @param versions every version kept, oldest first
 * @param created when the first kept version was written
 * @param updated when the current version was written
 */
public record KeystoreEntry(String name, int currentVersion, List<Integer> versions, Instant created, Instant updated) {

    public KeystoreEntry {
        Objects.requireNonNull(name, "name");
        versions = List.copyOf(versions);
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
    }
}
