package org.dataregistry.user;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditTrail;
import org.dataregistry.audit.AuditedRepository;
import org.dataregistry.audit.ObjectType;
import org.dataregistry.itemlist.ItemStore;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.refusal.InvalidInputException;
import org.dataregistry.refusal.InvalidInputException.Violation;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What superusers can do with the accounts of site administrators; nobody else can do anything here. Every action
 * is recorded in the audit log, never with a password or its hash, and none can leave the registry without an
 * active superuser.
 */
@Service
@Secured(Roles.ROLE_SUPERUSER)
public class Users implements ItemStore<User> {

    /** The unique index on {@code lower(username)}: the final word when two admins add the same name at once. */
    private static final String UNIQUE_USERNAME = "users_username_key";
    /** The field of a violation about the current password, when a user changes their own. */
    public static final String CURRENT_PASSWORD = "currentPassword";

    private static final Violation USERNAME_TAKEN = new Violation("username", "That username is taken.");

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final AuditedRepository<User> audited;

    Users(
            UserRepository users,
            PasswordEncoder passwords,
            CurrentUser currentUser,
            AuditTrail audit,
            Validator validator) {
        this.users = users;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.audited = new AuditedRepository<>(users, ObjectType.USER, audit, validator);
    }

    /** Every user, by username. */
    @Override
    public List<User> all() {
        return users.findAllByUsername();
    }

    /** A fresh copy of the user, to edit. */
    @Override
    public User get(long id) {
        return audited.existing(id);
    }

    /** A new, active account in no group, with nothing filled in. */
    @Override
    public User newItem() {
        return new User();
    }

    /**
     * Creates an active user who signs in with {@code password}. Refused, saving nothing, when a field is invalid,
     * the password breaks the {@link PasswordPolicy} or differs from its confirmation (violations of
     * {@link NewPassword#PASSWORD} and {@link NewPassword#CONFIRMATION}), or when someone already has the username
     * in any letter case (a violation of {@code username}).
     */
    @Transactional
    public User create(User user, NewPassword password) {
        List<Violation> violations = new ArrayList<>(password.violations(user.getUsername()));
        if (users.findByUsernameIgnoreCase(user.getUsername()).isPresent()) {
            violations.addFirst(USERNAME_TAKEN);
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        user.setPasswordHash(passwords.encode(password.password()));
        user.setActive(true);
        user.setLastLogin(null);
        try {
            return audited.save(user);
        } catch (DuplicateKeyException e) {
            if (e.getMessage().contains(UNIQUE_USERNAME)) {
                throw new InvalidInputException(List.of(USERNAME_TAKEN));
            }
            throw e;
        }
    }

    /**
     * Saves changes to a user's names, email, groups and superuser flag; the username, password and active state
     * stay as stored (they change only through their own actions). Refused when it takes the flag from the last
     * active superuser, or when someone else changed the user since it was read.
     */
    @Transactional
    public User update(User user) {
        User stored = audited.existing(user.getId());
        user.setUsername(stored.getUsername());
        user.setPasswordHash(stored.getPasswordHash());
        user.setActive(stored.isActive());
        user.setLastLogin(stored.getLastLogin());
        if (!user.isSuperuser()) {
            keepAnotherActiveSuperuser(stored, "remove the superuser flag from");
        }
        return audited.save(user);
    }

    /**
     * Stops the user from signing in (their account and its history stay). Refused for the signed-in user's own
     * account and for the last active superuser. Does nothing to an inactive user.
     */
    @Transactional
    public User deactivate(long id) {
        if (currentUser.id().filter(me -> me == id).isPresent()) {
            throw new ActionRefusedException("You can't deactivate your own account: ask another superuser to.");
        }
        User user = audited.existing(id);
        if (!user.isActive()) {
            return user;
        }
        keepAnotherActiveSuperuser(user, "deactivate");
        user.setActive(false);
        return audited.save(user, AuditAction.DEACTIVATE);
    }

    /** Lets an inactive user sign in again with their password. Does nothing to an active user. */
    @Transactional
    public User activate(long id) {
        User user = audited.existing(id);
        if (user.isActive()) {
            return user;
        }
        user.setActive(true);
        return audited.save(user, AuditAction.ACTIVATE);
    }

    /**
     * Replaces the user's password; the audit log records that it was reset, with no values. Refused, changing
     * nothing, when the new password breaks the {@link PasswordPolicy} or differs from its confirmation.
     */
    @Transactional
    public void resetPassword(long id, NewPassword password) {
        User user = audited.existing(id);
        password.check(user.getUsername());
        user.setPasswordHash(passwords.encode(password.password()));
        audited.save(user, AuditAction.RESET_PASSWORD);
    }

    /**
     * Changes the signed-in user's own password, once they give their current one; the audit log records that it
     * changed, with no values. Their sessions, this one too, then end: they sign in again with the new password.
     * Refused, changing nothing, when the current password is wrong (a violation of {@link #CURRENT_PASSWORD}) or
     * the new one breaks the {@link PasswordPolicy} or differs from its confirmation.
     */
    @Transactional
    @Secured(Roles.ROLE_VIEWER)
    public void changeOwnPassword(String currentPassword, NewPassword password) {
        User user = audited.existing(currentUser
                .id()
                .orElseThrow(() -> new ActionRefusedException("Only a signed-in user can change their password.")));
        List<Violation> violations = new ArrayList<>(password.violations(user.getUsername()));
        if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            violations.addFirst(new Violation(CURRENT_PASSWORD, "That is not your current password."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        user.setPasswordHash(passwords.encode(password.password()));
        audited.save(user, AuditAction.CHANGE_PASSWORD);
    }

    /**
     * Refuses to take the last active superuser's powers away. The active superusers are locked until the
     * transaction ends, so two superusers demoting each other at the same moment can't both succeed.
     */
    private void keepAnotherActiveSuperuser(User user, String action) {
        if (user.isSuperuser()
                && user.isActive()
                && users.lockActiveSuperuserIds().stream().allMatch(user.getId()::equals)) {
            throw new ActionRefusedException("You can't " + action + " the last active superuser: make another "
                    + "user a superuser first, so that somebody can still manage users.");
        }
    }
}
