/**
 * SAML 2.0 Web Browser SSO, service-provider side, HTTP-POST binding: {@link
 * dev.warden.sso.saml.SamlAuthenticationProvider} checks a {@code SAMLResponse} with the JDK's XML signature
 * API ({@code javax.xml.crypto.dsig}, XML Signature 1.1) against the one configured identity-provider certificate and
 * applies the processing rules of the Web Browser SSO profile (SAML 2.0 Profiles §4.1.4.2–4.1.4.5). Registered as
 * provider type {@code saml} by {@link dev.warden.sso.saml.SamlAuthenticationProviderFactory}.
 */
package dev.warden.sso.saml;
