package dev.warden.core.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTML form of a {@link JobReport}: the outcome and the validation's failed checks first, then the run's figures,
 * the tables (rows in and out, what happened to each column and why) and the checks that passed. One file, no script
 * and no external resource, laid out for a 1280-pixel window without breaking words.
 */
final class JobReportHtml {

    private static final String STYLE = "*{box-sizing:border-box}"
            + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;color:#1f2328;line-height:1.45;"
            + "font-size:15px}main{max-width:1200px;margin:0 auto;padding:24px 32px 48px}"
            + "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 10px;border-bottom:1px solid #d0d7de;padding-bottom:4px}"
            + "h3{font-size:16px;margin:18px 0 6px}.meta{color:#656d76;margin:0 0 12px}"
            + ".summary{font-weight:600;font-size:17px;padding:10px 14px;border-radius:6px;border:1px solid}"
            + ".summary.ok{background:#dafbe1;border-color:#2da44e}.summary.bad{background:#ffebe9;border-color:#cf222e}"
            + "section.failed{border:2px solid #cf222e;border-radius:8px;background:#fff5f5;padding:4px 18px 12px;margin:20px 0}"
            + "section.failed h2{color:#cf222e;border:0}"
            + "table{border-collapse:collapse;width:100%;font-size:14px;margin:0 0 8px}"
            + "th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:normal;"
            + "word-break:normal;hyphens:none}th{background:#f6f8fa;white-space:nowrap}td.n{text-align:right;white-space:nowrap}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 20px;background:#f6f8fa;border:1px solid #d0d7de;"
            + "border-radius:6px;padding:12px 18px;margin:0}dt{font-weight:600}dd{margin:0}"
            + "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}"
            + ".ok{color:#1a7f37;font-weight:700;white-space:nowrap}.bad{color:#cf222e;font-weight:700;white-space:nowrap}"
            + ".keep{color:#656d76}h1 code{font-size:inherit}td.name{white-space:nowrap}";

    private JobReportHtml() {
    }

