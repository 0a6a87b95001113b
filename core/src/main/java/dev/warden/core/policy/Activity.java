package dev.warden.core.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.ConfigurationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each user was last seen in the audit log, overall and per project, for the access review. Read from Warden's
 * JSON Lines audit log (one event object per line with {@code time} as an ISO-8601 instant, {@code actor.principalId}
 * and {@code project}); other members are ignored, so chain fields do not matter.
 */
public final class Activity {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Instant> lastSeen;
    private final Map<String, Map<String, Instant>> lastSeenInProject;

    private Activity(Map<String, Instant> lastSeen, Map<String, Map<String, Instant>> lastSeenInProject) {
        this.lastSeen = Map.copyOf(lastSeen);
        this.lastSeenInProject = Map.copyOf(lastSeenInProject);
    }

    /**
     * @param file a JSON Lines audit log
     * @return the last activity found per user and per user and project
     * @throws ConfigurationException naming the file and line of a line that is not an event
     */
    public static Activity readJsonLines(Path file) {
        Map<String, Instant> seen = new HashMap<>();
        Map<String, Map<String, Instant>> seenIn = new HashMap<>();
        String name = file.getFileName().toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode event;
                try {
                    event = JSON.readTree(line);
                } catch (IOException e) {
                    throw new ConfigurationException("audit log " + name + ", line " + number + ": not a JSON object", e);
                }
                String who = event.path("actor").path("principalId").asText("");
                String when = event.path("time").asText("");
                if (who.isEmpty() || when.isEmpty()) {
                    throw new ConfigurationException("audit log " + name + ", line " + number
                            + ": an event needs time and actor.principalId");
                }
                Instant time;
                try {
                    time = Instant.parse(when);
                } catch (DateTimeParseException e) {
                    throw new ConfigurationException("audit log " + name + ", line " + number
                            + ": time is not an ISO-8601 instant", e);
                }
                seen.merge(who, time, (a, b) -> a.isAfter(b) ? a : b);
                String project = event.path("project").asText("");
                if (!project.isEmpty()) {
                    seenIn.computeIfAbsent(who, k -> new HashMap<>()).merge(project, time, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("audit log " + name + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
        return new Activity(seen, seenIn);
    }

    /** @return activity built from explicit values, for tests and hosts that query their own audit store */
    public static Activity of(Map<String, Instant> lastSeen, Map<String, Map<String, Instant>> lastSeenInProject) {
        return new Activity(lastSeen, lastSeenInProject);
    }

    /** @return when the user was last seen, if ever */
    public Optional<Instant> lastSeen(String user) {
        return Optional.ofNullable(lastSeen.get(user));
    }

    /** @return when the user was last seen acting in the project, if ever */
    public Optional<Instant> lastSeen(String user, String project) {
        return Optional.ofNullable(lastSeenInProject.getOrDefault(user, Map.of()).get(project));
    }
}
