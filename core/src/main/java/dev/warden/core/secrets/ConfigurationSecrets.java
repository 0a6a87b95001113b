package dev.warden.core.secrets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.WardenException;
import dev.warden.core.config.Environment;
import dev.warden.core.config.JsonConfigNode;
import dev.warden.core.config.WardenConfiguration;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;

/**
 * Secret references in {@code warden.json}: substitutes {@code ${secret:<ref>}} with the secret's value when Warden is
 * built, and finds literal passwords, tokens and keys, which production refuses and other environments warn about.
 *
 * <p>A setting is taken to hold a secret when its name ends in {@code password}, {@code passwd},
 * {@code passphrase}, {@code secret}, {@code token}, {@code credential(s)}, {@code apiKey}, {@code privateKey},
 * {@code secretKey}, {@code secretId} or {@code Ref}, or is {@code key} (case, {@code -} and {@code _} ignored),
 * or when its text holds a PEM private key. Such a setting is fine when its value is a {@code ${secret:...}}
 * expression or a reference whose scheme a store serves (e.g. {@code env:DB_PASSWORD}); anything else is a literal.
 *
 * <p>The {@code secrets} section cannot use {@code ${secret:...}} (the stores it configures are what would resolve
 * it): its stores take references in their {@code ...Ref} settings instead. Substituted values are part of the
 * configuration from then on and are not rotated; code that must follow rotation resolves references through the
 * {@link SecretResolver}.
 */
public final class ConfigurationSecrets {

    private static final Logger LOG = SecretMaskingLogger.of(ConfigurationSecrets.class);
    private static final String OPEN = "${secret:";
    private static final List<String> SENSITIVE_SUFFIXES = List.of("password", "passwd", "passphrase", "secret",
            "token", "credential", "credentials", "apikey", "privatekey", "secretkey", "secretid", "ref");

    private ConfigurationSecrets() {
    }

    /**
     * @param configuration the parsed configuration
     * @param resolver resolves the references
     * @return the configuration with every {@code ${secret:...}} replaced by its value
     * @throws ConfigurationException naming the setting's path for a malformed expression, a {@code ${secret:...}}
     *     inside the {@code secrets} section, or (in production) a literal secret; a failure to resolve is rethrown
     *     as a {@link ConfigurationException} naming the setting and keeping the typed cause
     */
    public static WardenConfiguration resolve(WardenConfiguration configuration, SecretResolver resolver) {
        JsonNode root = configuration.root().json();
        List<String> literals = new ArrayList<>();
        Walk walk = new Walk(resolver, resolver.schemes(), configuration.source(), literals);
        JsonNode resolved = walk.visit(root.deepCopy(), "", "");
        if (!literals.isEmpty()) {
            if (configuration.environment() == Environment.PRODUCTION) {
                throw new ConfigurationException("configuration " + configuration.source() + ": "
                        + String.join(", ", literals) + (literals.size() == 1 ? " holds" : " hold")
                        + " a literal secret, which production refuses; put the value in a secret store and write a "
                        + "reference instead, e.g. \"${secret:env:DB_PASSWORD}\" or \"env:DB_PASSWORD\" in a ...Ref setting");
            }
            for (String path : literals) {
                LOG.warn("Configuration {}: {} holds a literal secret; production would refuse it. Use a reference such "
                        + "as ${secret:env:NAME} instead", configuration.source(), path);
            }
        }
        if (!walk.substituted) {
            return configuration;
        }
        return new WardenConfiguration(configuration.environment(), new JsonConfigNode(resolved, ""),
                configuration.source());
    }

