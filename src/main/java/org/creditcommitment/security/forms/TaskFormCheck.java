package org.creditcommitment.security.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Collection;
import java.util.Set;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.creditcommitment.security.Refusal;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.security.TaskFormFieldCheck;
import org.creditcommitment.system.ChoiceList;
import org.creditcommitment.system.DeployedForms;
import org.creditcommitment.system.FreeText;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A task accepts exactly its form: the editable fields of the Camunda Form deployed for it, each checked as the
 * form states it (required, options, number range, text length, pattern). Anything else is refused before the
 * engine writes a thing. Read-only fields a client sends back unchanged (Tasklist does) are taken out, so they
 * are neither refused nor written again.
 */
public class TaskFormCheck {

  /** A JSON value deeper or larger than this is no form value and could break every later read of the case. */
  static final int MAX_JSON_DEPTH = 20;
  static final int MAX_JSON_CHARS = 64 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();

  /** An expression in a process model: ${...} or #{...}. */
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /**
   * A process opts in with the extension property {@code formValues = routedOnly} (bpmn/README.md): its steps read
   * what officials submit from their module's records, not from variables.
   */
  private static final Pattern OPT_IN = Pattern.compile(
      "<camunda:property\\s+name=\"formValues\"\\s+value=\"routedOnly\"");
  /** Marks an opted-in process among the names of {@link #namesInExpressions}; not a valid variable name. */
  private static final String ROUTED_ONLY = "<routedOnly>";

  private final ProcessEngine engine;
  private final CommandExecutor commands;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final Map<String, Set<String>> routedByDefinition = new ConcurrentHashMap<>();
  private final DeployedForms<FormSchema> deployedForms = new DeployedForms<>(FormSchema::of);
  private final Supplier<? extends Collection<TaskFormFieldCheck>> fieldChecks;

  public TaskFormCheck(ProcessEngine engine, Supplier<? extends Collection<TaskFormFieldCheck>> fieldChecks) {
    this.fieldChecks = fieldChecks;
    this.engine = engine;
    this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    this.tasks = engine.getTaskService();
    this.forms = engine.getFormService();
    this.identity = engine.getIdentityService();
    this.repository = engine.getRepositoryService();
  }

  /**
   * The task a completion or form submission names, read once for the guard's checks of that command; its form is
   * read when first needed.
   */
  public final class Submission {

    private final Task task;
    private FormSchema schema;
    private boolean schemaRead;

    private Submission(Task task) {
      this.task = task;
    }

    /** The task as read when the command arrived; null when there is none. */
    public Task task() {
      return task;
    }

    FormSchema schema() {
      if (!schemaRead) {
        schema = task == null ? null : TaskFormCheck.this.schema(task);
        schemaRead = true;
      }
      return schema;
    }
  }

  /**
   * Reads the task by its id, as a task query by id would answer without authorization checks, but without building
   * the task query's SQL (the engine's largest dynamic statement) on every completion.
   */
  public Submission open(String taskId) {
    Command<Task> read = context -> context.getTaskManager().findTaskById(taskId);
    return new Submission(taskId == null ? null : SystemCall.run(identity, () -> commands.execute(read)));
  }

  /**
   * The submission as the process keeps it, for a process that opts in. A value the task's process model names in an
   * expression (a gateway's
   * condition, an assignee, a listener's argument) stays a process variable; every other value of the form is
   * handed to the step transient: the task's listeners and the flow that follows in the same transaction read it,
   * the case record and the form submission record keep it, the engine's history holds no copy. Null when nothing
   * changes (no form, nothing submitted).
   */
  public Map<String, Object> keepOnlyRouted(Submission submission, Map<String, Object> variables) {
    Task task = submission.task;
    if (task == null || task.getProcessDefinitionId() == null || variables == null || variables.isEmpty()) {
      return null;
    }
    Set<String> routed = routedByDefinition.computeIfAbsent(task.getProcessDefinitionId(), this::namesInExpressions);
    FormSchema schema = routed.contains(ROUTED_ONLY) ? submission.schema() : null;
    if (schema == null) {
      return null;
    }
    // a case started under an earlier model may already keep the value as a variable: it stays one
    Set<String> existing = SystemCall.run(identity, () -> variableNames(task.getId()));
    VariableMap kept = Variables.createVariables();
    for (String name : variables.keySet()) {
      Object raw = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      FormSchema.Field field = schema.field(name);
      if (field != null && field.readOnly()) {
        continue; // what a form shows is never written back by submitting it
      }
      if (field == null || routed.contains(name) || existing.contains(name)) {
        kept.put(name, raw);
      } else {
        kept.putValueTyped(name, transientCopy(raw));
      }
    }
    return kept;
  }

