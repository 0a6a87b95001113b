/**
 * The audit sink SPI: implement {@link dev.warden.spi.audit.AuditSinkFactory} and
 * {@link dev.warden.spi.audit.AuditSink}, register the factory with {@link java.util.ServiceLoader}, and check it by
 * extending {@code AuditSinkContract} from this module's {@code tests} jar.
 */
package dev.warden.spi.audit;
