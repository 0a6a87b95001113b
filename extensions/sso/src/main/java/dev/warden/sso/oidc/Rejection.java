package dev.warden.sso.oidc;

/** A token was refused; the message is the audit reason and never holds the token or any claim value. */
final class Rejection extends Exception {

    private static final long serialVersionUID = 1L;

    Rejection(String auditReason) {
        super(auditReason, null, false, false);
    }
}