    /**
     * Finds literal secrets without resolving anything: the same check {@link #resolve} applies, for the posture check.
     * A {@code ${secret:...}} expression counts as a reference.
     *
     * @param configuration the parsed configuration
     * @param schemes the URI schemes a secret store serves (e.g. {@code env}, {@code file}, {@code keystore},
     *     {@code vault}); a value with any other scheme is a literal
     * @return the paths of the settings holding a literal secret (e.g. {@code audit.sinks[1].password}), in document
     *     order; never their values
     * @throws ConfigurationException for a {@code ${secret:...}} inside the {@code secrets} section
     */
    public static List<String> literalSecrets(WardenConfiguration configuration, Set<String> schemes) {
        List<String> literals = new ArrayList<>();
        new Walk(null, Set.copyOf(schemes), configuration.source(), literals)
                .visit(configuration.root().json().deepCopy(), "", "");
        return List.copyOf(literals);
    }

    /**
     * @param name a setting's name
     * @return whether a setting of that name holds a secret (see the class description)
     */
    public static boolean isSensitiveName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (n.equals("key")) {
            return true;
        }
        for (String suffix : SENSITIVE_SUFFIXES) {
            if (n.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static final class Walk {
        private final SecretResolver resolver;
        private final String source;
        private final List<String> literals;
        private final Set<String> schemes;
        boolean substituted;

        /** @param resolver null to find literals only, without substituting */
        Walk(SecretResolver resolver, Set<String> schemes, String source, List<String> literals) {
            this.resolver = resolver;
            this.source = source;
            this.literals = literals;
            this.schemes = schemes;
        }

        JsonNode visit(JsonNode node, String path, String name) {
            if (node instanceof ObjectNode object) {
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    String childPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                    field.setValue(visit(field.getValue(), childPath, field.getKey()));
                }
                return object;
            }
            if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, visit(array.get(i), path + "[" + i + "]", name));
                }
                return array;
            }
            if (node.isTextual()) {
                return text(node.textValue(), path, name);
            }
            return node;
        }

        private JsonNode text(String value, String path, String name) {
            if (value.contains(OPEN)) {
                if (path.equals("secrets") || path.startsWith("secrets.")) {
                    throw new ConfigurationException("configuration " + source + " " + path
                            + ": ${secret:...} cannot be used inside the secrets section; give the store a reference "
                            + "in its ...Ref setting instead (e.g. \"passphraseRef\": \"env:WARDEN_KEYSTORE_PASSPHRASE\")");
                }
                if (resolver == null) {
                    return TextNode.valueOf(value);
                }
                substituted = true;
                return TextNode.valueOf(substitute(value, path));
            }
            if (isSensitiveName(name) || value.contains("PRIVATE KEY-----")) {
                if (!isReference(value)) {
                    literals.add(path);
                }
            }
            return TextNode.valueOf(value);
        }

        private boolean isReference(String value) {
            try {
                return schemes.contains(SecretRef.parse(value).scheme());
            } catch (InvalidInputException e) {
                return false;
            }
        }

        private String substitute(String value, String path) {
            StringBuilder out = new StringBuilder(value.length());
            int from = 0;
            while (true) {
                int start = value.indexOf(OPEN, from);
                if (start < 0) {
                    out.append(value, from, value.length());
                    return out.toString();
                }
                int end = value.indexOf('}', start);
                if (end < 0) {
                    throw new ConfigurationException("configuration " + source + " " + path
                            + ": '${secret:' is not closed by '}'; write ${secret:scheme:path}");
                }
                out.append(value, from, start);
                SecretRef ref;
                try {
                    ref = SecretRef.parse(value.substring(start + OPEN.length(), end));
                } catch (InvalidInputException e) {
                    throw new ConfigurationException("configuration " + source + " " + path + ": " + e.getMessage());
                }
                try (Secret secret = resolver.resolve(ref)) {
                    char[] chars = secret.chars();
                    out.append(chars);
                    SubstitutedSecrets.track(java.nio.CharBuffer.wrap(chars));
                    Arrays.fill(chars, '\0');
                } catch (WardenException e) {
                    throw new ConfigurationException("configuration " + source + " " + path
                            + ": the secret reference could not be resolved: " + e.getMessage(), e);
                }
                from = end + 1;
            }
        }
    }
}
