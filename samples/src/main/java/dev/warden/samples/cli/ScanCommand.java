package dev.warden.samples.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.warden.InvalidInputException;
import dev.warden.core.deid.detect.DetectorKind;
import dev.warden.core.deid.detect.IdentifierScanner;
import dev.warden.core.job.Datasets;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warden scan}: looks for identifiers left in CSV files. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scan CSV files (header row, UTF-8; comma, semicolon, tab or | separated) for identifiers that "
                + "survived de-identification: SSN, phone (North American, international with + and country code, "
                + "HL7 XTN), e-mail (internationalised too), IPv4/IPv6, URL, payment card (Luhn), IBAN (mod-97), "
                + "US ZIP, dates, HL7 addresses with a ZIP, UUID. Prints, per file and column, each kind found and in "
                + "how many values (never the values).",
            "E-mail addresses at domains reserved for examples and tests (RFC 2606, RFC 6761: example.com, example.org, "
                + "example.net, *.example, *.test, *.invalid, *.localhost) cannot be anyone's mailbox and are what "
                + "Warden's own pseudonyms use: they are counted apart and do not fail the scan unless "
                + "--count-reserved-domains is given.",
            "Exits 3 when any identifier is found, 0 when none."})
final class ScanCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE|DIR",
            description = "A CSV file, or a directory whose *.csv and *.tsv files are scanned.")
    Path input;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter of every file (default: detected "
            + "from the first line of each file: comma, semicolon, tab or |).")
    Character delimiter;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND,...",
            description = "Only these kinds (default all): ${COMPLETION-CANDIDATES}.")
    List<DetectorKind> kinds;

    @Option(names = "--ignore", split = ",", paramLabel = "COLUMN,...",
            description = "Columns not scanned (for example keys kept on purpose), as COLUMN or FILE:COLUMN.")
    Set<String> ignore = Set.of();

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--count-reserved-domains",
            description = "Count e-mail addresses at reserved domains (RFC 2606, RFC 6761) as identifiers too.")
    boolean countReservedDomains;

    /**
     * An e-mail address at a domain reserved by RFC 2606 or RFC 6761 (second-level example.*, or a reserved TLD), with
     * the internationalised local parts and labels of RFC 6531 ({@code клиент@почта.example}).
     */
    private static final java.util.regex.Pattern RESERVED_EMAIL = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}_.%+-])[\\p{L}\\p{M}\\p{Nd}_.%+-]++@(?:[\\p{L}\\p{M}\\p{Nd}-]++\\.){0,126}"
                    + "(?:example\\.(?:com|org|net)|example|test|invalid|localhost)(?![\\p{L}\\p{M}\\p{Nd}_.-])",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private long reserved;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Path> files = files();
        ObjectNode report = new ObjectMapper().createObjectNode();
        ArrayNode columns = report.putArray("findings");
        PrintWriter out = spec.commandLine().getOut();
        int found = 0;
        long values = 0;
        for (Path file : files) {
            IdentifierScanner scanner = new IdentifierScanner(kinds == null ? List.of(DetectorKind.values()) : kinds);
            values += scan(file, scanner);
            for (IdentifierScanner.ColumnFindings f : scanner.findings()) {
                if (!f.any()) {
                    continue;
                }
                found++;
                ObjectNode c = columns.addObject();
                c.put("file", file.getFileName().toString()).put("column", f.column()).put("scanned", f.scanned());
                ObjectNode counts = c.putObject("kinds");
                f.counts().forEach((k, n) -> counts.put(k.name(), n));
                if (!json) {
                    StringBuilder line = new StringBuilder(file.getFileName() + " " + f.column() + ":");
                    f.counts().forEach((k, n) -> line.append(' ').append(k.name()).append('=').append(n)
                            .append('/').append(f.scanned()));
                    out.println(line);
                }
            }
        }
        report.put("files", files.size()).put("valuesScanned", values).put("columnsWithIdentifiers", found)
                .put("reservedDomainEmails", reserved);
        if (json) {
            out.println(report.toPrettyString());
        } else {
            out.println(files.size() + " file(s), " + values + " value(s) scanned, " + found
                    + " column(s) with identifiers"
                    + (reserved > 0 ? "; " + reserved + " e-mail address(es) at reserved domains (RFC 2606) not "
                    + "counted" : ""));
        }
        out.flush();
        if (found > 0) {
            spec.commandLine().getErr().println("warden scan: identifiers found in " + found + " column(s)");
            spec.commandLine().getErr().flush();
            return ExitCode.VALIDATION_FAILED;
        }
        return ExitCode.OK;
    }

    private List<Path> files() throws IOException {
        if (!Files.exists(input)) {
            throw new NoSuchFileException(input.toString(), null, "does not exist");
        }
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> s = Files.list(input)) {
            List<Path> files = new ArrayList<>(s.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                return (name.endsWith(".csv") || name.endsWith(".tsv")) && Files.isRegularFile(p);
            }).sorted().toList());
            if (files.isEmpty()) {
                throw new InvalidInputException("no *.csv or *.tsv file in " + input);
            }
            return files;
        }
    }

    /** @return the delimiter as a reader sees it named */
    private static String describe(char separator) {
        switch (separator) {
            case '\t':
                return "tabs";
            case ',':
                return "commas";
            case ';':
                return "semicolons";
            case '|':
                return "vertical bars";
            default:
                return "'" + separator + "'";
        }
    }

    /** The value with its e-mail addresses at reserved domains blanked out, each one counted. */
    private String withoutReservedEmails(String value) {
        if (value == null || value.indexOf('@') < 0) {
            return value;
        }
        java.util.regex.Matcher m = RESERVED_EMAIL.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            reserved++;
            m.appendReplacement(out, " ");
        }
        m.appendTail(out);
        return out.toString();
    }

    private long scan(Path file, IdentifierScanner scanner) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        String name = file.getFileName().toString();
        char separator = delimiter != null ? delimiter : Datasets.detectFileDelimiter(file);
        long n = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<String[]> rows = mapper.readerFor(String[].class)
                     .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(reader)) {
            if (!rows.hasNext()) {
                return 0;
            }
            String[] header = rows.next();
            boolean[] skip = new boolean[header.length];
            for (int i = 0; i < header.length; i++) {
                skip[i] = ignore.contains(header[i]) || ignore.contains(name + ":" + header[i]);
            }
            long line = 1;
            while (rows.hasNext()) {
                line++;
                String[] row;
                try {
                    row = rows.next();
                } catch (RuntimeException e) {
                    throw new InvalidInputException(name + ", line " + line + ": not valid CSV");
                }
                if (row.length > header.length) {
                    throw new InvalidInputException(name + ", line " + line + ": " + row.length
                            + " cells, the header has " + header.length + " (cells separated by "
                            + describe(separator) + (delimiter != null ? ", as --delimiter gives"
                            : ", as the first line shows; give --delimiter if that is wrong") + ")");
                }
                for (int i = 0; i < row.length; i++) {
                    if (!skip[i]) {
                        scanner.add(header[i], countReservedDomains ? row[i] : withoutReservedEmails(row[i]));
                        n++;
                    }
                }
            }
        } catch (java.nio.charset.MalformedInputException | java.io.CharConversionException e) {
            throw new InvalidInputException(name + " is not UTF-8 text");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(name + ", line " + e.getLocation().getLineNr()
                    + ": not valid CSV");
        }
        return n;
    }

}
