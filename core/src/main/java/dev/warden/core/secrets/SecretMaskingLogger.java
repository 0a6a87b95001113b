package dev.warden.core.secrets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An SLF4J logger that masks every value substituted from {@code ${secret:...}} ({@link SubstitutedSecrets}) in the
 * formatted message and in the logged exception's messages, its causes' and suppressed ones' included, before the
 * host's binding sees them. Warden's own classes log through it, since their messages quote settings (a directory, a
 * URL) that may hold such a value. Levels are the delegate's, so a disabled level costs what it costs there.
 */
public final class SecretMaskingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient Logger delegate;

    private SecretMaskingLogger(Logger delegate) {
        this.delegate = delegate;
        this.name = delegate.getName();
    }

    /**
     * @param owner the class that logs (the logger is named after it, as {@link LoggerFactory#getLogger(Class)} does)
     * @return a masking logger over the binding's logger for {@code owner}
     */
    public static Logger of(Class<?> owner) {
        return new SecretMaskingLogger(LoggerFactory.getLogger(owner));
    }

    @Override
    public boolean isTraceEnabled() {
        return delegate.isTraceEnabled();
    }

    @Override
    public boolean isDebugEnabled() {
        return delegate.isDebugEnabled();
    }

    @Override
    public boolean isInfoEnabled() {
        return delegate.isInfoEnabled();
    }

    @Override
    public boolean isWarnEnabled() {
        return delegate.isWarnEnabled();
    }

    @Override
    public boolean isErrorEnabled() {
        return delegate.isErrorEnabled();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return SecretMaskingLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        String message = SubstitutedSecrets.mask(MessageFormatter.basicArrayFormat(pattern, arguments));
        Throwable shown = throwable == null || !SubstitutedSecrets.leaks(throwable) ? throwable : new Masked(throwable, 0);
        org.slf4j.spi.LoggingEventBuilder event = delegate.atLevel(level).setMessage(message);
        if (marker != null) {
            event = event.addMarker(marker);
        }
        if (shown != null) {
            event = event.setCause(shown);
        }
        event.log();
    }

    /** Prints as the original would (class, message, frames, causes, suppressed), with every message masked. */
    private static final class Masked extends Throwable {
        private static final long serialVersionUID = 1L;
        private final String text;

        Masked(Throwable original, int depth) {
            super(null, original.getCause() == null || depth >= 32 ? null : new Masked(original.getCause(), depth + 1),
                    true, true);
            this.text = SubstitutedSecrets.mask(original.toString());
            setStackTrace(original.getStackTrace());
            for (Throwable s : original.getSuppressed()) {
                if (depth < 32) {
                    addSuppressed(new Masked(s, depth + 1));
                }
            }
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public String getMessage() {
            return text;
        }
    }
}
