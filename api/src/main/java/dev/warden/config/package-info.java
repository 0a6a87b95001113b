/**
 * Configuration as plug-ins see it: {@link dev.warden.config.ConfigNode}, a read-only view of Warden's JSON
 * configuration with typed accessors and errors that name the setting.
 */
package dev.warden.config;
