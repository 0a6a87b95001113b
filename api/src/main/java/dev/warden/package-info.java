/**
 * Warden's exception hierarchy. Every failure Warden raises on purpose is a {@link dev.warden.WardenException}:
 * {@link dev.warden.ConfigurationException}, {@link dev.warden.InvalidInputException},
 * {@link dev.warden.IntegrityException}, {@link dev.warden.policy.AccessDeniedException} and
 * {@link dev.warden.auth.AuthenticationException}.
 */
package dev.warden;
