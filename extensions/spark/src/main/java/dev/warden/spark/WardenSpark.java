package dev.warden.spark;

import dev.warden.core.job.JobReport;
import dev.warden.core.job.JobSpec;
import org.apache.spark.sql.SparkSession;

/**
 * Warden on Apache Spark: the de-identification job over DataFrames ({@link #deidentify}) and the masking UDFs for
 * Spark SQL ({@link #registerFunctions}). See {@link SparkDeidentificationJob} for options.
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
}
