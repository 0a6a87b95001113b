package dev.warden.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.audit.AuditEventType;
import dev.warden.spi.audit.ChainKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.warden.spi.audit.RecordMac;

/**
 * Checks a hash-chained audit log ({@link HashChain}) and names the first damaged record and the kind of damage.
 *
 * <p>Rules, in order: a line that does not end with a line feed and is the last of the log is a {@link
 * Damage#TORN_TAIL}, unless it parses as a whole record whose MAC fails (a crash leaves only a prefix of a record,
 * so that is {@link Damage#MODIFIED}); if no record's MAC verifies, the key is wrong ({@link Damage#WRONG_KEY}); the first record must
 * link to {@link HashChain#GENESIS} with sequence 1 or to the {@code lastMac} of a retention purge event; a record
 * whose MAC fails is {@link Damage#INSERTED} when its successor links over it, else {@link Damage#MODIFIED}; a record
 * that verifies but does not link to its predecessor is {@link Damage#REMOVED} (sequence numbers skipped and absent
 * from the log), {@link Damage#REORDERED} (the missing numbers appear later) or {@link Damage#INSERTED} (a copy of
 * another record), unless it is the writer's own {@link AuditEventType#AUDIT_LOG_GAP} record accounting exactly for
 * the missing records ({@link Damage#GAP}).
 *
 * <p>Known limit, shared by every hash chain: cutting records off the <em>end</em> of a log leaves a valid, shorter
 * chain. Compare the last MAC with a copy kept elsewhere (a second sink, such as syslog) to detect that.
 */
