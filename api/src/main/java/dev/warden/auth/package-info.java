/**
 * Authentication values: {@link dev.warden.auth.Credentials} presented by a caller, the
 * {@link dev.warden.auth.AuthenticationResult} of an attempt, and the {@link dev.warden.auth.Principal} handed to
 * policy checks.
 */
package dev.warden.auth;
