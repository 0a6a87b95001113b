package dev.warden.core.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The built-in pseudonym dictionaries, read once from the class path ({@code dictionaries/*.txt}). */
final class Dictionaries {

    static final String[] FIRST = load("first-name");
    static final String[] LAST = load("last-name");
    static final String[] CITY = load("city");
    static final String[] COUNTY = load("county");
    static final String[] STREET = load("street");
    static final String[] ORGANIZATION = load("organization");

    private Dictionaries() {
    }

    private static String[] load(String name) {
        String resource = "dictionaries/" + name + ".txt";
        try (InputStream in = Dictionaries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " in warden-core");
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
