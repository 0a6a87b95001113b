package dev.warden.core.secrets;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures everything logged while open: SLF4J (the tests' binding, slf4j-simple, writes to whatever
 * {@code System.err} is at the time of each call), {@code System.out}, and java.util.logging / System.Logger (which
 * Caffeine and the JDK's HTTP client use), all levels.
 */
public final class LogCapture implements AutoCloseable {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream originalErr = System.err;
    private final PrintStream originalOut = System.out;
    private final StringBuilder jul = new StringBuilder();
    private final Handler handler;
    private final Level originalLevel;

    public LogCapture() {
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        Logger root = Logger.getLogger("");
        originalLevel = root.getLevel();
        root.setLevel(Level.ALL);
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (jul) {
                    jul.append(record.getLevel()).append(' ').append(record.getLoggerName()).append(' ')
                            .append(record.getMessage());
                    if (record.getParameters() != null) {
                        for (Object parameter : record.getParameters()) {
                            jul.append(" | ").append(parameter);
                        }
                    }
                    if (record.getThrown() != null) {
                        jul.append(" | ").append(record.getThrown());
                    }
                    jul.append('\n');
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    /** @return everything captured so far */
    public String text() {
        synchronized (jul) {
            return bytes.toString(StandardCharsets.UTF_8) + "\n" + jul;
        }
    }

    @Override
    public void close() {
        System.setErr(originalErr);
        System.setOut(originalOut);
        Logger root = Logger.getLogger("");
        root.removeHandler(handler);
        root.setLevel(originalLevel);
    }
}
