package org.dataregistry.license;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dataregistry.layout.MainLayout;
import org.dataregistry.layout.Notices;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.translation.Translations;

@Route(value = "licenses", layout = MainLayout.class)
@PageTitle("Data licenses")
@Menu(order = 2, title = "Data licenses", icon = "vaadin:diploma")
@RolesAllowed(Roles.VIEWER)
public class LicenseListView extends VerticalLayout {

    final Grid<License> grid = new Grid<>(License.class, false);
    final LicenseForm form = new LicenseForm();
    final Button add = new Button("Add license");

    private final Licenses licenses;
    private final CurrentUser user;

    LicenseListView(Licenses licenses, CurrentUser user) {
        this.licenses = licenses;
        this.user = user;
        setSizeFull();
        configureGrid();
        configureForm();
        add(toolbar(), content());
        updateList();
        closeEditor();
    }

    private void configureGrid() {
        grid.setSizeFull();
        grid.addColumn(License::auditName).setHeader("Data license").setSortable(true).setFlexGrow(2);
        grid.addColumn(license -> license.getName().getEs()).setHeader("Name [es]").setFlexGrow(2);
        grid.addComponentColumn(license -> license.getUrl().isEmpty() ? new Anchor()
                : new Anchor(license.getUrl(), license.getUrl(), com.vaadin.flow.component.html.AnchorTarget.BLANK))
                .setHeader("URL").setFlexGrow(2);
        grid.addColumn(license -> linesAndCharacters(license.getDescription())).setHeader("Lines (characters)");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editLicense(licenses.get(event.getValue().getId()));
            }
        });
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
            if (Notices.attempt(() -> licenses.save(event.getLicense()))) {
                Notices.success("Saved the license \"" + event.getLicense().getName().getEn() + "\".");
                updateList();
                closeEditor();
            }
        });
        form.addDeleteListener(event -> confirmDelete(event.getLicense()));
        form.addCloseListener(event -> closeEditor());
    }

    private void confirmDelete(License license) {
        ConfirmDialog dialog = new ConfirmDialog("Delete the license \"" + license.getName().getEn() + "\"?",
                "Publications can't use a deleted license. This can't be undone.", "Delete", event -> {
                    if (Notices.attempt(() -> licenses.delete(license.getId()))) {
                        Notices.success("Deleted the license \"" + license.getName().getEn() + "\".");
                        updateList();
                        closeEditor();
                    }
                }, "Cancel", event -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private Component toolbar() {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> {
            grid.asSingleSelect().clear();
            editLicense(new License());
        });
        add.setVisible(user.hasRole(Roles.CONTRIBUTOR));
        return new HorizontalLayout(add);
    }

    private Component content() {
        HorizontalLayout content = new HorizontalLayout(grid, form);
        content.setFlexGrow(2, grid);
        content.setFlexGrow(1, form);
        content.setSizeFull();
        return content;
    }

    private void editLicense(License license) {
        form.edit(license, user.hasRole(Roles.CONTRIBUTOR), user.hasRole(Roles.SUPERUSER));
        form.setVisible(true);
    }

    private void closeEditor() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void updateList() {
        grid.setItems(licenses.all());
    }
}
