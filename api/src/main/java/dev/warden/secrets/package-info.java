/**
 * Secret references ({@link dev.warden.secrets.SecretRef}, URIs such as {@code env:NAME} or
 * {@code vault:secret/data/app#password}) and resolved {@link dev.warden.secrets.Secret} values that never print
 * themselves.
 */
package dev.warden.secrets;
