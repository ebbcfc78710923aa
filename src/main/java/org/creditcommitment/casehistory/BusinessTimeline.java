package org.creditcommitment.casehistory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.creditcommitment.security.SystemCall;
import org.springframework.stereotype.Service;

/**
 * A case's history as an auditor reads it: one event per thing that happened (an application, a task done
 * with its decision and form values, a rule evaluated, a deadline, a mail, a query, a push, a signature, an
 * incident, the end), with people named and values labelled from the deployed forms. Made from the same
 * timeline as the engine detail, so the two never disagree.
 */
@Service
class BusinessTimeline {

  private final Actors actors;
  private final DeployedModels models;
  /** Every kind of application: each knows who submitted its own. */
  private final List<CaseSource> sources;
  private final IdentityService identity;

  BusinessTimeline(Actors actors, DeployedModels models, List<CaseSource> sources, IdentityService identity) {
    this.actors = actors;
    this.models = models;
    this.sources = sources;
    this.identity = identity;
  }

  /**
   * @param events the business events, in the timeline's order
   * @param detailLabels Chinese names of the engine detail's keys, the case's form fields among them
   */
  record View(List<BusinessEvent> events, Map<String, String> detailLabels) {}

  View view(String caseNo, List<HistoricProcessInstance> instances, List<TimelineEntry> entries) {
    return SystemCall.run(identity, () -> {
      CaseModel model = models.of(instances);
      CaseContext context = new CaseContext(entries, actors.lookup(), model, submitter(caseNo),
          application(caseNo));
      List<BusinessEvent> events = new ArrayList<>();
      for (TimelineEntry entry : entries) {
        BusinessEvent event = "camunda".equals(entry.source()) ? EngineEvents.of(entry, context)
            : EvidenceEvents.of(entry, context);
        if (event != null) {
          events.add(event);
        }
      }
      return new View(events, labels(model));
    });
  }

  private static Map<String, String> labels(CaseModel model) {
    Map<String, String> labels = new LinkedHashMap<>(DetailLabels.LABELS);
    model.forms().values().forEach(form -> form.components().forEach(c -> labels.putIfAbsent(c.key(), c.label())));
    return labels;
  }

  private Map<String, Object> application(String caseNo) {
    return sources.stream().map(source -> source.application(caseNo)).filter(a -> !a.isEmpty()).findFirst()
        .orElse(Map.of());
  }

  private String submitter(String caseNo) {
    return sources.stream().map(source -> source.submitter(caseNo)).flatMap(Optional::stream).findFirst()
        .orElse(null);
  }
}
