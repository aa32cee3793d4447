package com.scenehub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on the local PostgreSQL server (database scenehub_test,
 * recreated once per test run). Skipped when no server answers, except on CI, where it fails.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresDatabase.class)
@SpringBootTest
@ActiveProfiles({"test", "pgtest"})
public @interface PostgresTest {
}
