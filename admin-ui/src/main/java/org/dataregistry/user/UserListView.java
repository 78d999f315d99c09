package org.dataregistry.user;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dataregistry.layout.MainLayout;
import org.dataregistry.layout.Notices;
import org.dataregistry.layout.UtcTime;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;

@Route(value = "users", layout = MainLayout.class)
@PageTitle("Users")
@Menu(order = 8, title = "Users", icon = "vaadin:users")
@RolesAllowed(Roles.SUPERUSER)
public class UserListView extends VerticalLayout {

    final Grid<User> grid = new Grid<>(User.class, false);
    final UserForm form = new UserForm();
    final Button add = new Button("Add user");

    private final Users users;
    private final CurrentUser currentUser;

    UserListView(Users users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
        setSizeFull();
        configureGrid();
        configureForm();
        add(toolbar(), content());
        updateList();
        closeEditor();
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addColumn(User::getUsername).setHeader("Username").setSortable(true);
        grid.addColumn(User::fullName).setHeader("Name").setSortable(true);
        grid.addColumn(User::getEmail).setHeader("Email").setSortable(true);
        grid.addColumn(user -> user.getGroups().stream().map(Group::label).collect(Collectors.joining(", ")))
                .setHeader("Groups");
        grid.addColumn(user -> yesOrNo(user.isSuperuser())).setHeader("Superuser").setSortable(true);
        grid.addColumn(user -> yesOrNo(user.isActive())).setHeader("Active").setSortable(true);
        grid.addColumn(user -> UtcTime.format(user.getLastLogin())).setHeader("Last login (UTC)").setSortable(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editUser(users.get(event.getValue().getId()));
            }
        });
    }

    private static String yesOrNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private void configureForm() {
        form.setWidth("30em");
        form.addCreateListener(event -> {
            if (Notices.attempt(() -> users.create(event.getUser(), event.getPassword()), form::showProblems)) {
                done("Added the user " + event.getUser().getUsername() + ".");
            }
        });
        form.addSaveListener(event -> {
            if (Notices.attempt(() -> users.update(event.getUser()))) {
                done("Saved the user " + event.getUser().getUsername() + ".");
            }
        });
        form.addDeactivateListener(event -> confirmDeactivate(event.getUser()));
        form.addActivateListener(event -> confirmActivate(event.getUser()));
        form.addResetPasswordListener(event -> new ResetPasswordDialog(event.getUser(), password -> {
            boolean reset = Notices.attempt(() -> users.resetPassword(event.getUser().getId(), password));
            if (reset) {
                done("Reset the password of " + event.getUser().getUsername() + ".");
            }
            return reset;
        }).open());
        form.addCloseListener(event -> closeEditor());
    }

    private void confirmDeactivate(User user) {
        confirm("Deactivate the user " + user.getUsername() + "?",
                "They won't be able to sign in until a superuser activates them again. Their account and its "
                        + "history stay.", "Deactivate", "error primary",
                () -> users.deactivate(user.getId()), "Deactivated the user " + user.getUsername() + ".");
    }

    private void confirmActivate(User user) {
        confirm("Activate the user " + user.getUsername() + "?",
                "They will be able to sign in again with their password.", "Activate", "primary",
                () -> users.activate(user.getId()), "Activated the user " + user.getUsername() + ".");
    }

    private void confirm(String header, String text, String confirmText, String confirmTheme, Runnable action,
            String success) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, event -> {
            if (Notices.attempt(action)) {
                done(success);
            }
        }, "Cancel", event -> { });
        dialog.setConfirmButtonTheme(confirmTheme);
        dialog.open();
    }

    private void done(String message) {
        Notices.success(message);
        updateList();
        closeEditor();
    }

    private Component toolbar() {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> {
            grid.asSingleSelect().clear();
            editUser(new User());
        });
        return new HorizontalLayout(add);
    }

    private Component content() {
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, form);
        content.setSizeFull();
        return content;
    }

    private void editUser(User user) {
        form.edit(user, user.getId() != null && currentUser.id().filter(user.getId()::equals).isPresent());
        form.setVisible(true);
    }

    private void closeEditor() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void updateList() {
        grid.setItems(users.all());
    }
}
