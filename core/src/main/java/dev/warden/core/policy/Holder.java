package dev.warden.core.policy;

import java.util.Map;
import java.util.Set;

/**
 * One user's or group's compiled access: installation-wide ({@code outside}, which also holds what applies in every
 * project, e.g. a global Owner's or a suspension) and per project (each already including {@code outside}).
 */
final class Holder {

    final Access outside;
    final Map<String, Access> projects;
    /** Every group it belongs to, directly or through nesting (for a group: itself and its ancestors). */
    final Set<String> groups;

    Holder(Access outside, Map<String, Access> projects, Set<String> groups) {
        this.outside = outside;
        this.projects = projects;
        this.groups = groups;
    }

    Access in(String project) {
        return project == null ? outside : projects.getOrDefault(project, outside);
    }
}
