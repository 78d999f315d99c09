package org.dataregistry.license;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dataregistry.feedback.Notices;
import org.dataregistry.itemlist.ItemListView;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;
import org.dataregistry.translation.Translations;

@Route(value = "licenses", layout = MainLayout.class)
@PageTitle("Data licenses")
@Menu(order = 2, title = "Data licenses", icon = "vaadin:diploma")
@RolesAllowed(Roles.VIEWER)
public class LicenseListView extends ItemListView<License, LicenseForm> {

    private final Licenses licenses;
    private final CurrentUser user;

    LicenseListView(Licenses licenses, CurrentUser user) {
        super(License.class, licenses, new LicenseForm(), "Add license");
        this.licenses = licenses;
        this.user = user;
        configureGrid();
        configureForm();
        add.setVisible(user.hasRole(Roles.CONTRIBUTOR));
        refresh();
    }

    private void configureGrid() {
        Grid.Column<License> name = grid.addColumn(License::auditName)
                .setHeader("Data license")
                .setSortable(true)
                .setFlexGrow(2);
        grid.addColumn(license -> license.getName().getEs())
                .setHeader("Name [es]")
                .setFlexGrow(2);
        grid.addComponentColumn(license -> license.getUrl().isEmpty()
                        ? new Anchor()
                        : new Anchor(license.getUrl(), license.getUrl(), AnchorTarget.BLANK))
                .setHeader("URL")
                .setFlexGrow(2);
        grid.addColumn(license -> linesAndCharacters(license.getDescription())).setHeader("Lines (characters)");
        keepWhileEditing(name);
    }

    /** How long the English and Spanish descriptions are, as the original list shows. */
    static String linesAndCharacters(Translations description) {
        return "en: " + describe(description.getEn()) + ", es: " + describe(description.getEs());
    }

    private static String describe(String text) {
        long lines = text.isEmpty() ? 0 : text.lines().count();
        return lines + " (" + text.length() + ")";
    }

    private void configureForm() {
        form.setWidth("32em");
        form.addSaveListener(event -> {
            if (Notices.attempt(() -> licenses.save(event.getItem()))) {
                succeeded("Saved the license \"" + event.getItem().getName().getEn() + "\".");
            }
        });
        form.addDeleteListener(event -> confirmDelete(event.getItem()));
    }

    private void confirmDelete(License license) {
        String name = license.getName().getEn();
        confirm(
                "Delete the license \"" + name + "\"?",
                "Publications can't use a deleted license. This can't be undone.",
                "Delete",
                "error primary",
                () -> licenses.delete(license.getId()),
                "Deleted the license \"" + name + "\".");
    }

    @Override
    protected void showInForm(License license) {
        form.edit(license, user.hasRole(Roles.CONTRIBUTOR), user.hasRole(Roles.SUPERUSER));
    }
}
