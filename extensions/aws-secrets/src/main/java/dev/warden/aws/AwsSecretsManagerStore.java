package dev.warden.aws;

import dev.warden.InvalidInputException;
import dev.warden.core.secrets.SecretFields;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretAccessDeniedException;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.secrets.SecretRef;
import dev.warden.secrets.SecretStoreUnreachableException;
import dev.warden.secrets.SecretThrottledException;
import dev.warden.secrets.SecretUnavailableException;
import dev.warden.spi.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.DecryptionFailureException;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.services.secretsmanager.model.InvalidRequestException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * {@code aws-sm:}: reads a secret with AWS Secrets Manager's {@code GetSecretValue} (AWS JSON 1.1,
 * {@code X-Amz-Target: secretsmanager.GetSecretValue}, SigV4-signed by the SDK). See {@link AwsSecretReference} for
 * the reference form. A SecretString is served as its UTF-8 bytes, a SecretBinary as its bytes; the version is the
 * version id (a UUID), the creation time the version's {@code CreatedDate}.
 *
 * <p>Failures are mapped to Warden's types after the SDK's own retry policy (standard mode: up to 3 attempts with
 * exponential back-off and jitter, longer for throttling) has given up. No message quotes the SDK's, which may carry
 * what the service was sent; messages name the secret, the region, the error code and the request id.
 */
final class AwsSecretsManagerStore implements SecretStore {

    private static final Logger LOG = dev.warden.core.secrets.SecretMaskingLogger.of(AwsSecretsManagerStore.class);
    /** Error codes meaning the caller's credentials were refused or are missing, rather than the permission. */
    private static final Set<String> CREDENTIAL_CODES = Set.of("UnrecognizedClientException", "InvalidSignatureException",
            "IncompleteSignature", "ExpiredTokenException", "InvalidClientTokenId", "MissingAuthenticationToken",
            "SignatureDoesNotMatch");

    private final SecretsManagerClient client;
    private final List<SdkAutoCloseable> owned;
    private final String where;
    private final Clock clock;

