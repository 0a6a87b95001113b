/**
 * Policy checks: role-based access control (RBAC) with {@link dev.warden.policy.GlobalRole global roles},
 * {@link dev.warden.policy.ProjectRole project roles}, groups and default deny. The entry point is
 * {@link dev.warden.policy.PolicyEngine}; its answers are {@link dev.warden.policy.Decision} values.
 */
package dev.warden.policy;
