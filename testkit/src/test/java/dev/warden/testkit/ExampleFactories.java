package dev.warden.testkit;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.config.ConfigNode;
import dev.warden.secrets.Secret;
import dev.warden.secrets.SecretNotFoundException;
import dev.warden.spi.audit.AuditSink;
import dev.warden.spi.audit.AuditSinkFactory;
import dev.warden.spi.auth.AuthenticationProvider;
import dev.warden.spi.auth.AuthenticationProviderFactory;
import dev.warden.spi.secrets.SecretStore;
import dev.warden.spi.secrets.SecretStoreFactory;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The smallest correct factories, listed in this module's test service files, so the factory kit is known to work. */
final class ExampleFactories {

    private ExampleFactories() {
    }

    /** Scheme {@code memory}: one secret, {@code value}, at any path named {@code key} (both required). */
    public static final class Store implements SecretStoreFactory {
        @Override
        public Set<String> schemes() {
            return Set.of("memory");
        }

        @Override
        public SecretStore create(ConfigNode config) {
            config.requireOnlyKeys(Set.of("key", "value"));
            String key = config.requireString("key");
            byte[] value = config.requireString("value").getBytes(StandardCharsets.UTF_8);
            return ref -> {
                if (!ref.path().equals(key)) {
                    throw new SecretNotFoundException("secret memory: no such entry");
                }
                return Secret.of(ref, value.clone(), "1", Instant.EPOCH, Optional.empty());
            };
        }
    }

    /** Type {@code reject-all}: a provider named by the required {@code name} setting that accepts no one. */
    public static final class Provider implements AuthenticationProviderFactory {
        @Override
        public String type() {
            return "reject-all";
        }

        @Override
        public AuthenticationProvider create(ConfigNode config) {
            String name = config.requireString("name");
            return new AuthenticationProvider() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public boolean supports(Class<? extends Credentials> kind) {
                    return kind == Credentials.Password.class;
                }

                @Override
                public AuthenticationResult authenticate(Credentials credentials) {
                    return new AuthenticationResult.Failure("bad user name or password");
                }
            };
        }
    }

    /** Type {@code discard}: a sink that drops every batch; {@code batchLimit} must be a whole number if given. */
    public static final class Sink implements AuditSinkFactory {
        @Override
        public String type() {
            return "discard";
        }

        @Override
        public AuditSink create(ConfigNode config) {
            config.longValue("batchLimit", 100);
            return new AuditSink() {
                @Override
                public String name() {
                    return "discard";
                }

                @Override
                public void write(List<dev.warden.audit.AuditEvent> batch) {
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
