package dev.warden.gcp;

import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.StatusCode;
import com.google.cloud.secretmanager.v1.AccessSecretVersionRequest;
import com.google.cloud.secretmanager.v1.AccessSecretVersionResponse;
import com.google.cloud.secretmanager.v1.SecretManagerServiceClient;
import com.google.cloud.secretmanager.v1.SecretManagerServiceSettings;
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
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;

/**
 * {@code gcp-sm:}: reads a secret version with Secret Manager's {@code AccessSecretVersion} through the Google Cloud
 * client library ({@link SecretManagerServiceClient}), over its HTTP/JSON transport
 * ({@code GET https://secretmanager.googleapis.com/v1/{name}:access}). See {@link GcpSecretReference} for the
 * reference form. The payload's bytes are served as they are (text or binary), after checking its CRC32C when the
 * service sends one; the version is the number the service resolved ({@code latest} becomes e.g. {@code 7}); the
 * creation time is when it was read, since AccessSecretVersion does not return it.
 *
 * <p>The client (and with it the Application Default Credentials look-up) is built on the first resolution, so that
 * building the store makes no network call. Failures are mapped after the library's retry policy (exponential
 * back-off on UNAVAILABLE and RESOURCE_EXHAUSTED within the configured time-out) has given up; no message quotes the
 * service's.
 */
final class GcpSecretManagerStore implements SecretStore {

