package dev.warden.core.audit;

import dev.warden.InvalidInputException;
import dev.warden.audit.AuditEvent;
import java.util.Locale;

/** The line formats audit events are exported in, one event per line. */
public enum ExportFormat {
    /** OCSF 1.1 JSON events ({@link OcsfFormat}). */
    OCSF,
    /** ArcSight CEF lines ({@link CefFormat}). */
    CEF,
    /** Warden's canonical JSON ({@link EventJson}), without the chain fields. */
    JSONL;

    /**
     * @param event the event
     * @return its line, without a line end; never contains CR, LF or another line separator
     */
    public String line(AuditEvent event) {
        return switch (this) {
            case OCSF -> OcsfFormat.toJson(event);
            case CEF -> CefFormat.format(event);
            case JSONL -> EventJson.toJson(event);
        };
    }

    /**
     * @param text {@code ocsf}, {@code cef} or {@code jsonl}, any case
     * @return the format
     * @throws InvalidInputException for anything else
     */
    public static ExportFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("export format '" + text + "': expected ocsf, cef or jsonl");
        }
    }
}
