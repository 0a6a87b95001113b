/**
 * Identifier detection: {@link dev.warden.core.deid.detect.DetectorKind recognizable shapes} (with Luhn, mod-97
 * and calendar checks), the {@link dev.warden.core.deid.detect.ColumnClassifier} that classifies a column by header
 * and sampled values, and the {@link dev.warden.core.deid.detect.IdentifierScanner} that counts identifiers left in
 * output. Reports hold kinds and counts, never values.
 */
package dev.warden.core.deid.detect;
