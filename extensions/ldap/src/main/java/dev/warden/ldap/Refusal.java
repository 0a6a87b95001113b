package dev.warden.ldap;

/** The credentials were refused; the message is the audit reason and never holds the password. */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    Refusal(String auditReason) {
        super(auditReason, null, false, false);
    }
}
