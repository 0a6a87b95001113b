package dev.warden.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warden.InvalidInputException;
import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.audit.Outcome;
import dev.warden.auth.PrincipalKind;
import java.time.Instant;
import java.util.Locale;

/**
 * Audit events as OCSF 1.1 JSON events (Open Cybersecurity Schema Framework, schema.ocsf.io), one object per event.
 *
 * <p>Class mapping: logins, logouts, failed logins, API key use and MFA checks are <b>Authentication (3002)</b>
 * (activity 1 Logon, 2 Logoff, 99 Other; {@code auth_protocol_id} 4 OpenID for {@code oidc}, 5 SAML for {@code saml},
 * 99 Other with {@code auth_protocol} naming the method otherwise; {@code is_mfa}); user, key, lock, MFA enrolment and
 * permission changes are <b>Account Change (3001)</b> (1 Create, 5 Disable, 7 Attach Policy, 8 Detach Policy, 9 Lock,
 * 10 MFA Factor Enable, 99 Other); data source reads, writes and erasures are <b>Datastore Activity (6005)</b> (1 Read,
 * 5 Write, 7 Delete); alerts are <b>Detection Finding (2004)</b> (1 Create); the rest (workflows, configuration,
 * access denied, secret access, re-identification, the audit log's own events) are <b>API Activity (6003)</b>
 * (1 Create, 2 Read, 3 Update, 4 Delete, 99 Other). {@code status_id} is 1 Success or 2 Failure ({@code status_detail}
 * says {@code denied} for a denial); {@code type_uid} is {@code class_uid * 100 + activity_id}.
 *
 * <p>Warden fields without an OCSF attribute (project, details, the exact type and time) are kept under
 * {@code unmapped.warden}, so {@link #fromJson} gives the event back unchanged. Output is ASCII-escaped JSON on one
 * line ({@link EventJson#string}).
 */
public final class OcsfFormat {

    /** The OCSF schema version the mapping follows. */
    public static final String VERSION = "1.1.0";

    /** One event's class and activity. */
    record Mapping(int classUid, String className, int categoryUid, String categoryName, int activityId, String activityName) {
    }

    private OcsfFormat() {
    }

    static Mapping mapping(AuditEventType type) {
        return switch (type) {
            case LOGIN -> auth(1, "Logon");
            case LOGIN_FAILED -> auth(1, "Logon");
            case LOGOUT -> auth(2, "Logoff");
            case API_KEY_USED -> auth(1, "Logon");
            case MFA_VERIFIED, MFA_FAILED -> auth(99, "MFA Check");
            case USER_CREATED -> account(1, "Create");
            case USER_DISABLED -> account(5, "Disable");
            case PERMISSION_GRANTED -> account(7, "Attach Policy");
            case PERMISSION_REVOKED -> account(8, "Detach Policy");
            case ACCOUNT_LOCKED -> account(9, "Lock");
            case MFA_ENROLLED -> account(10, "MFA Factor Enable");
            case API_KEY_CREATED -> account(99, "API Key Create");
            case API_KEY_REVOKED -> account(99, "API Key Revoke");
            case DATA_SOURCE_READ -> datastore(1, "Read");
            case DATA_SOURCE_WRITTEN -> datastore(5, "Write");
            case DATA_ERASED -> datastore(7, "Delete");
            case ALERT -> new Mapping(2004, "Detection Finding", 2, "Findings", 1, "Create");
            case WORKFLOW_CREATED, DATA_SOURCE_CREATED -> api(1, "Create");
            case WORKFLOW_UPDATED, DATA_SOURCE_UPDATED, CONFIGURATION_CHANGED -> api(3, "Update");
            case WORKFLOW_DELETED, DATA_SOURCE_DELETED, AUDIT_LOG_PURGED -> api(4, "Delete");
            case SECRET_ACCESSED -> api(2, "Read");
            case WORKFLOW_EXECUTED -> api(99, "Execute");
            case ACCESS_DENIED -> api(99, "Access Denied");
            case REIDENTIFICATION_PERFORMED -> api(99, "Re-identify");
            case AUDIT_LOG_GAP -> api(99, "Audit Log Gap");
            case AUDIT_LOG_REPAIRED -> api(99, "Audit Log Repair");
        };
    }

    private static Mapping auth(int activity, String name) {
        return new Mapping(3002, "Authentication", 3, "Identity & Access Management", activity, name);
    }

    private static Mapping account(int activity, String name) {
        return new Mapping(3001, "Account Change", 3, "Identity & Access Management", activity, name);
    }

    private static Mapping datastore(int activity, String name) {
        return new Mapping(6005, "Datastore Activity", 6, "Application Activity", activity, name);
    }

    private static Mapping api(int activity, String name) {
        return new Mapping(6003, "API Activity", 6, "Application Activity", activity, name);
    }

