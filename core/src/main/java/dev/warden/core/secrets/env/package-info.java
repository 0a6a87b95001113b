/** The {@code env:} secret store: environment variables. */
package dev.warden.core.secrets.env;
