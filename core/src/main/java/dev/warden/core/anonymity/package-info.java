/**
 * Statistical de-identification (the expert-determination route of HIPAA, 45 CFR 164.514(b)(1)): re-identification
 * risk analysis of a table's quasi-identifiers ({@link dev.warden.core.anonymity.RiskAnalysis}), privacy models
 * ({@link dev.warden.core.anonymity.PrivacyModel}: k-anonymity, l-diversity, t-closeness) and an optimal
 * full-domain generalization search with record suppression ({@link dev.warden.core.anonymity.Anonymizer}) whose
 * default metric, non-uniform entropy, reproduces the ARX Data Anonymization Tool's results.
 */
package dev.warden.core.anonymity;
