/**
 * The main job: de-identify a multi-table data set consistently. A {@link dev.warden.core.job.JobSpec} (JSON) says
 * what to do with each column; {@link dev.warden.core.job.Datasets} opens the {@link dev.warden.core.job.TableSource}
 * (a CSV or JSON Lines directory, or a database opened read-only) and the {@link dev.warden.core.job.TableTarget}
 * (files or a database, staged and moved into place); {@link dev.warden.core.job.DeidentificationJob} streams the
 * rows through the compiled column plan, optionally as a referentially complete subset, validates the output and
 * returns a {@link dev.warden.core.job.JobReport}; {@link dev.warden.core.job.SpecProposer} proposes a spec
 * ({@code warden classify}).
 */
package dev.warden.core.job;
