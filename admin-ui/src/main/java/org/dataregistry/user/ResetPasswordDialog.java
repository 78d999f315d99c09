package org.dataregistry.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Predicate;

/** Asks for a user's new password, twice, and hands it on once it satisfies the password policy. */
class ResetPasswordDialog extends Dialog {

    final NewPasswordFields password = new NewPasswordFields();
    final Button reset = new Button("Reset password");
    final Button cancel = new Button("Cancel");

    /**
     * @param resetter sets the password and says whether it did; until it does, the dialog stays open
     */
    ResetPasswordDialog(User user, Predicate<NewPassword> resetter) {
        setHeaderTitle("Reset the password of " + user.getUsername());
        add(
                new Paragraph("Tell " + user.getUsername() + " the new password in person or through another "
                        + "channel; they can sign in with it at once."),
                password);
        setWidth("28em");

        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.addClickListener(event -> {
            if (password.validate(user.getUsername()) && resetter.test(password.value())) {
                close();
            }
        });
        cancel.addClickListener(event -> close());
        getFooter().add(cancel, reset);
    }
}