  /**
   * The names of the variables the task sees (its own and its executions'), as {@code getVariablesTyped(taskId,
   * false).keySet()} answers them, without making a typed value of each; a task that is gone is answered as there.
   */
  private Set<String> variableNames(String taskId) {
    Command<Set<String>> read = context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task == null ? null : new HashSet<>(task.getVariableNames());
    };
    Set<String> names = commands.execute(read);
    return names != null ? names : tasks.getVariablesTyped(taskId, false).keySet();
  }

  private Set<String> namesInExpressions(String processDefinitionId) {
    String xml = SystemCall.run(identity, () -> {
      try (InputStream model = repository.getProcessModel(processDefinitionId)) {
        return new String(model.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    Set<String> names = new HashSet<>();
    if (OPT_IN.matcher(xml).find()) {
      names.add(ROUTED_ONLY);
    }
    Matcher expression = EXPRESSION.matcher(xml);
    while (expression.find()) {
      Matcher name = NAME.matcher(expression.group(1));
      while (name.find()) {
        names.add(name.group());
      }
    }
    return names;
  }

  private static TypedValue transientCopy(Object raw) {
    if (raw instanceof SerializableValue serializable && !serializable.isDeserialized()
        && "json".equalsIgnoreCase(serializable.getType().getName())) {
      return SpinValues.jsonValue(serializable.getValueSerialized(), true).create();
    }
    Object value = raw instanceof TypedValue typed ? typed.getValue() : raw;
    if (value instanceof SpinJsonNode node) {
      return SpinValues.jsonValue(node, true).create();
    }
    return Variables.untypedValue(value, true);
  }

  /**
   * Checks the submission of a task's form and removes unchanged read-only fields from it.
   *
   * @param variables the submission, changed in place
   * @param userId who submits it: a module's field check may depend on it ({@link TaskFormFieldCheck})
   */
  public void check(Submission submission, Map<String, Object> variables, String userId) {
    Task task = submission.task;
    if (task == null) {
      return; // the engine answers "task not found" itself
    }
    String taskId = task.getId();
    FormSchema schema = submission.schema();
    Map<String, Object> submitted = variables == null ? Map.of() : variables;
    List<String> unknown = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Object> plain = new HashMap<>();
    List<String> unchangedReadOnly = new ArrayList<>();
    Map<String, Object> current = null;
    for (String name : submitted.keySet()) {
      FormSchema.Field field = schema == null ? null : schema.field(name);
      if (field == null) {
        unknown.add(name);
        continue;
      }
      Object value;
      try {
        // a REST submission holds typed values: read them typed, a serialized object must not be deserialized
        value = plain(submitted instanceof VariableMap typed ? typed.getValueTyped(name) : submitted.get(name));
      } catch (IllegalArgumentException e) {
        problems.add(field.label() + "（" + field.key() + "）：" + e.getMessage());
        continue;
      }
      if (field.readOnly()) {
        if (current == null) {
          // what the form shows: the process's variables and the modules' context (FormContexts)
          current = SystemCall.run(identity, () -> forms.getTaskFormVariables(taskId));
        }
        if (sameValue(value, current.get(field.key()))) {
          unchangedReadOnly.add(field.key());
        } else {
          problems.add(field.label() + "（" + field.key() + "）：只读字段不得修改 / read-only");
        }
        continue;
      }
      plain.put(field.key(), value);
      String problem = problem(field, value);
      if (problem == null && !empty(value)) {
        problem = moduleProblem(field.key(), value, userId);
      }
      if (problem != null) {
        problems.add(field.label() + "（" + field.key() + "）：" + problem);
      }
    }
    if (!unknown.isEmpty()) {
      throw new Refusal.Invalid("unknown-form-fields",
          "任务「" + task.getName() + "」的表单没有这些可填写的字段：" + String.join("、", unknown),
          "The form of task '" + task.getTaskDefinitionKey() + "' has no editable fields named " + unknown);
    }
    if (schema != null) {
      for (FormSchema.Field field : schema.fields()) {
        if (field.required() && !field.readOnly() && empty(plain.get(field.key()))
            && !FormSchema.hidden(field, plain)) {
          problems.add(field.label() + "（" + field.key() + "）：此项为必填项 / required");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new Refusal.Invalid("invalid-form-values", "表单填写不符合要求：" + String.join("；", problems),
          "The form values are invalid: " + String.join("; ", problems));
    }
    if (variables != null) {
      unchangedReadOnly.forEach(variables::remove);
    }
  }

  private String moduleProblem(String key, Object value, String userId) {
    for (TaskFormFieldCheck check : fieldChecks.get()) {
      Optional<String[]> problem = check.problem(key, value, userId);
      if (problem.isPresent()) {
        return problem.get()[0] + " / " + problem.get()[1];
      }
    }
    return null;
  }

  /**
   * Resolved anew for each submission (with formRefBinding "latest" a redeployed form applies at once), parsed once
   * per deployed form.
   */
  private FormSchema schema(Task task) {
    return SystemCall.run(identity, () -> deployedForms.ofTask(engine, task.getId()));
  }

  /** The value without its engine type; Object and File values are not form values. */
  static Object plain(Object value) {
    Object v = value;
    if (value instanceof ObjectValue || value instanceof FileValue) {
      throw new IllegalArgumentException("不接受对象或文件类型的值 / object and file values are not accepted");
    }
    if (value instanceof TypedValue typed) {
      v = typed.getValue();
    }
    if (v instanceof SpinJsonNode spin) {
      v = json(spin.toString());
    }
    return v;
  }

  private static JsonNode json(String text) {
    if (text.length() > MAX_JSON_CHARS) {
      throw new IllegalArgumentException("JSON 值过大 / JSON value too large");
    }
    try (JsonParser parser = FACTORY.createParser(text)) {
      int depth = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isStructStart() && ++depth > MAX_JSON_DEPTH) {
          throw new IllegalArgumentException("JSON 值嵌套过深 / JSON value nested too deeply");
        }
        if (token.isStructEnd()) {
          depth--;
        }
      }
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException("JSON 格式错误 / malformed JSON");
    }
  }

  /** What is wrong with an editable field's value, or null. */
  static String problem(FormSchema.Field field, Object value) {
    if (empty(value)) {
      return null; // required-ness is checked on the whole form
    }
    switch (field.kind()) {
      case TEXT, MULTILINE -> {
        if (!(value instanceof String text)) {
          return "应为文本 / must be text";
        }
        var flaw = FreeText.flaw(text, field.kind() == FormSchema.Kind.MULTILINE);
        if (flaw.isPresent()) {
          return flaw.get()[0] + " / " + flaw.get()[1];
        }
        int max = field.maxLength() != null ? field.maxLength() : FormSchema.DEFAULT_MAX_TEXT;
        if (text.length() > max) {
          return "不得超过 " + max + " 个字符 / at most " + max + " characters";
        }
        if (field.minLength() != null && text.length() < field.minLength()) {
          return "至少 " + field.minLength() + " 个字符 / at least " + field.minLength() + " characters";
        }
        if (field.pattern() != null && !field.pattern().matcher(text).matches()) {
          return "格式不正确 / does not match the pattern";
        }
        return null;
      }
      case CHOICE -> {
        if (!(value instanceof String text) || (field.options() != null && !field.options().contains(text))) {
          return "不是可选项之一 / not one of the options " + field.options();
        }
        return null;
      }
      case CHOICES -> {
        if (!(value instanceof JsonNode || value instanceof java.util.Collection<?> || value instanceof String)) {
          return "应为选项列表 / must be a list of options";
        }
        List<String> chosen = ChoiceList.of(value);
        if (field.options() != null && !field.options().containsAll(chosen)) {
          return "含有不在清单中的选项 / holds values outside the options " + field.options();
        }
        return null;
      }
      case NUMBER -> {
        // only a number: the steps read a Number, and text such as "60" would reach them as no value at all
        if (!(value instanceof Number n)) {
          return "应为数字（JSON 数值），不接受文本 / must be a JSON number, not text";
        }
        BigDecimal number;
        try {
          number = new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
          return "应为有限的数字 / must be a finite number";
        }
        if (field.whole() && number.stripTrailingZeros().scale() > 0) {
          return "应为整数 / must be a whole number";
        }
        if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
          return "不得小于 " + field.min().longValue() + " / at least " + field.min();
        }
        if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
          return "不得大于 " + field.max().longValue() + " / at most " + field.max();
        }
        return null;
      }
      case FLAG -> {
        return value instanceof Boolean ? null : "应为是或否 / must be true or false";
      }
      case DATE -> {
        if (value instanceof Date) {
          return null;
        }
        try {
          String text = value.toString();
          if (text.length() <= 10) {
            LocalDate.parse(text);
          } else {
            OffsetDateTime.parse(text);
          }
          return null;
        } catch (DateTimeParseException e) {
          return "日期格式不正确 / not a date";
        }
      }
      default -> {
        return null;
      }
    }
  }

  static boolean empty(Object value) {
    return value == null || (value instanceof String s && s.isBlank()) || (value instanceof Boolean b && !b)
        || (value instanceof JsonNode j && j.isArray() && j.isEmpty())
        || (value instanceof java.util.Collection<?> c && c.isEmpty());
  }

  /** A read-only value sent back: the same as stored, whatever the transport made of its type. */
  static boolean sameValue(Object sent, Object stored) {
    if (sent == null || (sent instanceof String s && s.isEmpty())) {
      return stored == null || (stored instanceof String t && t.isEmpty());
    }
    if (stored instanceof Date date && !(sent instanceof Date)) {
      return date.toInstant().toString().equals(sent.toString());
    }
    if (sent instanceof Number a && stored instanceof Number b) {
      return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }
    return Objects.equals(String.valueOf(sent), String.valueOf(stored instanceof TypedValue t ? t.getValue() : stored));
  }
}