public final class ChainVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One line of a log as stored.
     *
     * @param location {@code file:line} or similar, for messages
     * @param bytes the line without its line feed
     * @param complete whether it ended with a line feed
     */
    public record RawLine(String location, byte[] bytes, boolean complete) {
    }

    private record Item(String location, long seq, String prev, String mac, boolean macValid, String type,
                        JsonNode details) {
    }

    private ChainVerifier() {
    }

    /**
     * @param lines every line of the log, oldest first
     * @param key the chain key
     * @return what was found
     */
    public static VerificationReport verify(List<RawLine> lines, ChainKey key) {
        RecordMac mac = key.newMac();
        List<Finding> findings = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RawLine line = lines.get(i);
            boolean last = i == lines.size() - 1;
            if (!line.complete() || isAllNul(line.bytes())) {
                Item whole = line.complete() ? null : parse(line, mac);
                if (whole != null && !whole.macValid()) {
                    // A crash leaves a prefix of what was written; a record that parses whole but fails its MAC was
                    // changed (its line feed removed to pass it off as a torn tail).
                    items.add(whole);
                    continue;
                }
                if (last || !line.complete()) {
                    findings.add(new Finding(Damage.TORN_TAIL, line.location(), 0,
                            "the record is incomplete (" + line.bytes().length + " bytes, a crash during a write); "
                                    + "run 'warden audit repair' to cut it off"));
                    continue;
                }
            }
            Item item = parse(line, mac);
            if (item == null) {
                findings.add(new Finding(Damage.MALFORMED, line.location(), 0,
                        "the line is not an audit record (not JSON of the expected shape)"));
                return new VerificationReport(items.size(), findings, 0, HashChain.GENESIS);
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            return new VerificationReport(0, findings, 0, HashChain.GENESIS);
        }
        if (items.stream().noneMatch(Item::macValid)) {
            Item first = items.get(0);
            findings.add(0, new Finding(Damage.WRONG_KEY, first.location(), first.seq(),
                    "no record verifies under this key (key id " + key.keyId() + "): the wrong key, or the log was "
                            + "rewritten without the key"));
            return new VerificationReport(items.size(), findings, 0, HashChain.GENESIS);
        }
        Set<String> anchors = new HashSet<>();
        Map<Long, Integer> positionOfSeq = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.macValid()) {
                positionOfSeq.putIfAbsent(item.seq(), i);
                if (AuditEventType.AUDIT_LOG_PURGED.name().equals(item.type())) {
                    String anchor = item.details().path("lastMac").asText("");
                    if (!anchor.isEmpty()) {
                        anchors.add(anchor);
                    }
                }
            }
        }
        String expectedPrev = HashChain.GENESIS;
        long expectedSeq = 1;
        Item first = items.get(0);
        if (!first.prev().equals(HashChain.GENESIS) && anchors.contains(first.prev())) {
            expectedPrev = first.prev();    // the records before were removed by retention, which recorded this MAC
            expectedSeq = first.seq();
        }
        Set<Long> accepted = new HashSet<>();
        long lastSeq = 0;
        String lastMac = HashChain.GENESIS;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (!item.macValid()) {
                boolean skippedOver = i + 1 < items.size() && items.get(i + 1).macValid()
                        && items.get(i + 1).prev().equals(expectedPrev);
                findings.add(skippedOver
                        ? new Finding(Damage.INSERTED, item.location(), item.seq(),
                                "this record was not written here: its MAC fails and the next record links over it")
                        : new Finding(Damage.MODIFIED, item.location(), item.seq(),
                                "record " + item.seq() + " was changed after it was written: its MAC fails"));
                return sorted(items.size(), findings, lastSeq, lastMac);
            }
            if (!item.prev().equals(expectedPrev) || item.seq() != expectedSeq) {
                if (AuditEventType.AUDIT_LOG_GAP.name().equals(item.type())
                        && item.details().path("firstLostSeq").asLong(-1) == expectedSeq) {
                    findings.add(new Finding(Damage.GAP, item.location(), item.seq(), "records " + expectedSeq + " to "
                            + (item.seq() - 1) + " were lost; the writer recorded why: "
                            + item.details().path("reason").asText("unknown")));
                } else {
                    findings.add(linkFinding(item, expectedSeq, i, positionOfSeq, accepted));
                    return sorted(items.size(), findings, lastSeq, lastMac);
                }
            }
            accepted.add(item.seq());
            expectedPrev = item.mac();
            expectedSeq = item.seq() + 1;
            lastSeq = item.seq();
            lastMac = item.mac();
        }
        return sorted(items.size(), findings, lastSeq, lastMac);
    }

    private static Finding linkFinding(Item item, long expectedSeq, int position, Map<Long, Integer> positionOfSeq,
                                       Set<Long> accepted) {
        if (item.seq() > expectedSeq) {
            Integer later = positionOfSeq.get(expectedSeq);
            if (later != null && later > position) {
                return new Finding(Damage.REORDERED, item.location(), item.seq(), "record " + item.seq()
                        + " comes before record " + expectedSeq + ": the records were reordered");
            }
            return new Finding(Damage.REMOVED, item.location(), item.seq(), "records " + expectedSeq + " to "
                    + (item.seq() - 1) + " are missing before this record");
        }
        if (accepted.contains(item.seq())) {
            return new Finding(Damage.INSERTED, item.location(), item.seq(),
                    "record " + item.seq() + " appears a second time: a copy was inserted");
        }
        if (item.seq() < expectedSeq) {
            return new Finding(Damage.REORDERED, item.location(), item.seq(), "record " + item.seq()
                    + " comes after record " + (expectedSeq - 1) + ": the records were reordered");
        }
        return new Finding(Damage.INSERTED, item.location(), item.seq(),
                "record " + item.seq() + " does not link to its predecessor: it belongs to another chain");
    }

    private static VerificationReport sorted(long records, List<Finding> findings, long lastSeq, String lastMac) {
        return new VerificationReport(records, findings, lastSeq, lastMac);
    }

    private static Item parse(RawLine line, RecordMac mac) {
        byte[] bytes = line.bytes();
        int n = bytes.length;
        if (n < HashChain.MAC_SUFFIX_LENGTH + 2 || bytes[0] != '{' || bytes[n - 1] != '}' || bytes[n - 2] != '"') {
            return null;
        }
        int suffixStart = n - HashChain.MAC_SUFFIX_LENGTH;
        String suffix = new String(bytes, suffixStart, HashChain.MAC_PREFIX.length(), StandardCharsets.US_ASCII);
        if (!suffix.equals(HashChain.MAC_PREFIX)) {
            return null;
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
        if (node == null || !node.isObject() || !node.path("seq").canConvertToLong() || !node.path("prev").isTextual()
                || !node.path("mac").isTextual()) {
            return null;
        }
        String stored = node.get("mac").asText();
        boolean valid = HashChain.macOf(mac, bytes, suffixStart).equals(stored);
        return new Item(line.location(), node.get("seq").asLong(), node.get("prev").asText(), stored, valid,
                node.path("type").asText(""), node.path("details"));
    }

    private static boolean isAllNul(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
