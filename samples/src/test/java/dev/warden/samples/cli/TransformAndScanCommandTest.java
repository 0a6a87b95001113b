package dev.warden.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code warden transform} and {@code warden scan}. */
class TransformAndScanCommandTest {

    private static final String NIST_KEY = "2B7E151628AED2A6ABF7158809CF4F3C";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = WardenCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void ff1PrintsThePublishedNistCiphertext() {
        assertThat(run("transform", "--kind", "ff1", "--key-hex", NIST_KEY, "--radix", "10", "--tweak-hex",
                "39383736353433323130", "0123456789")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("6124200773");
    }

    @Test
    void ff1DecryptReversesIt() {
        assertThat(run("transform", "--kind", "ff1", "--key-hex", NIST_KEY, "--radix", "10", "--tweak-hex",
                "39383736353433323130", "--decrypt", "6124200773")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("0123456789");
    }

    @Test
    void ff1WithTheRadix36SampleUsesTheBase36Alphabet() {
        assertThat(run("transform", "--kind", "ff1", "--key-hex", NIST_KEY, "--radix", "36", "--tweak-hex",
                "3737373770717273373737", "0123456789abcdefghi")).isEqualTo(ExitCode.OK);
        assertThat(out.toString().strip()).isEqualTo("a9tv40mll9kdu509eum");
    }

    @Test
    void maskPrintsOneResultPerLine() {
        assertThat(run("transform", "--kind", "mask", "--keep-last", "4", "4111-1111-1111-1234", "abc"))
                .isEqualTo(ExitCode.OK);
        assertThat(out.toString().lines()).containsExactly("****-****-****-1234", "***");
    }

    @Test
    void aKeyedKindWithoutAKeyIsBadInputOnOneLine() {
        assertThat(run("transform", "--kind", "hmac", "x")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString().strip()).contains("needs a key").doesNotContain("\n");
    }

    @Test
    void aValueThatCannotBeTransformedIsBadInputWithoutTheValue() {
        assertThat(run("transform", "--kind", "ff1", "--key-hex", NIST_KEY, "12-34")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("1,000,000").doesNotContain("12-34");
    }

    @Test
    void anUnknownKindIsBadInput() {
        assertThat(run("transform", "--kind", "rot13", "x")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("unknown kind");
    }

    @Test
    void dateShiftNeedsAnEntityAndKeepsIntervalsWithADomainKey() {
        assertThat(run("transform", "--kind", "date-shift", "--key-hex", NIST_KEY, "--domain", "patients.Id",
                "2020-01-31")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("transform", "--kind", "date-shift", "--key-hex", NIST_KEY, "--domain", "patients.Id",
                "--entity", "p1", "2020-01-31", "2020-02-01")).isEqualTo(ExitCode.OK);
        var lines = out.toString().lines().toList();
        assertThat(java.time.LocalDate.parse(lines.get(0)).plusDays(1)).isEqualTo(java.time.LocalDate.parse(lines.get(1)));
    }

    @Test
    void aKeyReferenceWithoutAStoreForItsSchemeIsBadInput() {
        assertThat(run("transform", "--kind", "hmac", "--key", "nosuchscheme:x", "v")).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("nosuchscheme");
    }

    @Test
    void transformHasHelpWithItsOptions() {
        assertThat(run("transform", "--help")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("--keep-first").contains("--tweak-hex").contains("--decrypt");
    }

    @Test
    void scanFindsTheIdentifiersOfSyntheaPatientsAndExitsThreeWithoutPrintingValues(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("patients.csv");
        try (var in = getClass().getResourceAsStream("/data/synthea-nebraska/patients.csv")) {
            Files.copy(in, file);
        }
        assertThat(run("scan", "--input", dir.toString())).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("patients.csv SSN: SSN=111/111").contains("ZIP=111/111")
                .doesNotContain("999-").doesNotContain("68504");
        assertThat(err.toString()).contains("identifiers found");
    }

    @Test
    void scanOfCleanDataExitsZero(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("clean.csv");
        Files.writeString(file, "GENDER,COUNT\nF,12\nM,9\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString(), "--json")).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("\"columnsWithIdentifiers\" : 0");
    }

    @Test
    void emailsAtReservedDomainsAsWardenPseudonymsWriteThemAreCountedApartUnlessAsked(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "email,note\nk.moreau@example.org,\"wrote to a.b@mail.example.net\"\n"
                + "x@clinic.test,\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("3 e-mail address(es) at reserved domains (RFC 2606) not counted");
        assertThat(run("scan", "--input", file.toString(), "--count-reserved-domains"))
                .isEqualTo(ExitCode.VALIDATION_FAILED);
    }

    @Test
    void anEmailAtAnExampleLookalikeDomainIsStillAnIdentifier(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "email\nann@example.co.uk\nbob@myexample.org\ncat@example.org.evil.com\n",
                StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString())).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("EMAIL=3/3");
    }

    @Test
    void scanIgnoresColumnsOnRequest(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "id,SSN\n1,999-49-3983\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString(), "--ignore", "SSN")).isEqualTo(ExitCode.OK);
    }

    @Test
    void scanReadsEachFileWithTheDelimiterOfItsFirstLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("besok.csv"), "besöksnr\tpnr\tdatum\tanteckning\n"
                + "1\tab12\t2026\tRing patienten på +46 70 123 45 67\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cidadaos.csv"), "id;telefone;uf\n1;+55 11 98765-4321;SP\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("pnr.tsv"), "rloc|contact\nABC123|APM +1 163 1653631\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", dir.toString())).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("besok.csv anteckning: PHONE=1/1")
                .contains("cidadaos.csv telefone: PHONE=1/1")
                .contains("pnr.tsv contact: PHONE=1/1").contains("3 file(s)").doesNotContain("+46");
    }

    @Test
    void scanTakesTheDelimiterGiven(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "a;b\n1;999-49-3983\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString(), "--delimiter", ";")).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("t.csv b: SSN=1/1");
    }

    @Test
    void aRaggedRowNamesTheDelimiterItWasReadWith(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "a\tb\n1\t2\t3\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("t.csv, line 2: 3 cells, the header has 2").contains("tabs")
                .contains("--delimiter");
    }

    @Test
    void scanFindsInternationalPhonesAndEmailsAndHl7TelecomValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "телефон,почта,PID_13,MSH_7\n"
                + "+7 (915) 935-95-61,müller@bücher.de,^PRN^PH^^1^207^3832349,20260704183124\n",
                StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString())).isEqualTo(ExitCode.VALIDATION_FAILED);
        assertThat(out.toString()).contains("t.csv телефон: PHONE=1/1").contains("t.csv почта: EMAIL=1/1")
                .contains("t.csv PID_13: PHONE=1/1").doesNotContain("MSH_7").doesNotContain("müller");
    }

    @Test
    void anInternationalisedAddressAtAReservedDomainIsCountedApart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "эл_почта\nclient9785@почта.example\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString())).isEqualTo(ExitCode.OK);
        assertThat(out.toString()).contains("1 e-mail address(es) at reserved domains");
    }

    @Test
    void scanOfAMissingFileIsBadInput(@TempDir Path dir) {
        assertThat(run("scan", "--input", dir.resolve("nope.csv").toString())).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void scanOfARaggedCsvNamesTheFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "a,b\n1,2\n1,2,3\n", StandardCharsets.UTF_8);
        assertThat(run("scan", "--input", file.toString())).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("bad.csv, line 3");
    }
}
