package org.dataregistry.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import org.dataregistry.itemlist.ItemListView;
import org.dataregistry.job.JobView;
import org.dataregistry.license.LicenseListView;
import org.dataregistry.publication.PublicationView;
import org.dataregistry.settings.SettingsBundleListView;
import org.dataregistry.user.UserListView;

/**
 * Shows a value of the audit log as a link to the page of the object it names, while that object exists and the
 * signed-in user may open its page (only superusers see users); otherwise as text.
 */
final class ObjectLinks {

    private final boolean mayOpenUsers;

    ObjectLinks(boolean mayOpenUsers) {
        this.mayOpenUsers = mayOpenUsers;
    }

    Component of(ShownValue value) {
        if (value.id() == null || (value.type() == ObjectType.USER && !mayOpenUsers)) {
            return new Text(value.text());
        }
        long id = value.id();
        return switch (value.type()) {
            case PUBLICATION -> new RouterLink(value.text(), PublicationView.class, PublicationView.parameters(id));
            case JOB -> new RouterLink(value.text(), JobView.class, JobView.parameters(id));
            case LICENSE -> inList(value.text(), LicenseListView.class, id);
            case SETTINGS_BUNDLE -> inList(value.text(), SettingsBundleListView.class, id);
            case USER -> inList(value.text(), UserListView.class, id);
        };
    }

    /** A link to a list view with the item open in its form. */
    private static RouterLink inList(String text, Class<? extends ItemListView<?, ?>> view, long id) {
        RouterLink link = new RouterLink(text, view);
        link.setQueryParameters(QueryParameters.of(ItemListView.OPEN, String.valueOf(id)));
        return link;
    }
}
