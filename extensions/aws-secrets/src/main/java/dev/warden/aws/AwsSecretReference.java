package dev.warden.aws;

import dev.warden.InvalidInputException;
import dev.warden.secrets.SecretRef;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An {@code aws-sm:} reference taken apart: {@code aws-sm:SECRET[#field][?versionStage=STAGE | ?versionId=ID]}, where
 * SECRET is a secret's name (e.g. {@code prod/app/db}) or its full ARN, the field a member of a JSON SecretString,
 * and at most one of a staging label ({@code AWSCURRENT} by default, {@code AWSPENDING}, {@code AWSPREVIOUS} or a
 * custom label) or a version id.
 *
 * @param secretId the name or ARN, passed as GetSecretValue's {@code SecretId}
 * @param field the JSON member to read, if any
 * @param versionStage the staging label, if given
 * @param versionId the version id, if given
 */
record AwsSecretReference(String secretId, Optional<String> field, Optional<String> versionStage, Optional<String> versionId) {

    /** AWS's characters for secret names (letters, digits, {@code /_+=.@-}), up to 512; or an ARN. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9/_+=.@-]{1,512}");
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}");
    private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_+=.@-]{1,256}");
    private static final Pattern VERSION_ID = Pattern.compile("[A-Za-z0-9-]{32,64}");
    private static final String FORM = "expected aws-sm:NAME[#field][?versionStage=AWSPENDING|?versionId=ID], "
            + "e.g. aws-sm:prod/app/db#password";

    /**
     * @param ref a reference with scheme {@code aws-sm}
     * @return its parts
     * @throws InvalidInputException if the name, stage or version id is malformed, both a stage and an id are given,
     *     or another parameter is present; the message never repeats the reference's text
     */
    static AwsSecretReference parse(SecretRef ref) {
        if (!ref.scheme().equals(AwsSecretsManagerStoreFactory.SCHEME)) {
            throw new InvalidInputException("secret reference with scheme '" + ref.scheme()
                    + "': this store serves aws-sm: only");
        }
        String id = ref.path();
        if (!(id.startsWith("arn:") ? ARN.matcher(id).matches() : NAME.matcher(id).matches())) {
            throw new InvalidInputException("secret reference with scheme 'aws-sm': the secret is neither a name "
                    + "(letters, digits and /_+=.@-, up to 512) nor a Secrets Manager ARN; " + FORM);
        }
        Optional<String> stage = Optional.empty();
        Optional<String> versionId = Optional.empty();
        for (var parameter : ref.parameters().entrySet()) {
            switch (parameter.getKey()) {
                case "versionStage" -> {
                    if (!STAGE.matcher(parameter.getValue()).matches()) {
                        throw new InvalidInputException("secret reference with scheme 'aws-sm': versionStage is a "
                                + "staging label such as AWSCURRENT, AWSPENDING or AWSPREVIOUS");
                    }
                    stage = Optional.of(parameter.getValue());
                }
                case "versionId" -> {
                    if (!VERSION_ID.matcher(parameter.getValue()).matches()) {
                        throw new InvalidInputException("secret reference with scheme 'aws-sm': versionId is a "
                                + "version's UUID, 32 to 64 letters, digits or '-'");
                    }
                    versionId = Optional.of(parameter.getValue());
                }
                default -> throw new InvalidInputException("secret reference with scheme 'aws-sm': unknown parameter; "
                        + "the parameters are versionStage and versionId");
            }
        }
        if (stage.isPresent() && versionId.isPresent()) {
            throw new InvalidInputException("secret reference with scheme 'aws-sm': give versionStage or versionId, "
                    + "not both");
        }
        return new AwsSecretReference(id, ref.field(), stage, versionId);
    }

    /** @return how messages name the secret: its name or ARN and the version asked for; never a value */
    String describe() {
        return "aws-sm secret '" + secretId + "'" + versionStage.map(s -> " at stage " + s).orElse("")
                + versionId.map(v -> " version " + v).orElse("");
    }
}