    private static final Logger LOG = dev.warden.core.secrets.SecretMaskingLogger.of(GcpSecretManagerStore.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper STATUS_READER =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final SettingsSource settings;
    private final Optional<String> project;
    private final String where;
    private final Clock clock;
    private final QuotaRefusals quotaRefusals;
    private volatile SecretManagerServiceClient client;
    private volatile boolean closed;

    GcpSecretManagerStore(SettingsSource settings, Optional<String> project, String where,
                          Clock clock, QuotaRefusals quotaRefusals) {
        this.settings = settings;
        this.quotaRefusals = quotaRefusals;
        this.project = project;
        this.where = where;
        this.clock = clock;
    }

    /** Builds the client's settings, looking up Application Default Credentials where configured so. */
    @FunctionalInterface
    interface SettingsSource {
        SecretManagerServiceSettings get() throws IOException;
    }

    @Override
    public Secret resolve(SecretRef ref) {
        GcpSecretReference reference = GcpSecretReference.parse(ref, project);
        String what = reference.describe();
        AccessSecretVersionResponse response;
        java.util.concurrent.atomic.AtomicBoolean refusedForQuota = quotaRefusals.watch();
        try {
            response = client().accessSecretVersion(AccessSecretVersionRequest.newBuilder()
                    .setName(reference.versionName()).build());
        } catch (RuntimeException e) {
            throw translate(e, what, refusedForQuota.get());
        } finally {
            quotaRefusals.stop();
        }
        byte[] value = response.getPayload().getData().toByteArray();
        try {
            if (response.getPayload().hasDataCrc32C()) {
                CRC32C crc = new CRC32C();
                crc.update(value);
                if (crc.getValue() != response.getPayload().getDataCrc32C()) {
                    throw new SecretUnavailableException(what + ": the payload's CRC32C does not match; it was "
                            + "corrupted on the way; try again");
                }
            }
            if (reference.field().isPresent()) {
                byte[] whole = value;
                try {
                    value = SecretFields.field(whole, reference.field().get(), what);
                } finally {
                    Arrays.fill(whole, (byte) 0);
                }
            }
            String name = response.getName();
            String version = name.isEmpty() ? "1" : name.substring(name.lastIndexOf('/') + 1);
            return Secret.of(ref, value, version, clock.instant(), Optional.empty());
        } finally {
            Arrays.fill(value, (byte) 0);
        }
    }

    private SecretManagerServiceClient client() {
        SecretManagerServiceClient current = client;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException(where + ": the store is closed");
            }
            if (client == null) {
                try {
                    client = SecretManagerServiceClient.create(settings.get());
                } catch (IOException e) {
                    throw new SecretAccessDeniedException(where + ": no Google credentials ("
                            + e.getClass().getSimpleName() + "); Application Default Credentials found none: attach a "
                            + "service account to the workload (GKE Workload Identity, Cloud Run, GCE) or set "
                            + "GOOGLE_APPLICATION_CREDENTIALS or secrets.stores.gcp-sm.credentialsFile");
                }
            }
            return client;
        }
    }

    /**
     * Maps a client library failure to Warden's types, naming the secret and the status, never quoting it.
     *
     * @param refusedForQuota whether an attempt of this call was refused with RESOURCE_EXHAUSTED (HTTP 429): a call
     *     whose retries then ran out of time was throttled, not cut off
     */
    private RuntimeException translate(RuntimeException e, String what, boolean refusedForQuota) {
        if (e instanceof SecretUnavailableException warden) {
            return warden;
        }
        for (Throwable t : causes(e)) {
            if (t instanceof SSLException) {
                return new SecretStoreUnreachableException(what + ": TLS failed (" + t.getClass().getSimpleName()
                        + ") at " + where + "; the certificate of the endpoint or of the token endpoint is not trusted "
                        + "or does not match its host name");
            }
        }
        for (Throwable t : causes(e)) {
            if (t.getClass().getName().startsWith("com.google.auth.")) {
                return new SecretAccessDeniedException(what + ": " + where + " could not get an access token ("
                        + t.getClass().getSimpleName() + "); check the service account, its key or the workload's "
                        + "identity");
            }
        }
        if (e instanceof ApiException api) {
            StatusCode.Code code = api.getStatusCode().getCode();
            if (refusedForQuota && code == StatusCode.Code.DEADLINE_EXCEEDED) {
                code = StatusCode.Code.RESOURCE_EXHAUSTED;
            }
            switch (code) {
                case NOT_FOUND:
                    return new SecretNotFoundException(what + ": not found (NOT_FOUND) at " + where + "; check the "
                            + "project, the secret and the version; a deleted secret is gone for good");
                case FAILED_PRECONDITION:
                    return new SecretNotFoundException(what + ": the version is disabled or destroyed "
                            + "(FAILED_PRECONDITION); enable it or refer to another version");
                case PERMISSION_DENIED:
                    return new SecretAccessDeniedException(what + ": permission denied (PERMISSION_DENIED) at " + where
                            + "; grant roles/secretmanager.secretAccessor (secretmanager.versions.access) on the "
                            + "secret to the service account Warden runs as");
                case UNAUTHENTICATED:
                    return new SecretAccessDeniedException(what + ": the credentials were refused (UNAUTHENTICATED) at "
                            + where + "; check the service account and its key or the workload's identity");
                case RESOURCE_EXHAUSTED:
                    return new SecretThrottledException(what + ": quota exceeded (RESOURCE_EXHAUSTED) at " + where
                            + " after the client library's retries; lengthen secrets.stores.gcp-sm.cache.ttl so that "
                            + "fewer reads reach the service, or raise the access requests quota");
                case UNAVAILABLE:
                case DEADLINE_EXCEEDED:
                case UNKNOWN:
                    if (hasIoCause(e) || code == StatusCode.Code.DEADLINE_EXCEEDED) {
                        return new SecretStoreUnreachableException(what + ": " + where + " cannot be reached (" + code
                                + rootName(e) + ") within the time-out; check the endpoint, DNS, the network path "
                                + "(Private Google Access, VPC Service Controls) and that the endpoint's and the token "
                                + "endpoint's certificates are trusted");
                    }
                    return new SecretUnavailableException(what + ": the service is unavailable (" + code + ") at "
                            + where + " after the client library's retries");
                case INVALID_ARGUMENT:
                    // The HTTP/JSON transport reports every HTTP 400 as INVALID_ARGUMENT; the body's error.status
                    // says FAILED_PRECONDITION for a disabled or destroyed version. It is read, not quoted.
                    if (serviceStatus(e).filter("FAILED_PRECONDITION"::equals).isPresent()) {
                        return new SecretNotFoundException(what + ": the version is disabled or destroyed "
                                + "(FAILED_PRECONDITION); enable it or refer to another version");
                    }
                    return new InvalidInputException(what + ": refused as malformed (INVALID_ARGUMENT) by " + where);
                default:
                    return new SecretUnavailableException(what + ": failed with " + code + " at " + where);
            }
        }
        if (hasIoCause(e)) {
            return new SecretStoreUnreachableException(what + ": " + where + " cannot be reached" + rootName(e));
        }
        return new SecretUnavailableException(what + ": failed at " + where + " (" + e.getClass().getSimpleName() + ")");
    }

    /** @return the {@code error.status} of a Google API error body among the causes, e.g. FAILED_PRECONDITION */
    private static Optional<String> serviceStatus(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof com.google.api.client.http.HttpResponseException response && response.getContent() != null) {
                try {
                    String status = STATUS_READER.readTree(response.getContent()).path("error").path("status").asText("");
                    return status.isEmpty() ? Optional.empty() : Optional.of(status);
                } catch (IOException | RuntimeException notJson) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** @return {@code e}, its causes and the exceptions suppressed along the way (earlier attempts), at most 64 */
    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && all.size() < 64) {
            Throwable t = todo.poll();
            if (all.stream().anyMatch(seen -> seen == t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.Arrays.asList(t.getSuppressed()));
        }
        return all;
    }

    private static boolean hasIoCause(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String rootName(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? "" : ", " + root.getClass().getSimpleName();
    }

    @Override
    public void close() {
        SecretManagerServiceClient current;
        synchronized (this) {
            closed = true;
            current = client;
            client = null;
        }
        if (current != null) {
            try {
                current.shutdown();
                current.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("{}: closing the client failed ({})", where, e.getClass().getName());
            }
        }
    }

    @Override
    public String toString() {
        return "GcpSecretManagerStore[" + where + "]";
    }
}
