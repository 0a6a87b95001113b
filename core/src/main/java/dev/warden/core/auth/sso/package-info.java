/**
 * What the single-sign-on and directory providers (LDAP, OIDC, SAML 2.0) share: the {@link
 * dev.warden.core.auth.sso.ExternalIdentity} a provider extracts from its directory or token, turned into a principal
 * with the policy engine's {@link dev.warden.policy.RoleMapping} in one call, and the TLS trust settings ({@link
 * dev.warden.core.auth.sso.TlsTrust}) with TLS 1.2 as the floor and no way to skip certificate checks.
 */
package dev.warden.core.auth.sso;
