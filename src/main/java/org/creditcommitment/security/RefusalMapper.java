package org.creditcommitment.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.spi.SpinDataFormatException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** /engine-rest answers a refused engine command as problem+json, like the product's own API. */
@Configuration
class RefusalMapper {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType PROBLEM = new MediaType("application", "problem+json", "UTF-8");

  @Bean
  ResourceConfigCustomizer engineRefusalsAsProblems() {
    return config -> {
      config.register(new ForbiddenMapper());
      config.register(new MalformedJsonMapper());
      // ahead of Camunda's own mapper of the same type: task completion wraps a form refusal in a RestException
      config.register(new WrappedRefusalMapper(), 1);
    };
  }

  static Response problem(Refusal refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", refusal.status() == 400 ? "Bad Request" : "Forbidden");
    body.put("status", refusal.status());
    body.put("code", refusal.code());
    body.put("messageZh", refusal.messageZh());
    body.put("messageEn", refusal.messageEn());
    // Camunda's own error shape too, so Tasklist shows the message as it shows the engine's
    body.put("message", refusal.messageZh() + " / " + refusal.messageEn());
    try {
      return Response.status(refusal.status()).type(PROBLEM).entity(JSON.writeValueAsString(body)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Declines every other RestException: those are Camunda's (or EngineRestProblems') to answer. */
  static final class WrappedRefusalMapper implements ExtendedExceptionMapper<RestException> {
    @Override
    public boolean isMappable(RestException e) {
      return e.getCause() instanceof Refusal || e.getCause() instanceof SpinDataFormatException;
    }

    @Override
    public Response toResponse(RestException e) {
      return problem(e.getCause() instanceof Refusal refusal ? refusal : MalformedJsonMapper.REFUSAL);
    }
  }

  /** A Json variable the engine cannot parse (malformed, or nested deeper than the parser allows) is the sender's. */
  static final class MalformedJsonMapper implements ExceptionMapper<SpinDataFormatException> {
    static final Refusal REFUSAL = new Refusal.Invalid("malformed-json", "JSON 值格式错误或嵌套过深",
        "A JSON value is malformed or nested too deeply");

    @Override
    public Response toResponse(SpinDataFormatException e) {
      return problem(REFUSAL);
    }
  }

  static final class ForbiddenMapper implements ExceptionMapper<Refusal.Forbidden> {
    @Override
    public Response toResponse(Refusal.Forbidden e) {
      return problem(e);
    }
  }
}
