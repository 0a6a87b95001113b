package dev.warden.core.job;

import dev.warden.core.deid.detect.DetectorKind;
import dev.warden.deid.IdentifierType;

/**
 * The validation's detector: a value is an identifier when, as a whole, it has the shape of one of the
 * {@link DetectorKind}s (SSN, phone, e-mail, IP, URL, payment card, IBAN, ZIP, date, UUID). Whole values only, so a
 * keyed hash in hex does not trip the payment-card pattern on a run of digits inside it.
 */
final class ScannerDetector implements ValueDetector {

    private static final DetectorKind[] KINDS = DetectorKind.values();

    @Override
    public IdentifierType detect(String value) {
        if (value.length() < 3) {
            return null;
        }
        for (DetectorKind kind : KINDS) {
            if (kind.matchesWhole(value)) {
                return kind.identifierType();
            }
        }
        return null;
    }
}
