/**
 * The {@code azure-kv:} secret store: Azure Key Vault secrets on the Azure SDK for Java, registered with
 * {@link java.util.ServiceLoader} as {@link dev.warden.azure.KeyVaultSecretStoreFactory}.
 */
package dev.warden.azure;