    /**
     * @param client the SDK client
     * @param owned what to close with the store after the client (credential providers, the HTTP client)
     * @param where names the store in messages, e.g. {@code aws-sm in eu-west-1}
     */
    AwsSecretsManagerStore(SecretsManagerClient client, List<SdkAutoCloseable> owned, String where, Clock clock) {
        this.client = client;
        this.owned = List.copyOf(owned);
        this.where = where;
        this.clock = clock;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        AwsSecretReference reference = AwsSecretReference.parse(ref);
        GetSecretValueRequest.Builder request = GetSecretValueRequest.builder().secretId(reference.secretId());
        reference.versionStage().ifPresent(request::versionStage);
        reference.versionId().ifPresent(request::versionId);
        GetSecretValueResponse response;
        try {
            response = client.getSecretValue(request.build());
        } catch (SdkException e) {
            throw translate(e, reference);
        }
        String what = reference.describe();
        byte[] value;
        if (response.secretString() != null) {
            value = response.secretString().getBytes(StandardCharsets.UTF_8);
        } else if (response.secretBinary() != null) {
            if (reference.field().isPresent()) {
                throw new InvalidInputException(what + ": a binary secret (SecretBinary) has no fields; drop '#"
                        + reference.field().get() + "' to read its bytes");
            }
            value = response.secretBinary().asByteArray();
        } else {
            throw new SecretNotFoundException(what + ": the version holds neither SecretString nor SecretBinary");
        }
        try {
            if (reference.field().isPresent()) {
                byte[] whole = value;
                try {
                    value = SecretFields.field(whole, reference.field().get(), what);
                } finally {
                    Arrays.fill(whole, (byte) 0);
                }
            }
            String version = response.versionId() == null || response.versionId().isEmpty() ? "1" : response.versionId();
            Instant created = response.createdDate() == null ? clock.instant() : response.createdDate();
            return Secret.of(ref, value, version, created, Optional.empty());
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }

    /** Maps an SDK failure to Warden's types, naming the secret, code and request id but never quoting the SDK. */
    private RuntimeException translate(SdkException e, AwsSecretReference reference) {
        String what = reference.describe();
        if (e instanceof ResourceNotFoundException notFound) {
            return new SecretNotFoundException(what + ": not found by " + where + " (ResourceNotFoundException"
                    + requestId(notFound) + "); check the name, the region and the version asked for");
        }
        if (e instanceof DecryptionFailureException failure) {
            return new SecretAccessDeniedException(what + ": Secrets Manager cannot decrypt it with its KMS key "
                    + "(DecryptionFailure" + requestId(failure) + "); grant kms:Decrypt on that key to the identity "
                    + "Warden runs as");
        }
        if (e instanceof InvalidRequestException invalid) {
            // GetSecretValue answers InvalidRequestException for a secret scheduled for deletion; its message
            // (not a value) is the only place that says so.
            String message = String.valueOf(invalid.awsErrorDetails() == null ? null : invalid.awsErrorDetails().errorMessage());
            if (message.contains("deletion") || message.contains("deleted")) {
                return new SecretNotFoundException(what + ": the secret is scheduled for deletion (InvalidRequestException"
                        + requestId(invalid) + "); restore it (aws secretsmanager restore-secret) or refer to another");
            }
            return new SecretUnavailableException(what + ": refused as an invalid request by " + where
                    + " (InvalidRequestException" + requestId(invalid) + ")");
        }
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : String.valueOf(service.awsErrorDetails().errorCode());
            if (service.isThrottlingException()) {
                return new SecretThrottledException(what + ": throttled by " + where + " (" + code + requestId(service)
                        + ") after the SDK's retries; lengthen secrets.stores.aws-sm.cache.ttl so that fewer reads "
                        + "reach the service, or ask AWS for a higher GetSecretValue quota");
            }
            if (code.equals("AccessDeniedException") || service.statusCode() == 403) {
                return new SecretAccessDeniedException(what + ": access denied by " + where + " (" + code
                        + requestId(service) + "); allow secretsmanager:GetSecretValue on the secret's ARN to the "
                        + "identity Warden runs as (and kms:Decrypt on its key if it is a customer managed key)");
            }
            if (CREDENTIAL_CODES.contains(code)) {
                return new SecretAccessDeniedException(what + ": " + where + " refused the credentials (" + code
                        + requestId(service) + "); check the credentials the default provider chain, profile or role "
                        + "gives Warden, and the host's clock");
            }
            return new SecretUnavailableException(what + ": " + where + " failed with " + (code.isEmpty() ? "an error" : code)
                    + " (HTTP " + service.statusCode() + requestId(service) + ") after the SDK's retries");
        }
        if (e instanceof ApiCallTimeoutException || e instanceof ApiCallAttemptTimeoutException) {
            return new SecretStoreUnreachableException(where + ": no answer within the time-out reading " + what
                    + "; check the network path to the endpoint or raise secrets.stores.aws-sm.timeout");
        }
        if (e instanceof SdkClientException) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith("Unable to load credentials") || message.contains("Unable to load credentials")) {
                return new SecretAccessDeniedException(where + ": no AWS credentials found for " + what + " by the "
                        + "default provider chain (system properties, environment, web identity token, profile, "
                        + "container or instance role); give the host a role, or set secrets.stores.aws-sm.profile "
                        + "or roleArn");
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SSLException) {
                    return new SecretStoreUnreachableException(where + ": TLS failed (" + t.getClass().getSimpleName()
                            + ") reading " + what + "; the endpoint's certificate is not trusted or does not match "
                            + "its host name");
                }
            }
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new SecretStoreUnreachableException(where + ": cannot be reached reading " + what + " ("
                    + root.getClass().getSimpleName() + "); check the region, the endpoint and the network path");
        }
        return new SecretUnavailableException(where + ": failed reading " + what + " (" + e.getClass().getSimpleName() + ")");
    }

    private static String requestId(AwsServiceException e) {
        return e.requestId() == null || e.requestId().isEmpty() ? "" : ", request id " + e.requestId();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (RuntimeException e) {
            LOG.warn("{}: closing the SDK client failed ({})", where, e.getClass().getName());
        }
        for (SdkAutoCloseable closeable : owned) {
            try {
                closeable.close();
            } catch (RuntimeException e) {
                LOG.warn("{}: closing {} failed ({})", where, closeable.getClass().getSimpleName(), e.getClass().getName());
            }
        }
    }

    @Override
    public String toString() {
        return "AwsSecretsManagerStore[" + where + "]";
    }
}
