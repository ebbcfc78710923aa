package org.creditcommitment.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.creditcommitment.IntegrationTest;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every resource of the engine's REST API, found from the JAX-RS registry (not a hand list), against a written
 * table of who may change what. A resource without a row fails the test, so an engine upgrade that adds one is
 * noticed. Each endpoint is called by every demo user and anonymously with placeholder ids and bodies: nobody
 * gets in without a login, no official changes what only administrators may change, and no mistake of a caller
 * is answered 500.
 */
class EngineRestAccessMatrixTest extends IntegrationTest {

  enum Write {
    /** Only camunda-admin changes it (deployments, users, authorizations, instances, jobs, ...). */
    ADMIN,
    /** Officials work tasks here: claim, complete or submit their form (EngineGuard). */
    TASK_WORK,
    /** Own password only (PUT /user/{id}/credentials); everything else of accounts is for administrators. */
    OWN_PASSWORD,
    /** Reads only: the resource has no write, or its POST is a query. */
    QUERY
  }

  /** The intended access, per first path segment under /engine-rest. */
  static final Map<String, Write> INTENDED = new TreeMap<>(Map.ofEntries(
      Map.entry("authorization", Write.ADMIN),
      Map.entry("batch", Write.ADMIN),
      Map.entry("case-definition", Write.ADMIN),
      Map.entry("case-execution", Write.ADMIN),
      Map.entry("case-instance", Write.ADMIN),
      Map.entry("condition", Write.ADMIN),
      Map.entry("decision-definition", Write.ADMIN),
      Map.entry("decision-requirements-definition", Write.ADMIN),
      Map.entry("deployment", Write.ADMIN),
      Map.entry("engine", Write.QUERY),
      Map.entry("event-subscription", Write.QUERY),
      Map.entry("execution", Write.ADMIN),
      Map.entry("external-task", Write.ADMIN),
      Map.entry("filter", Write.ADMIN),
      Map.entry("group", Write.ADMIN),
      Map.entry("history", Write.ADMIN),
      Map.entry("identity", Write.ADMIN),
      Map.entry("incident", Write.ADMIN),
      Map.entry("job", Write.ADMIN),
      Map.entry("job-definition", Write.ADMIN),
      Map.entry("message", Write.ADMIN),
      Map.entry("metrics", Write.ADMIN),
      Map.entry("migration", Write.ADMIN),
      Map.entry("modification", Write.ADMIN),
      Map.entry("optimize", Write.QUERY),
      Map.entry("process-definition", Write.ADMIN),
      Map.entry("process-instance", Write.ADMIN),
      Map.entry("restart", Write.ADMIN),
      Map.entry("schema", Write.ADMIN),
      Map.entry("signal", Write.ADMIN),
      Map.entry("task", Write.TASK_WORK),
      Map.entry("telemetry", Write.ADMIN),
      Map.entry("tenant", Write.ADMIN),
      Map.entry("user", Write.OWN_PASSWORD),
      Map.entry("variable-instance", Write.ADMIN),
      Map.entry("version", Write.QUERY)));

  /** The engines' names: Camunda's REST authentication leaves this one list open. */
  static final Set<String> PUBLIC = Set.of("GET /engine");

  static final List<String> OFFICIALS = List.of("clerk", "approver", "inspector", "provider", "credit-office",
      "auditor", "portal");

  @Autowired ResourceConfig jersey;

  /** An endpoint; the same resources are also served under /engine/{name}/…, named after the engine. */
  record Endpoint(String method, String path) {
    static final String NAMED = "/engine/{name}";

    String resourcePath() {
      return path.startsWith(NAMED + "/") ? path.substring(NAMED.length()) : path;
    }

    String segment() {
      String rest = resourcePath().substring(1);
      return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
    }

    String url() {
      return "/engine-rest" + path.replace(NAMED + "/", "/engine/default/").replaceAll("\\{[^}]+}", "x-unknown");
    }
  }

