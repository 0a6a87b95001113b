package dev.warden.samples.cli;

import dev.warden.core.secrets.SubstitutedSecrets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output and error of the {@code warden} command, line by line through {@link SubstitutedSecrets#mask}: no
 * value substituted from {@code ${secret:...}} reaches the terminal, whatever printed it (a report, a log line of a
 * library, a stack trace). A line is written when its line feed arrives, or on {@link #flush()} when it is longer than
 * 64 KiB.
 */
final class MaskingOutputStream extends OutputStream {

    private final OutputStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    MaskingOutputStream(OutputStream target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(b[i]);
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (line.size() > 65536) {
            emit();
        }
        target.flush();
    }

    /** Writes a last line that has no line feed, leaving the target open. */
    void finish() {
        try {
            emit();
        } catch (IOException e) {
            // The terminal is gone: nothing left to tell it.
        }
    }

    @Override
    public synchronized void close() throws IOException {
        emit();
        target.close();
    }

    private synchronized void emit() throws IOException {
        if (line.size() == 0) {
            return;
        }
        String text = line.toString(StandardCharsets.UTF_8);
        line.reset();
        target.write(SubstitutedSecrets.mask(text).getBytes(StandardCharsets.UTF_8));
        target.flush();
    }
}