    /** @return the OCSF {@code auth_protocol_id} for a Warden authentication method */
    static int authProtocolId(String method) {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "oidc", "openid" -> 4;
            case "saml" -> 5;
            case "oauth2", "oauth" -> 6;
            case "kerberos" -> 2;
            case "none", "" -> 0;
            default -> 99;
        };
    }

    /**
     * @param event the event
     * @return its OCSF JSON object on one line, ASCII only
     */
    public static String toJson(AuditEvent event) {
        Mapping m = mapping(event.type());
        StringBuilder out = new StringBuilder(640);
        out.append("{\"class_uid\":").append(m.classUid()).append(",\"class_name\":\"").append(m.className())
                .append("\",\"category_uid\":").append(m.categoryUid()).append(",\"category_name\":\"")
                .append(m.categoryName().replace("&", "\\u0026")).append("\",\"activity_id\":").append(m.activityId())
                .append(",\"activity_name\":\"").append(m.activityName()).append("\",\"type_uid\":")
                .append(m.classUid() * 100L + m.activityId());
        out.append(",\"time\":").append(event.time().toEpochMilli());
        int status = event.outcome() == Outcome.SUCCESS ? 1 : 2;
        out.append(",\"status_id\":").append(status).append(",\"status\":\"").append(status == 1 ? "Success" : "Failure").append('"');
        if (event.outcome() == Outcome.DENIED) {
            out.append(",\"status_detail\":\"denied\"");
        }
        int severity = event.type() == AuditEventType.ALERT ? 4 : switch (event.outcome()) {
            case SUCCESS -> 1;
            case FAILURE -> 2;
            case DENIED -> 3;
        };
        out.append(",\"severity_id\":").append(severity);
        out.append(",\"message\":\"").append(m.activityName()).append(' ').append(event.type().name().toLowerCase(Locale.ROOT)).append('"');
        out.append(",\"metadata\":{\"version\":\"").append(VERSION)
                .append("\",\"product\":{\"name\":\"Warden\",\"vendor_name\":\"Warden\"},\"uid\":");
        EventJson.string(out, event.id());
        if (!event.correlationId().isEmpty()) {
            out.append(",\"correlation_uid\":");
            EventJson.string(out, event.correlationId());
        }
        out.append('}');
        Actor actor = event.actor();
        out.append(",\"actor\":{\"user\":{\"uid\":");
        EventJson.string(out, actor.principalId());
        out.append(",\"name\":");
        EventJson.string(out, actor.principalId());
        out.append(",\"type_id\":").append(actor.kind() == PrincipalKind.USER ? 1 : 3).append("}}");
        if (m.classUid() == 3002) {
            out.append(",\"auth_protocol_id\":").append(authProtocolId(actor.authenticationMethod())).append(",\"auth_protocol\":");
            EventJson.string(out, actor.authenticationMethod());
            out.append(",\"is_mfa\":").append(actor.mfa());
            out.append(",\"user\":{\"uid\":");
            EventJson.string(out, actor.principalId());
            out.append('}');
        }
        if (m.classUid() == 3001) {
            out.append(",\"user\":{\"uid\":");
            EventJson.string(out, event.resource().isEmpty() ? actor.principalId() : event.resource());
            out.append('}');
        }
        if (m.classUid() == 6003) {
            out.append(",\"api\":{\"operation\":\"").append(event.type().name()).append("\"}");
        }
        if (m.classUid() == 2004) {
            out.append(",\"finding_info\":{\"uid\":");
            EventJson.string(out, event.id());
            out.append(",\"title\":");
            EventJson.string(out, event.details().getOrDefault("rule", "alert"));
            out.append('}');
        }
        if (!event.sourceAddress().isEmpty()) {
            out.append(",\"src_endpoint\":{\"ip\":");
            EventJson.string(out, event.sourceAddress());
            out.append('}');
        }
        if (!event.resource().isEmpty()) {
            out.append(",\"resources\":[{\"uid\":");
            EventJson.string(out, event.resource());
            out.append('}');
            out.append(']');
        }
        out.append(",\"unmapped\":{\"warden\":");
        EventJson.appendFields(out, -1, event);
        out.append("}}}");
        return out.toString();
    }

    /**
     * @param node an object written by {@link #toJson}
     * @return the event it carries
     * @throws InvalidInputException if it has no {@code unmapped.warden} object
     */
    public static AuditEvent fromJson(JsonNode node) {
        JsonNode warden = node.path("unmapped").path("warden");
        if (!warden.isObject()) {
            throw new InvalidInputException("OCSF event: no unmapped.warden object; not written by Warden");
        }
        return EventJson.fromJson(warden);
    }

    /** @return the epoch milliseconds the OCSF {@code time} attribute holds for an instant */
    static long time(Instant instant) {
        return instant.toEpochMilli();
    }
}
