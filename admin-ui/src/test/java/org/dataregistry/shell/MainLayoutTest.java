package org.dataregistry.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

@SpringBootTest
class MainLayoutTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(roles = "VIEWER")
    void aViewerIsOfferedEveryViewButUsers() {
        assertThat(menu())
                .containsExactly("Publications", "Data licenses", "Scrapy settings bundles", "Jobs", "Audit log");
    }

    @Test
    @WithMockUser(roles = {"VIEWER", "CONTRIBUTOR", "OPERATOR", "SUPERUSER"})
    void aSuperuserIsAlsoOfferedUsers() {
        assertThat(menu()).contains("Users");
    }

    @Test
    @WithMockUser(username = "maria", roles = "VIEWER")
    void theHeaderSaysWhoIsSignedIn() {
        assertThat(find(MainLayout.class).single().getElement().getOuterHTML()).contains("maria", "Sign out");
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void anAddressThatLeadsNowhereSaysSoWithAWayHome() {
        NotFoundView page = navigate("no-such-page", NotFoundView.class);

        assertThat(page.getElement().getTextRecursively())
                .contains("Page not found", "There is no page at \"no-such-page\"")
                .doesNotContain("Could not navigate");
        assertThat(page.home.getText()).isEqualTo("Go to the publications");
    }

    private List<String> menu() {
        return find(SideNav.class).single().getItems().stream()
                .map(SideNavItem::getLabel)
                .toList();
    }
}
