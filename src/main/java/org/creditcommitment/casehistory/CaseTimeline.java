package org.creditcommitment.casehistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.creditcommitment.commitment.Cases;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Service;

/**
 * One case's complete history in time order, for any process: the case is the process business key
 * (lifecycle cases {@code XY...}; objection and repair applications have their own keys), so every
 * process instance started with that key contributes.
 */
@Service
public class CaseTimeline {

  private static final Pattern CASE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}");
  /**
   * Process variables that name the subject whose audit events may mention the case (objections, repairs); a
   * lifecycle case names its applicant on its record.
   */
  private static final List<String> SUBJECT_VARIABLES = List.of("applicantCode", "subjectCode");

  private final HistoryService history;
  private final IdentityService identity;
  private final EngineHistory engine;
  private final RecordedEvidence evidence;
  private final Cases cases;
  private final List<CaseSource> sources;

  CaseTimeline(HistoryService history, IdentityService identity, EngineHistory engine, RecordedEvidence evidence,
      Cases cases, List<CaseSource> sources) {
    this.cases = cases;
    this.sources = sources;
    this.history = history;
    this.identity = identity;
    this.engine = engine;
    this.evidence = evidence;
  }

  /** The timeline; 404 when no process instance has this business key. */
  public List<TimelineEntry> timeline(String caseNo) {
    List<HistoricProcessInstance> instances = instances(caseNo);
    return SystemCall.run(identity, () -> {
      List<TimelineEntry> entries = new ArrayList<>();
      Set<String> subjects = new LinkedHashSet<>();
      for (HistoricProcessInstance instance : instances) {
        entries.addAll(engine.entries(instance));
        for (String name : SUBJECT_VARIABLES) {
          history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name).list()
              .stream().map(HistoricVariableInstance::getValue).filter(String.class::isInstance)
              .forEach(v -> subjects.add((String) v));
        }
      }
      cases.find(caseNo).ifPresent(c -> subjects.add(c.applicantCode()));
      entries.addAll(evidence.entries(caseNo, subjects));
      sources.forEach(source -> entries.addAll(source.timeline(caseNo)));
      // stable: lines of the same instant keep the order their source gave them
      entries.sort(Comparator.comparing(TimelineEntry::time, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
      return entries;
    });
  }

  /** Every process instance of the case, oldest first; 400 for a malformed key, 404 for an unknown one. */
  public List<HistoricProcessInstance> instances(String caseNo) {
    if (caseNo == null || !CASE_KEY.matcher(caseNo).matches()) {
      throw ApiException.badRequest("invalid-case-no", "办件编号格式不正确", "Malformed case number");
    }
    List<HistoricProcessInstance> instances = SystemCall.run(identity, () -> history
        .createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).orderByProcessInstanceStartTime()
        .asc().list());
    if (instances.isEmpty()) {
      throw ApiException.notFound("unknown-case", "办件编号「" + caseNo + "」不存在", "No case with number '" + caseNo + "'");
    }
    return instances;
  }
}
