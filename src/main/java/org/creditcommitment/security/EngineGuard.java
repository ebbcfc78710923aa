package org.creditcommitment.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.creditcommitment.security.forms.FormContexts;
import org.creditcommitment.security.forms.TaskFormCheck;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * One choke point for every path into the engine (/engine-rest, the webapps' API that Tasklist calls, and the
 * Java API our own REST uses): a command interceptor that applies the product's rules to what an authenticated
 * user asks of the engine, before the engine does anything. Commands the engine runs for itself (jobs, steps
 * inside a command, system calls without a user) are not affected.
 *
 * <ul>
 *   <li>completing or submitting a task accepts exactly its form ({@link TaskFormCheck}); a task listener's further
 *       check that refuses the submission reaches the caller as a 400 ({@link #refusedByListener});</li>
 *   <li>claim is for oneself; an official hands a task over only with a reason, through the product's 转办 and 委派
 *       (the engine's assign is for oneself, its delegate for administrators, and a delegated task goes back through
 *       办毕交回, not by submitting it); nobody, administrators included, hands a task to a user who is not its candidate,
 *       whichever command changes who holds it (claim, assign, delegate, owner, PUT task, assignee/owner identity
 *       links); only administrators set owners, save tasks or add identity links;</li>
 *   <li>variables are never written directly by non-administrators, and no variable is named like a bean
 *       (an expression such as ${pushCommitmentDelegate} would resolve to it);</li>
 *   <li>comments and attachments are not used by the product (an official's opinion is a field of the task's
 *       form, kept in the case's history): refused to non-administrators;</li>
 *   <li>users, groups, memberships and authorizations are managed by administrators only; a user may change
 *       their own password, nothing else of their account;</li>
 *   <li>any other command that changes the engine (deploy, start, correlate, suspend, modify, retry, delete, ...)
 *       is for administrators only, whatever the engine's authorizations would allow.</li>
 * </ul>
 *
 * <p>Registered as a custom pre-command interceptor through the engine's plugin API. It reads the command's
 * arguments from the command object: the one place the product relies on the engine's command classes, listed
 * in docs/security.md (engine internals).
 */
@Component
class EngineGuard implements ProcessEnginePlugin {

  /** Commands that write variables straight into a task, execution or process instance. */
  private static final Set<String> VARIABLE_WRITES = Set.of("SetTaskVariablesCmd", "SetExecutionVariablesCmd",
      "RemoveTaskVariablesCmd", "RemoveExecutionVariablesCmd", "PatchTaskVariablesCmd", "PatchExecutionVariablesCmd",
      "ResolveTaskCmd", "HandleTaskBpmnErrorCmd", "HandleTaskBpmnEscalationCmd");
  private static final Set<String> ACCOUNT_WRITES = Set.of("DeleteUserCmd", "UnlockUserCmd", "SetUserPictureCmd",
      "DeleteUserPictureCmd", "SetUserInfoCmd", "DeleteUserInfoCmd", "SaveGroupCmd", "DeleteGroupCmd",
      "CreateMembershipCmd", "DeleteMembershipCmd", "SaveTenantCmd", "DeleteTenantCmd",
      "CreateTenantUserMembershipCmd", "CreateTenantGroupMembershipCmd", "DeleteTenantUserMembershipCmd",
      "DeleteTenantGroupMembershipCmd", "SaveAuthorizationCmd", "DeleteAuthorizationCmd");
  /**
   * Every other command that changes the engine starts with one of these verbs: for non-administrators they are
   * refused outright, whatever the ids (a suspension of an unknown instance would otherwise answer 204). Commands
   * that build a query (CreateUserQueryCmd) only read.
   */
  private static final java.util.regex.Pattern WRITE = java.util.regex.Pattern.compile("^(Set|Delete|Remove|Update"
      + "|Save|Create|Activate|Suspend|Start|Modify|Handle|Correlate|Signal|Message|Resolve|Delegate|Assign|Unlock"
      + "|Restart|Recalculate|Purge|Patch|Add|ExecuteJobs|Deploy|Register|Unregister|ProcessInstanceModification"
      + "|Transition|Activity|Telemetry|JobRetry|DefaultJobRetry|Fetch|Lock|Extend|Complete|Claim|Submit|Report"
      + "|HistoryCleanup|Evaluate|External|Acquire|Job|Batch).*");
  private static final Set<String> COMMENT_CHANGES = Set.of("AddCommentCmd", "UpdateCommentCmd",
      "DeleteTaskCommentCmd", "DeleteProcessInstanceCommentCmd");

  private final ListableBeanFactory beans;
  private ProcessEngineConfigurationImpl configuration;
  private TaskFormCheck forms;
  private FormContexts formContexts;

  EngineGuard(ListableBeanFactory beans) {
    this.beans = beans;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    // one interceptor object per chain: an interceptor knows the next one in its own chain
    add(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration::setCustomPreCommandInterceptorsTxRequired);
    add(configuration.getCustomPreCommandInterceptorsTxRequiresNew(),
        configuration::setCustomPreCommandInterceptorsTxRequiresNew);
  }

  private void add(List<CommandInterceptor> existing, java.util.function.Consumer<List<CommandInterceptor>> set) {
    List<CommandInterceptor> list = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    list.add(new Interceptor());
    set.accept(list);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {}

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    // the modules' field checks are looked up when first needed: they depend on the engine this guard is part of
    forms = new TaskFormCheck(engine, new FieldChecks(beans));
    formContexts = new FormContexts(beans, engine);
  }

  private final class Interceptor extends CommandInterceptor {
    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() != null || forms == null) {
        return next.execute(command);
      }
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      // a completion's task and form are read once, for the form check and for what the process keeps
      TaskFormCheck.Submission submission = isCompletion(command) ? forms.open(field(command, "taskId")) : null;
      if (caller != null && caller.getUserId() != null) {
        check(command, caller, submission);
      }
      if (submission != null) {
        keepOnlyRouted(command, submission);
      }
      T result;
      try {
        result = next.execute(command);
      } catch (ProcessEngineException e) {
        throw refusedByListener(command, e);
      }
      if (FormContexts.isFormVariables(command) && result instanceof VariableMap variables) {
        formContexts.addTo(field(command, "resourceId"), field(command, "formVariableNames"), variables);
      }
      return result;
    }
  }

  /**
   * A task's submission keeps as process variables only the values the process model routes on; the others are
   * handed to the step transient (see {@link TaskFormCheck#keepOnlyRouted}), whoever completes the task.
   */
  private void keepOnlyRouted(Command<?> command, TaskFormCheck.Submission submission) {
    String field = submissionField(command);
    Map<String, Object> kept = forms.keepOnlyRouted(submission, field(command, field));
    if (kept != null) {
      setField(command, field, kept);
    }
  }

  private static boolean isCompletion(Command<?> command) {
    String name = command.getClass().getSimpleName();
    return name.equals("CompleteTaskCmd") || name.equals("SubmitTaskFormCmd");
  }

  /** Where a completion command holds the submitted values. */
  private static String submissionField(Command<?> command) {
    return command.getClass().getSimpleName().equals("CompleteTaskCmd") ? "variables" : "properties";
  }

  /**
   * A task listener refuses a submission its form cannot judge (a value beyond what the case allows) with a
   * {@link BadUserRequestException} "中文 / English". The engine wraps a listener's exception in its own, which its REST
   * API answers 500; the command has been rolled back, nothing was written. Passed on as a {@link Refusal.Invalid}
   * ({@code task-refused}): 400 problem+json on /engine-rest, 400 with the message in Tasklist. Any other failure,
   * the engine's own answers about the request included (not wrapped: a task that does not exist stays 404), is passed
   * on as it is.
   */
  static ProcessEngineException refusedByListener(Command<?> command, ProcessEngineException failure) {
    if (!isCompletion(command) || failure instanceof Refusal) {
      return failure;
    }
    Throwable cause = failure.getCause();
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause.getClass() == BadUserRequestException.class) {
        BadUserRequestException refused = (BadUserRequestException) cause;
        String message = String.valueOf(refused.getMessage());
        int separator = message.indexOf(" / ");
        return separator < 0 ? new Refusal.Invalid("task-refused", message, message)
            : new Refusal.Invalid("task-refused", message.substring(0, separator).strip(),
                message.substring(separator + 3).strip());
      }
    }
    return failure;
  }

  private void check(Command<?> command, Authentication caller, TaskFormCheck.Submission submission) {
    String name = command.getClass().getSimpleName();
    boolean admin = caller.getGroupIds() != null && caller.getGroupIds().contains(Groups.ADMIN);
    switch (name) {
      case "CompleteTaskCmd", "SubmitTaskFormCmd" -> {
        Map<String, Object> variables = field(command, submissionField(command));
        noBeanNames(variables);
        String taskId = field(command, "taskId");
        if (!admin) {
          notDelegated(submission.task());
        }
        // a caller who may not work the task is refused by the engine itself (403), not told about the form
        if (!admin && mayWork(taskId, caller)) {
          forms.check(submission, variables, caller.getUserId());
        }
      }
      case "ClaimTaskCmd" -> claim(field(command, "taskId"), field(command, "userId"), caller, admin);
      case "AssignTaskCmd" -> {
        if (!admin) {
          assignToSelf(field(command, "taskId"), field(command, "userId"), caller);
        }
        handOver(field(command, "taskId"), field(command, "userId"));
      }
      case "DelegateTaskCmd" -> {
        if (!admin) {
          throw handOverNeedsReason();
        }
        handOver(field(command, "taskId"), field(command, "userId"));
      }
      case "SetTaskOwnerCmd" -> {
        administratorsOnly(admin);
        handOver(field(command, "taskId"), field(command, "userId"));
      }
      case "SaveTaskCmd" -> {
        administratorsOnly(admin);
        saveTask(field(command, "task"));
      }
      case "AddUserIdentityLinkCmd", "AddGroupIdentityLinkCmd" -> {
        // candidates are offered by the model; an administrator may add one, nobody else
        administratorsOnly(admin);
        String type = field(command, "type");
        if (IdentityLinkType.ASSIGNEE.equals(type) || IdentityLinkType.OWNER.equals(type)) {
          handOver(field(command, "taskId"), field(command, "userId"));
        }
      }
      case "CheckPassword" -> {
        // /identity/verify would let any official test others' passwords past the login throttle; one's own
        // is checked when changing it
        if (!admin && !caller.getUserId().equals(field(command, "userId"))) {
          throw forbidden("accounts", "只有系统管理员可以核验他人密码", "Only administrators verify passwords");
        }
      }
      case "SaveUserCmd" -> {
        if (!admin) {
          ownPassword(field(command, "user"), caller);
        }
      }
      default -> {
        if (VARIABLE_WRITES.contains(name)) {
          if (!admin) {
            throw forbidden("variables", "只有系统管理员可以直接修改流程数据", "Only administrators write variables directly");
          }
          noBeanNames(optionalField(command, "variables"));
        } else if (!admin && name.contains("Attachment")) {
          throw forbidden("attachments", "本系统不使用附件", "Attachments are not used by this system");
        } else if (!admin && COMMENT_CHANGES.contains(name)) {
          throw forbidden("comments", "本系统的办理意见填写在任务表单中，不使用评论",
              "This system keeps an official's opinion in the task form, not in comments");
        } else if (!admin && ACCOUNT_WRITES.contains(name)) {
          throw forbidden("accounts", "只有系统管理员可以管理用户、用户组和授权",
              "Only administrators manage users, groups and authorizations");
        } else if (!admin && WRITE.matcher(name).matches() && !name.contains("Query")) {
          throw forbidden("administrators-only", "只有系统管理员可以执行此操作", "Only administrators may do this");
        }
      }
    }
  }

  private void claim(String taskId, String userId, Authentication caller, boolean admin) {
    if (userId == null) {
      Task task = task(taskId);
      if (!admin && task != null && task.getAssignee() != null && !task.getAssignee().equals(caller.getUserId())) {
        throw forbidden("unclaim-others", "只能取消认领自己的任务", "You can only unclaim your own task");
      }
      return;
    }
    if (!admin && !userId.equals(caller.getUserId())) {
      throw forbidden("claim-for-others", "只能为自己认领任务", "A task can only be claimed for oneself");
    }
    handOver(taskId, userId);
  }

  /**
   * An official hands a task to a colleague (转办) or asks one to work on it (委派) with a reason, which the case keeps
   * (POST /api/tasks/{id}/transfer, /delegation): the engine's own assignment without a reason is for taking a task
   * oneself, or letting go of one's own, only.
   */
  private void assignToSelf(String taskId, String userId, Authentication caller) {
    if (userId == null) {
      Task task = task(taskId);
      if (task != null && task.getAssignee() != null && !task.getAssignee().equals(caller.getUserId())) {
        throw forbidden("unclaim-others", "只能取消认领自己的任务", "You can only unclaim your own task");
      }
    } else if (!userId.equals(caller.getUserId())) {
      throw handOverNeedsReason();
    }
  }

  private static Refusal.Forbidden handOverNeedsReason() {
    return forbidden("hand-over-needs-reason", "转办、委派须写明理由：请使用任务页面上的「转办」「委派」",
        "A task is handed over with a reason: use 转办 (transfer) or 委派 (delegation) on the task's page");
  }

  /**
   * A task delegated to a colleague goes back to its owner, who completes it: submitting it would hand it back with
   * no record of the hand-back (the engine resolves a delegated task on submission). The colleague uses 办毕交回
   * (POST /api/tasks/{id}/resolution).
   */
  /** The completion's task, read once by the guard for this and the form check. */
  private void notDelegated(Task task) {
    if (task != null && task.getDelegationState() == org.camunda.bpm.engine.task.DelegationState.PENDING) {
      throw forbidden("delegated-task", "这是委派给您协办的任务：请使用「办毕交回」交回委托人，由委托人办理完成",
          "This task was delegated to you: hand it back with 办毕交回 (resolution); its owner completes it");
    }
  }

  /**
   * PUT /task/{id} saves the whole task: a changed assignee or owner is a hand-over like any other. A task that is not
   * stored yet (a standalone task) has no candidates, so it goes to nobody.
   */
  private void saveTask(Task changed) {
    if (changed == null) {
      return;
    }
    Task stored = task(changed.getId());
    for (String holder : new String[] {changed.getAssignee(), changed.getOwner()}) {
      boolean unchanged = stored != null
          && (holder == null || holder.equals(stored.getAssignee()) || holder.equals(stored.getOwner()));
      if (holder != null && !unchanged) {
        if (stored == null) {
          throw notACandidate(holder);
        }
        handOver(changed.getId(), holder);
      }
    }
  }

  private static void administratorsOnly(boolean admin) {
    if (!admin) {
      throw forbidden("administrators-only", "只有系统管理员可以执行此操作", "Only administrators may do this");
    }
  }

  /** A task goes only to one of its candidates. */
  private void handOver(String taskId, String userId) {
    if (userId == null) {
      return;
    }
    Task task = task(taskId);
    if (task == null) {
      return;
    }
    IdentityService identity = configuration.getIdentityService();
    List<IdentityLink> links = SystemCall.run(identity,
        () -> configuration.getTaskService().getIdentityLinksForTask(taskId));
    List<String> groups = SystemCall.run(identity, () -> identity.createGroupQuery().groupMember(userId).list())
        .stream().map(g -> g.getId()).toList();
    boolean candidate = links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .anyMatch(l -> userId.equals(l.getUserId()) || (l.getGroupId() != null && groups.contains(l.getGroupId())));
    if (!candidate) {
      throw notACandidate(userId);
    }
  }

  private static Refusal.Forbidden notACandidate(String userId) {
    return forbidden("not-a-candidate", "用户「" + userId + "」不是该任务的候选办理人",
        "User '" + userId + "' is not a candidate of this task");
  }

  private boolean mayWork(String taskId, Authentication caller) {
    AuthorizationService authorizations = configuration.getAuthorizationService();
    return SystemCall.run(configuration.getIdentityService(), () -> taskId != null
        && (authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(), Permissions.TASK_WORK,
            Resources.TASK, taskId)
        || authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(), Permissions.UPDATE,
            Resources.TASK, taskId)));
  }

  private void ownPassword(User user, Authentication caller) {
    IdentityService identity = configuration.getIdentityService();
    User stored = user == null ? null
        : SystemCall.run(identity, () -> identity.createUserQuery().userId(user.getId()).singleResult());
    boolean ownProfileUnchanged = stored != null && user.getId().equals(caller.getUserId())
        && java.util.Objects.equals(stored.getFirstName(), user.getFirstName())
        && java.util.Objects.equals(stored.getLastName(), user.getLastName())
        && java.util.Objects.equals(stored.getEmail(), user.getEmail());
    if (!ownProfileUnchanged) {
      throw forbidden("accounts", "只有系统管理员可以管理用户；本人只能修改自己的密码",
          "Only administrators manage users; you may change your own password only");
    }
  }

  private void noBeanNames(Map<String, ?> variables) {
    if (variables == null) {
      return;
    }
    List<String> clashes = variables.keySet().stream().filter(beans::containsBean).toList();
    if (!clashes.isEmpty()) {
      throw new Refusal.Invalid("reserved-variable-names", "变量名与系统组件重名，不予接受：" + clashes,
          "Variable names equal to the names of system components are refused: " + clashes);
    }
  }

  private Task task(String taskId) {
    return taskId == null ? null : SystemCall.run(configuration.getIdentityService(),
        () -> configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult());
  }

  private static Refusal.Forbidden forbidden(String code, String zh, String en) {
    return new Refusal.Forbidden(code, zh, en);
  }

  @SuppressWarnings("unchecked")
  private static <V> V field(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      throw new IllegalStateException("Engine command " + command.getClass().getName() + " has no field " + name
          + ": the engine changed, see docs/security.md (engine internals)");
    }
    ReflectionUtils.makeAccessible(field);
    return (V) ReflectionUtils.getField(field, command);
  }

  private static void setField(Object command, String name, Object value) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    ReflectionUtils.makeAccessible(field);
    ReflectionUtils.setField(field, command, value);
  }

  /** The field's value, or null when this command has no such field (e.g. removals carry names, not values). */
  @SuppressWarnings("unchecked")
  private static <V> V optionalField(Object command, String name) {
    Field field = ReflectionUtils.findField(command.getClass(), name);
    if (field == null) {
      return null;
    }
    ReflectionUtils.makeAccessible(field);
    return (V) ReflectionUtils.getField(field, command);
  }

  /** The modules' {@link TaskFormFieldCheck}s, read once when the first form is checked. */
  private static final class FieldChecks implements java.util.function.Supplier<List<TaskFormFieldCheck>> {

    private final ListableBeanFactory beans;
    private volatile List<TaskFormFieldCheck> checks;

    FieldChecks(ListableBeanFactory beans) {
      this.beans = beans;
    }

    @Override
    public List<TaskFormFieldCheck> get() {
      if (checks == null) {
        checks = List.copyOf(beans.getBeansOfType(TaskFormFieldCheck.class).values());
      }
      return checks;
    }
  }
}
