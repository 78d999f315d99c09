package org.dataregistry.user;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import org.dataregistry.form.FieldProblems;
import org.dataregistry.refusal.InvalidInputException.Violation;

/** A new password typed twice, with what is wrong with it shown next to each field. */
class NewPasswordFields extends VerticalLayout {

    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmation = new PasswordField("Password confirmation");

    NewPasswordFields() {
        password.setHelperText(
                "At least " + PasswordPolicy.MIN_LENGTH + " characters; not the username nor a well-known password.");
        password.setWidthFull();
        confirmation.setWidthFull();
        setPadding(false);
        setSpacing(false);
        add(password, confirmation);
    }

    NewPassword value() {
        return new NewPassword(password.getValue(), confirmation.getValue());
    }

    /** Checks the password for {@code username} and shows each problem next to its field; returns whether none. */
    boolean validate(String username) {
        return !show(value().violations(username));
    }

    /** Shows the violations about the password and its confirmation next to them; returns whether there were any. */
    boolean show(List<Violation> violations) {
        boolean passwordWrong = FieldProblems.show(password, NewPassword.PASSWORD, violations);
        boolean confirmationWrong = FieldProblems.show(confirmation, NewPassword.CONFIRMATION, violations);
        return passwordWrong || confirmationWrong;
    }

    void clear() {
        password.clear();
        confirmation.clear();
        show(List.of());
    }
}
