package dev.warden.core.plugin;

/** A second test plug-in claiming {@code test-sink}; registered only under duplicate-plugins/. */
public class ImpostorSinkFactory extends TestSinkFactory {
}
