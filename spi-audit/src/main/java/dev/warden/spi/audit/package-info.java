/**
 * The audit sink SPI: implement {@link dev.warden.spi.audit.AuditSinkFactory} and
 * {@link dev.warden.spi.audit.AuditSink}, register the factory with {@link java.util.ServiceLoader}, and check it by
 * extending {@code AuditSinkContract} from this module's {@code tests} jar. A sink that keeps a tamper-evident hash
 * chain gets the pipeline's {@link dev.warden.spi.audit.ChainKey} (a {@link dev.warden.spi.audit.RecordMac} factory;
 * the key material stays inside) and a secret resolver from its {@link dev.warden.spi.audit.AuditSinkContext}.
 */
package dev.warden.spi.audit;
