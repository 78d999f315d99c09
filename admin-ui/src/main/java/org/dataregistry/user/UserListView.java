package org.dataregistry.user;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.dataregistry.feedback.Notices;
import org.dataregistry.itemlist.ItemListView;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;
import org.dataregistry.time.UtcTime;

@Route(value = "users", layout = MainLayout.class)
@PageTitle("Users")
@Menu(order = 8, title = "Users", icon = "vaadin:users")
@RolesAllowed(Roles.SUPERUSER)
public class UserListView extends ItemListView<User, UserForm> {

    private final Users users;
    private final CurrentUser currentUser;

    UserListView(Users users, CurrentUser currentUser) {
        super(User.class, users, new UserForm(), "Add user");
        this.users = users;
        this.currentUser = currentUser;
        configureGrid();
        configureForm();
        refresh();
    }

    private void configureGrid() {
        Grid.Column<User> username = grid.addColumn(User::getUsername)
                .setHeader("Username")
                .setSortable(true)
                .setWidth("7em")
                .setFlexGrow(1);
        Grid.Column<User> name = grid.addColumn(User::fullName)
                .setHeader("Name")
                .setSortable(true)
                .setWidth("7em")
                .setFlexGrow(1);
        grid.addColumn(User::getEmail)
                .setHeader("Email")
                .setSortable(true)
                .setWidth("9em")
                .setFlexGrow(2);
        grid.addColumn(UserListView::groups).setHeader("Groups").setWidth("7em").setFlexGrow(1);
        Grid.Column<User> active = grid.addColumn(user -> yesOrNo(user.isActive()))
                .setHeader("Active")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(user -> UtcTime.format(user.getLastLogin()))
                .setHeader("Last login (UTC)")
                .setSortable(true)
                .setWidth("7em")
                .setFlexGrow(0);
        keepWhileEditing(username, name, active);
    }

    /** A superuser is in every group: "Superuser" says it in one word. */
    private static String groups(User user) {
        return user.isSuperuser()
                ? "Superuser"
                : user.getGroups().stream().map(Group::label).collect(Collectors.joining(", "));
    }

    private static String yesOrNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private void configureForm() {
        form.setWidth("30em");
        form.addSaveListener(event -> {
            User user = event.getItem();
            if (user.getId() == null) {
                if (Notices.attempt(() -> users.create(user, form.initialPassword()), form::showProblems)) {
                    succeeded("Added the user " + user.getUsername() + ".");
                }
            } else if (Notices.attempt(() -> users.update(user))) {
                succeeded("Saved the user " + user.getUsername() + ".");
            }
        });
        form.addDeactivateListener(event -> confirmDeactivate(event.getItem()));
        form.addActivateListener(event -> confirmActivate(event.getItem()));
        form.addResetPasswordListener(event -> resetPassword(event.getItem()));
    }

    private void confirmDeactivate(User user) {
        confirm(
                "Deactivate the user " + user.getUsername() + "?",
                "They won't be able to sign in until a superuser activates them again. Their account and its "
                        + "history stay.",
                "Deactivate",
                "error primary",
                () -> users.deactivate(user.getId()),
                "Deactivated the user " + user.getUsername() + ".");
    }

    private void confirmActivate(User user) {
        confirm(
                "Activate the user " + user.getUsername() + "?",
                "They will be able to sign in again with their password.",
                "Activate",
                "primary",
                () -> users.activate(user.getId()),
                "Activated the user " + user.getUsername() + ".");
    }

    private void resetPassword(User user) {
        new ResetPasswordDialog(user, password -> {
                    boolean reset = Notices.attempt(() -> users.resetPassword(user.getId(), password));
                    if (reset) {
                        succeeded("Reset the password of " + user.getUsername() + ".");
                    }
                    return reset;
                })
                .open();
    }

    @Override
    protected void showInForm(User user) {
        form.edit(user, currentUser.id().filter(id -> id.equals(user.getId())).isPresent());
    }
}
