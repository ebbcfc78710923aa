package org.creditcommitment.objection;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.commitment.Cases;
import org.creditcommitment.commitment.EndState;
import org.springframework.stereotype.Component;

/**
 * The commitment cases punished on the basis of a dishonesty record: RecordDishonestyDelegate keeps the
 * pushed record's id as the case variable {@code dishonestyRecordId}. When such a record is revoked the
 * punishment lost its basis (seed 002 (二十三): 错误采取失信联合惩戒措施的，应及时撤销并消除不良影响).
 */
@Component
class PunishedCases {

  private final HistoryService history;
  private final Cases cases;

  PunishedCases(HistoryService history, Cases cases) {
    this.history = history;
    this.cases = cases;
  }

  /** Case numbers of PUNISHED cases whose dishonesty record is this one, oldest first. */
  List<String> basedOn(long recordId) {
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .variableName("dishonestyRecordId").variableValueEquals("dishonestyRecordId", Long.toString(recordId)).list();
    return variables.stream().map(HistoricVariableInstance::getProcessInstanceId).distinct()
        .map(id -> history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult())
        .filter(p -> p != null && p.getBusinessKey() != null)
        .map(p -> cases.find(p.getBusinessKey()).orElse(null))
        .filter(c -> c != null && EndState.PUNISHED.name().equals(c.endState()))
        .map(CaseRecord::caseNo).sorted().toList();
  }
}
