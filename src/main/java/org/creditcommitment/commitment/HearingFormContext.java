package org.creditcommitment.commitment;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.creditcommitment.calendar.WorkingDayCalendar;
import org.creditcommitment.catalogue.LetterTemplate;
import org.creditcommitment.deadline.DeadlineKind;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.security.TaskFormContext;
import org.springframework.stereotype.Component;

/**
 * What the punishment forms show of the subject's hearing (中华人民共和国行政处罚法 第四十四条、第四十五条、第六十三条): the
 * period the notice will give, the notice given, the subject's statement or that none came in time, and the hearing
 * record, read from the case when the task is opened. The approver answers the statement on the decision form.
 */
@Component
class HearingFormContext implements TaskFormContext {

  static final Set<String> TASKS = Set.of("Task_ProposePunishment", "Task_RecordHearing", "Task_ReviewPunishment",
      "Task_DecidePunishment");

  private final PriorNotices priorNotices;

  HearingFormContext(PriorNotices priorNotices) {
    this.priorNotices = priorNotices;
  }

  @Override
  public Map<String, Object> values(FormTask task) {
    if (!CaseApplications.PROCESS_KEY.equals(task.processDefinitionKey()) || task.businessKey() == null
        || !TASKS.contains(task.taskDefinitionKey())) {
      return Map.of();
    }
    String caseNo = task.businessKey();
    Map<String, Object> v = new HashMap<>();
    v.put("statementPeriodText", "告知书送达后" + LetterTemplate.periodText(priorNotices.statementPeriod())
        + "内陈述申辩；拟作出的措施含撤销行政许可的，当事人可以要求听证");
    PriorNotices.Notice notice = priorNotices.notice(caseNo).filter(n -> n.issuedAt() != null).orElse(null);
    if (notice == null) {
      v.put("priorNoticeText", "无（本办件在事先告知程序实施前进入失信惩戒）");
      v.put("statementText", "无（未送达告知书）");
      v.put("hearingText", "无");
      return v;
    }
    v.put("priorNoticeText", "《拟作出失信惩戒告知书》" + notice.documentNo() + "，" + day(notice.issuedAt())
        + "送达；拟作出措施：" + PunishmentMeasuresListener.labels(notice.proposedMeasures()) + "；陈述申辩期限至"
        + Documents.date(DeadlineKind.lastDayOf(notice.statementDue().toInstant())));
    PriorNotices.Statement statement = priorNotices.statement(caseNo).orElse(null);
    if (statement == null) {
      v.put("statementText", "陈述申辩期限未届满，尚未收到陈述申辩");
    } else if (statement.outcome() == PriorNotices.Outcome.LAPSED) {
      v.put("statementText", "逾期未陈述申辩（期限届满，视为放弃陈述、申辩权利）");
    } else {
      v.put("statementText", day(statement.recordedAt()) + "提出陈述申辩" + (statement.hearingRequested() ? "，并要求听证"
          : "") + "：\n" + statement.text());
    }
    v.put("hearingText", priorNotices.hearing(caseNo).map(h -> Documents.date(h.date()) + "举行听证，笔录摘要：\n"
        + h.summary()).orElse(statement != null && statement.hearingRequested() ? "已要求听证，尚未录入听证笔录"
            : "未要求听证"));
    return v;
  }

  private static String day(OffsetDateTime time) {
    return Documents.date(time.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate());
  }
}
