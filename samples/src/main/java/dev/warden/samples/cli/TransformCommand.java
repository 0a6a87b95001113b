package dev.warden.samples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warden.ConfigurationException;
import dev.warden.InvalidInputException;
import dev.warden.core.Warden;
import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.deid.TransformationJson;
import dev.warden.deid.ConsistencyDomain;
import dev.warden.deid.Deidentifier;
import dev.warden.deid.Transformation;
import dev.warden.deid.ValueTransformer;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warden transform}: applies one transformation to values given on the command line (or standard input). */
@Command(name = "transform", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Apply one de-identification transformation to each VALUE and print one result per line "
                + "(an empty line for a suppressed value). Without VALUE, reads values from standard input, one per line.",
            "",
            "Kinds: keep, suppress, redact, replace, mask, hmac, ff1, ff3-1, pseudonym, token, date-year, birth-year, "
                + "date-shift, date-month, date-range, bucket, ranges, zip3, age, hierarchy.",
            "",
            "Keys: --key-hex/--key give the key. Without --domain the key is used as it is (the AES key of ff1/ff3-1: "
                + "16, 24 or 32 bytes; the HMAC key), as in the NIST samples. With --domain it is a job key and the "
                + "column key is derived with HKDF-SHA256 exactly as 'warden deidentify' does for that consistency "
                + "domain.",
            "",
            "Re-identification: with --config, --decrypt runs as the operator whose API key is in $WARDEN_API_KEY (or "
                + "--api-key-env), needs REIDENTIFY on --scope and is recorded as REIDENTIFICATION_PERFORMED (never the "
                + "values); it then takes the job key by reference (--key) and a --domain. Without --config it is "
                + "neither authorized nor audited (development), and says so.",
            "",
            "Example: warden transform --kind ff1 --key-hex 2B7E151628AED2A6ABF7158809CF4F3C --radix 10 "
                + "--tweak-hex 39383736353433323130 0123456789   prints 6124200773"})
