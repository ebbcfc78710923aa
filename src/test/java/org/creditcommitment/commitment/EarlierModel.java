package org.creditcommitment.commitment;

import org.camunda.bpm.engine.RepositoryService;
import org.creditcommitment.EarlierProcessModel;

/** A lifecycle model of an earlier version, deployed under the lifecycle's resource name for one test. */
final class EarlierModel extends EarlierProcessModel {

  EarlierModel(RepositoryService repository, String testResource) {
    super(repository, testResource, "commitment-lifecycle.bpmn");
  }
}
