package org.creditcommitment.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.creditcommitment.system.Problems;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link AllowedGroups} on /api handlers; a handler without it is refused (fail closed). */
class GroupCheckInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    AllowedGroups allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedGroups.class);
    if (allowed == null) {
      allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedGroups.class);
    }
    CurrentUser user = (CurrentUser) request.getAttribute(CurrentUser.ATTRIBUTE);
    if (allowed != null && user != null && Arrays.stream(allowed.value()).anyMatch(user::isIn)) {
      return true;
    }
    Problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "当前用户所在的组无权执行此操作",
        "Your groups are not allowed to do this");
    return false;
  }
}
