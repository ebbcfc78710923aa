package org.creditcommitment.commitment;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.catalogue.CommitmentType;
import org.springframework.stereotype.Component;

/** Public shortcuts over {@link LifecycleDriver} for tests of other features. */
@Component
public class LifecycleTestSupport {

  private static final String FOOD = "SCJG-SP-001";
  private final LifecycleDriver driver;

  LifecycleTestSupport(LifecycleDriver driver) {
    this.driver = driver;
  }

  public String subject(String grade) {
    return driver.subject(grade);
  }

  /** A NOTIFY_COMMIT case of the subject, credit-checked and waiting for the clerk's notification. */
  public CaseRecord queried(String code) {
    CaseRecord c = driver.apply(code, FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    return c;
  }

  /** A case of a new subject of that grade, signed, accepted and approved. */
  public CaseRecord approvedCase(String grade) {
    return approvedCase(grade, FOOD);
  }

  public CaseRecord approvedCase(String grade, String item) {
    CaseRecord c = driver.apply(driver.subject(grade), item, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    return c;
  }

  public Task openTask(CaseRecord c, String key) {
    return driver.task(c, key);
  }

  /** What the form of the case's open task shows under this key, as Tasklist reads it. */
  public Object shown(CaseRecord c, String key) {
    return driver.engine.getFormService().getTaskFormVariables(driver.task(c).getId()).get(key);
  }

  public String endState(CaseRecord c) {
    return driver.reload(c).endState();
  }
}
