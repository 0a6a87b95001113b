/**
 * Identifier detection: {@link dev.warden.core.deid.detect.DetectorKind recognizable shapes} (with Luhn, mod-97
 * and calendar checks), the {@link dev.warden.core.deid.detect.ColumnClassifier} that classifies a column by header
 * and sampled values, and the {@link dev.warden.core.deid.detect.IdentifierScanner} that counts identifiers left in
 * output; {@link dev.warden.core.deid.detect.CodeSystem code systems and closed vocabularies} tested by their published
 * rules, and {@link dev.warden.core.deid.detect.CodeSystems#recognize(String, String, java.util.Collection)} that judges
 * whether a column holds one. Reports hold kinds and counts, never values.
 */
package dev.warden.core.deid.detect;
