package dev.warden.azure;

import dev.warden.InvalidInputException;
import dev.warden.secrets.SecretRef;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An {@code azure-kv:} reference taken apart: {@code azure-kv:https://VAULT.vault.azure.net/secrets/NAME[/VERSION][#field]},
 * the secret's identifier as Key Vault prints it, with the version optional (the latest when absent) and a JSON field.
 *
 * @param vaultUrl {@code https://host[:port]}
 * @param name the secret's name: 1 to 127 letters, digits and '-'
 * @param version the version (32 hexadecimal digits), if given
 * @param field the JSON member to read, if any
 */
record KeyVaultSecretReference(String vaultUrl, String name, Optional<String> version, Optional<String> field) {

    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z-]{1,127}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Fa-f]{32}");
    private static final String FORM = "expected azure-kv:https://VAULT.vault.azure.net/secrets/NAME[/VERSION][#field], "
            + "e.g. azure-kv:https://contoso.vault.azure.net/secrets/db-password";

    /**
     * @param ref a reference with scheme {@code azure-kv}
     * @param hosts the vault host names allowed: exact names, or suffixes starting with '.'
     * @return its parts
     * @throws InvalidInputException if it is not a Key Vault secret identifier over https, or its host is not allowed;
     *     the message never repeats the reference's text
     */
    static KeyVaultSecretReference parse(SecretRef ref, Set<String> hosts) {
        if (!ref.scheme().equals(KeyVaultSecretStoreFactory.SCHEME)) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme()
                    + "': this store serves azure-kv: only");
        }
        if (!ref.parameters().isEmpty()) {
            throw new InvalidInputException("secret reference with scheme 'azure-kv': no parameters are known; put the "
                    + "version in the path; " + FORM);
        }
        URI uri;
        try {
            uri = new URI(ref.path());
        } catch (URISyntaxException e) {
            throw new InvalidInputException("secret reference with scheme 'azure-kv': not a URL; " + FORM);
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawPath() == null) {
            throw new InvalidInputException("secret reference with scheme 'azure-kv': not an https:// secret "
                    + "identifier; " + FORM);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (!allowed(host, hosts)) {
            throw new InvalidInputException("secret reference with scheme 'azure-kv': the host is not an Azure Key "
                    + "Vault host (*.vault.azure.net and the sovereign clouds'); add a private endpoint's host to "
                    + "secrets.stores.azure-kv.vaultHosts");
        }
        String[] segments = uri.getRawPath().split("/", -1);
        if (segments.length < 3 || segments.length > 4 || !segments[0].isEmpty() || !segments[1].equals("secrets")
                || !NAME.matcher(segments[2]).matches()
                || (segments.length == 4 && !VERSION.matcher(segments[3]).matches())) {
            throw new InvalidInputException("secret reference with scheme 'azure-kv': the path is not /secrets/NAME "
                    + "or /secrets/NAME/VERSION (a name of letters, digits and '-', a version of 32 hexadecimal "
                    + "digits); " + FORM);
        }
        String vaultUrl = "https://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        return new KeyVaultSecretReference(vaultUrl, segments[2],
                segments.length == 4 ? Optional.of(segments[3].toLowerCase(Locale.ROOT)) : Optional.empty(), ref.field());
    }

    private static boolean allowed(String host, Set<String> hosts) {
        for (String allowed : hosts) {
            if (allowed.startsWith(".") ? host.endsWith(allowed) && host.length() > allowed.length() : host.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    /** @return how messages name the secret; never a value */
    String describe() {
        return "azure-kv secret '" + name + "'" + version.map(v -> " version " + v).orElse("") + " in " + vaultUrl;
    }
}
