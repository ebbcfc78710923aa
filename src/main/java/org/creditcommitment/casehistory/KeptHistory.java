package org.creditcommitment.casehistory;

import java.util.List;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.history.JobState;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * What the engine's history stores of a case, beyond which nobody reads it. History stays at level {@code full} (the
 * auditor's timeline reads activities, tasks, decisions, incidents, the operation log and failed jobs; the
 * process-instance migration and Cockpit read the same rows), but these rows are not written:
 * <ul>
 * <li>job log rows of jobs created, done or deleted: one to three per asynchronous step, all alike; a failure is still
 * logged with its stack trace (the timeline's 作业失败 line and Cockpit's incident view read it);</li>
 * <li>the identity-link log (candidate groups and assignees added or removed): the groups come from the model, and who
 * claimed, completed, handed over or delegated a task is in the operation log and on the case record;</li>
 * <li>the per-update variable detail ({@code ACT_HI_DETAIL}: each value every variable took, and form fields): what an
 * official submitted is recorded with the submission ({@link FormSubmissions}), facts live on the case record, a
 * decision's inputs and outputs are in the decision history, and each variable's last value stays in the variable
 * history ({@code ACT_HI_VARINST});</li>
 * <li>activity instances of exclusive gateways: a gateway decides and never waits, the path it chose is the activity
 * that follows it; the case diagram draws the gateways a case passed from the activities around them
 * ({@link CaseDiagram}).</li>
 * </ul>
 * Level {@code full} is kept in the database's history-level property, so an existing installation starts unchanged;
 * rows written before stay until history cleanup removes them with their case.
 */
@Component
class KeptHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(new java.util.ArrayList<>(List.of(new Handler())));
  }

  /** Whether the history row of this event is written. */
  static boolean kept(HistoryEvent event) {
    if (event instanceof HistoricJobLogEvent job) {
      return job.getState() == JobState.FAILED.getStateCode();
    }
    if (event instanceof HistoricActivityInstanceEventEntity activity) {
      return !ActivityTypes.GATEWAY_EXCLUSIVE.equals(activity.getActivityType());
    }
    return !(event instanceof HistoricIdentityLinkLogEventEntity || event instanceof HistoricFormPropertyEventEntity);
  }

  private static final class Handler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (kept(event)) {
        super.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    /** The variable's own history row is still written and updated; only the per-update detail row is not. */
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }
}
