package org.dataregistry.settings;

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

@Route(value = "settings-bundles", layout = MainLayout.class)
@PageTitle("Scrapy settings bundles")
@Menu(order = 3, title = "Scrapy settings bundles", icon = "vaadin:cogs")
@RolesAllowed(Roles.VIEWER)
public class SettingsBundleListView extends VerticalLayout {

    final Grid<SettingsBundle> grid = new Grid<>(SettingsBundle.class, false);
    final SettingsBundleForm form = new SettingsBundleForm();
    final Button add = new Button("Add settings bundle");

    private final SettingsBundles bundles;
    private final CurrentUser user;

    SettingsBundleListView(SettingsBundles bundles, CurrentUser user) {
        this.bundles = bundles;
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
        grid.addColumn(SettingsBundle::auditName).setHeader("Scrapy settings bundle").setSortable(true).setFlexGrow(3);
        grid.addColumn(bundle -> bundle.getSettings().size()).setHeader("Settings").setSortable(true);
        grid.addColumn(bundle -> UtcTime.format(bundle.getModified())).setHeader("Modified (UTC)").setSortable(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                editBundle(bundles.get(event.getValue().getId()));
            }
        });
    }

    private void configureForm() {
        form.setWidth("36em");
        form.addSaveListener(event -> {
            if (Notices.attempt(() -> bundles.save(event.getBundle()))) {
                Notices.success("Saved the settings bundle \"" + event.getBundle().getName() + "\".");
                updateList();
                closeEditor();
            }
        });
        form.addDeleteListener(event -> confirmDelete(event.getBundle()));
        form.addCloseListener(event -> closeEditor());
    }

    private void confirmDelete(SettingsBundle bundle) {
        long users = bundles.publicationsUsing(bundle.getId());
        ConfirmDialog dialog = new ConfirmDialog("Delete the settings bundle \"" + bundle.getName() + "\"?",
                usage(users) + " This can't be undone.", "Delete", event -> {
                    if (Notices.attempt(() -> bundles.delete(bundle.getId()))) {
                        Notices.success("Deleted the settings bundle \"" + bundle.getName() + "\".");
                        updateList();
                        closeEditor();
                    }
                }, "Cancel", event -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** What deleting the bundle does to the publications that use it. */
    static String usage(long publications) {
        if (publications == 0) {
            return "No publication uses it.";
        }
        return publications + (publications == 1 ? " publication uses it: it" : " publications use it: they")
                + " will be crawled without these settings.";
    }

    private Component toolbar() {
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(event -> {
            grid.asSingleSelect().clear();
            editBundle(new SettingsBundle());
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

    private void editBundle(SettingsBundle bundle) {
        form.edit(bundle, user.hasRole(Roles.CONTRIBUTOR), user.hasRole(Roles.SUPERUSER));
        form.setVisible(true);
    }

    private void closeEditor() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void updateList() {
        grid.setItems(bundles.all());
    }
}
