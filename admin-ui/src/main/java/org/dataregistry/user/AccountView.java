package org.dataregistry.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.dataregistry.feedback.Notices;
import org.dataregistry.form.FieldProblems;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.shell.MainLayout;

/**
 * The signed-in user's own account: they change their password there, giving their current one, then sign in
 * again with the new one (every session of theirs ends).
 */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("Your account")
@PermitAll
public class AccountView extends VerticalLayout {

    final PasswordField current = new PasswordField("Current password");
    final NewPasswordFields password = new NewPasswordFields();
    final Button change = new Button("Change password");

    public AccountView(Users users, CurrentUser currentUser) {
        setMaxWidth("28em");
        current.setWidthFull();
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.addClickListener(event -> {
            String username = currentUser.username();
            if (!password.validate(username)) {
                return;
            }
            boolean changed =
                    Notices.attempt(() -> users.changeOwnPassword(current.getValue(), password.value()), invalid -> {
                        FieldProblems.show(current, Users.CURRENT_PASSWORD, invalid.violations());
                        password.show(invalid.violations());
                    });
            if (changed) {
                Notices.success("Your password is changed: sign in again with it.");
                getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
            }
        });
        FieldProblems.show(current, Users.CURRENT_PASSWORD, List.of());
        add(
                new H2("Change your password"),
                new Paragraph("You are signed in as " + currentUser.username() + ". After the change, every session "
                        + "of yours ends and you sign in again with the new password."),
                current,
                password,
                change);
    }
}
