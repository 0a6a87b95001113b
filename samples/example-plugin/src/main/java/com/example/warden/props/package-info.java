/**
 * An example third-party Warden plug-in: a secret store that serves {@code props:<key>} references from a
 * {@code .properties} file. It depends only on {@code warden-spi-secrets} (and through it {@code warden-api}), registers
 * {@link com.example.warden.props.PropertiesSecretStoreFactory} in {@code META-INF/services}, and passes the SPI's
 * {@code SecretStoreContract}. Copy it to write your own plug-in.
 */
package com.example.warden.props;
