/**
 * The secret store SPI: implement {@link dev.warden.spi.secrets.SecretStoreFactory} and
 * {@link dev.warden.spi.secrets.SecretStore}, register the factory with {@link java.util.ServiceLoader}, and check it
 * by extending {@code SecretStoreContract} from this module's {@code tests} jar.
 */
package dev.warden.spi.secrets;
