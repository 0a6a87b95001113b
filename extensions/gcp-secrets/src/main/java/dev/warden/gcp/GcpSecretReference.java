package dev.warden.gcp;

import dev.warden.InvalidInputException;
import dev.warden.secrets.SecretRef;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code gcp-sm:} reference taken apart: {@code gcp-sm:projects/PROJECT/secrets/SECRET[/versions/VERSION][#field]},
 * the resource name Secret Manager uses, with {@code latest} as the version by default; or {@code gcp-sm:SECRET[...]}
 * when the store's {@code project} setting names the project.
 *
 * @param versionName the secret version's full resource name, {@code projects/P/secrets/S/versions/V}
 * @param field the JSON member to read, if any
 */
record GcpSecretReference(String versionName, Optional<String> field) {

    private static final Pattern FULL = Pattern.compile(
            "projects/([a-z][a-z0-9-]{4,28}[a-z0-9]|[0-9]{1,20})/secrets/([A-Za-z0-9_-]{1,255})(?:/versions/([A-Za-z0-9_-]{1,63}))?");
    private static final Pattern SHORT = Pattern.compile("([A-Za-z0-9_-]{1,255})(?:/versions/([A-Za-z0-9_-]{1,63}))?");
    private static final String FORM = "expected gcp-sm:projects/PROJECT/secrets/SECRET[/versions/VERSION][#field], "
            + "e.g. gcp-sm:projects/my-project/secrets/db-password/versions/latest";

    /**
     * @param ref a reference with scheme {@code gcp-sm}
     * @param project the store's default project, for the short form
     * @return its parts
     * @throws InvalidInputException if it is not a secret or secret version name, has parameters, or uses the short
     *     form without a configured project; the message never repeats the reference's text
     */
    static GcpSecretReference parse(SecretRef ref, Optional<String> project) {
        if (!ref.scheme().equals(GcpSecretManagerStoreFactory.SCHEME)) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme()
                    + "': this store serves gcp-sm: only");
        }
        if (!ref.parameters().isEmpty()) {
            throw new InvalidInputException("secret reference with scheme 'gcp-sm': no parameters are known; put the "
                    + "version in the path (/versions/N); " + FORM);
        }
        Matcher full = FULL.matcher(ref.path());
        if (full.matches()) {
            return new GcpSecretReference("projects/" + full.group(1) + "/secrets/" + full.group(2) + "/versions/"
                    + (full.group(3) == null ? "latest" : full.group(3)), ref.field());
        }
        Matcher shortForm = SHORT.matcher(ref.path());
        if (shortForm.matches() && !ref.path().startsWith("projects")) {
            if (project.isEmpty()) {
                throw new InvalidInputException("secret reference with scheme 'gcp-sm': a bare secret name needs "
                        + "secrets.stores.gcp-sm.project; or " + FORM);
            }
            return new GcpSecretReference("projects/" + project.get() + "/secrets/" + shortForm.group(1) + "/versions/"
                    + (shortForm.group(2) == null ? "latest" : shortForm.group(2)), ref.field());
        }
        throw new InvalidInputException("secret reference with scheme 'gcp-sm': not a Secret Manager secret or version "
                + "name (regional secrets under locations/ are not served); " + FORM);
    }

    /** @return how messages name the secret version; never a value */
    String describe() {
        return "gcp-sm secret " + versionName;
    }
}
