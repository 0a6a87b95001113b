package dev.warden.sso.saml;

/** The SAML response was refused; the message is the audit reason and never holds the assertion or its values. */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    Refusal(String auditReason) {
        super(auditReason, null, false, false);
    }
}
