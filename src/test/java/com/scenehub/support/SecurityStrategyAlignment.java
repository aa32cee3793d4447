package com.scenehub.support;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin installs its own security-context strategy per application context, and the static
 * {@link SecurityContextHolder} points at the last one created. With several cached test contexts
 * (H2, PostgreSQL) in one JVM, method security would read another context's holder. Before each
 * test this points the static holder at the strategy of the test's own context, as in production
 * where there is only one.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        if (!testContext.hasApplicationContext() && testContext.getTestClass().getAnnotation(
                org.springframework.boot.test.context.SpringBootTest.class) == null
                && !testContext.getTestClass().isAnnotationPresent(SceneHubTest.class)
                && !testContext.getTestClass().isAnnotationPresent(PostgresTest.class)) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
