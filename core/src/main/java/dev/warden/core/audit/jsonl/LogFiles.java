package dev.warden.core.audit.jsonl;

import dev.warden.core.audit.ChainVerifier.RawLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files of a JSON Lines audit log: {@code <prefix>-<yyyyMMdd>-<first seq, 12 digits>.jsonl}. */
final class LogFiles {

    static final Pattern NAME = Pattern.compile("(.+)-(\\d{8})-(\\d{12})\\.jsonl");
    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private LogFiles() {
    }

    static String name(String prefix, LocalDate day, long firstSeq) {
        return prefix + "-" + DAY.format(day) + "-" + String.format("%012d", firstSeq) + ".jsonl";
    }

    static LocalDate dayOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an audit log file name");
        }
        return LocalDate.parse(m.group(2), DAY);
    }

    static long firstSeqOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(3)) : 0;
    }

    static String prefixOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : "audit";
    }

    /** @return the log files with this prefix in {@code dir}, oldest first */
    static List<Path> list(Path dir, String prefix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> {
                Matcher m = NAME.matcher(p.getFileName().toString());
                return m.matches() && m.group(1).equals(prefix) && Files.isRegularFile(p);
            }).sorted().toList();
        }
    }

    /**
     * The end of a file's last complete line.
     *
     * @return the offset just after the last line feed (0 if none)
     */
    static long endOfLastLine(FileChannel channel) throws IOException {
        long size = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        long end = size;
        while (end > 0) {
            int chunk = (int) Math.min(buffer.capacity(), end);
            buffer.clear().limit(chunk);
            long start = end - chunk;
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, start + buffer.position()) < 0) {
                    break;
                }
            }
            for (int i = chunk - 1; i >= 0; i--) {
                if (buffer.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    /** @return the last complete line (without its line feed) ending at {@code endOfLastLine}, or null if none */
    static byte[] lastLine(FileChannel channel, long endOfLastLine) throws IOException {
        if (endOfLastLine == 0) {
            return null;
        }
        long lineEnd = endOfLastLine - 1;
        long start = lineEnd;
        ByteBuffer one = ByteBuffer.allocate(8192);
        outer:
        while (start > 0) {
            int chunk = (int) Math.min(one.capacity(), start);
            one.clear().limit(chunk);
            long from = start - chunk;
            while (one.hasRemaining()) {
                if (channel.read(one, from + one.position()) < 0) {
                    break;
                }
            }
            for (int i = chunk - 1; i >= 0; i--) {
                if (one.get(i) == '\n') {
                    start = from + i + 1;
                    break outer;
                }
            }
            start = from;
        }
        ByteBuffer line = ByteBuffer.allocate((int) (lineEnd - start));
        while (line.hasRemaining()) {
            if (channel.read(line, start + line.position()) < 0) {
                break;
            }
        }
        return line.array();
    }

    static byte[] lastLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return lastLine(channel, endOfLastLine(channel));
        }
    }

    /** @return every line of the files, in order, each marked complete when it ended with a line feed */
    static List<RawLine> rawLines(List<Path> files) {
        List<RawLine> lines = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int start = 0;
            int lineNo = 1;
            String name = file.getFileName().toString();
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    lines.add(new RawLine(name + ":" + lineNo++, Arrays.copyOfRange(bytes, start, i), true));
                    start = i + 1;
                }
            }
            if (start < bytes.length) {
                lines.add(new RawLine(name + ":" + lineNo, Arrays.copyOfRange(bytes, start, bytes.length), false));
            }
        }
        return lines;
    }
}
