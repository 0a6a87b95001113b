/**
 * The authentication SPI: implement {@link dev.warden.spi.auth.AuthenticationProviderFactory} and
 * {@link dev.warden.spi.auth.AuthenticationProvider}, register the factory with {@link java.util.ServiceLoader}, and
 * check it by extending {@code AuthenticationProviderContract} from this module's {@code tests} jar.
 */
package dev.warden.spi.auth;
