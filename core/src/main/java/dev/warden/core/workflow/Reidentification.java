package dev.warden.core.workflow;

import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.auth.Principal;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.ValueTransformer;
import dev.warden.policy.Action;
import dev.warden.policy.ResourceRef;
import dev.warden.policy.ResourceType;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Re-identification, as {@link dev.warden.core.Warden#reidentification()} hands it out: reversing format-preserving
 * encryption or keyed tokens back to the original values, under the {@code REIDENTIFY} permission on the data source
 * that holds the de-identified values (or on its project) — a permission no project role includes — and recorded as
 * {@code REIDENTIFICATION_PERFORMED} before any value is reversed (who, on what, which columns, how many values, why;
 * never a value). Fail-closed: when the event cannot be recorded nothing is reversed; a refusal is recorded as
 * {@code ACCESS_DENIED}.
 *
 * <p>The job key is resolved through the secret resolver (itself audited as {@code SECRET_ACCESSED}) and wiped after.
 * Thread-safe.
 */
public final class Reidentification {

    private final Governed governed;
    private final DataSources dataSources;
    private final SecretResolver secrets;

    Reidentification(Governed governed, DataSources dataSources, SecretResolver secrets) {
        this.governed = Objects.requireNonNull(governed, "governed");
        this.dataSources = Objects.requireNonNull(dataSources, "dataSources");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Re-identifies the values of one or more columns.
     *
     * @param actor who asks
     * @param scope the data source that holds the values ({@code data-source:project/name}, which must be defined) or
     *     the project ({@code project:name})
     * @param key the job key the values were de-identified with
     * @param purpose why, in one line (a ticket, a court order), recorded with the event
     * @param columns the columns, each with its transformation, domain and values
     * @return per column name, in the order given, the original values in the order given
     * @throws dev.warden.policy.AccessDeniedException without {@code REIDENTIFY} on the scope (recorded)
     * @throws dev.warden.audit.AuditUnavailableException when the event cannot be recorded (nothing reversed)
     * @throws InvalidInputException if the scope is neither a data source nor a project, a data source is not
     *     defined, column names repeat, or a value cannot be reversed (naming the column and position, never the
     *     value)
     * @throws ConfigurationException if the key cannot be resolved or is too short
     */
    public Map<String, List<String>> reidentify(Principal actor, ResourceRef scope, SecretRef key, String purpose,
            List<ReversibleColumn> columns) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(purpose, "purpose");
        if (scope.type() != ResourceType.DATA_SOURCE && scope.type() != ResourceType.PROJECT) {
            throw new InvalidInputException("re-identification: the scope is a data source or a project, not " + scope);
        }
        if (purpose.isBlank()) {
            throw new InvalidInputException("re-identification: give a purpose (a ticket, a court order); it is recorded");
        }
        if (columns.isEmpty() || columns.stream().map(ReversibleColumn::name).distinct().count() != columns.size()) {
            throw new InvalidInputException("re-identification: give at least one column, each name once");
        }
        governed.require(actor, Action.REIDENTIFY, scope);
        if (scope.type() == ResourceType.DATA_SOURCE) {
            dataSources.require(scope.project(), scope.name());
        }
        long count = columns.stream().mapToLong(c -> c.values().size()).sum();
        AuditEvent event = governed.event(AuditEventType.REIDENTIFICATION_PERFORMED, actor, scope)
                .detail("columns", columns.stream().map(ReversibleColumn::name).collect(Collectors.joining(",")))
                .detail("values", count)
                .detail("valuesPerColumn", columns.stream().map(c -> c.name() + "=" + c.values().size())
                        .collect(Collectors.joining(",")))
                .detail("purpose", purpose).detail("keyScheme", key.scheme()).build();
        return governed.audited(actor, event, () -> reverse(key, columns));
    }

    private Map<String, List<String>> reverse(SecretRef key, List<ReversibleColumn> columns) {
        byte[] jobKey;
        try (Secret secret = secrets.resolve(key)) {
            jobKey = secret.bytes();
        } catch (ConfigurationException e) {
            throw e;
        } catch (WardenException e) {
            throw new ConfigurationException("re-identification: the job key (scheme " + key.scheme()
                    + ") cannot be resolved: " + e.getMessage(), e);
        }
        Deidentifier deidentifier;
        try {
            deidentifier = Deidentifiers.builder().jobKey(jobKey).reidentification(true).build();
        } finally {
            Arrays.fill(jobKey, (byte) 0);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ReversibleColumn column : columns) {
            ValueTransformer reverse = deidentifier.reverse(column.transformation(), column.domain());
            List<String> originals = new ArrayList<>(column.values().size());
            int i = 0;
            for (String value : column.values()) {
                try {
                    originals.add(value == null ? null : reverse.apply(value));
                } catch (RuntimeException e) {
                    throw new InvalidInputException("re-identification, column " + column.name() + ", value " + i
                            + ": cannot be reversed (" + e.getClass().getSimpleName() + "); check the transformation, "
                            + "domain and key are those it was de-identified with");
                }
                i++;
            }
            out.put(column.name(), java.util.Collections.unmodifiableList(originals));
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
