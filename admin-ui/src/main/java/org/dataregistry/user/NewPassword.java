package org.dataregistry.user;

import java.util.ArrayList;
import java.util.List;
import org.dataregistry.refusal.InvalidInputException;
import org.dataregistry.refusal.InvalidInputException.Violation;

/**
 * A password an administrator chose for a user, typed twice.
 *
 * @param password the password in plain text; only its BCrypt hash is ever stored
 * @param confirmation the same password typed again
 */
public record NewPassword(String password, String confirmation) {

    /** The property a violation of the {@link PasswordPolicy} names. */
    public static final String PASSWORD = "password";
    /** The property a confirmation that differs names. */
    public static final String CONFIRMATION = "passwordConfirmation";

    public NewPassword {
        password = password == null ? "" : password;
        confirmation = confirmation == null ? "" : confirmation;
    }

    /** What is wrong with it for {@code username}: each problem the policy finds, and a differing confirmation. */
    public List<Violation> violations(String username) {
        List<Violation> violations = new ArrayList<>();
        PasswordPolicy.problems(password, username)
                .forEach(problem -> violations.add(new Violation(PASSWORD, problem)));
        if (!password.equals(confirmation)) {
            violations.add(new Violation(CONFIRMATION, "The passwords don't match."));
        }
        return violations;
    }

    /** Throws {@link InvalidInputException} with the {@link #violations} unless there are none. */
    public void check(String username) {
        List<Violation> violations = violations(username);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
