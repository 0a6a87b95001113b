package dev.warden.core.workflow;

import dev.warden.InvalidInputException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Transformation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One column's de-identified values to re-identify, with the transformation and consistency domain that produced
 * them (as the job report's column lists them).
 *
 * @param name the column's name, for the audit event (e.g. {@code patients.SSN})
 * @param transformation a reversible transformation: format-preserving encryption (FF1, FF3-1; NIST SP 800-38G) or a
 *     keyed token (deterministic encryption)
 * @param domain the consistency domain the values were transformed in
 * @param values the de-identified values; {@code null} entries stay {@code null}
 */
public record ReversibleColumn(String name, Transformation transformation, ConsistencyDomain domain, List<String> values) {

    /** @throws InvalidInputException if a part is missing or the transformation cannot be reversed */
    public ReversibleColumn {
        if (name == null || name.isBlank() || transformation == null || domain == null || values == null) {
            throw new InvalidInputException("re-identification: a column needs a name, a transformation, a domain "
                    + "and values");
        }
        if (!(transformation instanceof Transformation.FormatPreservingEncryption)
                && !(transformation instanceof Transformation.KeyedToken)) {
            throw new InvalidInputException("re-identification, column " + name + ": '" + transformation.kind()
                    + "' is not reversible; only ff1, ff3-1 and token are");
        }
        values = Collections.unmodifiableList(new ArrayList<>(values)); // keeps null entries, unlike List.copyOf
    }
}
