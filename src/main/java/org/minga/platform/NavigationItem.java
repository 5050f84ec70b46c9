package org.minga.platform;

import java.util.Set;

/**
 * An entry of the main navigation. Each module declares its entries as beans; the layout shows those the
 * user's role may use, ordered by {@code order}. {@code key} names the module area ("territories", ...).
 */
public record NavigationItem(String key, String label, String href, int order, Set<Role> roles) {

    public static NavigationItem forAll(String key, String label, String href, int order) {
        return new NavigationItem(key, label, href, order, Set.of());
    }

    /** For every role that works by territory: everyone but entity staff, who reach people only through their entity. */
    public static NavigationItem territorial(String key, String label, String href, int order) {
        return new NavigationItem(key, label, href, order,
                java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.ENTITY_STAFF)));
    }

    /** For the roles that hold any of the capabilities, as the access policy says: the menu never links to a 403. */
    public static NavigationItem needing(String key, String label, String href, int order, Capability... capabilities) {
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            for (Capability c : capabilities) {
                if (r.assignable() && AccessPolicy.holds(r, c)) {
                    roles.add(r);
                }
            }
        }
        return new NavigationItem(key, label, href, order, roles);
    }

    public boolean visibleTo(Role role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
