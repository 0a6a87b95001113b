package dev.warden.core.plugin;

import dev.warden.ConfigurationException;
import dev.warden.core.secrets.SecretMaskingLogger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;

/**
 * The plug-ins of one SPI, by name: the one place where Warden calls {@link ServiceLoader}.
 *
 * <p>A plug-in that cannot be loaded or whose constructor throws is reported once (a warning naming its class, and
 * an entry in {@link #problems()}) and skipped; the host does not crash. Two discovered plug-ins claiming the same
 * name are a {@link ConfigurationException} that names both classes. Plug-ins given explicitly by the host take
 * precedence over discovered ones of the same name.
 *
 * @param <F> the factory interface of the SPI
 */
public final class PluginRegistry<F> {

    private static final Logger LOG = SecretMaskingLogger.of(PluginRegistry.class);
    /** Bounds the loop over a service file whose entries keep failing, in case the loader cannot move past one. */
    private static final int MAX_FAILURES = 1_000;

    private final Class<F> service;
    private final Map<String, F> byName;
    private final List<PluginProblem> problems;

    private PluginRegistry(Class<F> service, Map<String, F> byName, List<PluginProblem> problems) {
        this.service = service;
        this.byName = Collections.unmodifiableMap(byName);
        this.problems = List.copyOf(problems);
    }

    /**
     * Discovers the plug-ins of {@code service} visible to {@code loader}, then adds {@code explicit} ones.
     *
     * @param service the SPI factory interface
     * @param names the names (types or URI schemes) a plug-in claims
     * @param loader where to look
     * @param explicit plug-ins the host passed in directly
     * @return the registry
     * @throws ConfigurationException if two discovered plug-ins, or two explicit ones, claim the same name
     */
    public static <F> PluginRegistry<F> discover(Class<F> service, Function<F, Collection<String>> names,
                                                 ClassLoader loader, List<F> explicit) {
        Map<String, F> discovered = new LinkedHashMap<>();
        List<PluginProblem> problems = new ArrayList<>();
        Iterator<ServiceLoader.Provider<F>> providers = ServiceLoader.load(service, loader).stream().iterator();
        int failures = 0;
        while (failures < MAX_FAILURES) {
            ServiceLoader.Provider<F> provider;
            try {
                if (!providers.hasNext()) {
                    break;
                }
                provider = providers.next();
            } catch (ServiceConfigurationError e) {
                failures++;
                problems.add(report(service, "(not loadable)", e));
                continue;
            }
            F plugin;
            try {
                plugin = provider.get();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                failures++;
                problems.add(report(service, provider.type().getName(), e));
                continue;
            }
            Collection<String> claimed;
            try {
                claimed = names.apply(plugin);
            } catch (RuntimeException e) {
                failures++;
                problems.add(report(service, plugin.getClass().getName(), e));
                continue;
            }
            for (String name : claimed) {
                F previous = discovered.putIfAbsent(name, plugin);
                if (previous != null && previous.getClass() != plugin.getClass()) {
                    throw new ConfigurationException("plug-ins " + previous.getClass().getName() + " and "
                            + plugin.getClass().getName() + " both claim the name '" + name + "' for "
                            + service.getSimpleName() + "; remove one of them from the class path");
                }
            }
        }
        Map<String, F> all = new LinkedHashMap<>(discovered);
        Map<String, F> fromHost = new LinkedHashMap<>();
        for (F plugin : explicit) {
            for (String name : names.apply(plugin)) {
                F previous = fromHost.putIfAbsent(name, plugin);
                if (previous != null) {
                    throw new ConfigurationException("explicit plug-ins " + previous.getClass().getName() + " and "
                            + plugin.getClass().getName() + " both claim the name '" + name + "' for "
                            + service.getSimpleName());
                }
                if (discovered.containsKey(name)) {
                    LOG.debug("Explicit plug-in {} replaces discovered {} for name '{}'", plugin.getClass().getName(),
                            discovered.get(name).getClass().getName(), name);
                }
                all.put(name, plugin);
            }
        }
        return new PluginRegistry<>(service, all, problems);
    }

    private static PluginProblem report(Class<?> service, String className, Throwable error) {
        Throwable cause = error instanceof ServiceConfigurationError && error.getCause() != null ? error.getCause() : error;
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        LOG.warn("Warden skipped plug-in {} for {}: {}", className, service.getName(), reason);
        return new PluginProblem(service.getName(), className, reason);
    }

    /** @return the SPI these plug-ins implement */
    public Class<F> service() {
        return service;
    }

    /** @return the names claimed, in discovery order */
    public Set<String> names() {
        return byName.keySet();
    }

    /** @return the plug-in claiming {@code name}, if any */
    public Optional<F> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * @param name a type name or URI scheme from the configuration
     * @param where the setting that named it, for the message
     * @return the plug-in
     * @throws MissingExtensionException when none claims {@code name} and an optional Warden module serves it
     *     ({@code jdbc}, {@code ldap}, {@code oidc}, {@code saml})
     * @throws ConfigurationException naming the known names when none claims {@code name}
     */
    public F require(String name, String where) {
        F plugin = byName.get(name);
        if (plugin == null && MissingExtensionException.artifactFor(name).isPresent()) {
            throw MissingExtensionException.of("configuration " + where + ": '" + name + "'",
                    MissingExtensionException.artifactFor(name).get());
        }
        if (plugin == null) {
            throw new ConfigurationException("configuration " + where + ": no " + service.getSimpleName()
                    + " plug-in named '" + name + "'; installed: " + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
        }
        return plugin;
    }

    /** @return the plug-ins that were found but skipped */
    public List<PluginProblem> problems() {
        return problems;
    }
}
