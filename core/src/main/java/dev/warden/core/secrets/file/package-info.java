/** The {@code file:} secret store: whole files, or fields of JSON and properties files. */
package dev.warden.core.secrets.file;
