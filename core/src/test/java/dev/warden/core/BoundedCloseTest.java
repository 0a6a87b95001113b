package dev.warden.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warden.audit.Actor;
import dev.warden.audit.AuditEvent;
import dev.warden.audit.AuditEventType;
import dev.warden.config.ConfigNode;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code Warden.close()} returns although a plug-in's own {@code close()} never does. */
class BoundedCloseTest {

    private final CountDownLatch never = new CountDownLatch(1);

    @AfterEach
    void release() {
        never.countDown();
    }

    /** A sink whose close blocks until the test ends. */
    private final class HangingSinkFactory implements AuditSinkFactory {
        @Override
        public String type() {
            return "hangs-on-close";
        }

        @Override
        public AuditSink create(ConfigNode config) {
            return new AuditSink() {
                @Override
                public String name() {
                    return "hanging";
                }

                @Override
                public void write(List<AuditEvent> batch) {
                }

                @Override
                public void close() throws java.io.IOException {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
        }
    }

    @Test
    void closeReturnsWhenAnAuditSinksCloseHangs() {
        Warden warden = Warden.builder().plugin(new HangingSinkFactory()).configuration(WardenConfiguration.parse(
                "{\"audit\": {\"sinks\": [{\"type\": \"hangs-on-close\"}]}}", "warden.json")).build();
        warden.auditLog().record(AuditEvent.builder(AuditEventType.LOGIN).actor(Actor.user("alice", "test")).build());
        assertTimeoutPreemptively(Duration.ofSeconds(30), warden::close);
        assertThat(never.getCount()).as("the sink's close is still blocked: close returned without it").isEqualTo(1);
    }

    @Test
    void aCloseThatFinishesIsWaitedFor() {
        boolean[] closed = {false};
        assertThat(BoundedClose.run("test", () -> closed[0] = true, Duration.ofSeconds(5))).isTrue();
        assertThat(closed[0]).isTrue();
    }

    @Test
    void aCloseThatHangsIsGivenUpAfterTheLimit() {
        assertThat(BoundedClose.run("test", never::await, Duration.ofMillis(200))).isFalse();
    }
}
