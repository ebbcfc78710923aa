package org.creditcommitment.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.creditcommitment.system.ApiException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Applies {@link CaseScope} to every {@link ScopedKey} of an /api handler, after the group check and before the
 * handler (and its body) is touched. A blank, over-long or control-character key, or one given twice, is a 400
 * ({@code invalid-case}) for everyone, so the handlers receive only keys the scope has judged. A key in a path is
 * handed to the handler in its canonical form ({@link CaseScope#canonical}: stripped, a number typed in lower case
 * upper-cased), so every handler finds xy2026… as XY2026… without a rule of its own.
 */
class KeyScopeInterceptor implements HandlerInterceptor {

  /** Longer than any key the product numbers (16) or a subject code (18), with room for keys of other systems. */
  static final int MAX_KEY = 100;

  private final ObjectProvider<CaseScope> scope;

  KeyScopeInterceptor(ObjectProvider<CaseScope> scope) {
    this.scope = scope;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    CurrentUser user = (CurrentUser) request.getAttribute(CurrentUser.ATTRIBUTE);
    for (MethodParameter parameter : method.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(ScopedKey.class)) {
        String key = key(request, parameter);
        if (key != null) {
          String canonical = scope.getObject().canonical(valid(key));
          scope.getObject().requireReadable(canonical, user);
          handOverCanonical(request, parameter, canonical);
        }
      }
    }
    return true;
  }

  /** The handler reads a path variable from the request's map of them: it is given the key as the scope judged it. */
  private static void handOverCanonical(HttpServletRequest request, MethodParameter parameter, String canonical) {
    PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
    if (path == null) {
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, String> variables = (Map<String, String>) request.getAttribute(
        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    Map<String, String> changed = new java.util.LinkedHashMap<>(variables);
    changed.put(name(path.name(), parameter), canonical);
    request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, changed);
  }

  /** The value the handler will be given; null when absent (Spring then answers the missing parameter with 400). */
  private static String key(HttpServletRequest request, MethodParameter parameter) {
    PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
    if (path != null) {
      @SuppressWarnings("unchecked")
      Map<String, String> variables = (Map<String, String>) request.getAttribute(
          HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
      return variables == null ? null : variables.get(name(path.name(), parameter));
    }
    RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
    if (param == null) {
      throw new IllegalStateException("@ScopedKey on " + parameter + ", which is neither a path variable nor a"
          + " request parameter");
    }
    String[] values = request.getParameterValues(name(param.name(), parameter));
    if (values == null) {
      return null;
    }
    if (values.length > 1) { // Spring would hand the handler all of them joined by commas
      throw invalid();
    }
    return values[0];
  }

  private static String name(String declared, MethodParameter parameter) {
    return declared.isEmpty() ? parameter.getParameter().getName() : declared;
  }

  /** The key the scope judges, as the handlers read it (stripped); nothing else reaches a handler. */
  private static String valid(String key) {
    String stripped = key.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_KEY || stripped.chars().anyMatch(Character::isISOControl)) {
      throw invalid();
    }
    return stripped;
  }

  private static ApiException invalid() {
    return ApiException.badRequest("invalid-case", "编号为空、过长、含有非法字符或给出了多个",
        "The number is blank, longer than " + MAX_KEY + " characters, has control characters or is given twice");
  }
}
