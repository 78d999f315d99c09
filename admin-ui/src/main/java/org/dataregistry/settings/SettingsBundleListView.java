package org.dataregistry.settings;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.dataregistry.feedback.Notices;
import org.dataregistry.itemlist.ItemListView;
import org.dataregistry.security.CurrentUser;
import org.dataregistry.security.Roles;
import org.dataregistry.shell.MainLayout;
import org.dataregistry.time.UtcTime;

@Route(value = "settings-bundles", layout = MainLayout.class)
@PageTitle("Scrapy settings bundles")
@Menu(order = 3, title = "Scrapy settings bundles", icon = "vaadin:cogs")
@RolesAllowed(Roles.VIEWER)
public class SettingsBundleListView extends ItemListView<SettingsBundle, SettingsBundleForm> {

    private final SettingsBundles bundles;
    private final CurrentUser user;

    SettingsBundleListView(SettingsBundles bundles, CurrentUser user) {
        super(SettingsBundle.class, bundles, new SettingsBundleForm(), "Add settings bundle");
        this.bundles = bundles;
        this.user = user;
        configureGrid();
        configureForm();
        add.setVisible(user.hasRole(Roles.CONTRIBUTOR));
        refresh();
    }

    private void configureGrid() {
        Grid.Column<SettingsBundle> name = grid.addColumn(SettingsBundle::auditName)
                .setHeader("Scrapy settings bundle")
                .setSortable(true)
                .setFlexGrow(3);
        Grid.Column<SettingsBundle> settings = grid.addColumn(
                        bundle -> bundle.getSettings().size())
                .setHeader("Settings")
                .setSortable(true);
        grid.addColumn(bundle -> UtcTime.format(bundle.getModified()))
                .setHeader("Modified (UTC)")
                .setSortable(true);
        keepWhileEditing(name, settings);
    }

    private void configureForm() {
        form.setWidth("36em");
        form.addSaveListener(event -> {
            if (Notices.attempt(() -> bundles.save(event.getItem()))) {
                succeeded("Saved the settings bundle \"" + event.getItem().getName() + "\".");
            }
        });
        form.addDeleteListener(event -> confirmDelete(event.getItem()));
    }

    private void confirmDelete(SettingsBundle bundle) {
        confirm(
                "Delete the settings bundle \"" + bundle.getName() + "\"?",
                usage(bundles.publicationsUsing(bundle.getId())) + " This can't be undone.",
                "Delete",
                "error primary",
                () -> bundles.delete(bundle.getId()),
                "Deleted the settings bundle \"" + bundle.getName() + "\".");
    }

    /** What deleting the bundle does to the publications that use it. */
    static String usage(long publications) {
        if (publications == 0) {
            return "No publication uses it.";
        }
        return publications + (publications == 1 ? " publication uses it: it" : " publications use it: they")
                + " will be crawled without these settings.";
    }

    @Override
    protected void showInForm(SettingsBundle bundle) {
        form.edit(bundle, user.hasRole(Roles.CONTRIBUTOR), user.hasRole(Roles.SUPERUSER));
    }
}
