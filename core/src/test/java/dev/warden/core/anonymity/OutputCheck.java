package dev.warden.core.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent check of an anonymizer's output, from the output table alone: every class other than the suppressed
 * records (all quasi-identifiers {@code *}) has at least k records and meets the l-diversity and t-closeness models
 * given, and no more records than the limit were suppressed.
 */
final class OutputCheck {

    private OutputCheck() {
    }

    static void assertSatisfies(AnonymizationResult result, Table input, List<PrivacyModel> models,
            double suppressionLimit) {
        Table output = result.output();
        List<String> qis = List.copyOf(result.levels().keySet());
        int[] qi = qis.stream().mapToInt(output::columnIndex).toArray();
        Map<List<String>, List<Integer>> classes = new HashMap<>();
        for (int r = 0; r < output.rowCount(); r++) {
            List<String> key = new ArrayList<>();
            for (int c : qi) {
                key.add(output.value(r, c));
            }
            classes.computeIfAbsent(key, x -> new ArrayList<>()).add(r);
        }
        List<String> suppressedKey = qis.stream().map(x -> Anonymizer.SUPPRESSED).toList();
        assertThat(result.suppressed()).isLessThanOrEqualTo((int) Math.floor(suppressionLimit * input.rowCount()));
        for (Map.Entry<List<String>, List<Integer>> e : classes.entrySet()) {
            if (e.getKey().equals(suppressedKey)) {
                assertThat(e.getValue().size()).isGreaterThanOrEqualTo(result.suppressed());
                continue;
            }
            for (PrivacyModel model : models) {
                assertHolds(model, e.getValue(), output);
            }
        }
    }

    private static void assertHolds(PrivacyModel model, List<Integer> rows, Table output) {
        if (model instanceof PrivacyModel.KAnonymity k) {
            assertThat(rows.size()).as("class size").isGreaterThanOrEqualTo(k.k());
            return;
        }
        int column = output.columnIndex(model.sensitiveAttribute());
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(output.value(r, column), 1, Integer::sum));
        if (model instanceof PrivacyModel.DistinctLDiversity l) {
            assertThat(counts.size()).as("distinct sensitive values").isGreaterThanOrEqualTo(l.l());
        } else if (model instanceof PrivacyModel.EqualDistanceTCloseness t) {
            Map<String, Integer> all = new HashMap<>();
            for (int r = 0; r < output.rowCount(); r++) {
                all.merge(output.value(r, column), 1, Integer::sum);
            }
            double distance = 0;
            for (Map.Entry<String, Integer> e : all.entrySet()) {
                double p = counts.getOrDefault(e.getKey(), 0) / (double) rows.size();
                distance += Math.abs(p - e.getValue() / (double) output.rowCount());
            }
            assertThat(distance / 2).as("equal-distance EMD").isLessThanOrEqualTo(t.t() + 1e-9);
        }
    }
}
