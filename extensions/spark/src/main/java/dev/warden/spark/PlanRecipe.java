package dev.warden.spark;

import dev.warden.ConfigurationException;
import dev.warden.core.job.ColumnRule;
import dev.warden.core.job.ColumnSpec;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.TableSpec;
import dev.warden.deid.Transformation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSchema;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What an executor needs to compile the plan for itself: the spec as JSON, the tables' shapes, and the job key's
 * secret reference (e.g. {@code env:WARDEN_JOB_KEY}), never the key. The key is resolved on each executor through
 * Warden's secret resolver, with the {@code warden.json} at {@code configuration} when given (it must be readable at
 * that path on the executors, e.g. shipped with {@code spark-submit --files}).
 */
final class PlanRecipe implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One table's shape: names and which columns hold bytes. */
    record Shape(String name, ArrayList<String> columns, boolean[] binary) implements Serializable {
        private static final long serialVersionUID = 1L;

        TableSchema schema() {
            List<SourceColumn> cs = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cs.add(new SourceColumn(columns.get(i), Optional.empty(), binary[i]));
            }
            return new TableSchema(name, cs, List.of(), List.of());
        }
    }

    final String specJson;
    final String keyRef;
    /** A path to warden.json on the executors, or null for the defaults (env:, file:, keystore: stores). */
    final String configuration;
    final ArrayList<Shape> shapes;
    /** The spec's hierarchy files by name (as {@link JobSpec#toJson()} names them), their rows joined by ';'. */
    final TreeMap<String, String> hierarchies;
    /** The cache key: a digest of everything but the key reference, which is kept beside it in clear. */
    final String id;

    PlanRecipe(JobSpec spec, String keyRef, String configuration, List<TableSchema> schemas) {
        this.specJson = spec.toJson();
        this.keyRef = keyRef;
        this.configuration = configuration;
        this.shapes = new ArrayList<>();
        for (TableSchema s : schemas) {
            boolean[] binary = new boolean[s.columns().size()];
            for (int i = 0; i < binary.length; i++) {
                binary[i] = s.columns().get(i).binary();
            }
            shapes.add(new Shape(s.name(), new ArrayList<>(s.columnNames()), binary));
        }
        this.hierarchies = new TreeMap<>();
        for (TableSpec t : spec.tables()) {
            for (ColumnSpec c : t.columns()) {
                if (c.rule() instanceof ColumnRule.Explicit e && e.transformation() instanceof Transformation.HierarchyGeneralization h) {
                    StringBuilder text = new StringBuilder();
                    for (List<String> row : h.hierarchy().rows()) {
                        text.append(String.join(";", row)).append('\n');
                    }
                    hierarchies.put(h.hierarchy().name(), text.toString());
                }
            }
        }
        this.id = digest() + "|" + keyRef + "|" + (configuration == null ? "" : configuration);
    }

    /** Parses the spec, writing its hierarchy files to a directory of this JVM's temporary files first. */
    JobSpec spec() {
        if (hierarchies.isEmpty()) {
            return JobSpec.parse(specJson, "job spec (from the Spark driver)");
        }
        try {
            Path dir = Files.createTempDirectory("warden-hierarchies-");
            for (Map.Entry<String, String> h : hierarchies.entrySet()) {
                Path file = dir.resolve(h.getKey()).normalize();
                if (!dir.equals(file.getParent())) {
                    throw new ConfigurationException("hierarchy " + h.getKey() + ": not a plain file name");
                }
                Files.writeString(file, h.getValue(), StandardCharsets.UTF_8);
                file.toFile().deleteOnExit();
            }
            dir.toFile().deleteOnExit();
            return JobSpec.parse(specJson, "job spec (from the Spark driver)", dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the spec's hierarchies to a temporary directory", e);
        }
    }

    List<TableSchema> schemas() {
        return shapes.stream().map(Shape::schema).toList();
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(specJson.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> h : hierarchies.entrySet()) {
                sha.update((byte) 2);
                sha.update(h.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update(h.getValue().getBytes(StandardCharsets.UTF_8));
            }
            for (Shape s : shapes) {
                sha.update((byte) 0);
                sha.update(s.name().getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < s.columns().size(); i++) {
                    sha.update((byte) 1);
                    sha.update(s.columns().get(i).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) (s.binary()[i] ? 1 : 0));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "PlanRecipe[" + shapes.size() + " tables, key " + keyRef + "]";
    }
}
