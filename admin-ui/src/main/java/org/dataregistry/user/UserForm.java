package org.dataregistry.user;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import org.dataregistry.feedback.Notices;
import org.dataregistry.form.FieldProblems;
import org.dataregistry.form.FormBinder;
import org.dataregistry.itemlist.ItemForm;
import org.dataregistry.refusal.InvalidInputException;

/**
 * Edits one user: a new user's username and initial password, and anyone's names, email, groups and superuser flag;
 * offers the account actions (deactivate or activate, reset the password) for existing users. Users are never
 * deleted: deactivating keeps their history attributable.
 */
public class UserForm extends ItemForm<User> {

    final TextField username = new TextField("Username");
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Group> groups = new CheckboxGroup<>("Groups");
    final Checkbox superuser = new Checkbox("Superuser");
    final NewPasswordFields password = new NewPasswordFields();

    final Button deactivate = new Button("Deactivate");
    final Button activate = new Button("Activate");
    final Button resetPassword = new Button("Reset password");

    public UserForm() {
        super(FormBinder.of(User.class));
        addClassName("user-form");
        username.setHelperText("Used to sign in; it can't be changed later.");
        groups.setItems(EnumSet.allOf(Group.class));
        groups.setItemLabelGenerator(Group::label);
        groups.setItemHelperGenerator(Group::description);
        groups.setHelperText("A user with no group who isn't a superuser can't sign in.");
        superuser.setHelperText("Can do everything, including managing users and deleting.");
        binder.bind(username, "username");
        binder.bind(firstName, "firstName");
        binder.bind(lastName, "lastName");
        binder.bind(email, "email");
        binder.bind(groups, "groups");
        binder.bind(superuser, "superuser");

        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deactivate.addClickListener(event -> fireEvent(new DeactivateEvent(this, item())));
        activate.addClickListener(event -> fireEvent(new ActivateEvent(this, item())));
        resetPassword.addClickListener(event -> fireEvent(new ResetPasswordEvent(this, item())));
        add(
                username,
                firstName,
                lastName,
                email,
                groups,
                superuser,
                password,
                buttons(deactivate, activate, resetPassword));
    }

    /**
     * Shows {@code user} for editing: a new one with fields for the initial password, an existing one with its
     * account actions. {@code self} (the signed-in user's own account) offers no Deactivate.
     */
    public void edit(User user, boolean self) {
        edit(user, true, false);
        boolean isNew = user.getId() == null;
        username.setReadOnly(!isNew);
        password.clear();
        password.setVisible(isNew);
        deactivate.setVisible(!isNew && user.isActive() && !self);
        activate.setVisible(!isNew && !user.isActive());
        resetPassword.setVisible(!isNew);
    }

    /** The password a new user is created with. */
    public NewPassword initialPassword() {
        return password.value();
    }

    /** Shows what the facade refused next to the fields at fault, e.g. a username someone already has. */
    public void showProblems(InvalidInputException problems) {
        boolean shown =
                FieldProblems.show(username, "username", problems.violations()) | password.show(problems.violations());
        if (shown) {
            FieldProblems.pointOut(this);
        } else {
            Notices.error(problems.getMessage());
        }
    }

    @Override
    protected boolean validate() {
        boolean passwordAcceptable = item().getId() != null || password.validate(username.getValue());
        return super.validate() && passwordAcceptable;
    }

    public static class DeactivateEvent extends ItemFormEvent<User> {
        DeactivateEvent(UserForm source, User user) {
            super(source, user);
        }
    }

    public static class ActivateEvent extends ItemFormEvent<User> {
        ActivateEvent(UserForm source, User user) {
            super(source, user);
        }
    }

    public static class ResetPasswordEvent extends ItemFormEvent<User> {
        ResetPasswordEvent(UserForm source, User user) {
            super(source, user);
        }
    }

    public Registration addDeactivateListener(ComponentEventListener<DeactivateEvent> listener) {
        return addListener(DeactivateEvent.class, listener);
    }

    public Registration addActivateListener(ComponentEventListener<ActivateEvent> listener) {
        return addListener(ActivateEvent.class, listener);
    }

    public Registration addResetPasswordListener(ComponentEventListener<ResetPasswordEvent> listener) {
        return addListener(ResetPasswordEvent.class, listener);
    }
}
