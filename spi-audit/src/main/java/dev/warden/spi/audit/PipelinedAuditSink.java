package dev.warden.spi.audit;

import dev.warden.audit.AuditEvent;
import java.io.IOException;
import java.util.List;

/**
 * An {@link AuditSink} whose durable write comes in two steps, so the audit pipeline can <em>pipeline</em> its group
 * commit: append (encode, chain and write) batch N+1 while batch N is being made durable (fsync) on another thread.
 *
 * <p>The pipeline acknowledges an event only after a {@link #sync()} that began after the event's {@link #append}
 * returned has itself returned normally, so an acknowledgement never precedes durability.
 *
 * <p><b>Threads.</b> {@link #append} and {@link #discard} are never called concurrently with each other;
 * {@link #sync} is called from one other thread, possibly while an {@code append} runs, never while {@code discard}
 * runs, never concurrently with itself.
 */
public interface PipelinedAuditSink extends AuditSink {

    /**
     * Appends the events after everything appended before, in order, without waiting for them to be durable.
     *
     * @param batch one or more events, in the order they were recorded
     * @throws IOException if they could not be appended; then nothing of this batch remains, or the sink is left so
     *     that the next {@link #sync()} fails (and the pipeline calls {@link #discard()})
     */
    void append(List<AuditEvent> batch) throws IOException;

    /**
     * Makes durable everything whose {@link #append} returned before this call began (fsync for files).
     *
     * @throws IOException if that cannot be assured; the pipeline then fails every event appended since the last
     *     successful sync and calls {@link #discard()}
     */
    void sync() throws IOException;

    /**
     * After a failed {@link #sync()} (or a failed {@link #append}): drops everything appended since the last successful sync and returns to that
     * durable state, so the next {@link #append} continues from it. Nothing already durable may be damaged.
     *
     * @throws IOException if even that fails; the sink should then start afresh (e.g. a new file) on the next append
     */
    void discard() throws IOException;

    /** {@inheritDoc} Appends, then syncs; on a failure, discards. */
    @Override
    default void write(List<AuditEvent> batch) throws IOException {
        try {
            append(batch);
            sync();
        } catch (IOException | RuntimeException e) {
            try {
                discard();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }
}
