package dev.warden.core.deid;

import dev.warden.deid.ConsistencyDomain;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * Key material per consistency domain and purpose: HKDF-SHA256 (RFC 5869) with the job key as input keying
 * material, the salt {@code dev.warden.deid/v1}, and the info {@code purpose || 0x00 || domain name (UTF-8)}. In
 * direct mode (published test vectors, {@code warden transform --key-hex}) the key is used as it is.
 */
final class DomainKeys {

    private static final byte[] SALT = "dev.warden.deid/v1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] jobKey;
    private final boolean direct;

    DomainKeys(byte[] jobKey, boolean direct) {
        this.jobKey = jobKey.clone();
        this.direct = direct;
    }

    /**
     * @param purpose what the key is for, e.g. {@code ff1}, {@code hmac}
     * @param domain the consistency domain
     * @param length bytes wanted
     * @return the derived key, or the job key itself in direct mode
     */
    byte[] derive(String purpose, ConsistencyDomain domain, int length) {
        if (direct) {
            return jobKey.clone();
        }
        byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
        byte[] d = UnicodeText.utf8(domain.name());
        byte[] info = new byte[p.length + 1 + d.length];
        System.arraycopy(p, 0, info, 0, p.length);
        System.arraycopy(d, 0, info, p.length + 1, d.length);
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(jobKey, SALT, info));
        byte[] out = new byte[length];
        hkdf.generateBytes(out, 0, length);
        return out;
    }

    @Override
    public String toString() {
        return "DomainKeys[redacted]";
    }
}
