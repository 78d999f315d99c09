package org.dataregistry.user;

import java.util.EnumSet;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.dataregistry.layout.FieldProblems;
import org.dataregistry.layout.Notices;
import org.dataregistry.validation.InvalidInputException;

/**
 * Edits one user: a new user's username and initial password, and anyone's names, email, groups and superuser flag;
 * offers the account actions (deactivate or activate, reset the password) for existing users.
 */
public class UserForm extends FormLayout {

    final TextField username = new TextField("Username");
    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final EmailField email = new EmailField("Email");
    final CheckboxGroup<Group> groups = new CheckboxGroup<>("Groups");
    final Checkbox superuser = new Checkbox("Superuser");
    final NewPasswordFields password = new NewPasswordFields();

    final Button save = new Button("Save");
    final Button deactivate = new Button("Deactivate");
    final Button activate = new Button("Activate");
    final Button resetPassword = new Button("Reset password");
    final Button close = new Button("Close");

    private final Binder<User> binder = new BeanValidationBinder<>(User.class);
    private User user;

    public UserForm() {
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
        add(username, firstName, lastName, email, groups, superuser, password, buttons());
        setResponsiveSteps(new ResponsiveStep("0", 1));
    }

    private FlexLayout buttons() {
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.addClickShortcut(Key.ENTER).setEventPropagationAllowed(false);
        close.addClickShortcut(Key.ESCAPE);

        save.addClickListener(event -> validateAndSave());
        deactivate.addClickListener(event -> fireEvent(new DeactivateEvent(this, user)));
        activate.addClickListener(event -> fireEvent(new ActivateEvent(this, user)));
        resetPassword.addClickListener(event -> fireEvent(new ResetPasswordEvent(this, user)));
        close.addClickListener(event -> fireEvent(new CloseEvent(this)));
        FlexLayout buttons = new FlexLayout(save, deactivate, activate, resetPassword, close);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        return buttons;
    }

    /**
     * Shows {@code user} for editing: a new one with fields for the initial password, an existing one with its
     * account actions. {@code self} (the signed-in user's own account) can't be deactivated.
     */
    public void edit(User user, boolean self) {
        this.user = user;
        binder.readBean(user);
        boolean isNew = user.getId() == null;
        username.setReadOnly(!isNew);
        password.clear();
        password.setVisible(isNew);
        deactivate.setVisible(!isNew && user.isActive() && !self);
        activate.setVisible(!isNew && !user.isActive());
        resetPassword.setVisible(!isNew);
    }

    /** Shows what the facade refused next to the fields at fault, e.g. a username someone already has. */
    public void showProblems(InvalidInputException problems) {
        boolean shown = FieldProblems.show(username, "username", problems.violations())
                | password.show(problems.violations());
        if (!shown) {
            Notices.error(problems.getMessage());
        }
    }

    private void validateAndSave() {
        boolean isNew = user.getId() == null;
        boolean passwordAcceptable = !isNew || password.validate(username.getValue());
        if (binder.validate().isOk() && passwordAcceptable && binder.writeBeanIfValid(user)) {
            fireEvent(isNew ? new CreateEvent(this, user, password.value()) : new SaveEvent(this, user));
        }
    }

    public abstract static class UserFormEvent extends ComponentEvent<UserForm> {
        private final User user;

        protected UserFormEvent(UserForm source, User user) {
            super(source, false);
            this.user = user;
        }

        public User getUser() {
            return user;
        }
    }

    /** Add a new user with an initial password. */
    public static class CreateEvent extends UserFormEvent {
        private final NewPassword password;

        CreateEvent(UserForm source, User user, NewPassword password) {
            super(source, user);
            this.password = password;
        }

        public NewPassword getPassword() {
            return password;
        }
    }

    /** Save the changes to an existing user. */
    public static class SaveEvent extends UserFormEvent {
        SaveEvent(UserForm source, User user) {
            super(source, user);
        }
    }

    public static class DeactivateEvent extends UserFormEvent {
        DeactivateEvent(UserForm source, User user) {
            super(source, user);
        }
    }

    public static class ActivateEvent extends UserFormEvent {
        ActivateEvent(UserForm source, User user) {
            super(source, user);
        }
    }

    public static class ResetPasswordEvent extends UserFormEvent {
        ResetPasswordEvent(UserForm source, User user) {
            super(source, user);
        }
    }

    public static class CloseEvent extends UserFormEvent {
        CloseEvent(UserForm source) {
            super(source, null);
        }
    }

    public Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
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

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
