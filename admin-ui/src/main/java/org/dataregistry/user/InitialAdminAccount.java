package org.dataregistry.user;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes sure somebody can sign in: at the first start (no users at all) it creates the superuser {@code admin}
 * with {@code DATA_REGISTRY_ADMIN_PASSWORD}, or with a generated password printed once to the console.
 */
@Component
class InitialAdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";

    private static final Logger log = LoggerFactory.getLogger(InitialAdminAccount.class);

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final AdminProperties properties;

    InitialAdminAccount(UserRepository users, PasswordEncoder passwords, AdminProperties properties) {
        this.users = users;
        this.passwords = passwords;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String configured = properties.initialPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? PasswordPolicy.generate() : configured;
        List<String> problems = PasswordPolicy.problems(password, USERNAME);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "DATA_REGISTRY_ADMIN_PASSWORD is not strong enough: " + String.join(" ", problems));
        }

        User admin = new User();
        admin.setUsername(USERNAME);
        admin.setPasswordHash(passwords.encode(password));
        admin.setSuperuser(true);
        admin.setGroups(Set.of());
        try {
            users.save(admin);
        } catch (DuplicateKeyException racedByAnotherInstance) {
            return;
        }
        if (generated) {
            log.warn("""

                    ================================================================
                      Created the superuser "{}" with the password:

                          {}

                      Sign in at /admin/login. This password is shown only this once;
                      set DATA_REGISTRY_ADMIN_PASSWORD to choose it instead.
                    ================================================================""", USERNAME, password);
        } else {
            log.info("Created the superuser \"{}\" with the password from DATA_REGISTRY_ADMIN_PASSWORD", USERNAME);
        }
    }
}
