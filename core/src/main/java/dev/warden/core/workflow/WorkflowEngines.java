package dev.warden.core.workflow;

import dev.warden.audit.AuditLog;
import dev.warden.core.config.Environment;
import dev.warden.core.policy.GovernedPolicyEngine;
import dev.warden.secrets.SecretResolver;

/**
 * The governed data-source and workflow engines over one store, as {@link dev.warden.core.Warden} builds them; hosts
 * take them from {@link dev.warden.core.Warden#dataSources()} and {@link dev.warden.core.Warden#workflows()}.
 */
public final class WorkflowEngines {

    private final DataSources dataSources;
    private final Workflows workflows;
    private final Reidentification reidentification;
    private final DataSubjects dataSubjects;

    /**
     * @param store where data sources, versions and runs live
     * @param policy authorizes every operation and records denials
     * @param audit records every change and run, failing closed
     * @param secrets resolves credentials and job keys
     * @param environment production enforces verified TLS to databases
     */
    public WorkflowEngines(WorkflowStore store, GovernedPolicyEngine policy, AuditLog audit, SecretResolver secrets,
            Environment environment) {
        Governed governed = new Governed(policy, audit);
        this.dataSources = new DataSources(store, governed, secrets, environment);
        this.workflows = new Workflows(store, governed, dataSources, secrets);
        this.reidentification = new Reidentification(governed, dataSources, secrets);
        this.dataSubjects = new DataSubjects(governed, dataSources);
    }

    /** @return the data sources engine */
    public DataSources dataSources() {
        return dataSources;
    }

    /** @return the data-subject engine (GDPR Articles 15, 17 and 20) */
    public DataSubjects dataSubjects() {
        return dataSubjects;
    }

    /** @return the re-identification engine */
    public Reidentification reidentification() {
        return reidentification;
    }

    /** @return the workflows engine */
    public Workflows workflows() {
        return workflows;
    }
}
