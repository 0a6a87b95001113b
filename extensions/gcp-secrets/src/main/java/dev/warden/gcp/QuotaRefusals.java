package dev.warden.gcp;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.api.gax.tracing.ApiTracer;
import com.google.api.gax.tracing.ApiTracerFactory;
import com.google.api.gax.tracing.BaseApiTracer;
import com.google.api.gax.tracing.SpanName;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Remembers whether an attempt of the calling thread's request was refused for quota (HTTP 429,
 * {@code RESOURCE_EXHAUSTED}). The client library retries such refusals with back-off until the store's time-out; when
 * the time-out cuts the last attempt short the call fails {@code DEADLINE_EXCEEDED}, which alone would read as "cannot be
 * reached" although the service answered every attempt. A tracer of the client library's own retry loop
 * ({@link ApiTracerFactory}, installed in the stub settings) sees each failed attempt; the tracer is made on the thread
 * that starts the call, so the thread's {@link #watch} flag follows that call wherever its retries run.
 */
final class QuotaRefusals implements ApiTracerFactory {

    private final ThreadLocal<AtomicBoolean> current = new ThreadLocal<>();

    /** Starts watching the calling thread's next request; {@link #stop} ends it. */
    AtomicBoolean watch() {
        AtomicBoolean refused = new AtomicBoolean();
        current.set(refused);
        return refused;
    }

    void stop() {
        current.remove();
    }

    @Override
    public ApiTracer newTracer(ApiTracer parent, SpanName spanName, OperationType operationType) {
        AtomicBoolean refused = current.get();
        if (refused == null) {
            return BaseApiTracer.getInstance();
        }
        return new ApiTracer() {
            @Override
            public void attemptFailedDuration(Throwable error, Duration delay) {
                note(error);
            }

            @Override
            public void attemptFailedRetriesExhausted(Throwable error) {
                note(error);
            }

            @Override
            public void attemptPermanentFailure(Throwable error) {
                note(error);
            }

            @Override
            public void operationFailed(Throwable error) {
                note(error);
            }

            private void note(Throwable error) {
                if (error instanceof ApiException api
                        && api.getStatusCode().getCode() == StatusCode.Code.RESOURCE_EXHAUSTED) {
                    refused.set(true);
                }
            }
        };
    }
}
