package org.dataregistry;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Gives each test the security context holder strategy of the application context it runs in. Vaadin installs its
 * strategy in {@link SecurityContextHolder}, a static, as its context starts, and each strategy keeps the signed-in
 * user in a thread local of its own: once a second context has started (another test configuration), a test back in
 * the first one would sign in through the second's strategy while the first's views and facades look in their own,
 * and find nobody. Runs before Spring Security's {@code @WithMockUser} listener signs the test's user in.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public int getOrder() {
        return 5_000; // WithSecurityContextTestExecutionListener is 10,000
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
    }

    private static void install(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
