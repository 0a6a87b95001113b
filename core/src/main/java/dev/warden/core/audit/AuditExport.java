package dev.warden.core.audit;

import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditPage;
import dev.warden.audit.AuditQuery;
import dev.warden.audit.AuditReader;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Optional;

/** Exports stored audit events in a line format, page by page, so a log of any size streams through. */
public final class AuditExport {

    private AuditExport() {
    }

    /**
     * @param reader where the events are
     * @param format the line format
     * @param from events at or after this time, if given
     * @param to events before this time, if given
     * @param out where the lines go, each ended by {@code \n}
     * @return how many events were written
     * @throws IOException if writing fails
     */
    public static long export(AuditReader reader, ExportFormat format, Optional<Instant> from, Optional<Instant> to,
                              Writer out) throws IOException {
        AuditQuery query = AuditQuery.all().limit(1_000);
        if (from.isPresent()) {
            query = query.from(from.get());
        }
        if (to.isPresent()) {
            query = query.to(to.get());
        }
        long count = 0;
        while (true) {
            AuditPage page = reader.query(query);
            for (AuditEvent event : page.events()) {
                out.write(format.line(event));
                out.write('\n');
                count++;
            }
            if (page.next().isEmpty()) {
                break;
            }
            query = page.next().get();
        }
        out.flush();
        return count;
    }
}
