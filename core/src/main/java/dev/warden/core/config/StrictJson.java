package dev.warden.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.ConfigurationException;

/** Reads a JSON document that must be one object, with syntax errors reported by line and column. */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * @param mapper the mapper, configured as strict as the caller needs (duplicate keys, trailing tokens)
     * @param json the text
     * @param what what the text is, for messages, e.g. {@code "configuration warden.json"}
     * @return the top-level object
     * @throws ConfigurationException if the text is not valid JSON (naming line and column) or not an object
     */
    public static JsonNode readObject(ObjectMapper mapper, String json, String what) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new ConfigurationException(what + " is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new ConfigurationException(what + ": expected a JSON object at the top");
        }
        return tree;
    }
}
