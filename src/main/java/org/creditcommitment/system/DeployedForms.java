package org.creditcommitment.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Camunda Form deployed for a task, parsed once per deployed resource. Which form a task shows is resolved on
 * every call, as {@code FormService#getDeployedTaskForm} resolves it (with {@code formRefBinding="latest"} a newly
 * deployed form applies at once), but a deployment's resources never change, so the parsed form is kept by its
 * deployment id and resource name: the resource's bytes are read and parsed only the first time.
 *
 * <p>Answers what {@code getDeployedTaskForm} followed by a JSON parse answered, null where that failed (no form, a
 * form key outside the deployment, a missing resource, not JSON). Runs in the caller's engine command when there is
 * one, in a command of its own otherwise, without authorization checks: whoever may work a task may have no right to
 * read its deployment.
 */
public final class DeployedForms<T> {

  /** Far more than the forms of every deployment an installation keeps; old versions fall out first. */
  static final int MAX_FORMS = 256;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMBEDDED = "embedded:";
  private static final String CAMUNDA_FORMS = "camunda-forms:";
  private static final String DEPLOYMENT = "deployment:";

  /** A deployed resource: immutable once deployed. */
  record Resource(String deploymentId, String name) {}

  private final Function<JsonNode, T> parse;
  private final RecentlyUsed<Resource, T> parsed;

  /** @param parse turns the form's JSON into what the caller reads; its result is shared by every caller */
  public DeployedForms(Function<JsonNode, T> parse) {
    this(parse, MAX_FORMS);
  }

  DeployedForms(Function<JsonNode, T> parse, int maxForms) {
    this.parse = parse;
    this.parsed = new RecentlyUsed<>(maxForms);
  }

  /** The task's deployed Camunda Form, parsed; null when it has none or it cannot be read. */
  public T ofTask(ProcessEngine engine, String taskId) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Command<T> read = context -> context.runWithoutAuthorization(() -> read(context, taskId));
    return configuration.getCommandExecutorTxRequired().execute(read);
  }

  int size() {
    return parsed.size();
  }

  private T read(CommandContext context, String taskId) {
    Resource resource;
    try {
      resource = resource(context, new GetTaskFormCmd(taskId).execute(context));
    } catch (ProcessEngineException noForm) {
      return null;
    }
    if (resource == null) {
      return null;
    }
    return parsed.get(resource, deployed -> parse(context, deployed));
  }

  /** Where the engine's getDeployedTaskForm would read the task's form from. */
  private static Resource resource(CommandContext context, FormData data) {
    CamundaFormRef reference = data.getCamundaFormRef();
    if (data.getFormKey() == null && reference == null) {
      return null;
    }
    if (data.getFormKey() != null) {
      String key = data.getFormKey();
      if (key.startsWith(EMBEDDED)) {
        key = key.substring(EMBEDDED.length());
      } else if (key.startsWith(CAMUNDA_FORMS)) {
        key = key.substring(CAMUNDA_FORMS.length());
      }
      return key.startsWith(DEPLOYMENT) ? new Resource(data.getDeploymentId(), key.substring(DEPLOYMENT.length()))
          : null;
    }
    CamundaFormDefinition definition =
        new GetCamundaFormDefinitionCmd(reference, data.getDeploymentId()).execute(context);
    return definition == null ? null : new Resource(definition.getDeploymentId(), definition.getResourceName());
  }

  private T parse(CommandContext context, Resource resource) {
    try (InputStream in = new GetDeploymentResourceCmd(resource.deploymentId(), resource.name()).execute(context)) {
      return parse.apply(JSON.readTree(in));
    } catch (IOException | ProcessEngineException unreadable) {
      return null;
    }
  }
}
