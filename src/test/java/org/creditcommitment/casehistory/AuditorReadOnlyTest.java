package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Auditors change nothing: no handler of the product that can write lets the auditor group in. */
class AuditorReadOnlyTest extends IntegrationTest {

  private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE,
      RequestMethod.PATCH);

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void noWriteEndpointOfTheProductAllowsTheAuditorGroup() {
    List<String> writeHandlers = new ArrayList<>();
    List<String> open = new ArrayList<>();
    mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
      if (!method.getBeanType().getName().startsWith("org.creditcommitment.")) {
        return;
      }
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      // a mapping without methods answers every method, writes included
      if (!methods.isEmpty() && methods.stream().noneMatch(WRITES::contains)) {
        return;
      }
      writeHandlers.add(method.toString());
      AllowedGroups allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedGroups.class);
      if (allowed == null) {
        allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedGroups.class);
      }
      if (allowed != null && Arrays.asList(allowed.value()).contains(Groups.AUDITOR)) {
        open.add(info + " -> " + method);
      }
    });
    assertThat(writeHandlers).as("the walk found the product's write handlers").hasSizeGreaterThan(5);
    assertThat(open).as("write handlers open to auditors").isEmpty();
  }

  @Test
  void anAuditorLoginIsRefusedOnAWriteEndpoint() {
    assertThat(http.post("/api/cases", "auditor", "{}").statusCode()).isEqualTo(403);
  }
}
