package dev.warden.spark;

import dev.warden.core.deid.Deidentifiers;
import dev.warden.core.job.CompiledPlan;
import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import dev.warden.core.job.SourceColumn;
import dev.warden.core.job.TableSchema;
import dev.warden.core.job.TableSpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * Warden on Apache Spark: the de-identification job over DataFrames ({@link #deidentify}) and the masking functions
 * for Spark SQL ({@link #registerFunctions}). See {@link SparkDeidentificationJob} for the job's options.
 */
public final class WardenSpark {

    private WardenSpark() {
    }

    /**
     * Runs the job spec over the tables at {@code input} and writes CSV part files to {@code output}, with the same
     * output cells as the single-machine job for the same key.
     *
     * @param spark the session
     * @param spec the job spec
     * @param keyRef the job key's secret reference, e.g. {@code env:WARDEN_JOB_KEY}; resolved on the executors
     * @param input a directory of tables (CSV or Parquet) or a JDBC URL
     * @param output the output directory, replaced only when the job and its validation succeed
     * @return the report, with the single-machine job's checks
     * @throws dev.warden.core.job.ValidationFailedException if a check failed; the previous output is untouched
     * @see SparkDeidentificationJob#run()
     */
    public static JobReport deidentify(SparkSession spark, JobSpec spec, String keyRef, String input, String output) {
        return SparkDeidentificationJob.builder(spark).spec(spec).key(keyRef).input(input).output(output).build().run();
    }

    /**
     * Registers {@code warden_mask(value, 'table.column')} and {@code warden_mask_for(value, 'table.column', entity)}
     * in the session: the transformation the job gives that column, compiled from the same spec and key, so a column
     * masked in a user's own Spark SQL equals the job's output for it (and joins with it).
     *
     * <pre>{@code
     * WardenSpark.registerFunctions(spark, JobSpec.load(Path.of("job.json")), "env:WARDEN_JOB_KEY");
     * spark.sql("SELECT warden_mask(SSN, 'patients.SSN') AS ssn, "
     *         + "warden_mask_for(START, 'encounters.START', PATIENT) AS start FROM raw_encounters");
     * }</pre>
     *
     * The tables' columns are those the spec lists (with its foreign key columns); a NULL or empty value gives NULL.
     *
     * @param spark the session
     * @param spec the job spec; its {@code asOf} is fixed now when it has none
     * @param keyRef the job key's secret reference; resolved once here (to fail early, then wiped) and on each executor
     * @throws dev.warden.ConfigurationException if the spec does not compile or the key cannot be resolved; a call with
     *     an unknown or dropped column, or {@code warden_mask} on a per-entity date shift, fails the query with one
     */
    public static void registerFunctions(SparkSession spark, JobSpec spec, String keyRef) {
        JobSpec portable = SparkDeidentificationJob.portable(spec, Clock.systemUTC());
        List<TableSchema> schemas = new ArrayList<>();
        for (TableSpec t : portable.tables()) {
            LinkedHashSet<String> columns = new LinkedHashSet<>();
            t.columns().forEach(c -> columns.add(c.name()));
            t.foreignKeys().forEach(f -> columns.addAll(f.columns()));
            schemas.add(new TableSchema(t.name(), columns.stream().map(SourceColumn::text).toList(), t.primaryKeyColumns(), List.of()));
        }
        byte[] key = ExecutorPlans.resolveKey(keyRef, null);
        Arrays.fill(key, (byte) 0);
        byte[] throwaway = new byte[32];
        new SecureRandom().nextBytes(throwaway);
        CompiledPlan.compile(portable, schemas, p -> Deidentifiers.create(throwaway));
        Arrays.fill(throwaway, (byte) 0);
        PlanRecipe recipe = new PlanRecipe(portable, keyRef, null, schemas);
        spark.udf().register("warden_mask", new MaskFunctions.Mask(recipe), DataTypes.StringType);
        spark.udf().register("warden_mask_for", new MaskFunctions.MaskFor(recipe), DataTypes.StringType);
    }
}
