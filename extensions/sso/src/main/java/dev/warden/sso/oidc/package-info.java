/**
 * OpenID Connect / OAuth 2.0 bearer-token authentication: {@link
 * dev.warden.sso.oidc.OidcAuthenticationProvider} validates signed JWTs (ID tokens, OpenID Connect Core 1.0
 * §3.1.3.7; JWT access tokens, RFC 9068) with nimbus-jose-jwt against keys from the issuer's discovery document
 * (OpenID Connect Discovery 1.0) and JWK Set (RFC 7517), fetched over verified HTTPS and cached. Registered as
 * provider type {@code oidc} by {@link dev.warden.sso.oidc.OidcAuthenticationProviderFactory}.
 */
package dev.warden.sso.oidc;