  @Test
  void everyEngineResourceHasARowAndNobodyGetsPastIt() {
    Set<Endpoint> endpoints = endpoints();
    Set<String> segments = new TreeSet<>();
    endpoints.forEach(e -> segments.add(e.segment()));
    assertThat(segments).as("engine REST resources without a row in INTENDED").isSubsetOf(INTENDED.keySet());
    assertThat(endpoints).hasSizeGreaterThan(300);

    List<String> wrong = new ArrayList<>();
    int calls = 0;
    for (Endpoint endpoint : endpoints) {
      String url = endpoint.url();
      int anonymous = call(endpoint.method(), url, null).statusCode();
      calls++;
      if (anonymous != 401 && !PUBLIC.contains(endpoint.method() + " " + endpoint.path())) {
        wrong.add(endpoint + " anonymously → " + anonymous);
      }
      for (String user : OFFICIALS) {
        HttpResponse<String> response = call(endpoint.method(), url, user);
        calls++;
        int status = response.statusCode();
        if (status >= 500) {
          wrong.add(endpoint + " as " + user + " → " + status + " " + shorten(response.body()));
        } else if (changes(endpoint) && status < 300 && !allowedWrite(endpoint, user)) {
          wrong.add(endpoint + " as " + user + " changed something → " + status);
        }
      }
    }
    System.out.println("EngineRestAccessMatrixTest: " + endpoints.size() + " endpoints, " + calls + " calls");
    assertThat(wrong).isEmpty();
  }

  /** A write the table allows an official (with placeholder ids nothing real is found, so this rarely matters). */
  private static boolean allowedWrite(Endpoint endpoint, String user) {
    return switch (INTENDED.get(endpoint.segment())) {
      case TASK_WORK -> endpoint.resourcePath()
          .matches("/task/\\{[^}]+}/(claim|unclaim|complete|submit-form)");
      case OWN_PASSWORD -> endpoint.resourcePath().endsWith("/credentials");
      case QUERY, ADMIN -> false;
    };
  }

  /** POST queries (…/count, list queries) read; everything else that is not GET, HEAD or OPTIONS changes. */
  private static boolean changes(Endpoint endpoint) {
    if (Set.of("GET", "HEAD", "OPTIONS").contains(endpoint.method())) {
      return false;
    }
    String path = endpoint.resourcePath();
    return !(endpoint.method().equals("POST") && (path.endsWith("/count")
        || path.matches("/[a-z-]+(/[a-z-]+)?") && !path.endsWith("/create")));
  }

  private HttpResponse<String> call(String method, String url, String user) {
    HttpRequest.Builder request = http.request(url, user, "demo").header("Content-Type", "application/json");
    // an empty modification is no change at all (the REST API answers 204 without asking the engine): ask for one
    String json = url.endsWith("/modification")
        ? "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_MakeDecision\"}]}" : "{}";
    HttpRequest.BodyPublisher body = Set.of("POST", "PUT", "PATCH").contains(method)
        ? HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8) : HttpRequest.BodyPublishers.noBody();
    return http.send(request.method(method, body));
  }

  private Set<Endpoint> endpoints() {
    Set<Endpoint> out = new LinkedHashSet<>();
    Set<Class<?>> roots = new LinkedHashSet<>(jersey.getClasses());
    jersey.getSingletons().forEach(s -> roots.add(s.getClass()));
    for (Class<?> root : roots) {
      if (root.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        walk(Resource.builder(root, true).build(), "", out, 0);
      }
    }
    return out;
  }

  /** A resource's own methods, its child resources and, through sub-resource locators, the classes they return. */
  private static void walk(Resource resource, String prefix, Set<Endpoint> out, int depth) {
    String path = join(prefix, resource.getPath());
    for (ResourceMethod method : resource.getResourceMethods()) {
      out.add(new Endpoint(method.getHttpMethod(), path.isEmpty() ? "/" : path));
    }
    ResourceMethod locator = resource.getResourceLocator();
    if (locator != null && depth < 8) {
      walk(Resource.builder(locator.getInvocable().getRawResponseType(), true).build(), path, out, depth + 1);
    }
    for (Resource child : resource.getChildResources()) {
      walk(child, path, out, depth + 1);
    }
  }

  private static String join(String prefix, String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return prefix;
    }
    String clean = (path.startsWith("/") ? path : "/" + path).replaceAll("/$", "");
    return (prefix + clean).replaceAll("\\{([^:}]+):[^}]*}", "{$1}");
  }

  private static String shorten(String body) {
    return body.length() > 200 ? body.substring(0, 200) + "…" : body;
  }
}
