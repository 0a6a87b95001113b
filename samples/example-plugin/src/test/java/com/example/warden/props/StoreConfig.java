package com.example.warden.props;

import dev.warden.config.ConfigNode;
import dev.warden.core.config.WardenConfiguration;
import java.nio.file.Path;

/** The plug-in's configuration as Warden hands it over: the {@code secrets.stores.props} object of a warden.json. */
final class StoreConfig {

    private StoreConfig() {
    }

    /** @param settings the members of the props object, as JSON, e.g. {@code "file": "a.properties"} */
    static ConfigNode parse(String settings) {
        return WardenConfiguration.parse("{\"secrets\": {\"stores\": {\"props\": {" + settings + "}}}}", "warden.json")
                .section("secrets").child("stores").orElseThrow().child("props").orElseThrow();
    }

    static ConfigNode of(Path file) {
        return parse("\"file\": " + json(file.toString()));
    }

    static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
