package dev.warden.core.audit.reliability;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.core.audit.AuditPipeline;
import dev.warden.core.audit.jsonl.JsonlAuditSink;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child JVM of {@link CrashTest}: records events from several threads as fast as it can and prints the id of
 * each event once {@code record} has returned (acknowledged), until it is killed.
 *
 * <p>Arguments: the log directory, the secret.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        byte[] secret = args[1].getBytes(StandardCharsets.US_ASCII);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.US_ASCII);
        AuditPipeline.Builder builder = AuditPipeline.builder().secret(secret);
        JsonlAuditSink sink = JsonlAuditSink.builder().directory(dir).chainKey(builder.chainKey()).maxFileBytes(64 * 1024).open();
        AuditPipeline pipeline = builder.sink(sink).build();
        Runnable producer = () -> {
            for (int i = 0; ; i++) {
                AuditEvent event = AuditEvent.builder(AuditEventType.DATA_SOURCE_READ)
                        .actor(Actor.user("crash-user-" + Thread.currentThread().getName(), "password"))
                        .resource("data-source:clinical/patients").detail("rows", i).build();
                pipeline.record(event);
                synchronized (out) {
                    out.print(event.id());
                    out.print('\n');
                    out.flush();
                }
            }
        };
        for (int t = 0; t < 4; t++) {
            new Thread(producer, "p" + t).start();
        }
    }
}
