package org.creditcommitment.system;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Camunda's REST API answers 500 for mistakes of the caller: a task (or other entity) that does not exist (the
 * engine's {@link NullValueException} "Cannot find task with id …", which {@code POST /task/{id}/complete} wraps in
 * a {@link RestException}), a claim of a task someone else holds ({@link TaskAlreadyClaimedException}), a value the
 * request left out (a NullValueException "groupId is null", or a NullPointerException while reading the request), a
 * new password the password policy refuses (a plain ProcessEngineException "Password does not match policy").
 * Under /engine-rest they are 404, 409 and 400 as bilingual problem+json. Everything else keeps Camunda's own
 * answer: each mapper here declines ({@link ExtendedExceptionMapper#isMappable}) what it does not recognise.
 *
 * <p>Jersey picks the mapper of the nearest exception type and, between mappers of the same type (Camunda has one
 * for {@link RestException}), the one with the lower priority value: {@link #PRIORITY} is below Camunda's default.
 */
@Configuration
class EngineRestProblems {

  static final int PRIORITY = Priorities.USER - 1000;
  /** What the engine's SaveUserCmd throws for a password its policy refuses (the REST API would answer 500). */
  static final String PASSWORD_POLICY = "Password does not match policy";
  private static final Logger log = LoggerFactory.getLogger(EngineRestProblems.class);

  @Bean
  ResourceConfigCustomizer engineMistakesAsProblems() {
    return config -> config.register(new AlreadyClaimed(), PRIORITY).register(new NotFound(), PRIORITY)
        .register(new NullValue(), PRIORITY).register(new Wrapped(), PRIORITY).register(new NullPointer(), PRIORITY)
        .register(new EngineRefusal(), PRIORITY);
  }

  /** A refusal as the caller reads it. */
  record Refusal(HttpStatus status, String code, String zh, String en) {

    Response response() {
      return Response.status(status.value()).type(Problems.MEDIA_TYPE).entity(Problems.json(status, code, zh, en))
          .build();
    }
  }

  /** The refusal for an engine exception, or null when Camunda's answer stands. */
  static Refusal refusalFor(Throwable e) {
    if (e instanceof TaskAlreadyClaimedException) {
      return new Refusal(HttpStatus.CONFLICT, "task-already-claimed", "该任务已被其他人认领，请刷新任务列表",
          "The task has already been claimed by someone else; refresh the task list");
    }
    String message = e.getMessage();
    if (e.getClass() == ProcessEngineException.class && PASSWORD_POLICY.equals(message)) {
      return new Refusal(HttpStatus.BAD_REQUEST, "password-policy",
          "密码不符合要求：至少 12 个字符，含大写字母、小写字母、数字、其他符号中的至少 3 类，不含用户名或姓名，且不是常见密码",
          "The password does not meet the policy: at least 12 characters of at least 3 kinds (upper case, lower case,"
              + " digits, other), not holding the user's id or names, not a common password");
    }
    if (e instanceof NullValueException && message != null && message.startsWith("Cannot find task ")) {
      return new Refusal(HttpStatus.NOT_FOUND, "task-not-found", "任务不存在（可能已办理完毕或已撤销），请刷新任务列表",
          "The task does not exist (it may have been completed or cancelled); refresh the task list");
    }
    if (e instanceof NotFoundException || e instanceof NullValueException && saysNotFound(message)
        || e instanceof NullPointerException && LOOKUP_MISSED.matcher(String.valueOf(message)).find()) {
      return new Refusal(HttpStatus.NOT_FOUND, "not-found", "所请求的流程数据不存在",
          "The requested process data does not exist: " + message);
    }
    if (e instanceof NullValueException || e instanceof NullPointerException && fromRequestReading(e)) {
      return new Refusal(HttpStatus.BAD_REQUEST, "incomplete-request", "请求缺少必需的内容",
          "The request lacks a required value: " + message);
    }
    return null;
  }

  /**
   * The engine reports a missing entity with a NullValueException ("Cannot find deployment with id …") but also a
   * missing parameter ("taskId is null"): only the first is a 404.
   */
  static boolean saysNotFound(String message) {
    return message != null && (message.startsWith("Cannot find ") || message.contains(" doesn't exist")
        || message.contains(" does not exist") || message.contains(" not found")
        || NO_SUCH.matcher(message).find());
  }

  /** "No external task found with id …", "no deployed process definition found with id …". */
  private static final java.util.regex.Pattern NO_SUCH = java.util.regex.Pattern.compile("^[Nn]o [\\w ]+ found");
  /** An engine lookup of an entity the caller named that is not there ("because \"task\" is null"). */
  private static final java.util.regex.Pattern LOOKUP_MISSED =
      java.util.regex.Pattern.compile("because \"(task|processDefinition|execution|job|deployment)\" is null");

  /**
   * A NullPointerException while the REST layer reads the request (a DTO field the caller left out, such as
   * "retries") is the caller's omission; one anywhere else stays a 500.
   */
  static boolean fromRequestReading(Throwable e) {
    StackTraceElement[] stack = e.getStackTrace();
    for (int i = 0; i < Math.min(3, stack.length); i++) {
      if (stack[i].getClassName().startsWith("org.camunda.bpm.engine.rest.")) {
        return true;
      }
    }
    return String.valueOf(e.getMessage()).contains("org.camunda.bpm.engine.rest.dto");
  }

  private static Response answer(Throwable e) {
    Refusal refusal = refusalFor(e);
    log.debug("Engine REST call refused with {}: {}", refusal.status().value(), e.getMessage());
    return refusal.response();
  }

  /** Answers the exceptions {@link #refusalFor} recognises and declines the rest (Camunda's answer stands). */
  abstract static class Mapper<E extends Throwable> implements ExtendedExceptionMapper<E> {

    @Override
    public boolean isMappable(E e) {
      return refusalFor(e) != null;
    }

    @Override
    public Response toResponse(E e) {
      return answer(e);
    }
  }

  static final class AlreadyClaimed extends Mapper<TaskAlreadyClaimedException> {}

  static final class NotFound extends Mapper<NotFoundException> {}

  static final class NullValue extends Mapper<NullValueException> {}

  static final class NullPointer extends Mapper<NullPointerException> {}

  static final class EngineRefusal extends Mapper<ProcessEngineException> {}

  /** {@code POST /task/{id}/complete} and {@code …/submit-form} wrap the engine's exception in a RestException. */
  static final class Wrapped implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException e) {
      return e.getCause() != null && refusalFor(e.getCause()) != null;
    }

    @Override
    public Response toResponse(RestException e) {
      return answer(e.getCause());
    }
  }
}
