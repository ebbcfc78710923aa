package org.creditcommitment;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one application context shared by all integration tests: with @SpringBootTest keep one process
 * engine per JVM, and bind the engine assertions to it with BpmnAwareTests.init before each test.
 * Tagged "db": the build runs these on H2 and again, in a second JVM, on PostgreSQL.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

  @Autowired
  protected ProcessEngine processEngine;

  @LocalServerPort
  protected int port;

  /** Real time unless a test moves it; such a test resets it in an @AfterEach. */
  @Autowired
  protected MutableClock clock;

  protected TestHttp http;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", TestDatabase::url);
    registry.add("spring.datasource.username", TestDatabase::user);
    registry.add("spring.datasource.password", TestDatabase::password);
  }

  @BeforeEach
  void initEngineAssertionsAndHttp() {
    BpmnAwareTests.init(processEngine);
    http = new TestHttp(port);
  }
}
