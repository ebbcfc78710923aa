package org.creditcommitment.casehistory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.creditcommitment.security.SystemCall;
import org.springframework.stereotype.Service;

/**
 * The deployed BPMN of a case's process instance and the path it took: how often each activity was
 * entered, which are active now or have an open incident, and which sequence flows were taken. The
 * engine does not record flows, so a flow counts as taken when its source was left and its target entered. Nor does
 * it record exclusive gateways ({@link KeptHistory}): a gateway counts as passed (once) when a flow into it comes from
 * an activity that was completed and a flow out of it leads to one that was entered, through other such gateways too.
 */
@Service
class CaseDiagram {

  private final CaseTimeline timeline;
  private final HistoryService history;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final IdentityService identity;

  CaseDiagram(CaseTimeline timeline, HistoryService history, RepositoryService repository, RuntimeService runtime,
      IdentityService identity) {
    this.timeline = timeline;
    this.history = history;
    this.repository = repository;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Activity of the diagram: times entered, whether it runs now, whether an open incident sits on it. */
  public record ActivityPass(String activityId, int count, boolean active, boolean incident) {}

  public record Diagram(String caseNo, String processInstanceId, String processDefinitionId,
      String processDefinitionKey, String processDefinitionName, String xml, List<ActivityPass> activities,
      List<String> takenFlows, List<String> otherProcessInstanceIds) {}

  /** The diagram of the case's first process instance (a case has one, unless a process is started again). */
  public Diagram diagram(String caseNo) {
    List<HistoricProcessInstance> instances = timeline.instances(caseNo);
    HistoricProcessInstance instance = instances.get(0);
    return SystemCall.run(identity, () -> {
      List<HistoricActivityInstance> passes = history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).list();
      Set<String> openIncidents = runtime.createIncidentQuery().processInstanceId(instance.getId()).list().stream()
          .map(Incident::getActivityId).collect(Collectors.toSet());
      Map<String, int[]> counts = new LinkedHashMap<>();
      Set<String> active = passes.stream().filter(p -> p.getEndTime() == null)
          .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
      passes.forEach(p -> counts.computeIfAbsent(p.getActivityId(), k -> new int[1])[0]++);
      Set<String> left = passes.stream().filter(p -> p.getEndTime() != null)
          .map(HistoricActivityInstance::getActivityId).collect(Collectors.toCollection(HashSet::new));
      BpmnModelInstance model = repository.getBpmnModelInstance(instance.getProcessDefinitionId());
      // an activity cut short by a boundary event did not go on to the gateway after it
      Set<String> completed = passes.stream().filter(p -> p.getEndTime() != null && !p.isCanceled())
          .map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
      for (String gateway : gatewaysPassed(model, completed, counts.keySet())) {
        counts.put(gateway, new int[] {1});
        left.add(gateway);
      }
      List<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
          .filter(f -> left.contains(f.getSource().getId()) && counts.containsKey(f.getTarget().getId()))
          .map(SequenceFlow::getId).sorted().toList();
      List<ActivityPass> activities = counts.entrySet().stream().map(e -> new ActivityPass(e.getKey(), e.getValue()[0],
          active.contains(e.getKey()), openIncidents.contains(e.getKey()))).toList();
      return new Diagram(caseNo, instance.getId(), instance.getProcessDefinitionId(),
          instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(), xml(instance), activities, flows,
          instances.stream().skip(1).map(HistoricProcessInstance::getId).toList());
    });
  }

  /**
   * The exclusive gateways without a history row that lie on the path: reached from an activity that was completed
   * (or from such a gateway), and leading to an activity that was entered (or to such a gateway). Cases from before
   * gateways went unrecorded have their rows and need none of this.
   */
  static Set<String> gatewaysPassed(BpmnModelInstance model, Set<String> completed, Set<String> entered) {
    List<ExclusiveGateway> unrecorded = model.getModelElementsByType(ExclusiveGateway.class).stream()
        .filter(g -> !entered.contains(g.getId())).toList();
    Set<String> reached = new HashSet<>();
    boolean grown = true;
    while (grown) {
      grown = false;
      for (ExclusiveGateway g : unrecorded) {
        if (!reached.contains(g.getId()) && g.getIncoming().stream().map(f -> f.getSource().getId())
            .anyMatch(s -> completed.contains(s) || reached.contains(s))) {
          grown = reached.add(g.getId());
        }
      }
    }
    Set<String> passed = new HashSet<>();
    grown = true;
    while (grown) {
      grown = false;
      for (ExclusiveGateway g : unrecorded) {
        if (reached.contains(g.getId()) && !passed.contains(g.getId()) && g.getOutgoing().stream()
            .map(f -> f.getTarget().getId()).anyMatch(t -> entered.contains(t) || passed.contains(t))) {
          grown = passed.add(g.getId());
        }
      }
    }
    return passed;
  }

  private String xml(HistoricProcessInstance instance) {
    try (InputStream in = repository.getProcessModel(instance.getProcessDefinitionId())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
