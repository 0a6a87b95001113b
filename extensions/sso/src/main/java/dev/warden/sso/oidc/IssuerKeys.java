package dev.warden.sso.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.warden.auth.AuthenticationException;
import dev.warden.core.secrets.SecretMaskingLogger;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * The issuer's signing keys: found through its discovery document (OpenID Connect Discovery 1.0 §4), fetched from
 * its {@code jwks_uri} (RFC 7517) over verified HTTPS, and cached. Keys are refreshed after {@code refreshInterval};
 * a token naming an unknown {@code kid} triggers one early re-fetch (key rotation), at most once per
 * {@code unknownKeyRefetchInterval} so that a flood of made-up key ids cannot turn Warden into a load generator.
 */
final class IssuerKeys {

    private static final Logger LOG = SecretMaskingLogger.of(IssuerKeys.class);
    private static final int MIN_RSA_BITS = 2048;

    private final String issuer;
    private final IssuerConnection connection;
    private final Duration refreshInterval;
    private final Duration unknownKeyRefetchInterval;
    private final Clock clock;

    private volatile Snapshot snapshot;
    private Instant lastFetchAttempt = Instant.MIN;
    private int fetches;

    /** One fetched key set with a verifier built per key, up front. */
    private record Snapshot(List<KeyEntry> keys, Instant fetchedAt) {
    }

    private record KeyEntry(Optional<String> kid, JWSAlgorithm.Family family, Optional<JWSAlgorithm> alg,
                            JWSVerifier verifier) {
        boolean fits(JWSAlgorithm algorithm) {
            return family.contains(algorithm) && alg.map(algorithm::equals).orElse(true);
        }
    }

    IssuerKeys(String issuer, IssuerConnection connection, Duration refreshInterval,
               Duration unknownKeyRefetchInterval, Clock clock) {
        this.issuer = issuer;
        this.connection = connection;
        this.refreshInterval = refreshInterval;
        this.unknownKeyRefetchInterval = unknownKeyRefetchInterval;
        this.clock = clock;
    }

    /**
     * @param kid the token's key id, if it has one
     * @param algorithm the token's (already allowed) algorithm
     * @return the verifier of the one matching key
     * @throws Rejection if no key matches, even after one re-fetch
     * @throws AuthenticationException if the keys cannot be fetched at all
     */
    JWSVerifier verifier(Optional<String> kid, JWSAlgorithm algorithm) throws Rejection {
        Snapshot current = snapshot;
        if (current == null || clock.instant().isAfter(current.fetchedAt().plus(refreshInterval))) {
            current = refresh(current);
        }
        Optional<JWSVerifier> found = find(current, kid, algorithm);
        if (found.isEmpty()) {
            Snapshot refetched = refetchForUnknownKey(current);
            if (refetched != current) {
                found = find(refetched, kid, algorithm);
            }
        }
        return found.orElseThrow(() -> new Rejection(kid.isPresent()
                ? "no signing key of the issuer has the token's key id"
                : "the token names no key id and the issuer has no single key for its algorithm"));
    }

    /** @return how many times the key set was fetched (for tests and diagnostics) */
    synchronized int fetches() {
        return fetches;
    }

    private static Optional<JWSVerifier> find(Snapshot snapshot, Optional<String> kid, JWSAlgorithm algorithm) {
        List<KeyEntry> candidates = new ArrayList<>(2);
        for (KeyEntry entry : snapshot.keys()) {
            if (entry.fits(algorithm) && (kid.isEmpty() || kid.equals(entry.kid()))) {
                candidates.add(entry);
            }
        }
        // Without a kid the key must be unambiguous; with one, key ids are unique in a well-formed set.
        return candidates.size() == 1 ? Optional.of(candidates.get(0).verifier()) : Optional.empty();
    }

    private synchronized Snapshot refresh(Snapshot seen) {
        if (snapshot != seen && snapshot != null) {
            return snapshot; // another thread refreshed meanwhile
        }
        if (seen != null && clock.instant().isBefore(lastFetchAttempt.plus(unknownKeyRefetchInterval))) {
            return seen; // a refresh failed a moment ago: do not hammer an issuer that is down
        }
        try {
            return fetch();
        } catch (AuthenticationException e) {
            if (seen != null) {
                LOG.warn("OIDC issuer {}: key refresh failed ({}); using the keys fetched at {}", issuer,
                        e.getMessage(), seen.fetchedAt());
                return seen;
            }
            throw e;
        }
    }