    static String render(JobReport r) {
        StringBuilder out = new StringBuilder(16384);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Warden job report: ").append(esc(r.job())).append("</title><style>").append(STYLE)
                .append("</style></head><body><main>\n<h1>De-identification job <code>").append(esc(r.job()))
                .append("</code></h1>\n<p class=\"meta\">profile ").append(esc(r.profile())).append(" &middot; started ")
                .append(esc(r.started().toString())).append("</p>\n");
        boolean passed = r.validation().passed();
        List<JobReport.Check> failed = r.validation().checks().stream().filter(c -> !c.passed()).toList();
        out.append("<p class=\"summary ").append(passed ? "ok" : "bad").append("\">")
                .append(passed ? "&#10003; Validation passed: " : "&#10007; VALIDATION FAILED: ")
                .append(r.validation().checks().size() - failed.size()).append(" of ").append(r.validation().checks().size())
                .append(" checks passed; nothing was moved into place unless every check passed</p>\n");
        if (!failed.isEmpty()) {
            out.append("<section class=\"failed\"><h2>Failed checks (").append(failed.size()).append(")</h2>\n");
            checks(failed, out);
            out.append("</section>\n");
        }
        out.append("<h2>Run</h2>\n<dl><dt>Input</dt><dd><code>").append(esc(r.input())).append("</code></dd>")
                .append("<dt>Output</dt><dd><code>").append(esc(r.output())).append("</code></dd>");
        r.subset().ifPresent(s -> out.append("<dt>Subset</dt><dd>").append(esc(s)).append("</dd>"));
        out.append(String.format(Locale.ROOT, "<dt>Rows</dt><dd>%,d read, %,d written</dd>", r.rowsRead(), r.rowsWritten()))
                .append(String.format(Locale.ROOT, "<dt>Time</dt><dd>%.2f s (%,.0f rows/s), peak heap %d MiB</dd>",
                        r.duration().toNanos() / 1e9, r.rowsPerSecond(), r.peakHeapBytes() >> 20));
        if (!r.tablesNotCopied().isEmpty()) {
            out.append("<dt>Not copied</dt><dd>").append(esc(String.join(", ", r.tablesNotCopied())))
                    .append(" <span class=\"keep\">(not in the spec)</span></dd>");
        }
        out.append("</dl>\n<h2>Tables (").append(r.tables().size()).append(")</h2>\n<table><thead><tr><th>table</th>")
                .append("<th>rows in</th><th>rows out</th><th>transformed</th><th>kept</th><th>dropped</th></tr></thead><tbody>\n");
        for (JobReport.TableReport t : r.tables()) {
            long dropped = t.columns().stream().filter(c -> c.action().equals("drop")).count();
            long kept = t.columns().stream().filter(c -> c.action().equals("keep")).count();
            out.append("<tr><td><a href=\"#t-").append(esc(t.name())).append("\">").append(esc(t.name())).append("</a></td>")
                    .append(num(t.rowsIn())).append(num(t.rowsOut())).append(num(t.columns().size() - kept - dropped))
                    .append(num(kept)).append(num(dropped)).append("</tr>\n");
        }
        out.append("</tbody></table>\n");
        List<JobReport.Check> passedChecks = new ArrayList<>(r.validation().checks());
        passedChecks.removeAll(failed);
        if (!passedChecks.isEmpty()) {
            out.append("<h2>Checks passed (").append(passedChecks.size()).append(")</h2>\n");
            checks(passedChecks, out);
        }
        out.append("<h2>Columns</h2>\n");
        for (JobReport.TableReport t : r.tables()) {
            out.append("<h3 id=\"t-").append(esc(t.name())).append("\">").append(esc(t.name())).append("</h3>\n");
            t.anonymity().ifPresent(a -> out.append("<p>").append(esc(String.join(" + ", a.models()))).append(" over ")
                    .append(esc(String.join(", ", a.quasiIdentifiers()))).append(": levels ").append(esc(a.levels().toString()))
                    .append(String.format(Locale.ROOT, ", %d suppressed (limit %d); highest prosecutor risk %.4f &rarr; %.4f</p>",
                            a.suppressed(), a.suppressionLimit(), a.before().highestProsecutorRisk(),
                            a.after().highestProsecutorRisk())));
            out.append("<table><thead><tr><th>column</th><th>action</th><th>identifier</th><th>consistency domain</th>")
                    .append("<th>why</th></tr></thead><tbody>\n");
            for (JobReport.ColumnReport c : t.columns()) {
                out.append("<tr><td><code>").append(esc(c.name())).append("</code></td><td")
                        .append(c.action().equals("keep") ? " class=\"keep\"" : "").append('>').append(esc(c.action()))
                        .append("</td><td>").append(esc(c.identifier().orElse(""))).append("</td><td><code>")
                        .append(esc(c.domain().orElse(""))).append("</code></td><td>").append(esc(c.reason()))
                        .append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        return out.append("</main></body></html>\n").toString();
    }

    private static void checks(List<JobReport.Check> checks, StringBuilder out) {
        out.append("<table><thead><tr><th>result</th><th>check</th><th>detail</th></tr></thead><tbody>\n");
        for (JobReport.Check c : checks) {
            out.append("<tr><td class=\"").append(c.passed() ? "ok\">ok" : "bad\">FAIL").append("</td><td class=\"name\">")
                    .append(esc(c.name())).append("</td><td>").append(esc(c.detail())).append("</td></tr>\n");
        }
        out.append("</tbody></table>\n");
    }

    private static String num(long n) {
        return String.format(Locale.ROOT, "<td class=\"n\">%,d</td>", n);
    }

    /** Escapes {@code & < > " '}; control characters become character references. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append("&#").append((int) c).append(';');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
