package dev.warden.policy;

import dev.warden.InvalidInputException;

/**
 * Who a {@link Grant} is given to: one user, one group (and so every member, directly or through nested groups), or,
 * for {@link DenyGrant}s only, everyone.
 *
 * <p>Text form ({@code toString()}, {@link #parse}): {@code user:alice}, {@code group:analysts}, {@code everyone}.
 */
public sealed interface Subject {

    /** @param id the user id ({@link PolicyNames#requireUser}) */
    record User(String id) implements Subject {
        public User {
            PolicyNames.requireUser(id);
        }

        @Override
        public String toString() {
            return "user:" + id;
        }
    }

    /** @param name the group name ({@link PolicyNames#requireGroup}) */
    record Group(String name) implements Subject {
        public Group {
            PolicyNames.requireGroup(name);
        }

        @Override
        public String toString() {
            return "group:" + name;
        }
    }

    /** Every principal, known or not; only {@link DenyGrant}s may name it. */
    record Everyone() implements Subject {
        @Override
        public String toString() {
            return "everyone";
        }
    }

    /** @return a user subject */
    static Subject user(String id) {
        return new User(id);
    }

    /** @return a group subject */
    static Subject group(String name) {
        return new Group(name);
    }

    /** @return the subject naming every principal */
    static Subject everyone() {
        return new Everyone();
    }

    /**
     * @param text {@code user:<id>}, {@code group:<name>} or {@code everyone}
     * @return the subject
     * @throws InvalidInputException naming what is wrong
     */
    static Subject parse(String text) {
        if (text == null) {
            throw new InvalidInputException("subject: missing; expected user:<id>, group:<name> or everyone");
        }
        if (text.equals("everyone")) {
            return everyone();
        }
        if (text.startsWith("user:")) {
            return user(text.substring(5));
        }
        if (text.startsWith("group:")) {
            return group(text.substring(6));
        }
        throw new InvalidInputException("subject '" + printable(text) + "': expected user:<id>, group:<name> or everyone");
    }

    private static String printable(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
