package org.dataregistry.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SpringBootTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToSignIn() {
        navigate("", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    @WithAnonymousUser
    void aFailedSignInSaysWhy() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("active and in a group");
    }

    @Test
    @WithAnonymousUser
    void aThrottledSignInSaysToWait() {
        UI.getCurrent().navigate("login", QueryParameters.of("throttled", ""));

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Too many failed sign-ins", "paused for a minute");
    }

    @Test
    @WithAnonymousUser
    void theSignInFormPostsToSpringSecurity() {
        navigate(LoginView.class);

        LoginForm form = find(LoginForm.class).single();
        assertThat(form.isError()).isFalse();
        assertThat(form.getAction()).isEqualTo("login");
    }
}
