package org.dataregistry.security;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.dataregistry.user.Group;

/**
 * The roles views ({@code @RolesAllowed}) and facade methods ({@code @Secured}) are guarded with. They are granted
 * expanded at login, so no role hierarchy is needed: a superuser holds every role, and every group holds
 * {@link #VIEWER}.
 */
public final class Roles {

    /** View everything. */
    public static final String VIEWER = "VIEWER";
    /** Add and change publications, licenses and settings bundles. */
    public static final String CONTRIBUTOR = "CONTRIBUTOR";
    /** Run, cancel and restart jobs; change their flags. */
    public static final String OPERATOR = "OPERATOR";
    /** Manage users, delete anything. */
    public static final String SUPERUSER = "SUPERUSER";

    /** The same roles as Spring Security authorities, for {@code @Secured} on facade methods. */
    public static final String ROLE_VIEWER = "ROLE_" + VIEWER;

    public static final String ROLE_CONTRIBUTOR = "ROLE_" + CONTRIBUTOR;
    public static final String ROLE_OPERATOR = "ROLE_" + OPERATOR;
    public static final String ROLE_SUPERUSER = "ROLE_" + SUPERUSER;

    private Roles() {}

    /** The roles an account holds: nothing for an account with neither a group nor the superuser flag. */
    public static Set<String> of(Set<Group> groups, boolean superuser) {
        Set<String> roles = new LinkedHashSet<>();
        Set<Group> effective = superuser ? EnumSet.allOf(Group.class) : groups;
        if (superuser) {
            roles.add(SUPERUSER);
        }
        if (!effective.isEmpty()) {
            roles.add(VIEWER);
        }
        if (effective.contains(Group.CONTRIBUTOR)) {
            roles.add(CONTRIBUTOR);
        }
        if (effective.contains(Group.OPERATOR)) {
            roles.add(OPERATOR);
        }
        return roles;
    }
}