final class TransformCommand implements Callable<Integer> {

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "The transformation kind.")
    String kind;

    @Option(names = "--key", paramLabel = "SECRET-REF",
            description = "The key as a secret reference (env:NAME, file:PATH, keystore:NAME, vault:PATH#FIELD); its "
                    + "bytes are the key, as for 'warden deidentify --key'.")
    String keyRef;

    @Option(names = "--key-hex", paramLabel = "HEX", description = "The key in hex (for trying things and test vectors).")
    String keyHex;

    @Option(names = "--domain", paramLabel = "NAME",
            description = "Consistency domain (e.g. patients.Id): treat the key as a job key and derive the column key.")
    String domain;

    @Option(names = "--decrypt", description = "ff1, ff3-1, token: reverse the transformation (re-identification).")
    boolean decrypt;

    @Option(names = "--radix", paramLabel = "N", description = "ff1, ff3-1: numerals are the first N of 0-9a-zA-Z.")
    Integer radix;

    @Option(names = "--alphabet", paramLabel = "CHARS",
            description = "ff1, ff3-1: a name (digits, hex, upper, lower, base36, alphanumeric) or the numerals in order.")
    String alphabet;

    @Option(names = "--tweak-hex", paramLabel = "HEX", description = "ff1, ff3-1: the tweak (ff3-1: 14 hex digits).")
    String tweakHex;

    @Option(names = "--small-domain", paramLabel = "reject|mask",
            description = "ff1, ff3-1: what to do with values whose domain is below 1,000,000 (default reject).")
    String smallDomain;

    @Option(names = "--keep-first", paramLabel = "N", description = "mask: code points kept at the start (default 0).")
    Integer keepFirst;

    @Option(names = "--keep-last", paramLabel = "M", description = "mask: code points kept at the end (default 0).")
    Integer keepLast;

    @Option(names = "--mask-char", paramLabel = "C", description = "mask: the mask character (default *).")
    String maskChar;

    @Option(names = "--mask-separators",
            description = "mask: mask the separators - . @ ( ) and space too (default: they stay).")
    boolean maskSeparators;

    @Option(names = "--encoding", paramLabel = "hex|base64url", description = "hmac: output encoding (default hex).")
    String encoding;

    @Option(names = "--length", paramLabel = "N", description = "hmac: characters kept, 0 for all (default 0).")
    Integer length;

    @Option(names = "--prefix", paramLabel = "TEXT", description = "hmac, token: text written before the result.")
    String prefix;

    @Option(names = "--value", paramLabel = "TEXT", description = "replace: the constant.")
    String value;

    @Option(names = "--label", paramLabel = "TYPE", description = "replace: an identifier label, e.g. SSN gives <SSN>.")
    String label;

    @Option(names = "--dictionary", paramLabel = "NAME", description = "pseudonym: first-name, last-name, full-name, "
            + "city, county, street-address, email, organization.")
    String dictionary;

    @Option(names = "--as-of", paramLabel = "DATE", description = "birth-year: date ages are reckoned on (default today).")
    LocalDate asOf;

    @Option(names = "--max-days", paramLabel = "N", description = "date-shift: largest shift in days (default 365).")
    Integer maxDays;

    @Option(names = "--entity", paramLabel = "ID", description = "date-shift: the entity id the values belong to.")
    String entity;

    @Option(names = "--years", paramLabel = "N", description = "date-range: width of the range in years.")
    Integer years;

    @Option(names = "--width", paramLabel = "X", description = "bucket: bucket width.")
    BigDecimal width;

    @Option(names = "--bounds", paramLabel = "X,Y,...", split = ",", description = "ranges: increasing bounds.")
    List<BigDecimal> bounds;

    @Option(names = "--restricted", paramLabel = "AAA,...", split = ",",
            description = "zip3: restricted three-digit areas (default: the 17 of the 2000 census).")
    List<String> restricted;

    @Option(names = "--max-age", paramLabel = "N", description = "age: largest age kept (default 89).")
    Integer maxAge;

    @Option(names = "--age-label", paramLabel = "TEXT", description = "age: the category of older ages (default 90+).")
    String ageLabel;

    @Option(names = "--hierarchy", paramLabel = "FILE", description = "hierarchy: ARX hierarchy CSV (value;level1;...).")
    Path hierarchy;

    @Option(names = "--level", paramLabel = "N", description = "hierarchy: the generalization level.")
    Integer level;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A warden.json: --decrypt then needs an authenticated operator with REIDENTIFY, and is audited.")
    Path config;

    @Option(names = "--scope", paramLabel = "data-source:P/N|project:P",
            description = "--decrypt with --config: where the values come from (REIDENTIFY is checked there).")
    String scope;

    @Option(names = "--purpose", paramLabel = "TEXT",
            description = "--decrypt with --config: why (a ticket, a request); recorded with the event.")
    String purpose;

    @Option(names = "--api-key-env", paramLabel = "NAME", defaultValue = "WARDEN_API_KEY",
            description = "--decrypt with --config: the environment variable holding the operator's API key "
                    + "(default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Parameters(paramLabel = "VALUE", arity = "0..*", description = "Values to transform.")
    List<String> values = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Transformation transformation = TransformationJson.parse(spec(), "--kind " + kind, Path.of(""));
        if (decrypt && config != null) {
            return governedDecrypt(transformation);
        }
        if (decrypt) {
            spec.commandLine().getErr().println("warning: no --config: this re-identification is neither authorized "
                    + "nor audited (development only)");
        }
        Deidentifier deid = deidentifier(transformation);
        ConsistencyDomain consistency = new ConsistencyDomain(domain == null ? "cli" : domain);
        ValueTransformer transformer = decrypt ? deid.reverse(transformation, consistency)
                : deid.compile(transformation, consistency);
        if (transformer.needsEntity() && entity == null) {
            throw new InvalidInputException("--kind " + kind + " needs --entity (the id of the entity "
                    + "the dates belong to)");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (values.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                print(out, transformer, line);
            }
        } else {
            for (String v : values) {
                print(out, transformer, v);
            }
        }
        out.flush();
        return ExitCode.OK;
    }

    /** --decrypt with a configuration: through warden.reidentification(), as the authenticated operator. */
    private int governedDecrypt(Transformation transformation) throws IOException {
        if (keyHex != null || keyRef == null) {
            throw new ConfigurationException("--decrypt with --config takes the job key by reference (--key SECRET-REF); "
                    + "--key-hex is for trying things without a configuration");
        }
        if (domain == null || scope == null || purpose == null) {
            throw new ConfigurationException("--decrypt with --config needs --domain (the consistency domain), --scope "
                    + "(data-source:PROJECT/NAME or project:PROJECT) and --purpose");
        }
        List<String> input = new ArrayList<>(values);
        if (input.isEmpty()) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line; (line = in.readLine()) != null; ) {
                input.add(line);
            }
        }
        OperatorOptions operator = new OperatorOptions();
        operator.config = config;
        operator.apiKeyEnv = apiKeyEnv;
        PrintWriter out = spec.commandLine().getOut();
        try (OperatorOptions.Session s = operator.signIn(spec.commandLine().getErr())) {
            var originals = s.warden().reidentification().reidentify(s.principal(),
                    dev.warden.policy.ResourceRef.parse(scope), SecretRef.parse(keyRef), purpose,
                    List.of(new dev.warden.core.workflow.ReversibleColumn(domain, transformation,
                            new ConsistencyDomain(domain), input)));
            originals.get(domain).forEach(v -> out.println(v == null ? "" : v));
        }
        out.flush();
        return ExitCode.OK;
    }

    private void print(PrintWriter out, ValueTransformer transformer, String v) {
        String result = transformer.apply(v, entity);
        out.println(result == null ? "" : result);
    }

    private ObjectNode spec() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("kind", kind);
        if (radix != null) {
            o.put("radix", radix);
        }
        if (alphabet != null) {
            try {
                dev.warden.deid.Alphabet.named(alphabet);
                o.put("alphabet", alphabet);
            } catch (InvalidInputException e) {
                o.putObject("alphabet").put("chars", alphabet);
            }
        }
        putText(o, "tweak", tweakHex);
        putText(o, "smallDomain", smallDomain);
        putInt(o, "keepFirst", keepFirst);
        putInt(o, "keepLast", keepLast);
        putText(o, "maskChar", maskChar);
        if (maskSeparators) {
            o.put("keepSeparators", false);
        }
        putText(o, "encoding", encoding);
        putInt(o, "length", length);
        putText(o, "prefix", prefix);
        putText(o, "value", value);
        putText(o, "label", label);
        putText(o, "dictionary", dictionary);
        if ("birth-year".equals(kind)) {
            o.put("asOf", (asOf == null ? LocalDate.now() : asOf).toString());
        }
        putInt(o, "maxDays", maxDays);
        putInt(o, "years", years);
        if (width != null) {
            o.put("width", width);
        }
        if (bounds != null) {
            ArrayNode a = o.putArray("bounds");
            bounds.forEach(a::add);
        }
        if (restricted != null) {
            ArrayNode a = o.putArray("restricted");
            restricted.forEach(a::add);
        }
        putInt(o, "maxAge", maxAge);
        if (ageLabel != null) {
            o.put("label", ageLabel);
        }
        if (hierarchy != null) {
            o.put("file", hierarchy.toString());
        }
        putInt(o, "level", level);
        return o;
    }

    private static void putText(ObjectNode o, String name, String v) {
        if (v != null) {
            o.put(name, v);
        }
    }

    private static void putInt(ObjectNode o, String name, Integer v) {
        if (v != null) {
            o.put(name, v);
        }
    }

    private Deidentifier deidentifier(Transformation transformation) {
        if (keyHex != null && keyRef != null) {
            throw new ConfigurationException("give --key or --key-hex, not both");
        }
        byte[] key;
        if (keyHex != null) {
            try {
                key = HexFormat.of().parseHex(keyHex.strip());
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("--key-hex is not an even number of hex digits");
            }
        } else if (keyRef != null) {
            key = resolve(SecretRef.parse(keyRef));
        } else if (transformation.keyed()) {
            throw new ConfigurationException("--kind " + kind + " needs a key: --key-hex HEX or "
                    + "--key SECRET-REF");
        } else {
            key = new byte[Deidentifiers.MIN_KEY_BYTES]; // unkeyed kinds never read it
        }
        try {
            Deidentifiers.Builder builder = Deidentifiers.builder().reidentification(decrypt);
            return (domain == null ? builder.directKey(key) : builder.jobKey(key)).build();
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The key read exactly as {@code warden deidentify --key} reads a job key ({@link dev.warden.core.secrets.KeyMaterial}). */
    private static byte[] resolve(SecretRef ref) {
        try (Warden warden = Warden.builder().build(); Secret secret = warden.secrets().resolve(ref)) {
            return dev.warden.core.secrets.KeyMaterial.decode(ref, secret, "--key");
        }
    }
}
