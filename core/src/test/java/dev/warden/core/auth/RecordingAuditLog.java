package dev.warden.core.auth;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.AuditLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit log that keeps events in memory, for assertions (the real pipeline is the audit helper's). */
public final class RecordingAuditLog implements AuditLog {

    public final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditEvent event) {
        events.add(event);
    }

    public List<AuditEventType> types() {
        return events.stream().map(AuditEvent::type).toList();
    }

    public AuditEvent last() {
        return events.get(events.size() - 1);
    }
}
