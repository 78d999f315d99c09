package org.dataregistry.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.dataregistry.security.CurrentUser;

/**
 * The admin shell: a side navigation built from the views' {@code @Menu} annotations (only the views the user
 * may open are listed), the page title, and who is signed in with a sign-out button.
 */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();

    public MainLayout(AuthenticationContext authentication, CurrentUser user) {
        setPrimarySection(Section.DRAWER);

        Span appName = new Span("Data Registry");
        appName.addClassName("app-name");
        Anchor publicSite = new Anchor("/", "Public site ↗");
        publicSite.setTarget(AnchorTarget.BLANK);
        publicSite.setRouterIgnore(true);
        publicSite.getStyle().set("margin", "var(--lumo-space-m)").set("font-size", "var(--lumo-font-size-s)");
        addToDrawer(appName, navigation(), publicSite);

        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span signedIn = new Span(user.username());
        signedIn.getElement().setAttribute("title", "Signed in");
        Button signOut = new Button("Sign out", event -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button changePassword = new Button(
                "Change password", event -> event.getSource().getUI().ifPresent(ui -> ui.navigate("account")));
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout account = new HorizontalLayout(signedIn, changePassword, signOut);
        account.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), viewTitle, account);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(viewTitle);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);
    }

    private static SideNav navigation() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
