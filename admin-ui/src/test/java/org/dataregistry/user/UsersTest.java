package org.dataregistry.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.dataregistry.AppTest;
import org.dataregistry.audit.AuditAction;
import org.dataregistry.audit.AuditEntry;
import org.dataregistry.audit.AuditFilter;
import org.dataregistry.audit.AuditLog;
import org.dataregistry.audit.FieldChange;
import org.dataregistry.refusal.ActionRefusedException;
import org.dataregistry.refusal.InvalidInputException;
import org.dataregistry.refusal.InvalidInputException.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

@AppTest
class UsersTest {

    static final String PASSWORD = "tangerine-orbit-42";
    static final String SUPERUSER = "SUPERUSER";

    @Autowired
    Users users;

    @Autowired
    UserRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLog auditLog;

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR"})
    void onlySuperusersListOrManageUsers() {
        long admin = admin().getId();

        assertThatThrownBy(() -> users.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(user("dana", Group.VIEWER), password(PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.deactivate(admin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(admin, password(PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "root", roles = SUPERUSER)
    void creatingAUserStoresAHashAndRecordsTheFieldsButNeverThePassword() {
        User dana = user("dana", Group.VIEWER, Group.CONTRIBUTOR);
        dana.setFirstName("Dana");
        dana.setEmail("dana@example.org");

        User saved = users.create(dana, password(PASSWORD));

        User stored = repository.findById(saved.getId()).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("$2").isNotEqualTo(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
        AuditEntry entry = latestEntry();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.username()).isEqualTo("root");
        assertThat(entry.objectRepr()).isEqualTo("dana (" + saved.getId() + ")");
        assertThat(entry.changes())
                .containsExactly(
                        new FieldChange("username", "", "dana"),
                        new FieldChange("first name", "", "Dana"),
                        new FieldChange("email", "", "dana@example.org"),
                        new FieldChange("active", "", "true"),
                        new FieldChange("superuser", "", "false"),
                        new FieldChange("groups", "", "Viewer, Contributor"));
        assertThat(entry.changeSummary()).doesNotContain(PASSWORD, stored.getPasswordHash());
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void aWeakPasswordIsRefusedWithThePolicysProblems() {
        assertThatThrownBy(() -> users.create(user("dana", Group.VIEWER), password("dana-loves-pears")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation(NewPassword.PASSWORD, "Don't include the username.")));
        assertThatThrownBy(() -> users.create(user("dana", Group.VIEWER), new NewPassword(PASSWORD, "something else")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(
                                        new Violation(NewPassword.CONFIRMATION, "The passwords don't match.")));
        assertThat(repository.findByUsernameIgnoreCase("dana")).isEmpty();
        assertThat(auditLog.count(AuditFilter.ALL)).isZero();
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void aUsernameTakenInAnyLetterCaseIsRefused() {
        users.create(user("dana", Group.VIEWER), password(PASSWORD));

        assertThatThrownBy(() -> users.create(user("DANA", Group.CONTRIBUTOR), password(PASSWORD)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new Violation("username", "That username is taken.")));
        assertThat(repository.count()).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void updatingRecordsTheChangedFieldsAndKeepsThePassword() {
        User saved = users.create(user("dana", Group.VIEWER), password(PASSWORD));
        User edited = users.get(saved.getId());
        edited.setLastName("Scully");
        edited.setGroups(Set.of(Group.VIEWER, Group.OPERATOR));
        edited.setPasswordHash("tampered");

        users.update(edited);

        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(entry.changes())
                    .containsExactly(
                            new FieldChange("last name", "", "Scully"),
                            new FieldChange("groups", "Viewer", "Viewer, Operator"));
        });
        assertThat(passwordEncoder.matches(PASSWORD, users.get(saved.getId()).getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void theLastActiveSuperuserCanNeitherBeDemotedNorDeactivated() {
        User admin = admin();
        admin.setSuperuser(false);
        admin.setGroups(Set.of(Group.VIEWER));

        assertThatThrownBy(() -> users.update(admin))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("You can't remove the superuser flag from the last active superuser: make another user "
                        + "a superuser first, so that somebody can still manage users.");
        assertThatThrownBy(() -> users.deactivate(admin.getId()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageStartingWith("You can't deactivate the last active superuser");
        assertThat(admin()).satisfies(stored -> {
            assertThat(stored.isSuperuser()).isTrue();
            assertThat(stored.isActive()).isTrue();
        });
        assertThat(auditLog.count(AuditFilter.ALL)).isZero();
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void anInactiveSuperuserDoesNotCountAsAnotherOne() {
        User bob = superuser("bob");
        users.deactivate(bob.getId());

        assertThatThrownBy(() -> users.deactivate(admin().getId())).isInstanceOf(ActionRefusedException.class);
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void aSuperuserCanBeDemotedOrDeactivatedWhileAnotherIsActive() {
        superuser("bob");
        User admin = admin();
        admin.setSuperuser(false);
        admin.setGroups(Set.of(Group.VIEWER));

        users.update(admin);
        users.deactivate(admin.getId());

        assertThat(admin()).satisfies(stored -> {
            assertThat(stored.isSuperuser()).isFalse();
            assertThat(stored.isActive()).isFalse();
        });
        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.DEACTIVATE);
            assertThat(entry.changes()).containsExactly(new FieldChange("active", "true", "false"));
        });
    }

    @Test
    @WithUserDetails("admin")
    void nobodyDeactivatesTheirOwnAccount() {
        superuser("bob");

        assertThatThrownBy(() -> users.deactivate(admin().getId()))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessage("You can't deactivate your own account: ask another superuser to.");
        assertThat(admin().isActive()).isTrue();
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void activatingIsRecorded() {
        User dana = users.create(user("dana", Group.VIEWER), password(PASSWORD));
        users.deactivate(dana.getId());

        users.activate(dana.getId());

        assertThat(users.get(dana.getId()).isActive()).isTrue();
        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ACTIVATE);
            assertThat(entry.changes()).containsExactly(new FieldChange("active", "false", "true"));
        });
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void resettingAPasswordIsRecordedWithoutValues() {
        User dana = users.create(user("dana", Group.VIEWER), password(PASSWORD));

        users.resetPassword(dana.getId(), password("violet-harbour-17"));

        assertThat(passwordEncoder.matches(
                        "violet-harbour-17", users.get(dana.getId()).getPasswordHash()))
                .isTrue();
        assertThat(latestEntry()).satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.RESET_PASSWORD);
            assertThat(entry.objectRepr()).isEqualTo("dana (" + dana.getId() + ")");
            assertThat(entry.changes()).isEmpty();
        });
    }

    @Test
    @WithMockUser(roles = SUPERUSER)
    void aWeakNewPasswordChangesNothing() {
        User dana = users.create(user("dana", Group.VIEWER), password(PASSWORD));

        assertThatThrownBy(() -> users.resetPassword(dana.getId(), password("short")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Use at least 12 characters."));
        assertThat(passwordEncoder.matches(PASSWORD, users.get(dana.getId()).getPasswordHash()))
                .isTrue();
    }

    private User admin() {
        return repository.findByUsernameIgnoreCase("admin").orElseThrow();
    }

    private User superuser(String username) {
        User user = user(username);
        user.setSuperuser(true);
        return users.create(user, password(PASSWORD));
    }

    private AuditEntry latestEntry() {
        return auditLog.find(AuditFilter.ALL, 0, 1).getFirst();
    }

    static User user(String username, Group... groups) {
        User user = new User();
        user.setUsername(username);
        user.setGroups(Set.of(groups));
        return user;
    }

    /**
     * An active viewer who signs in with {@link #PASSWORD}, saved without the facade: no security context needed
     * (one set here would leak into browserless tests that follow in the same context).
     */
    static User saved(UserRepository repository, PasswordEncoder passwords, String username) {
        User user = user(username, Group.VIEWER);
        user.setPasswordHash(passwords.encode(PASSWORD));
        user.setActive(true);
        return repository.save(user);
    }

    static NewPassword password(String password) {
        return new NewPassword(password, password);
    }
}
