package org.creditcommitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * What a process designer needs when opening the models in Camunda Modeler, checked on every model in bpmn/:
 * a diagram shape for every flow node and an edge for every sequence flow, no shapes on top of each other, Chinese
 * names on activities and events, meaningful ids (no Modeler defaults such as Activity_0x1y2z3), who works each
 * user task, and a history time to live on every executable process and decision.
 */
class ModelCheckTest {

  static final Path MODELS = Path.of("bpmn");
  private static final Pattern DEFAULT_ID = Pattern.compile("^(Activity|Event|Gateway|Flow|UserTask|ServiceTask|Task"
      + "|StartEvent|EndEvent|SequenceFlow|ExclusiveGateway|ParallelGateway|BoundaryEvent|IntermediateCatchEvent"
      + "|SubProcess|Process|Decision|Definitions|DecisionTable|InputClause|OutputClause)_[0-9a-z]{1,7}$");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @Test
  void everyProcessModelOpensCleanlyInModeler() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> models = files(".bpmn");
    assertThat(models).isNotEmpty();
    for (Path path : models) {
      BpmnModelInstance model = Bpmn.readModelFromFile(path.toFile());
      check(path.getFileName().toString(), model, problems);
    }
    assertThat(problems).as("model problems a designer would meet in Modeler").isEmpty();
  }

  @Test
  void everyDecisionIsNamedAndKeepsItsHistoryForALimitedTime() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path path : files(".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(path.toFile());
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        String where = path.getFileName() + " decision " + decision.getId();
        if (decision.getName() == null || decision.getName().isBlank()) {
          problems.add(where + ": no name");
        }
        if (decision.getCamundaHistoryTimeToLiveString() == null) {
          problems.add(where + ": no camunda:historyTimeToLive");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  /**
   * 义政数〔2020〕17号 四 in seven steps: the lifecycle's top level shows its phases as sub-processes a designer or an
   * auditor opens one at a time, and fits on one screen.
   */
  @Test
  void theLifecyclesTopLevelShowsThePolicysPhasesOnOneScreen() {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODELS.resolve("commitment-lifecycle.bpmn").toFile());
    Process process = model.getModelElementById("commitment-lifecycle");
    assertThat(process.getChildElementsByType(SubProcess.class).stream().filter(sp -> !sp.triggeredByEvent())
        .map(SubProcess::getName).toList())
        .containsExactly("申请办理（作出决定前可撤回）", "承诺信息归集", "承诺内容核查反馈", "限期整改", "失信惩戒");
    List<Bounds> top = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null && shape.getBpmnElement().getParentElement() == process)
        .map(BpmnShape::getBounds).toList();
    double left = top.stream().mapToDouble(Bounds::getX).min().orElseThrow();
    double right = top.stream().mapToDouble(b -> b.getX() + b.getWidth()).max().orElseThrow();
    assertThat(right - left).as("width of the top level (px)").isLessThanOrEqualTo(2000);
  }

  @Test
  void aModelWithoutDiagramNamesOrTimeToLiveIsReported() {
    BpmnModelInstance bare = Bpmn.createExecutableProcess("Process_1a2b3c").startEvent("StartEvent_1")
        .userTask("Task_Work").endEvent().done();
    bare.getModelElementsByType(Process.class).forEach(p -> p.setCamundaHistoryTimeToLiveString(null));
    BpmnShape shape = bare.getModelElementsByType(BpmnShape.class).iterator().next();
    shape.getParentElement().removeChildElement(shape);
    BpmnEdge edge = bare.getModelElementsByType(BpmnEdge.class).iterator().next();
    edge.getParentElement().removeChildElement(edge);
    List<String> problems = new ArrayList<>();

    check("bare.bpmn", bare, problems);

    assertThat(String.join("\n", problems)).contains("no camunda:historyTimeToLive", "no diagram shape",
        "no diagram edge", "Modeler default id", "no Chinese name", "nobody works it");
  }

  static void check(String file, BpmnModelInstance model, List<String> problems) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + " process " + process.getId() + ": no camunda:historyTimeToLive");
      }
      if (process.getName() == null || !CHINESE.matcher(process.getName()).find()) {
        problems.add(file + " process " + process.getId() + ": no Chinese name");
      }
    }
    Map<String, Bounds> shapes = new java.util.HashMap<>();
    // a collapsed sub-process is drawn on a plane of its own: shapes overlap only on the same plane
    Map<String, String> planeOf = new java.util.HashMap<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (shape.getBpmnElement() != null) {
        shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
        planeOf.put(shape.getBpmnElement().getId(), ((org.camunda.bpm.model.xml.instance.ModelElementInstance)
            shape.getParentElement()).getAttributeValue("id"));
      }
    }
    Set<String> edges = new HashSet<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      if (edge.getBpmnElement() != null) {
        edges.add(edge.getBpmnElement().getId());
      }
    }
    Collection<FlowNode> nodes = model.getModelElementsByType(FlowNode.class);
    for (FlowNode node : nodes) {
      String where = file + " " + node.getElementType().getTypeName() + " " + node.getId();
      if (!shapes.containsKey(node.getId())) {
        problems.add(where + ": no diagram shape");
      }
      if (DEFAULT_ID.matcher(node.getId()).matches()) {
        problems.add(where + ": Modeler default id, give it a meaningful one");
      }
      boolean named = node.getName() != null && CHINESE.matcher(node.getName()).find();
      if ((node instanceof Activity || node instanceof Event) && !named) {
        problems.add(where + ": no Chinese name");
      }
      if (node instanceof UserTask task && task.getCamundaCandidateGroups() == null
          && task.getCamundaAssignee() == null && task.getCamundaCandidateUsers() == null) {
        problems.add(where + ": nobody works it (no candidate groups or assignee)");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edges.contains(flow.getId())) {
        problems.add(file + " sequence flow " + flow.getId() + ": no diagram edge");
      }
    }
    List<FlowNode> placed = nodes.stream().filter(n -> !(n instanceof SubProcess) && !(n instanceof BoundaryEvent)
        && shapes.get(n.getId()) != null).toList();
    for (int i = 0; i < placed.size(); i++) {
      for (int j = i + 1; j < placed.size(); j++) {
        if (planeOf.get(placed.get(i).getId()).equals(planeOf.get(placed.get(j).getId()))
            && overlap(shapes.get(placed.get(i).getId()), shapes.get(placed.get(j).getId()))) {
          problems.add(file + " shapes " + placed.get(i).getId() + " and " + placed.get(j).getId() + " overlap");
        }
      }
    }
    // gateways need no name, but a designer reads the question a splitting gateway asks
    nodes.stream().filter(Gateway.class::isInstance).map(Gateway.class::cast)
        .filter(g -> g.getOutgoing().size() > 1 && (g.getName() == null || g.getName().isBlank()))
        .forEach(g -> problems.add(file + " gateway " + g.getId() + ": a split without a question"));
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }

  private static List<Path> files(String ending) throws IOException {
    try (Stream<Path> all = Files.list(MODELS)) {
      return all.filter(p -> p.toString().endsWith(ending)).sorted().toList();
    }
  }
}
