package org.creditcommitment;

import org.springframework.test.context.ActiveProfilesResolver;

/** "test", plus "postgres" when the JVM runs against PostgreSQL (see {@link TestDatabase}). */
public class TestProfiles implements ActiveProfilesResolver {

  @Override
  public String[] resolve(Class<?> testClass) {
    return TestDatabase.isPostgres() ? new String[] {"test", "postgres"} : new String[] {"test"};
  }
}
