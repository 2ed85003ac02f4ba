package uk.coproduction.portal;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Each Spring context that starts (the shared portal, the demo one, the mail one, the production-profile check)
 * installs its own Vaadin-aware strategy in Spring Security's JVM-wide {@link SecurityContextHolder}. A test that
 * then runs in an earlier context would put its {@code @WithMockUser} into the wrong strategy and find nobody signed
 * in. This listener remembers the strategy each context installed and puts it back before each test class and
 * method, ahead of Spring Security's own test listener. Registered in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    private static final Map<ApplicationContext, SecurityContextHolderStrategy> STRATEGIES = new WeakHashMap<>();

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static synchronized void useStrategyOf(TestContext testContext) {
        // Loading a context (the first time) is what installs its strategy, so read it right after.
        ApplicationContext context = testContext.getApplicationContext();
        SecurityContextHolderStrategy strategy =
                STRATEGIES.computeIfAbsent(context, loaded -> SecurityContextHolder.getContextHolderStrategy());
        SecurityContextHolder.setContextHolderStrategy(strategy);
    }

    @Override
    public int getOrder() {
        // Before WithSecurityContextTestExecutionListener (10000) sets up @WithMockUser.
        return 1000;
    }
}
