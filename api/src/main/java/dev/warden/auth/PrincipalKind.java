package dev.warden.auth;

/** Whether a principal is a person or a machine. */
public enum PrincipalKind {
    /** A person, signing in with a password, a directory account or single sign-on. */
    USER,
    /** A machine identity, authenticating with an API key. */
    SERVICE_ACCOUNT
}
