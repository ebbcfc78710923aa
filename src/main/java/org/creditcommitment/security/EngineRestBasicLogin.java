package org.creditcommitment.security;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * HTTP Basic on /engine-rest without inviting browsers to it: a refused login is a 401 problem+json, like /api's,
 * but without Camunda's {@code WWW-Authenticate: Basic} challenge. A browser that answered a challenge keeps the
 * credentials and sends them with every later request to this server, also those another site makes it send. Machine
 * clients send their credentials with the first request and are not affected. Named by class in
 * {@link ApiSecurityConfig} (the engine's filter creates it).
 */
public class EngineRestBasicLogin extends HttpBasicAuthenticationProvider {

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    try {
      Logins.askForLogin(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