    private synchronized Snapshot refetchForUnknownKey(Snapshot seen) {
        if (snapshot != seen) {
            return snapshot;
        }
        if (clock.instant().isBefore(lastFetchAttempt.plus(unknownKeyRefetchInterval))) {
            return seen;
        }
        try {
            return fetch();
        } catch (AuthenticationException e) {
            LOG.warn("OIDC issuer {}: re-fetching keys for an unknown key id failed ({})", issuer, e.getMessage());
            return seen;
        }
    }

    /** Caller holds the lock. */
    private Snapshot fetch() {
        lastFetchAttempt = clock.instant();
        fetches++;
        String discoveryUrl = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                + "/.well-known/openid-configuration";
        Map<String, Object> discovery;
        try {
            discovery = JSONObjectUtils.parse(get(discoveryUrl));
        } catch (ParseException e) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": the discovery document is not JSON");
        }
        String advertised = stringValue(discovery, "issuer");
        if (!issuer.equals(advertised)) {
            // OpenID Connect Discovery 1.0 §4.3: the issuer in the document must be exactly the one configured.
            throw new AuthenticationException("OIDC issuer " + issuer
                    + ": the discovery document names a different issuer; check the 'issuer' setting");
        }
        String jwksUri = stringValue(discovery, "jwks_uri");
        if (jwksUri == null || !jwksUri.startsWith("https://")) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": the discovery document has no https jwks_uri");
        }
        JWKSet set;
        try {
            set = JWKSet.parse(get(jwksUri));
        } catch (ParseException e) {
            throw new AuthenticationException("OIDC issuer " + issuer + ": the JWK set is malformed");
        }
        List<KeyEntry> entries = new ArrayList<>();
        for (JWK jwk : set.getKeys()) {
            if (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse())) {
                continue;
            }
            try {
                KeyEntry entry = entry(jwk);
                if (entry != null) {
                    entries.add(entry);
                }
            } catch (JOSEException e) {
                LOG.warn("OIDC issuer {}: skipping unusable key {} ({})", issuer, jwk.getKeyID(), e.getMessage());
            }
        }
        Snapshot fresh = new Snapshot(List.copyOf(entries), clock.instant());
        snapshot = fresh;
        LOG.debug("OIDC issuer {}: {} signing keys fetched", issuer, entries.size());
        return fresh;
    }

    private static KeyEntry entry(JWK jwk) throws JOSEException {
        Optional<String> kid = Optional.ofNullable(jwk.getKeyID());
        Optional<JWSAlgorithm> alg = Optional.ofNullable(jwk.getAlgorithm()).map(a -> JWSAlgorithm.parse(a.getName()));
        if (jwk instanceof RSAKey rsa) {
            if (rsa.size() < MIN_RSA_BITS) {
                throw new JOSEException("RSA key shorter than " + MIN_RSA_BITS + " bits");
            }
            return new KeyEntry(kid, JWSAlgorithm.Family.RSA, alg, new RSASSAVerifier(rsa.toRSAPublicKey()));
        }
        if (jwk instanceof ECKey ec) {
            if (!Curve.P_256.equals(ec.getCurve())) {
                throw new JOSEException("only P-256 EC keys are used (ES256)");
            }
            return new KeyEntry(kid, JWSAlgorithm.Family.EC, alg, new ECDSAVerifier(ec.toECPublicKey()));
        }
        if (jwk instanceof OctetKeyPair okp) {
            return new KeyEntry(kid, JWSAlgorithm.Family.ED, alg, new Ed25519JdkVerifier(okp));
        }
        return null; // symmetric ("oct") keys are never used: HMAC with a published key would be forgeable
    }

    private static String stringValue(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value instanceof String s ? s : null;
    }

    private String get(String url) {
        return connection.getJson(url);
    }
}
