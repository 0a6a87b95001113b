package dev.warden.core.deid;

import dev.warden.ConfigurationException;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import java.util.HexFormat;
import java.util.Objects;

/** The {@link Deidentifier} built by {@link Deidentifiers}. */
final class KeyedDeidentifier implements Deidentifier {

    private final DomainKeys keys;
    private final boolean reidentification;

    KeyedDeidentifier(DomainKeys keys, boolean reidentification) {
        this.keys = keys;
        this.reidentification = reidentification;
    }

    @Override
    public ValueTransformer compile(Transformation transformation, ConsistencyDomain domain) {
        Objects.requireNonNull(transformation, "transformation");
        Objects.requireNonNull(domain, "domain");
        return build(transformation, domain, true);
    }

    @Override
    public ValueTransformer reverse(Transformation transformation, ConsistencyDomain domain) {
        Objects.requireNonNull(transformation, "transformation");
        Objects.requireNonNull(domain, "domain");
        if (!reidentification) {
            throw new ConfigurationException("re-identification is not enabled for this deidentifier; build it with "
                    + "Deidentifiers.builder().reidentification(true) under a caller allowed to re-identify");
        }
        if (!(transformation instanceof Transformation.FormatPreservingEncryption)
                && !(transformation instanceof Transformation.KeyedToken)) {
            throw new ConfigurationException("transformation '" + transformation.kind() + "' is not reversible; only "
                    + "ff1, ff3-1 and token are");
        }
        return build(transformation, domain, false);
    }

    private ValueTransformer build(Transformation t, ConsistencyDomain domain, boolean forward) {
        if (t instanceof Transformation.Keep) {
            return value -> value;
        } else if (t instanceof Transformation.Suppress) {
            return value -> null;
        } else if (t instanceof Transformation.Redact) {
            return value -> value == null ? null : "";
        } else if (t instanceof Transformation.Replace r) {
            String constant = r.value();
            return value -> value == null ? null : constant;
        } else if (t instanceof Transformation.CharacterMask m) {
            return new CharacterMasking(m.keepFirst(), m.keepLast(), m.maskCodePoint(), m.keepSeparators());
        } else if (t instanceof Transformation.KeyedHash h) {
            return new KeyedHashing(keys.derive("hmac", domain, 32), h.encoding(), h.length(), h.prefix());
        } else if (t instanceof Transformation.FormatPreservingEncryption f) {
            byte[] key = keys.derive(f.kind(), domain, 32);
            return new FpeTransformer(f.algorithm(), f.alphabet(), key, HexFormat.of().parseHex(f.tweakHex()),
                    f.smallDomain(), forward);
        } else if (t instanceof Transformation.Pseudonym p) {
            return new Pseudonymizer(keys.derive("pseudonym", domain, 32), p.dictionary());
        } else if (t instanceof Transformation.KeyedToken k) {
            return new KeyedTokenizer(keys.derive("token", domain, 44), k.prefix(), forward);
        } else if (t instanceof Transformation.DateToYear) {
            return new DateTransformer(DateTransformer.Mode.YEAR, t.kind(), 0, null);
        } else if (t instanceof Transformation.BirthDateToYear b) {
            return new DateTransformer(DateTransformer.Mode.BIRTH_YEAR, t.kind(), b.asOf().getYear(), null);
        } else if (t instanceof Transformation.DateShift s) {
            return new DateTransformer(DateTransformer.Mode.SHIFT, t.kind(), s.maxDays(),
                    keys.derive("date-shift", domain, 32));
        } else if (t instanceof Transformation.DateToMonth) {
            return new DateTransformer(DateTransformer.Mode.MONTH, t.kind(), 0, null);
        } else if (t instanceof Transformation.DateToRange r) {
            return new DateTransformer(DateTransformer.Mode.RANGE, t.kind(), r.years(), null);
        } else if (t instanceof Transformation.NumericBucket b) {
            return new Generalizers.Bucket(b.width());
        } else if (t instanceof Transformation.NumericRanges r) {
            return new Generalizers.Ranges(r.bounds());
        } else if (t instanceof Transformation.ZipToThreeDigits z) {
            return new Generalizers.Zip3(z.restricted());
        } else if (t instanceof Transformation.AgeTopCode a) {
            return new Generalizers.AgeTop(a.maxAge(), a.label());
        } else if (t instanceof Transformation.HierarchyGeneralization h) {
            return new Generalizers.HierarchyLookup(h.hierarchy(), h.level());
        }
        throw new ConfigurationException("transformation kind '" + t.kind() + "' is not supported");
    }

    @Override
    public String toString() {
        return "Deidentifier[reidentification=" + reidentification + "]";
    }
}
